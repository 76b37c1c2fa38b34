"""Backups: one encrypted file, opened by the password or recovery code, restored byte-exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.conftest import PASSWORD
from tests.support.records import sample
from wallet.errors import BackupError, InvalidPassword, VaultExists
from wallet.vault import KdfParams, RecoveryCode, Vault
from wallet.vault.backup import restore_backup, write_backup

MARKER = "BACKUP-MARKER-91f0"


def _fill(vault: Vault, indices: range) -> dict[str, bytes]:
    originals = {}
    for i in indices:
        parsed, record, report = sample(i, marker=MARKER)
        result = vault.add(parsed, record, report, tags=[f"tag {i % 3}"], note=f"note {i}")
        originals[parsed.content_hash] = parsed.original
        assert not result.duplicate
    return originals


def test_backup_restores_every_credential_byte_exactly_into_a_fresh_folder(new_vault: tuple[Vault, RecoveryCode], tmp_path: Path) -> None:
    vault, _ = new_vault
    originals = _fill(vault, range(12))
    vault.trust_issuer("did:example:trusted", "Trusted")
    backup = tmp_path / "satchel.backup"
    assert write_backup(vault, backup) == 12
    data = backup.read_bytes()
    assert MARKER.encode() not in data and b"Universit" not in data

    restored_dir = tmp_path / "elsewhere" / "vault"
    result = restore_backup(backup, restored_dir, password=PASSWORD)
    assert (result.added, result.already_present) == (12, 0)
    restored = result.vault
    assert {s.content_hash: restored.get(s.id).original for s in restored.summaries()} == originals
    first = next(s for s in restored.summaries() if s.title == "Course 4")
    stored = restored.get(first.id)
    assert stored.note == "note 4" and stored.summary.tags == ("tag 1",)
    assert stored.report is not None and stored.report.verdict == "valid"
    assert restored.trusted_issuers() == [("did:example:trusted", "Trusted")]
    restored.lock()
    # The restored vault opens with the same password, like the original.
    Vault.unlock(restored_dir, PASSWORD).lock()


def test_restore_merges_without_duplicates(new_vault: tuple[Vault, RecoveryCode], tmp_path: Path) -> None:
    vault, _ = new_vault
    _fill(vault, range(6))
    backup = tmp_path / "b.backup"
    write_backup(vault, backup)

    other_dir = tmp_path / "other"
    other, _ = Vault.create(other_dir, "other vault password", kdf=KdfParams.floor())
    _fill(other, range(4, 9))  # 4 and 5 are in both
    other.lock()
    result = restore_backup(backup, other_dir, password=PASSWORD, target_password="other vault password")
    assert (result.added, result.already_present) == (4, 2)
    assert result.vault.count() == 9
    result.vault.lock()
    again = restore_backup(backup, other_dir, password=PASSWORD, target_password="other vault password")
    assert (again.added, again.already_present) == (0, 6)
    again.vault.lock()


def test_the_recovery_code_opens_a_backup(new_vault: tuple[Vault, RecoveryCode], tmp_path: Path) -> None:
    vault, code = new_vault
    _fill(vault, range(2))
    backup = tmp_path / "b.backup"
    write_backup(vault, backup)
    result = restore_backup(backup, tmp_path / "r", recovery=code)
    assert result.vault.count() == 2
    result.vault.lock()


def test_a_backup_keeps_the_password_of_its_time(new_vault: tuple[Vault, RecoveryCode], tmp_path: Path) -> None:
    vault, _ = new_vault
    _fill(vault, range(1))
    backup = tmp_path / "b.backup"
    write_backup(vault, backup)
    vault.set_password("a later password", kdf=KdfParams.floor())
    with pytest.raises(InvalidPassword):
        restore_backup(backup, tmp_path / "r1", password="a later password")
    assert not (tmp_path / "r1" / "vault.json").exists()
    restore_backup(backup, tmp_path / "r2", password=PASSWORD).vault.lock()


def test_damaged_or_foreign_backups_are_refused(new_vault: tuple[Vault, RecoveryCode], tmp_path: Path) -> None:
    vault, _ = new_vault
    _fill(vault, range(3))
    backup = tmp_path / "b.backup"
    write_backup(vault, backup)
    data = backup.read_bytes()
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    with pytest.raises(BackupError):
        restore_backup(damaged, tmp_path / "r1", password=PASSWORD)
    truncated = tmp_path / "truncated.backup"
    truncated.write_bytes(data[:100])
    with pytest.raises(BackupError):
        restore_backup(truncated, tmp_path / "r2", password=PASSWORD)
    foreign = tmp_path / "foreign.backup"
    foreign.write_bytes(b"PK\x03\x04 not a backup")
    with pytest.raises(BackupError):
        restore_backup(foreign, tmp_path / "r3", password=PASSWORD)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("mine")
    with pytest.raises(VaultExists):
        restore_backup(backup, busy, password=PASSWORD)
    assert (busy / "something.txt").read_text() == "mine"
