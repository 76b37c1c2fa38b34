"""Fixtures for core tests: real vaults in temporary folders, at the floor KDF parameters (fast)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wallet.vault import KdfParams, RecoveryCode, Vault

PASSWORD = "correct horse battery staple"


@pytest.fixture
def floor_kdf() -> KdfParams:
    return KdfParams.floor()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path, floor_kdf: KdfParams) -> Iterator[tuple[Vault, RecoveryCode]]:
    vault, code = Vault.create(vault_dir, PASSWORD, kdf=floor_kdf)
    yield vault, code
    vault.lock()


@pytest.fixture
def vault(new_vault: tuple[Vault, RecoveryCode]) -> Vault:
    return new_vault[0]
