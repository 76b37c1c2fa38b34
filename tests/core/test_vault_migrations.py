"""Schema migrations, tested from the committed vault of every released schema version."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, text

from wallet.vault import RecoveryCode, Vault
from wallet.vault.migrations import LATEST, current_version
from wallet.vault.schema import CredentialRow, TrustedIssuerRow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_version_1_vault_opens_and_is_upgraded(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault-v1", vault_dir)
    vault = Vault.unlock(vault_dir, "fixture password")
    with vault._engine.connect() as conn:
        assert current_version(conn) == LATEST
    assert vault.count() == 3
    summary = next(s for s in vault.summaries() if s.id == 1)
    assert summary.title == "Fixture course 0"
    assert summary.record.title == {"en": "Fixture course 0", "da": "Kursus 0"}
    assert summary.tags == ("kept",)
    # What version 2 added works on the upgraded vault.
    vault.set_note(1, "written after the upgrade")
    vault.trust_issuer("did:example:fixture")
    assert vault.get(1).note == "written after the upgrade"
    assert vault.check().ok
    vault.lock()
    code = RecoveryCode.parse((vault_dir / "RECOVERY-CODE.txt").read_text())
    Vault.unlock_with_recovery(vault_dir, code).lock()


def test_migrations_produce_the_schema_the_models_describe(vault: Vault) -> None:
    with vault._engine.connect() as conn:
        inspector = inspect(conn)
        for model in (CredentialRow, TrustedIssuerRow):
            table = model.__table__  # type: ignore[attr-defined]
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
        assert conn.execute(text("PRAGMA user_version")).scalar_one() == LATEST
