"""The one exception hierarchy of the core.

Every exception the core raises on purpose derives from :class:`WalletError` and carries a stable
``code`` that front ends turn into words (the core holds no sentences that need translating).
Messages stay opaque where secrecy matters: :class:`InvalidPassword` never says which step failed.
"""

from __future__ import annotations

from typing import Any


class WalletError(Exception):
    """Base of every deliberate core error. ``code`` is stable; ``fields`` carry the specifics."""

    code = "error"

    def __init__(self, message: str = "", **fields: Any) -> None:
        super().__init__(message or self.code)
        self.fields: dict[str, Any] = fields

    def __str__(self) -> str:
        return self.args[0] if self.args else self.code


class VaultError(WalletError):
    code = "vault"


class VaultNotFound(VaultError):
    code = "vault.not-found"


class VaultExists(VaultError):
    code = "vault.exists"


class VaultLocked(VaultError):
    code = "vault.locked"


class InvalidPassword(VaultError):
    """The password or recovery code does not open the vault, or the header was altered.

    Deliberately says nothing about which: a tampered header and a wrong password look alike.
    """

    code = "vault.invalid-password"

    def __init__(self) -> None:
        super().__init__("the password does not open this vault")


class HeaderError(VaultError):
    """``vault.json`` (or a backup's header) is malformed, altered or of an unknown version."""

    code = "vault.header"


class WeakKdfParameters(HeaderError):
    code = "vault.weak-kdf"


class InvalidRecoveryCode(VaultError):
    """The recovery code is malformed; ``group`` names the first group whose checksum fails."""

    code = "vault.recovery-code"


class IntegrityError(VaultError):
    code = "vault.integrity"


class SchemaError(VaultError):
    code = "vault.schema"


class BackupError(VaultError):
    code = "vault.backup"


class NotFound(WalletError):
    code = "not-found"


class InputError(WalletError):
    """Input that cannot be read: malformed, too large, too deep, or of an unknown format."""

    code = "input"


class UnsupportedFormat(InputError):
    code = "input.unsupported"


class InputTooLarge(InputError):
    code = "input.too-large"


class MalformedInput(InputError):
    code = "input.malformed"


class VerificationError(WalletError):
    """Raised inside verifiers for a fact that makes a check fail or skip; never escapes ``verify``."""

    code = "verify"


class KeyResolutionError(VerificationError):
    """A verification method could not be resolved (offline, unknown DID method, bad key)."""

    code = "verify.key-resolution"


class UnknownContext(VerificationError):
    """A JSON-LD context that is not bundled: the credential becomes unverifiable, nothing is fetched."""

    code = "verify.unknown-context"


class ProcessingLimit(VerificationError):
    """Input exceeded a processing limit (time, quads, blank nodes, depth) during verification."""

    code = "verify.limit"
