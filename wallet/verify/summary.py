"""One stable badge code for a stored verification result, for lists and cards.

A learner reads a list of credentials by one word each: is it good, and if not, why. The verdict
alone says too little ("invalid" may mean tampered, expired or revoked), so :func:`badge_for` looks
at *which* checks failed. It holds no sentences: front ends word the codes in the learner's language.

>>> badge_for("valid", (), "trusted")
'verified'
>>> badge_for("invalid", ("validity-period",), "trusted")
'expired'
>>> badge_for("invalid", ("validity-period",), "unknown", ("validity.not-yet-valid",))
'not-yet-valid'
"""

from __future__ import annotations

from collections.abc import Iterable

VERIFIED = "verified"
"""Signature and issuer key check out, and the issuer is in a trust list the learner accepts."""
VERIFIED_UNRECOGNISED = "verified-unrecognised"
"""Signature and issuer key check out; the issuer is in no trust list the learner accepts."""
TAMPERED = "tampered"
"""The signature does not verify over these bytes: altered after signing (or signed by someone else)."""
WRONG_ISSUER = "wrong-issuer"
"""The signature verifies, but with a key that does not belong to the issuer the credential names."""
REVOKED = "revoked"
"""The issuer's status list says revoked or suspended."""
EXPIRED = "expired"
"""The validity period has ended."""
NOT_YET_VALID = "not-yet-valid"
"""The validity period has not begun."""
INVALID = "invalid"
"""Another check failed (malformed document, bad presentation binding, ...)."""
UNCHECKED = "unchecked"
"""Nothing failed, but integrity could not be established offline (no proof, key not cached, ...)."""

BADGES: tuple[str, ...] = (VERIFIED, VERIFIED_UNRECOGNISED, UNCHECKED, EXPIRED, NOT_YET_VALID, REVOKED, WRONG_ISSUER, INVALID, TAMPERED)
"""Every code :func:`badge_for` returns, from best to worst (a natural sort order)."""

# Which failure names the badge when several checks failed: the gravest first. A tampered document
# makes everything else it says (dates, status entries) untrustworthy, so it wins.
_PRECEDENCE: tuple[tuple[str, str], ...] = (
    ("signature", TAMPERED),
    ("format", INVALID),
    ("issuer-key", WRONG_ISSUER),
    ("status", REVOKED),
    ("validity-period", EXPIRED),
)


def badge_for(verdict: str, failing_check_ids: Iterable[str], trust: str, failing_codes: Iterable[str] = ()) -> str:
    """The badge code (one of :data:`BADGES`) for a verdict, the ids of the checks that failed and
    the issuer's trust (``trusted`` / ``unknown`` / ``untrusted``).

    ``failing_codes`` (the failed checks' ``code``) refines the answer where the id cannot:
    a ``validity-period`` failure coded ``validity.not-yet-valid`` is :data:`NOT_YET_VALID`. Never raises.
    """
    failed = set(failing_check_ids)
    failed.discard("issuer-trust")  # trust is reported beside the verdict, never folded into it
    if verdict == "valid" and not failed:
        return VERIFIED if trust == "trusted" else VERIFIED_UNRECOGNISED
    if verdict != "invalid" and not failed:
        return UNCHECKED
    for check_id, badge in _PRECEDENCE:
        if check_id in failed:
            if badge == EXPIRED and "validity.not-yet-valid" in set(failing_codes):
                return NOT_YET_VALID
            return badge
    return INVALID


__all__ = [
    "BADGES",
    "EXPIRED",
    "INVALID",
    "NOT_YET_VALID",
    "REVOKED",
    "TAMPERED",
    "UNCHECKED",
    "VERIFIED",
    "VERIFIED_UNRECOGNISED",
    "WRONG_ISSUER",
    "badge_for",
]
