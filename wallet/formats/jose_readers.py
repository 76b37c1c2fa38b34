"""Reading compact JOSE credentials: VC-JWT (VCDM 1.1 §6.3), VC-JOSE (VC 2.0 as a JWS), SD-JWT VC,
and Open Badges 2.0 signed assertions (a JWS whose payload is an OB 2.0 Assertion).

The token arrives as text: a ``.jwt``/``.jws`` file, a JSON string, or a ``data:application/vc+jwt,``
/ ``data:application/vc+sd-jwt,`` URL (VC-JOSE-COSE §6.1, enveloped credentials). Nothing here is
verified: the decoded claims go into :attr:`Parsed.document` for describing and for the verifier.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from wallet.errors import InputError, MalformedInput, UnsupportedFormat
from wallet.formats.base import Parsed
from wallet.formats.jsonsafe import loads
from wallet.formats.sdjwt import DisclosureError, process_disclosures_unverified, split_sd_jwt_unverified
from wallet.jsonshape import type_set
from wallet.verify.jose import MalformedJws, parse_compact_unverified

__all__ = ["disclosed_claims_unverified", "read_token"]

_DATA_MEDIA_TYPES = {
    "application/vc+jwt": "jwt",
    "application/vc-ld+jwt": "jwt",
    "application/jwt": "jwt",
    "application/vc+sd-jwt": "sd-jwt",
    "application/dc+sd-jwt": "sd-jwt",
    "application/sd-jwt": "sd-jwt",
}
_PRESENTATION_TYPES = {"application/vp+jwt", "application/vp+sd-jwt", "application/vp-ld+jwt"}


def _data_url(text: str) -> tuple[str, str]:
    """(media type, token) of a ``data:`` URL carrying a JOSE credential (RFC 2397)."""
    head, comma, body = text[len("data:") :].partition(",")
    if not comma:
        raise MalformedInput("a data: URL without data", reason="data-url")
    params = head.split(";")
    media = params[0].strip().lower()
    if "base64" in (p.strip().lower() for p in params[1:]) or media.endswith("+cose"):
        raise UnsupportedFormat(f"{media or 'data'} (COSE) is not a format Satchel verifies", reason="cose")
    if media in _PRESENTATION_TYPES:
        raise UnsupportedFormat("presentations secured with JOSE are not supported", reason="presentation")
    if media not in _DATA_MEDIA_TYPES:
        raise UnsupportedFormat(f"a data: URL of type {media[:64]!r}", reason="unknown-format")
    # Whitespace is not part of a JWS; spec examples are sometimes wrapped for display.
    return media, "".join(unquote(body).split())


def _contains(value: Any, needle: str) -> bool:
    if isinstance(value, str):
        return needle in value
    if isinstance(value, list):
        return any(isinstance(v, str) and needle in v for v in value)
    return False


def _is_ob2_assertion(payload: dict[str, Any]) -> bool:
    # OB 2.0 §Assertion: a JWS-signed assertion's payload is the Assertion itself (OB 2.0 §Signed Badges).
    if _contains(payload.get("@context"), "openbadges") and "vc" not in payload and "VerifiableCredential" not in type_set(payload):
        return True
    if "Assertion" in type_set(payload):
        return True
    return "badge" in payload and ("verify" in payload or "verification" in payload)


def read_token(text: str, original: bytes, name: str | None, container: str) -> Parsed:
    """Parse a compact JOSE credential (unverified) into a :class:`Parsed` of format ``vc-jwt``,
    ``sd-jwt-vc`` or ``openbadges-2``.

    ``extras`` carries ``header`` (the protected header), ``profile`` (``vcdm1.1-jwt``,
    ``vc-jose``, ``sd-jwt-vc`` or ``sd-jwt``), and for SD-JWT ``disclosed`` (JSON Pointers of the
    disclosed claims) or ``disclosure_error`` when the disclosures do not fit the digests (the
    verifier reports that). Raises :class:`MalformedInput` for text that is not a JWS/SD-JWT and
    :class:`UnsupportedFormat` for JOSE content that is not a credential (a presentation, COSE...).
    """
    text = text.strip()
    media: str | None = None
    if text[:5].lower() == "data:":
        media, text = _data_url(text)
    if "~" in text:
        return _read_sd_jwt(text, original, name, container, media)
    try:
        jws = parse_compact_unverified(text)
    except MalformedJws as exc:
        raise MalformedInput(f"not a compact JWS: {exc}", **exc.fields) from exc
    payload = loads(jws.payload)
    if not isinstance(payload, dict):
        raise MalformedInput("the JWS payload is not a JSON object", reason="payload-json")
    header = jws.header
    typ = header.get("typ") if isinstance(header.get("typ"), str) else ""
    extras: dict[str, Any] = {"header": header}
    if media:
        extras["media_type"] = media

    def parsed(fmt: str, profile: str) -> Parsed:
        return Parsed(
            format=fmt,
            original=original,
            payload=text.encode("ascii"),
            document=payload,
            container=container,
            token=text,
            name=name,
            extras={**extras, "profile": profile},
        )

    if str(typ).lower().endswith("sd-jwt") or "_sd" in payload or "_sd_alg" in payload or "vct" in payload:
        return _read_sd_jwt(text, original, name, container, media)
    if str(typ).lower().startswith("vp") or "vp" in payload or "VerifiablePresentation" in type_set(payload):
        raise UnsupportedFormat("presentations secured as a JWT are not supported", reason="presentation")
    if isinstance(payload.get("vc"), dict):
        # VCDM 1.1 §6.3.1: the credential sits in the "vc" claim, registered claims map onto its properties.
        return parsed("vc-jwt", "vcdm1.1-jwt")
    if "@context" in payload and "VerifiableCredential" in type_set(payload):
        # VC-JOSE-COSE §3.1.1: the payload is the credential itself.
        return parsed("vc-jwt", "vc-jose")
    if _is_ob2_assertion(payload):
        return parsed("openbadges-2", "ob2-jws")
    raise UnsupportedFormat("a JWT that is not a credential Satchel reads", reason="unknown-jwt")


def _read_sd_jwt(text: str, original: bytes, name: str | None, container: str, media: str | None) -> Parsed:
    if not text.isascii():
        raise MalformedInput("an SD-JWT is ASCII text", reason="encoding")
    parts = split_sd_jwt_unverified(text)
    profile = "sd-jwt-vc" if isinstance(parts.claims.get("vct"), str) else "sd-jwt"
    extras: dict[str, Any] = {
        "header": parts.jws.header,
        "profile": profile,
        "disclosures": list(parts.disclosures),
        "key_binding": parts.kb_jwt is not None,
        "issuer_claims": parts.claims,
    }
    if media:
        extras["media_type"] = media
    try:
        document, paths = process_disclosures_unverified(parts.claims, parts.disclosures)
        extras["disclosed"] = paths
    except DisclosureError as exc:
        # Reading is not judging: keep what the issuer's JWT says, let the verifier fail the check.
        document = {k: v for k, v in parts.claims.items() if k not in ("_sd", "_sd_alg")}
        extras["disclosure_error"] = {"code": exc.code, **{k: v for k, v in exc.fields.items() if isinstance(v, str | int)}}
        extras["disclosed"] = []
    return Parsed(
        format="sd-jwt-vc",
        original=original,
        payload=text.encode("ascii"),
        document=document,
        container=container,
        token=text,
        name=name,
        extras=extras,
    )


def disclosed_claims_unverified(parsed: Parsed) -> dict[str, Any]:
    """The claims of an SD-JWT as disclosed (digests replaced by disclosures), not yet verified.

    Raises :class:`InputError` if ``parsed`` is not an SD-JWT or its disclosures do not fit.
    """
    if parsed.format != "sd-jwt-vc" or parsed.token is None:
        raise InputError("not an SD-JWT", reason="not-sd-jwt")
    parts = split_sd_jwt_unverified(parsed.token)
    try:
        claims, _paths = process_disclosures_unverified(parts.claims, parts.disclosures)
    except DisclosureError as exc:
        raise MalformedInput(f"the disclosures do not fit the digests: {exc}", reason="disclosure") from exc
    return claims
