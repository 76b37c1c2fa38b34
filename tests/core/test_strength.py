"""The password strength estimator: a score and a reason code, no sentences, no Qt."""

from __future__ import annotations

import pytest

from wallet.vault.strength import COMMON_PASSWORDS, StrengthCode, estimate


@pytest.mark.parametrize(
    ("password", "score", "code"),
    [
        ("", 0, StrengthCode.EMPTY),
        ("abc", 0, StrengthCode.TOO_SHORT),
        ("password", 0, StrengthCode.COMMON),
        ("Password1!", 0, StrengthCode.COMMON),
        ("aaaaaaaaaaaa", 0, StrengthCode.REPEATED),
        ("abcdefgh", 0, StrengthCode.SEQUENCE),
        ("98765432", 0, StrengthCode.SEQUENCE),
        ("12345678901", 1, StrengthCode.ONLY_DIGITS),
        ("correcthorse", 2, StrengthCode.ONLY_LETTERS),
        ("Tr0ub4dor&3", 3, StrengthCode.GOOD),
        ("correct horse battery staple", 4, StrengthCode.STRONG),
    ],
)
def test_scores_and_codes(password: str, score: int, code: StrengthCode) -> None:
    result = estimate(password)
    assert (result.score, result.code) == (score, code)


def test_longer_is_never_weaker() -> None:
    base = "kX9#mP2v"
    scores = [estimate(base + "Lq7!w"[:n]).score for n in range(6)]
    assert scores == sorted(scores)


def test_the_common_list_is_lower_case() -> None:
    assert all(p == p.lower() for p in COMMON_PASSWORDS)
    assert len(COMMON_PASSWORDS) >= 100
