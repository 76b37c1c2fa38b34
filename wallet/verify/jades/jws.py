"""The JWS JSON serialization of a JAdES seal (RFC 7515 §7.2, RFC 7797) and its header rules.

Splits a seal into its parts without verifying anything (:func:`parse_jades_unverified`), decodes
the base64 and JSON it carries within the limits below, and holds the header rules that need no
key: ``crit`` (RFC 7515 §4.1.11, RFC 7797 §6) and the claimed signing time ``sigT`` (TS 119 182-1
§5.2.1). Every failure is a :class:`wallet.verify.jose.JoseError` (``MalformedJws``,
``CriticalHeaderRefused``) or a :class:`JadesError`, each with a ``reason`` in its fields.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wallet.errors import InputError
from wallet.formats.jsonsafe import loads
from wallet.verify.jose import CriticalHeaderRefused, JoseError, MalformedJws, b64url_decode

__all__ = [
    "MAX_ETSIU_ENTRIES",
    "MAX_ETSIU_ENTRY_CHARS",
    "MAX_PAYLOAD_CHARS",
    "MAX_PROTECTED_BYTES",
    "MAX_SIGNATURES",
    "MAX_TOKENS",
    "MAX_VALUES",
    "UNDERSTOOD_CRIT",
    "JadesError",
    "JadesJwsUnverified",
    "JadesSignatureUnverified",
    "b64_std",
    "check_crit",
    "claimed_signing_time",
    "json_object",
    "parse_jades_unverified",
]

# --- limits -------------------------------------------------------------------------------------

MAX_PAYLOAD_CHARS = 6 * 1024 * 1024
MAX_PROTECTED_BYTES = 64 * 1024
"""Decoded protected header: an x5c chain of a few certificates and an ``adoTst`` token fit."""
MAX_SIGNATURES = 4
MAX_ETSIU_ENTRIES = 16
MAX_ETSIU_ENTRY_CHARS = 512 * 1024
MAX_TOKENS = 4
"""Time-stamp tokens per time-stamp container."""
MAX_VALUES = 32
"""Certificates or revocation values in one ``xVals`` / ``rVals`` entry."""

UNDERSTOOD_CRIT: frozenset[str] = frozenset({"b64", "sigT", "adoTst"})
"""``crit`` members this module processes; any other listed member makes the seal unacceptable."""

# Header parameters that decide what is verified: they count only when integrity protected.
_PROTECTED_ONLY = frozenset(
    {"alg", "crit", "b64", "x5c", "x5t#S256", "x5t#o", "sigX5ts", "sigT", "adoTst", "sigD", "jku", "jwk", "x5u", "kid"}
)
# RFC 7515 §4.1.11: crit must not list parameters defined by RFC 7515/7518 themselves.
_STANDARD = frozenset({"alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit", "enc", "zip"})


class JadesError(JoseError):
    """A JAdES-specific reason to refuse a seal: certificate, signing time or time-stamp."""

    code = "verify.jades"


# --- parsing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JadesSignatureUnverified:
    """One signature of a JWS JSON serialization; nothing in it is authenticated yet."""

    protected: str
    """The protected header exactly as stored (base64url): part of the signing input."""
    header: dict[str, Any]
    unprotected: dict[str, Any]
    signature: bytes
    signature_b64: str


@dataclass(frozen=True)
class JadesJwsUnverified:
    """A JWS JSON serialization split into parts; nothing in it is authenticated yet."""

    payload: str
    """The ``payload`` member as stored: the credential JSON itself when ``b64`` is false."""
    payload_bytes: bytes
    """The JWS Payload (RFC 7515 §2): the UTF-8 of ``payload`` if unencoded, else its base64url decoding."""
    encoded: bool
    signatures: tuple[JadesSignatureUnverified, ...]
    flattened: bool


def b64_std(text: object, what: str) -> bytes:
    """The bytes of a base64 (not base64url) value of at most :data:`MAX_ETSIU_ENTRY_CHARS` characters.

    Raises :class:`JadesError` (``base64``) naming ``what``.
    """
    # RFC 7515 §4.1.6: x5c values are base64 (not base64url) DER; JAdES tokens use the same encoding.
    if not isinstance(text, str) or not text or len(text) > MAX_ETSIU_ENTRY_CHARS:
        raise JadesError(f"{what} is not a base64 value", reason="base64", part=what)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise JadesError(f"{what} is not valid base64", reason="base64", part=what) from exc


def json_object(data: bytes, what: str, max_bytes: int) -> dict[str, Any]:
    """``data`` read as a JSON object by the hardened reader; raises :class:`MalformedJws` (``header-json``)."""
    try:
        value = loads(data, max_depth=16, max_bytes=max_bytes)
    except InputError as exc:
        raise MalformedJws(f"the {what} is not acceptable JSON: {exc}", reason="header-json", part=what) from exc
    if not isinstance(value, dict):
        raise MalformedJws(f"the {what} is not a JSON object", reason="header-json", part=what)
    return value


def _parse_signature(entry: Any) -> JadesSignatureUnverified:
    if not isinstance(entry, dict):
        raise MalformedJws("a signature entry is not a JSON object", reason="structure")
    unknown = set(entry) - {"protected", "header", "signature"}
    if unknown:
        raise MalformedJws(f"unexpected members in a signature entry: {', '.join(sorted(unknown))[:80]}", reason="structure")
    protected = entry.get("protected")
    sig64 = entry.get("signature")
    if not isinstance(protected, str) or not isinstance(sig64, str):
        # JAdES §5.1: alg and the signing certificate reference are protected, so a protected header is required.
        raise MalformedJws("a signature lacks its protected header or value", reason="structure")
    if len(protected) > (MAX_PROTECTED_BYTES * 4) // 3 + 4:
        raise MalformedJws("the protected header is too large", reason="too-large", part="header", limit=MAX_PROTECTED_BYTES)
    header = json_object(b64url_decode(protected, what="protected header"), "protected header", MAX_PROTECTED_BYTES)
    unprotected = entry.get("header", {})
    if not isinstance(unprotected, dict):
        raise MalformedJws("the unprotected header is not a JSON object", reason="structure")
    # RFC 7515 §7.2.1: the protected and unprotected header parameter names are disjoint.
    both = set(header) & set(unprotected)
    if both:
        raise MalformedJws(f"header parameters both protected and not: {', '.join(sorted(both))[:80]}", reason="duplicate")
    loose = set(unprotected) & _PROTECTED_ONLY
    if loose:
        raise MalformedJws(f"header parameters that must be protected: {', '.join(sorted(loose))[:80]}", reason="unprotected")
    if len(sig64) > 4096:
        raise MalformedJws("the signature value is too large", reason="too-large", part="signature")
    return JadesSignatureUnverified(protected, header, unprotected, b64url_decode(sig64, what="signature"), sig64)


def parse_jades_unverified(doc: Mapping[str, Any]) -> JadesJwsUnverified:
    """Split a JWS JSON serialization (general or flattened, RFC 7515 §7.2) without verifying it.

    Raises :class:`MalformedJws` for a wrong structure, a size past the limits, more than
    :data:`MAX_SIGNATURES` signatures, or signatures that disagree on ``b64`` (RFC 7797 §3).
    """
    if not isinstance(doc, Mapping):
        raise MalformedJws("a JWS JSON serialization is a JSON object", reason="structure")
    payload = doc.get("payload")
    if not isinstance(payload, str):
        # RFC 7797 §5.2 detached content (no payload member) is not how EDCs are sealed.
        raise MalformedJws("the JWS carries no payload string", reason="structure")
    if len(payload) > MAX_PAYLOAD_CHARS:
        raise MalformedJws("the JWS payload is too large", reason="too-large", part="payload", limit=MAX_PAYLOAD_CHARS)
    flattened = "signatures" not in doc
    if flattened:
        entries: list[Any] = [{k: v for k, v in doc.items() if k in ("protected", "header", "signature")}]
        extra = set(doc) - {"payload", "protected", "header", "signature"}
    else:
        raw = doc.get("signatures")
        if "signature" in doc or "protected" in doc or "header" in doc:
            raise MalformedJws("a general serialization has no top-level signature members", reason="structure")
        if not isinstance(raw, list) or not raw:
            raise MalformedJws("signatures is not a non-empty array", reason="structure")
        entries = raw
        extra = set(doc) - {"payload", "signatures"}
    if extra:
        raise MalformedJws(f"unexpected members in the JWS: {', '.join(sorted(extra))[:80]}", reason="structure")
    if len(entries) > MAX_SIGNATURES:
        raise MalformedJws(f"more than {MAX_SIGNATURES} signatures", reason="too-many", limit=MAX_SIGNATURES)
    signatures = tuple(_parse_signature(e) for e in entries)
    flags = {s.header.get("b64", True) for s in signatures}
    if len(flags) != 1 or not all(isinstance(f, bool) for f in flags):
        # RFC 7797 §3: b64 is a boolean, and all signatures over one payload must agree on it.
        raise MalformedJws("the signatures disagree on b64 or it is not a boolean", reason="b64")
    encoded = flags.pop()
    payload_bytes = b64url_decode(payload, what="payload") if encoded else payload.encode("utf-8")
    return JadesJwsUnverified(payload, payload_bytes, encoded, signatures, flattened)


# --- header rules -------------------------------------------------------------------------------


def claimed_signing_time(header: Mapping[str, Any]) -> datetime:
    """The signer's claimed signing time ``sigT`` in UTC; raises :class:`JadesError` (``sigT``)."""
    # §5.2.1: sigT is a UTC date-time "YYYY-MM-DDThh:mm:ssZ" (RFC 3339 profile); required for B-B.
    value = header.get("sigT")
    if not isinstance(value, str) or len(value) > 40 or not value.endswith("Z"):
        raise JadesError("the seal has no valid claimed signing time (sigT)", reason="sigT")
    try:
        when = datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError as exc:
        raise JadesError("the claimed signing time (sigT) is not a date-time", reason="sigT") from exc
    return when.astimezone(UTC)


def check_crit(header: Mapping[str, Any]) -> None:
    """Refuse a ``crit`` this module cannot honour, or ``b64: false`` not marked critical.

    Raises :class:`CriticalHeaderRefused` (``crit`` or ``b64``).
    """
    crit = header.get("crit")
    if crit is None:
        if header.get("b64") is False:
            # RFC 7797 §6: b64 changes the signing input, so a recipient must be told it is critical.
            raise CriticalHeaderRefused("b64 is false but not listed in crit", reason="b64")
        return
    # RFC 7515 §4.1.11: a non-empty array of unique names, none standard, each present, each understood.
    if not isinstance(crit, list) or not crit or not all(isinstance(c, str) for c in crit) or len(set(crit)) != len(crit):
        raise CriticalHeaderRefused("crit is not a non-empty array of distinct names", reason="crit")
    unknown = [c[:32] for c in crit if c not in UNDERSTOOD_CRIT]
    if unknown:
        raise CriticalHeaderRefused(f"critical header parameters not understood: {', '.join(unknown)}", reason="crit", crit=unknown)
    standard = [c for c in crit if c in _STANDARD]
    absent = [c for c in crit if c not in header]
    if standard or absent:
        raise CriticalHeaderRefused("crit lists a standard or absent parameter", reason="crit")
    if header.get("b64") is False and "b64" not in crit:
        raise CriticalHeaderRefused("b64 is false but not listed in crit", reason="b64")
