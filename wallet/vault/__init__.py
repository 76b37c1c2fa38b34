"""The encrypted store (DESIGN.md, Vault)."""

from wallet.vault.header import KdfParams
from wallet.vault.recovery import RecoveryCode
from wallet.vault.repository import AddResult, CredentialSummary, StoredCredential
from wallet.vault.vault import IntegrityReport, Vault, vault_exists

__all__ = ["AddResult", "CredentialSummary", "IntegrityReport", "KdfParams", "RecoveryCode", "StoredCredential", "Vault", "vault_exists"]
