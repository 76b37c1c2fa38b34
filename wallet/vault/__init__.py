"""The encrypted store (DESIGN.md, Vault).

Exports load on first use (PEP 562): importing a light submodule such as
``wallet.vault.strength`` must not pull in SQLAlchemy, SQLCipher and Argon2, which the desktop app
needs only after its first window is on screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wallet.vault.header import KdfParams as KdfParams
    from wallet.vault.recovery import RecoveryCode as RecoveryCode
    from wallet.vault.repository import AddResult as AddResult
    from wallet.vault.repository import CredentialSummary as CredentialSummary
    from wallet.vault.repository import StoredCredential as StoredCredential
    from wallet.vault.vault import IntegrityReport as IntegrityReport
    from wallet.vault.vault import Vault as Vault
    from wallet.vault.vault import vault_exists as vault_exists

_EXPORTS = {
    "KdfParams": "wallet.vault.header",
    "RecoveryCode": "wallet.vault.recovery",
    "AddResult": "wallet.vault.repository",
    "CredentialSummary": "wallet.vault.repository",
    "StoredCredential": "wallet.vault.repository",
    "IntegrityReport": "wallet.vault.vault",
    "Vault": "wallet.vault.vault",
    "vault_exists": "wallet.vault.vault",
}

__all__ = [
    "AddResult",
    "CredentialSummary",
    "IntegrityReport",
    "KdfParams",
    "RecoveryCode",
    "StoredCredential",
    "Vault",
    "vault_exists",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'wallet.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
