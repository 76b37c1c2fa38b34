"""Bringing credentials in: read -> verify -> describe -> store (DESIGN.md, How a credential flows).

Used by ``satchel import``/``verify``/``reverify`` and by the desktop app. A file that cannot be read
gets a typed reason and never stops the others; nothing here touches the network.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wallet.errors import InputError, InputTooLarge, WalletError
from wallet.formats import describe, read
from wallet.formats.base import MAX_INPUT_BYTES, Parsed
from wallet.model import CredentialRecord
from wallet.verify import verify
from wallet.verify.context import TrustEntry, TrustLookup, VerifyContext
from wallet.verify.report import Report, Verdict

if TYPE_CHECKING:
    # The vault (SQLAlchemy, SQLCipher) is only a parameter here: `satchel verify` never loads it.
    from wallet.vault.repository import Repository

MAX_FILES = 10_000
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class Status(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    """Read and verified, but invalid, and the learner did not ask to keep invalid credentials."""
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Checked:
    """A credential read and verified, not stored."""

    source: str
    parsed: Parsed
    report: Report
    record: CredentialRecord | None


@dataclass(frozen=True)
class ImportOutcome:
    source: str
    status: Status
    id: int | None = None
    checked: Checked | None = None
    error: WalletError | None = None

    @property
    def report(self) -> Report | None:
        return self.checked.report if self.checked else None


@dataclass
class ImportSummary:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)


class _WithLearnerIssuers:
    """The bundled trust store, plus the issuers this learner chose to trust."""

    def __init__(self, base: TrustLookup, issuers: dict[str, str | None]) -> None:
        self._base = base
        self._issuers = issuers

    def lookup(self, issuer_id: str) -> TrustEntry | None:
        found = self._base.lookup(issuer_id)
        if found is not None:
            return found
        if issuer_id in self._issuers:
            return TrustEntry(issuer_id, self._issuers[issuer_id], "learner")
        return None


def context_for(
    vault: Repository | None, *, at: datetime | None = None, cache_dir: Path | None = None, trust: TrustLookup | None = None
) -> VerifyContext:
    """An offline verification context; with a vault, its learner-trusted issuers count as trusted."""
    ctx = VerifyContext.offline(at=at, cache_dir=cache_dir, trust=trust)
    if vault is not None:
        issuers = dict(vault.trusted_issuers())
        if issuers:
            ctx = replace(ctx, trust=_WithLearnerIssuers(ctx.trust, issuers))
    return ctx


def check_bytes(data: bytes, name: str | None, ctx: VerifyContext) -> Checked:
    """Read and verify one credential. Raises :class:`InputError` subclasses for unreadable input."""
    parsed = read(data, name)
    described = parsed
    if parsed.format == "openbadges-2" and ctx.cache is not None:
        # An OB 2.0 assertion often only links its BadgeClass and issuer: describe it with the
        # copies the learner has cached (never fetched here).
        from wallet.formats.describe_ob2 import with_cached_documents

        described = with_cached_documents(parsed, ctx.cache)
    try:
        record: CredentialRecord | None = describe(described)
    except InputError:
        record = None
    report = verify(parsed, ctx, record=record)
    return Checked(name or "", described, report, record)


def read_file(path: Path) -> bytes:
    """The bytes of ``path``, refusing anything larger than a credential can be before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputTooLarge(f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB", reason="too-large", limit=MAX_INPUT_BYTES)
        with path.open("rb") as f:
            return f.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}", reason="os-error") from exc


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named, and files under folders named (hidden entries and symlinks skipped), sorted."""
    count = 0
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if name.startswith(".") or name in SKIPPED_NAMES or candidate.is_symlink():
                        continue
                    count += 1
                    if count > MAX_FILES:
                        return
                    yield candidate
        else:
            count += 1
            if count > MAX_FILES:
                return
            yield path


def import_one(vault: Repository, data: bytes, name: str, ctx: VerifyContext, *, keep_invalid: bool = False) -> ImportOutcome:
    """Read, verify, describe and store one credential, in one transaction."""
    try:
        checked = check_bytes(data, name, ctx)
    except InputError as exc:
        return ImportOutcome(name, Status.UNREADABLE, error=exc)
    existing = vault.find_by_hash(checked.parsed.content_hash)
    if existing is not None:
        return ImportOutcome(name, Status.DUPLICATE, id=existing, checked=checked)
    invalid = checked.report.verdict is Verdict.INVALID
    if invalid and not keep_invalid:
        return ImportOutcome(name, Status.REFUSED, checked=checked)
    record = checked.record or CredentialRecord()
    result = vault.add(checked.parsed, record, checked.report, accepted_invalid=invalid)
    return ImportOutcome(name, Status.DUPLICATE if result.duplicate else Status.ADDED, id=result.id, checked=checked)


def import_paths(
    vault: Repository,
    paths: Sequence[Path | str],
    ctx: VerifyContext,
    *,
    keep_invalid: bool = False,
    progress: Callable[[int, int, ImportOutcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import every file in ``paths`` (folders walked). ``progress(done, total, outcome)`` after each;
    ``cancelled()`` is asked before each file — what was stored stays stored."""
    files = list(iter_files(paths))
    summary = ImportSummary()
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            summary.cancelled = True
            break
        try:
            data = read_file(path)
        except InputError as exc:
            outcome = ImportOutcome(str(path), Status.UNREADABLE, error=exc)
        else:
            outcome = import_one(vault, data, str(path), ctx, keep_invalid=keep_invalid)
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(done, len(files), outcome)
    return summary


@dataclass(frozen=True)
class ReverifyOutcome:
    id: int
    before: str
    report: Report | None
    error: WalletError | None = None


def reverify(
    vault: Repository,
    ctx: VerifyContext,
    ids: Sequence[int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ReverifyOutcome]:
    """Re-run every check on stored credentials with ``ctx`` (its clock and cache) and store the reports."""
    targets = list(ids) if ids is not None else vault.ids()
    outcomes = []
    for done, credential_id in enumerate(targets, start=1):
        if cancelled is not None and cancelled():
            break
        stored = vault.get(credential_id)
        try:
            parsed = read(stored.original, stored.source_name)
            report = verify(parsed, ctx)
        except WalletError as exc:
            outcomes.append(ReverifyOutcome(credential_id, stored.summary.verdict, None, exc))
        else:
            vault.update_report(credential_id, report)
            outcomes.append(ReverifyOutcome(credential_id, stored.summary.verdict, report))
        if progress is not None:
            progress(done, len(targets))
    return outcomes
