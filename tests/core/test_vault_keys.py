"""Unlocking, wrong passwords, altered headers, password changes and recovery codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.conftest import PASSWORD
from tests.support.records import sample
from wallet.errors import HeaderError, InvalidPassword, InvalidRecoveryCode, VaultExists, WeakKdfParameters
from wallet.vault import KdfParams, RecoveryCode, Vault
from wallet.vault import header as header_mod


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_wrong_password_is_refused_and_leaves_every_file_byte_identical(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    vault.add(*sample(1))
    vault.lock()
    before = _snapshot(vault_dir)
    assert {"vault.db", "vault.json"} <= set(before)
    with pytest.raises(InvalidPassword) as caught:
        Vault.unlock(vault_dir, "not the password")
    assert "password" in str(caught.value)
    assert _snapshot(vault_dir) == before
    reopened = Vault.unlock(vault_dir, PASSWORD)
    assert reopened.count() == 1
    reopened.lock()


def test_every_single_byte_flip_of_the_header_is_rejected(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, code = new_vault
    vault.lock()
    original = (vault_dir / "vault.json").read_bytes()
    header = header_mod.parse(original)
    # The slow step (Argon2id) depends only on the password and the KDF parameters: derive once for
    # the real parameters and reuse it for every altered header that keeps them; headers whose
    # parameters changed go through the full derivation.
    kek = header.kdf.derive(PASSWORD)
    opened = []
    for position in range(len(original)):
        for flip in (0x01, 0x20):
            altered = bytearray(original)
            altered[position] ^= flip
            try:
                candidate = header_mod.parse(bytes(altered))
            except HeaderError:
                continue
            for attempt in (
                lambda c=candidate: c.unwrap_with_kek(kek) if c.kdf == header.kdf else c.unwrap_with_password(PASSWORD),
                lambda c=candidate: c.unwrap_with_recovery(code),
            ):
                try:
                    attempt()
                except (InvalidPassword, HeaderError):
                    continue
                opened.append((position, flip))
    assert opened == []
    # The untouched header still opens, both ways.
    assert header.unwrap_with_password(PASSWORD) == header.unwrap_with_recovery(code)


def test_weakened_kdf_parameters_are_refused_before_any_derivation(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    header = header_mod.parse((vault_dir / "vault.json").read_bytes())
    weak = replace(header, kdf=replace(header.kdf, memory_kib=8 * 1024, iterations=1))
    (vault_dir / "vault.json").write_bytes(header_mod.serialize(weak))
    with pytest.raises(WeakKdfParameters):
        Vault.unlock(vault_dir, PASSWORD)


def test_header_that_is_not_canonical_is_refused(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    doc = json.loads((vault_dir / "vault.json").read_bytes())
    (vault_dir / "vault.json").write_text(json.dumps(doc))  # same values, other layout
    with pytest.raises(HeaderError):
        Vault.unlock(vault_dir, PASSWORD)


def test_create_refuses_to_overwrite_a_vault(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path, floor_kdf: KdfParams) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another password", kdf=floor_kdf)


def test_calibrated_parameters_are_at_least_the_floor() -> None:
    params = header_mod.calibrate(target_seconds=0.2)
    params.check()
    assert params.memory_kib >= KdfParams.FLOOR_MEMORY_KIB
    assert params.iterations >= KdfParams.FLOOR_ITERATIONS
    assert params.lanes >= KdfParams.FLOOR_LANES


def test_change_password_rewrites_only_the_header(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, code = new_vault
    vault.add(*sample(1))
    vault.lock()
    db_before = (vault_dir / "vault.db").read_bytes()
    vault = Vault.unlock(vault_dir, PASSWORD)
    with pytest.raises(InvalidPassword):
        vault.change_password("wrong current password", "new password 1")
    vault.change_password(PASSWORD, "new password 1")
    vault.lock()
    assert (vault_dir / "vault.db").read_bytes() == db_before
    with pytest.raises(InvalidPassword):
        Vault.unlock(vault_dir, PASSWORD)
    reopened = Vault.unlock(vault_dir, "new password 1")
    assert reopened.count() == 1
    reopened.lock()
    # The recovery code keeps working across password changes.
    Vault.unlock_with_recovery(vault_dir, code).lock()


def test_recovery_code_unlocks_and_sets_a_new_password(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, code = new_vault
    vault.add(*sample(7))
    vault.lock()
    typed = code.formatted().lower().replace("-", " ")  # as a learner might type it
    recovered = Vault.recover(vault_dir, RecoveryCode.parse(typed), "a brand new password")
    assert recovered.count() == 1
    recovered.lock()
    Vault.unlock(vault_dir, "a brand new password").lock()
    with pytest.raises(InvalidPassword):
        Vault.unlock(vault_dir, PASSWORD)


def test_a_mistyped_recovery_code_is_caught_by_its_checksum(new_vault: tuple[Vault, RecoveryCode]) -> None:
    _, code = new_vault
    text = code.formatted()
    for position, char in enumerate(text):
        if char == "-":
            continue
        replacement = "7" if char != "7" else "8"
        typo = text[:position] + replacement + text[position + 1 :]
        with pytest.raises(InvalidRecoveryCode) as caught:
            RecoveryCode.parse(typo)
        assert caught.value.fields["group"] == position // 6 + 1
    # Swapping two groups is caught too.
    groups = text.split("-")
    groups[0], groups[1] = groups[1], groups[0]
    with pytest.raises(InvalidRecoveryCode):
        RecoveryCode.parse("-".join(groups))
    with pytest.raises(InvalidRecoveryCode):
        RecoveryCode.parse(text[:-1])


def test_a_wrong_but_well_formed_recovery_code_does_not_open(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    with pytest.raises(InvalidPassword):
        Vault.unlock_with_recovery(vault_dir, RecoveryCode.generate())


def test_new_recovery_code_replaces_the_old(new_vault: tuple[Vault, RecoveryCode], vault_dir: Path) -> None:
    vault, old = new_vault
    new = vault.new_recovery_code()
    vault.lock()
    with pytest.raises(InvalidPassword):
        Vault.unlock_with_recovery(vault_dir, old)
    Vault.unlock_with_recovery(vault_dir, new).lock()
    Vault.unlock(vault_dir, PASSWORD).lock()
