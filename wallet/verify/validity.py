"""The ``validity-period`` check, shared by every format (VCDM 2.0 section 4.9; VCDM 1.1 issuanceDate;
RFC 7519 nbf/exp)."""

from __future__ import annotations

from datetime import UTC, datetime

from wallet.verify.report import Check, Outcome


def parse_datetime(value: object) -> datetime | None:
    """An XML Schema dateTime / ISO 8601 string or a NumericDate as an aware datetime, else ``None``.

    A date or time without a zone is taken as UTC, as VCDM 2.0 section 4.9 recommends issuers avoid.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def validity_check(at: datetime, valid_from: object, valid_until: object, *, names: tuple[str, str] = ("validFrom", "validUntil")) -> Check:
    """``pass`` when ``at`` lies in [valid_from, valid_until]; ``fail`` before or after; a malformed
    date fails ``validity-period`` too (an issuer meant something we cannot read)."""
    start, end = parse_datetime(valid_from), parse_datetime(valid_until)
    if valid_from is not None and start is None:
        return Check(
            "validity-period",
            Outcome.FAIL,
            f"{names[0]} is not a valid date: {str(valid_from)[:64]!r}",
            "validity.malformed",
            {"field": names[0]},
        )
    if valid_until is not None and end is None:
        return Check(
            "validity-period",
            Outcome.FAIL,
            f"{names[1]} is not a valid date: {str(valid_until)[:64]!r}",
            "validity.malformed",
            {"field": names[1]},
        )
    if start is not None and at < start:
        return Check(
            "validity-period",
            Outcome.FAIL,
            f"not valid yet: valid from {start.isoformat()}",
            "validity.not-yet-valid",
            {"valid_from": start.isoformat()},
        )
    if end is not None and at > end:
        return Check("validity-period", Outcome.FAIL, f"expired on {end.isoformat()}", "validity.expired", {"valid_until": end.isoformat()})
    if end is not None:
        return Check("validity-period", Outcome.PASS, f"valid until {end.isoformat()}", "validity.until", {"valid_until": end.isoformat()})
    return Check("validity-period", Outcome.PASS, "no expiry date", "validity.no-expiry")
