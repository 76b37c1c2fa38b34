"""``vault.json``: the vault's header, and the key wrapping it describes.

A random 256-bit data key opens the database. It is stored twice, wrapped with AES-256-GCM: under
a key derived from the password with Argon2id (RFC 9106), and under the recovery key. The header's
identity and the KDF parameters are the AEAD's associated data, and an HMAC under the data key
covers the whole header, so a header whose parameters were weakened or altered opens nothing.

The file must be exactly the canonical serialization of what it holds (:func:`serialize`): any
byte that differs, even one a lenient JSON or base64 decoder would forgive, is rejected.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wallet.errors import HeaderError, InvalidPassword, WeakKdfParameters
from wallet.vault.recovery import RecoveryCode

FORMAT = "satchel-vault"
VERSION = 1
MAX_HEADER_BYTES = 16 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. The floor is RFC 9106 §4's second recommended option."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    FLOOR_MEMORY_KIB = 64 * 1024
    FLOOR_ITERATIONS = 3
    FLOOR_LANES = 4
    CEILING_MEMORY_KIB = 4 * 1024 * 1024  # a hostile header must not make unlock allocate more
    CEILING_ITERATIONS = 64

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(cls.FLOOR_MEMORY_KIB, cls.FLOOR_ITERATIONS, cls.FLOOR_LANES, secrets.token_bytes(16))

    def check(self) -> None:
        """Refuse parameters below the floor or absurdly above it (a denial of service)."""
        if self.memory_kib < self.FLOOR_MEMORY_KIB or self.iterations < self.FLOOR_ITERATIONS or self.lanes < self.FLOOR_LANES:
            raise WeakKdfParameters("the vault's key derivation parameters are below the minimum", params=self.public())
        if self.memory_kib > self.CEILING_MEMORY_KIB or self.iterations > self.CEILING_ITERATIONS or self.lanes > 64:
            raise HeaderError("the vault's key derivation parameters are out of range", params=self.public())
        if len(self.salt) < 16:
            raise HeaderError("the vault's salt is too short")

    def public(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    def derive(self, password: str) -> bytes:
        self.check()
        kdf = Argon2id(salt=self.salt, length=32, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(password.encode("utf-8"))


def calibrate(target_seconds: float = 0.7, *, ceiling_kib: int = 1024 * 1024) -> KdfParams:
    """Parameters for this machine, so that one unlock takes about ``target_seconds``.

    From the floor, memory doubles (memory hardness is what slows an attacker's hardware most) up to
    ``ceiling_kib``; then the number of passes grows to close the remaining gap.
    """
    params = KdfParams.floor()

    def timed(candidate: KdfParams) -> float:
        start = time.perf_counter()
        candidate.derive("calibration")
        return time.perf_counter() - start

    elapsed = timed(params)
    while elapsed * 2 <= target_seconds and params.memory_kib * 2 <= ceiling_kib:
        params = replace(params, memory_kib=params.memory_kib * 2)
        elapsed = timed(params)
    if elapsed < target_seconds * 0.8:
        passes = min(KdfParams.CEILING_ITERATIONS, round(params.iterations * target_seconds / max(elapsed, 1e-3)))
        params = replace(params, iterations=max(params.iterations, passes))
    return replace(params, salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class Wrapped:
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class VaultHeader:
    """The parsed header. ``vault_id`` names the vault (and its backups) without revealing anything.

    Each wrap authenticates the parameters it depends on (the password wrap: the KDF parameters and
    salt; the recovery wrap: its salt) plus the header's identity. ``mac`` then authenticates the
    whole header under a key derived from the data key, so that whichever way the vault is opened,
    a header altered anywhere is refused.
    """

    vault_id: str
    kdf: KdfParams
    password_wrap: Wrapped
    recovery_salt: bytes
    recovery_wrap: Wrapped
    mac: bytes = b""
    version: int = VERSION

    def _identity(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "vault_id": self.vault_id}

    def password_aad(self) -> bytes:
        return _canonical(
            {**self._identity(), "purpose": "password", "kdf": {"name": "argon2id", **self.kdf.public(), "salt": _b64(self.kdf.salt)}}
        )

    def recovery_aad(self) -> bytes:
        return _canonical({**self._identity(), "purpose": "recovery", "salt": _b64(self.recovery_salt)})

    def _mac_input(self) -> bytes:
        return serialize(replace(self, mac=b""))

    def _sealed(self, data_key: bytes) -> VaultHeader:
        return replace(self, mac=_hmac(data_key, self._mac_input()))

    def verify_mac(self, data_key: bytes) -> None:
        """Raises :class:`InvalidPassword` if any part of the header was altered."""
        if not hmac.compare_digest(self.mac, _hmac(data_key, self._mac_input())):
            raise InvalidPassword()

    @classmethod
    def new(cls, data_key: bytes, password: str, recovery: RecoveryCode, kdf: KdfParams) -> VaultHeader:
        kdf.check()
        blank = Wrapped(b"", b"")
        header = cls(vault_id=secrets.token_hex(16), kdf=kdf, password_wrap=blank, recovery_salt=b"", recovery_wrap=blank)
        return header.with_password(data_key, password, kdf).with_recovery(data_key, recovery)

    def with_password(self, data_key: bytes, password: str, kdf: KdfParams | None = None) -> VaultHeader:
        """A copy whose password wrap is redone under ``password`` (fresh salt unless ``kdf`` given)."""
        draft = replace(self, kdf=kdf or replace(self.kdf, salt=secrets.token_bytes(16)))
        return replace(draft, password_wrap=_seal(draft.kdf.derive(password), data_key, draft.password_aad()))._sealed(data_key)

    def with_recovery(self, data_key: bytes, recovery: RecoveryCode) -> VaultHeader:
        """A copy with a new recovery wrap (fresh salt) under ``recovery``."""
        draft = replace(self, recovery_salt=secrets.token_bytes(16))
        key = recovery.derive_key(draft.recovery_salt)
        return replace(draft, recovery_wrap=_seal(key, data_key, draft.recovery_aad()))._sealed(data_key)

    def unwrap_with_password(self, password: str) -> bytes:
        """The data key. Raises :class:`InvalidPassword` (wrong password or altered header alike)."""
        return self.unwrap_with_kek(self.kdf.derive(password))

    def unwrap_with_kek(self, kek: bytes) -> bytes:
        """The data key from an already derived password key (the slow step done elsewhere)."""
        data_key = _open(kek, self.password_wrap, self.password_aad())
        self.verify_mac(data_key)
        return data_key

    def unwrap_with_recovery(self, recovery: RecoveryCode) -> bytes:
        """The data key. Raises :class:`InvalidPassword` (wrong code or altered header alike)."""
        data_key = _open(recovery.derive_key(self.recovery_salt), self.recovery_wrap, self.recovery_aad())
        self.verify_mac(data_key)
        return data_key


def _hmac(data_key: bytes, message: bytes) -> bytes:
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"satchel header mac v1").derive(data_key)
    return hmac.new(mac_key, message, "sha256").digest()


def _seal(kek: bytes, data_key: bytes, aad: bytes) -> Wrapped:
    nonce = os.urandom(12)
    return Wrapped(nonce, AESGCM(kek).encrypt(nonce, data_key, aad))


def _open(kek: bytes, wrapped: Wrapped, aad: bytes) -> bytes:
    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except (InvalidTag, ValueError):
        raise InvalidPassword() from None
    if len(key) != 32:
        raise InvalidPassword()
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, field: str) -> bytes:
    if not isinstance(value, str):
        raise HeaderError(f"header field {field} is not text")
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise HeaderError(f"header field {field} is not base64") from exc
    if _b64(data) != value:  # non-canonical padding bits would let two texts mean one value
        raise HeaderError(f"header field {field} is not canonical base64")
    return data


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def serialize(header: VaultHeader) -> bytes:
    """The one byte sequence ``header`` is written as (sorted keys, fixed indentation, final newline)."""
    doc = {
        "format": FORMAT,
        "version": header.version,
        "vault_id": header.vault_id,
        "kdf": {"name": "argon2id", **header.kdf.public(), "salt": _b64(header.kdf.salt)},
        "password": {"nonce": _b64(header.password_wrap.nonce), "wrapped_key": _b64(header.password_wrap.ciphertext)},
        "recovery": {
            "salt": _b64(header.recovery_salt),
            "nonce": _b64(header.recovery_wrap.nonce),
            "wrapped_key": _b64(header.recovery_wrap.ciphertext),
        },
        "mac": _b64(header.mac),
    }
    return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def parse(data: bytes) -> VaultHeader:
    """Parse ``vault.json`` strictly. Raises :class:`HeaderError` (or :class:`WeakKdfParameters`).

    Parameters below the floor are refused here, before any key derivation.
    """
    if len(data) > MAX_HEADER_BYTES:
        raise HeaderError("the vault header is too large")
    try:
        doc = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise HeaderError("the vault header is not valid JSON") from exc
    try:
        if doc["format"] != FORMAT:
            raise HeaderError("not a Satchel vault header")
        if doc["version"] != VERSION or type(doc["version"]) is not int:
            raise HeaderError(f"unsupported vault header version {doc['version']!r}", version=doc["version"])
        kdf_doc = doc["kdf"]
        if kdf_doc["name"] != "argon2id":
            raise HeaderError("unsupported key derivation function")
        ints = [kdf_doc[k] for k in ("memory_kib", "iterations", "lanes")]
        if any(type(v) is not int for v in ints):
            raise HeaderError("key derivation parameters must be integers")
        kdf = KdfParams(ints[0], ints[1], ints[2], _unb64(kdf_doc["salt"], "kdf.salt"))
        header = VaultHeader(
            vault_id=str(doc["vault_id"]),
            kdf=kdf,
            password_wrap=Wrapped(
                _unb64(doc["password"]["nonce"], "password.nonce"), _unb64(doc["password"]["wrapped_key"], "password.wrapped_key")
            ),
            recovery_salt=_unb64(doc["recovery"]["salt"], "recovery.salt"),
            recovery_wrap=Wrapped(
                _unb64(doc["recovery"]["nonce"], "recovery.nonce"), _unb64(doc["recovery"]["wrapped_key"], "recovery.wrapped_key")
            ),
            mac=_unb64(doc["mac"], "mac"),
        )
    except (KeyError, TypeError) as exc:
        raise HeaderError("the vault header is incomplete") from exc
    if serialize(header) != data:
        raise HeaderError("the vault header was altered (not in its canonical form)")
    kdf.check()
    return header
