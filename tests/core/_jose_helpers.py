"""Helpers shared by the JOSE / JWT / SD-JWT tests: read + verify offline at a fixed instant."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.support.jose_issuer import NOW
from wallet.formats import read
from wallet.verify import Report, VerifyContext, verify


def context(cache_dir: Path | None = None, *, at: datetime = NOW, **options: Any) -> VerifyContext:
    ctx = VerifyContext.offline(at=at, cache_dir=cache_dir)
    return dataclasses.replace(ctx, options=options) if options else ctx


def check_text(text: str | bytes, ctx: VerifyContext | None = None) -> Report:
    data = text.encode() if isinstance(text, str) else text
    return verify(read(data, "credential.jwt"), ctx or context())


def outcome(report: Report, check_id: str) -> str:
    found = report.check(check_id)
    assert found is not None, f"no {check_id} check in {[c.id for c in report.checks]}"
    return str(found.outcome)
