"""Recovery codes: 160 random bits a learner writes down, typed back years later.

The code is Crockford base32 (no I, L, O, U; case-insensitive; I/L read as 1 and O as 0), in eight
groups of four data characters plus one check character each, e.g. ``7K3Q-M…``. A per-group check
lets us say *which* group was mistyped instead of only "wrong code".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wallet.errors import InvalidRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK_ALPHABET = ALPHABET + "*~$=U"  # Crockford's 37 check symbols
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
_CHECK_DECODE = {c: i for i, c in enumerate(_CHECK_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
GROUPS = 8
GROUP_CHARS = 4
SECRET_BYTES = GROUPS * GROUP_CHARS * 5 // 8  # 20 bytes, 160 bits


@dataclass(frozen=True)
class RecoveryCode:
    """A parsed, checksum-verified recovery code. ``secret`` never appears in ``repr``."""

    secret: bytes

    def __repr__(self) -> str:
        return "RecoveryCode(…)"

    @classmethod
    def generate(cls) -> RecoveryCode:
        return cls(secrets.token_bytes(SECRET_BYTES))

    def formatted(self) -> str:
        """The code as shown to the learner: eight dash-separated groups of five characters."""
        value = int.from_bytes(self.secret, "big")
        chars = [ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(GROUPS * GROUP_CHARS))]
        groups = []
        for g in range(GROUPS):
            data = "".join(chars[g * GROUP_CHARS : (g + 1) * GROUP_CHARS])
            groups.append(data + _check_char(data, g))
        return "-".join(groups)

    @classmethod
    def parse(cls, text: str) -> RecoveryCode:
        """Parse a typed code; spaces, dashes and case do not matter.

        Raises :class:`InvalidRecoveryCode` with ``group`` (1-based) set to the first group whose
        check character does not match, or ``reason`` ``length``/``character``.
        """
        cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
        if len(cleaned) != GROUPS * (GROUP_CHARS + 1):
            raise InvalidRecoveryCode("a recovery code has 40 characters", reason="length")
        value = 0
        for g in range(GROUPS):
            chunk = cleaned[g * (GROUP_CHARS + 1) : (g + 1) * (GROUP_CHARS + 1)]
            data, check = chunk[:GROUP_CHARS], chunk[GROUP_CHARS]
            if any(c not in _DECODE for c in data) or check not in _CHECK_DECODE:
                raise InvalidRecoveryCode(f"group {g + 1} has a character that is not in a recovery code", reason="character", group=g + 1)
            normal = "".join(ALPHABET[_DECODE[c]] for c in data)
            if _CHECK_ALPHABET[_CHECK_DECODE[check]] != _check_char(normal, g):
                raise InvalidRecoveryCode(f"group {g + 1} looks mistyped", reason="checksum", group=g + 1)
            for c in normal:
                value = (value << 5) | _DECODE[c]
        return cls(value.to_bytes(SECRET_BYTES, "big"))

    def derive_key(self, salt: bytes) -> bytes:
        """The 256-bit key-encryption key. The code carries 160 random bits, so no slow KDF is needed."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"satchel recovery key v1").derive(self.secret)


def _check_char(data: str, group: int) -> str:
    # Crockford's mod-37 check over the group's value, salted with its position so that two
    # swapped groups are caught too.
    value = 0
    for c in data:
        value = value * 32 + _DECODE[c]
    return _CHECK_ALPHABET[(value + group * 7) % 37]
