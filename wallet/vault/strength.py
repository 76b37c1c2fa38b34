"""A small password strength estimator: a score and a reason code, never a sentence.

The score runs 0 (unusable) to 4 (strong) and follows a rough estimate of the guesses an attacker
needs: the size of the character classes used raised to the length, with heavy penalties for the
patterns people reach for first (a common password, one repeated character, a keyboard or digit
run). It is a hint for the learner, not a policy: Argon2id does the real work of slowing guesses.
The front end words the :class:`StrengthCode` in the learner's language.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 8
"""Below this many characters a password is ``too-short`` whatever it contains."""

COMMON_PASSWORDS: frozenset[str] = frozenset(
    {
        "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "123123", "111111", "000000",
        "654321", "666666", "121212", "112233", "123321", "987654321", "password", "password1", "password123",
        "passw0rd", "p@ssw0rd", "qwerty", "qwerty123", "qwertyuiop", "azerty", "qwertz", "asdfgh", "asdfghjkl",
        "zxcvbnm", "1q2w3e4r", "1qaz2wsx", "abc123", "abcdef", "iloveyou", "admin", "administrator", "welcome",
        "welcome1", "letmein", "monkey", "dragon", "football", "baseball", "soccer", "master", "sunshine",
        "princess", "shadow", "superman", "batman", "trustno1", "starwars", "freedom", "whatever", "secret",
        "hello", "hello123", "login", "changeme", "default", "guest", "test", "test123", "root", "toor",
        "michael", "jennifer", "charlie", "jordan", "hunter", "hunter2", "ashley", "daniel", "pokemon",
        "computer", "internet", "samsung", "google", "summer", "winter", "spring", "autumn", "flower",
        "cheese", "chocolate", "liverpool", "arsenal", "chelsea", "matrix", "killer", "ninja", "mustang",
        "access", "lovely", "loveme", "wachtwoord", "adgangskode", "passwort", "motdepasse", "contraseña",
        "satchel", "wallet", "student", "school", "university", "diploma",
    }
)  # fmt: skip
"""A few of the most used passwords (and this app's own words), lower-cased."""

_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop")


class StrengthCode(StrEnum):
    """Why a password got its score; the UI turns each into a hint."""

    EMPTY = "empty"
    TOO_SHORT = "too-short"
    COMMON = "common"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    ONLY_DIGITS = "only-digits"
    ONLY_LETTERS = "only-letters"
    ADD_VARIETY = "add-variety"
    GOOD = "good"
    STRONG = "strong"


@dataclass(frozen=True)
class Strength:
    """``score`` 0-4 (0 unusable, 1 weak, 2 fair, 3 good, 4 strong) and the reason ``code``."""

    score: int
    code: StrengthCode
    bits: float
    """The rough entropy estimate in bits, after penalties."""


def _pool_size(password: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(c in string.punctuation or c == " " for c in password):
        pool += 33
    if any(ord(c) > 127 for c in password):
        pool += 100
    return max(pool, 1)


def _is_sequence(lowered: str) -> bool:
    if len(lowered) < 4:
        return False
    return any(lowered in seq or lowered in seq[::-1] for seq in _SEQUENCES)


def _strip_decoration(lowered: str) -> str:
    """The word under the usual decoration: ``Password123!`` -> ``password``."""
    return lowered.rstrip(string.digits + string.punctuation).lstrip(string.digits + string.punctuation)


def estimate(password: str) -> Strength:
    """Estimate how hard ``password`` is to guess. Pure and fast enough to run on every keystroke."""
    if not password:
        return Strength(0, StrengthCode.EMPTY, 0.0)
    lowered = password.lower()
    length = len(password)
    bits = length * math.log2(_pool_size(password))
    if lowered in COMMON_PASSWORDS or _strip_decoration(lowered) in COMMON_PASSWORDS:
        return Strength(0, StrengthCode.COMMON, min(bits, 10.0))
    if len(set(password)) == 1:
        return Strength(0, StrengthCode.REPEATED, min(bits, 4.0))
    if _is_sequence(lowered):
        return Strength(0, StrengthCode.SEQUENCE, min(bits, 6.0))
    if length < MIN_LENGTH:
        return Strength(min(1, int(bits // 30)), StrengthCode.TOO_SHORT, bits)
    # Few distinct characters repeat a lot: count only what the distinct ones could add.
    distinct = len(set(password))
    if distinct < length / 2:
        bits = min(bits, distinct * math.log2(_pool_size(password)) * 1.5)
    if password.isdigit():
        code = StrengthCode.ONLY_DIGITS
    elif password.isalpha():
        code = StrengthCode.ONLY_LETTERS
    else:
        code = StrengthCode.ADD_VARIETY
    if bits < 40:
        score = 1
    elif bits < 60:
        score = 2
    elif bits < 80:
        score = 3
    else:
        score = 4
    if score >= 3:
        code = StrengthCode.STRONG if score == 4 else StrengthCode.GOOD
    return Strength(score, code, bits)


__all__ = ["COMMON_PASSWORDS", "MIN_LENGTH", "Strength", "StrengthCode", "estimate"]
