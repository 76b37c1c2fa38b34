"""What the vault stores: encrypted at rest, integrity-checked, de-duplicated, searchable, taggable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.conftest import PASSWORD
from tests.support.records import sample
from wallet.errors import IntegrityError, NotFound, VaultLocked
from wallet.vault import RecoveryCode, Vault

MARKER = "PLAINTEXT-MARKER-7c1d"


def test_nothing_is_stored_in_plaintext(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    for i in range(30):
        vault.add(*sample(i, marker=MARKER))
    vault.tag(1, f"tag-{MARKER}")
    vault.set_note(2, f"note {MARKER}")
    # While the vault is open the WAL and shared-memory files exist: look at them too.
    files = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert "vault.db-wal" in files
    vault.lock()
    files.update({p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()})
    for name, data in files.items():
        assert MARKER.encode() not in data, name
        assert MARKER.encode("utf-16-le") not in data, name
        assert b"Universit" not in data, name
    assert files["vault.db"][:16] != b"SQLite format 3\x00"


def test_a_flipped_byte_in_the_database_is_reported_by_the_integrity_check(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    for i in range(40):
        vault.add(*sample(i))
    assert vault.check().ok
    vault.lock()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[3 * page + 100] ^= 0x01
    db.write_bytes(bytes(data))
    reopened = Vault.unlock(vault_dir, PASSWORD)
    report = reopened.check()
    assert not report.ok
    assert any("HMAC" in p or "page" in p.lower() for p in report.problems)
    with pytest.raises(IntegrityError):
        reopened.check_or_raise()
    reopened.lock()


def test_a_damaged_first_page_is_reported_as_damage_not_as_a_wrong_password(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    vault.add(*sample(1))
    vault.lock()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(IntegrityError):
        Vault.unlock(vault_dir, PASSWORD)


def test_the_same_credential_is_stored_once(vault: Vault) -> None:
    first = vault.add(*sample(3))
    again = vault.add(*sample(3))
    assert not first.duplicate
    assert again.duplicate and again.id == first.id
    assert vault.count() == 1


def test_original_bytes_come_back_exactly(vault: Vault) -> None:
    parsed, record, report = sample(5, marker="ünïcödé ✓")
    result = vault.add(parsed, record, report)
    stored = vault.get(result.id)
    assert stored.original == parsed.original
    assert stored.summary.record == record
    assert stored.report is not None and stored.report.verdict == report.verdict
    assert [c.id for c in stored.report.checks] == [c.id for c in report.checks]


def test_search_matches_every_language_ignoring_case_and_accents(vault: Vault) -> None:
    vault.add(*sample(1, title="Data Science"))
    vault.add(*sample(2, title="Pottery"))
    assert [s.title for s in vault.summaries(search="data")] == ["Data Science"]
    assert [s.title for s in vault.summaries(search="cursus 2")] == ["Pottery"]  # the Dutch title
    assert len(vault.summaries(search="UNIVERSITE")) == 2  # "Université", accent-insensitive
    assert vault.summaries(search="100%") == []  # LIKE wildcards are matched literally


def test_tags_rename_merge_and_filter(vault: Vault) -> None:
    a = vault.add(*sample(1)).id
    b = vault.add(*sample(2)).id
    vault.tag(a, "Work", " job   hunting ")
    vault.tag(b, "work")
    assert vault.tags_of(a) == ("Work", "job hunting")
    assert [s.id for s in vault.summaries(tag="work")] == [b]
    vault.rename_tag("Work", "work")  # onto an existing tag: merged
    assert dict(vault.all_tags()) == {"job hunting": 1, "work": 2}
    assert {s.id for s in vault.summaries(search="work")} == {a, b}  # tags are searchable
    vault.untag(a, "job hunting")
    assert dict(vault.all_tags()) == {"work": 2}
    with pytest.raises(ValueError):
        vault.tag(a, "   ")
    with pytest.raises(NotFound):
        vault.rename_tag("nope", "x")


def test_delete_and_notes(vault: Vault) -> None:
    a = vault.add(*sample(1)).id
    vault.tag(a, "gone soon")
    vault.set_note(a, "asked for this at the interview")
    assert vault.get(a).note == "asked for this at the interview"
    vault.delete(a)
    assert vault.count() == 0
    assert vault.all_tags() == []
    with pytest.raises(NotFound):
        vault.get(a)
    with pytest.raises(NotFound):
        vault.delete(a)


def test_learner_trusted_issuers(vault: Vault) -> None:
    vault.trust_issuer("did:example:a", "Issuer A")
    vault.trust_issuer("did:example:b")
    assert vault.trusted_issuers() == [("did:example:a", "Issuer A"), ("did:example:b", None)]
    vault.distrust_issuer("did:example:a")
    assert vault.trusted_issuers() == [("did:example:b", None)]


def test_a_locked_vault_refuses_work(vault: Vault) -> None:
    vault.lock()
    assert vault.locked
    with pytest.raises(VaultLocked):
        vault.count()


def test_vault_files_are_private(vault: Vault, vault_dir: Path) -> None:
    assert (vault_dir / "vault.json").stat().st_mode & 0o077 == 0
    assert os.stat(vault_dir).st_mode & 0o077 == 0
