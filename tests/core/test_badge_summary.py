"""Badge codes for the credential list: which failed check names the problem (wallet.verify.summary),
and the failed check ids/codes the vault's summaries carry for it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from tests.support.records import sample
from wallet.vault import Vault
from wallet.verify.report import Check, Outcome, Report
from wallet.verify.summary import BADGES, badge_for


@pytest.mark.parametrize(
    ("verdict", "failed", "trust", "codes", "badge"),
    [
        ("valid", (), "trusted", (), "verified"),
        ("valid", (), "unknown", (), "verified-unrecognised"),
        ("valid", (), "untrusted", (), "verified-unrecognised"),
        ("unverifiable", (), "trusted", (), "unchecked"),
        ("invalid", ("signature",), "trusted", (), "tampered"),
        ("invalid", ("validity-period", "signature"), "unknown", (), "tampered"),
        ("invalid", ("validity-period",), "trusted", ("validity.expired",), "expired"),
        ("invalid", ("validity-period",), "trusted", ("validity.not-yet-valid",), "not-yet-valid"),
        ("invalid", ("status",), "unknown", ("status.revoked",), "revoked"),
        ("invalid", ("status", "validity-period"), "unknown", (), "revoked"),
        ("invalid", ("issuer-key",), "unknown", (), "wrong-issuer"),
        ("invalid", ("holder",), "unknown", (), "invalid"),
        ("invalid", (), "unknown", (), "invalid"),
        ("valid", ("issuer-trust",), "untrusted", (), "verified-unrecognised"),
    ],
)
def test_badge_for(verdict: str, failed: tuple[str, ...], trust: str, codes: tuple[str, ...], badge: str) -> None:
    assert badge_for(verdict, failed, trust, codes) == badge
    assert badge in BADGES


def test_summaries_carry_the_failed_checks_in_report_order(vault: Vault) -> None:
    parsed, record, report = sample(1)
    failing = Report(
        report.format,
        (
            Check("signature", Outcome.PASS, "ok"),
            Check("validity-period", Outcome.FAIL, "expired", "validity.expired", {"valid_until": "2025-01-01T00:00:00+00:00"}),
            Check("status", Outcome.FAIL, "revoked", "status.revoked"),
            Check("issuer-trust", Outcome.WARN, "unknown", "trust.unknown"),
        ),
        datetime(2026, 1, 1, tzinfo=UTC),
        report.issuer,
    )
    bad = vault.add(parsed, record, failing).id
    good = vault.add(*sample(2)).id
    summaries = {s.id: s for s in vault.summaries()}
    assert summaries[bad].failed_checks == ("validity-period", "status")
    assert summaries[bad].failed_codes == ("validity.expired", "status.revoked")
    assert summaries[good].failed_checks == ()
    assert vault.get(bad).summary.failed_checks == ("validity-period", "status")
    assert badge_for(summaries[bad].verdict, summaries[bad].failed_checks, summaries[bad].trust) == "revoked"
    vault.update_report(bad, dataclasses.replace(failing, checks=failing.checks[:1]))
    assert vault.get(bad).summary.failed_checks == ()
