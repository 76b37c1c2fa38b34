"""The demo wallet: real signed samples that verify, describe with EU elements, and clean up after."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from wallet.demo import DEMO_PASSWORD, DemoWallet, demo_credentials, fill_vault
from wallet.importer import check_bytes, context_for
from wallet.model import text_in
from wallet.vault import KdfParams, Vault
from wallet.verify.report import Verdict

AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def test_the_samples_are_signed_credentials_with_eu_elements() -> None:
    ctx = context_for(None, at=AT)
    checked = [check_bytes(data, name, ctx) for name, data in demo_credentials(at=AT)]
    assert len(checked) >= 5
    verdicts = [c.report.verdict for c in checked]
    assert verdicts.count(Verdict.INVALID) == 1  # the expired certificate
    expired = next(c for c in checked if c.report.verdict is Verdict.INVALID)
    assert [ch.id for ch in expired.report.checks if ch.outcome == "fail"] == ["validity-period"]
    assert all(v is Verdict.VALID for v in verdicts if v is not Verdict.INVALID)
    records = [c.record for c in checked]
    assert all(r is not None for r in records)
    for record in records:
        assert record is not None
        assert record.level.eqf is not None
        assert record.issuer_country and record.learning_outcomes and record.assessment and record.participation
        assert record.workload.ects is not None or record.workload.hours is not None
    languages = {lang for r in records if r is not None for lang in r.languages}
    assert {"en", "nl", "da"} <= languages
    energy = next(r for r in records if r is not None and r.workload.ects == 3.0)
    assert text_in(energy.title, ("da",)) == "Bæredygtige energisystemer"
    assert text_in(energy.title, ("en",)) == "Sustainable Energy Systems"


def test_fill_vault_trusts_one_issuer(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "v", DEMO_PASSWORD, kdf=KdfParams.floor())
    try:
        added = fill_vault(vault, at=AT)
        assert added == vault.count() >= 5
        assert len(vault.trusted_issuers()) == 1
        trust = sorted(s.trust for s in vault.summaries())
        assert trust.count("trusted") == 1, trust
        assert sum(1 for s in vault.summaries() if s.verdict == "invalid" and s.accepted_invalid) == 1
    finally:
        vault.lock()


def test_demo_wallet_lives_in_a_temporary_folder_and_is_removed() -> None:
    demo = DemoWallet.create(at=AT)
    assert demo.vault_dir.is_dir()
    vault = Vault.unlock(demo.vault_dir, demo.password)
    try:
        assert vault.count() >= 5
    finally:
        vault.lock()
    demo.remove()
    assert not demo.root.exists()
