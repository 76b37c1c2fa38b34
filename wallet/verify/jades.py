"""JAdES (ETSI TS 119 182-1 V1.1.1) signatures in the JWS JSON serialization, for hostile input.

European Digital Credentials are sealed as a JWS JSON serialization (general or flattened, RFC 7515
§7.2) with an unencoded payload (RFC 7797, ``b64: false``): the credential's JSON is the ``payload``
string itself. This module verifies such a seal with the JOSE rules of :mod:`wallet.verify.jose`
(the algorithm comes from the key; ``none`` and HMAC refused) plus what JAdES adds:

* the signing certificate comes from ``x5c`` and is bound by ``x5t#S256`` or ``x5t#o``
  (TS 119 182-1 §5.1 ``x5t#S256``, §5.2.2 ``x5t#o``); its key usage must allow signing;
* the claimed signing time ``sigT`` (§5.2.1);
* time-stamp tokens, each an RFC 3161 token checked by :mod:`wallet.verify.tst` over exactly what
  it must cover: ``adoTst`` over the data objects (§5.2, ``adoTst``), ``sigTst`` over the signature value
  (§5.3.4), ``arcTst`` over the whole signature and the unsigned components before it (§5.3.6.3);
* the level reached: B (B-B), T (a signature time-stamp), LT (plus certificate and revocation
  values, §5.3.5) and LTA (plus a verified archive time-stamp).

A ``crit`` member this module does not process is refused (RFC 7515 §4.1.11). Revocation values are
carried, not evaluated: nothing here goes online, and the values are reported as present.

Errors: every failure is a :class:`wallet.verify.jose.JoseError` (``MalformedJws``,
``AlgorithmRefused``, ``CriticalHeaderRefused``, ``SignatureInvalid``) or a :class:`JadesError`,
each with a ``reason`` in its fields.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from wallet.errors import InputError
from wallet.formats.jsonsafe import loads
from wallet.verify.jose import (
    CriticalHeaderRefused,
    JoseError,
    KeyAlgorithmMismatch,
    MalformedJws,
    _check_alg,
    _verify_signature,
    b64url_decode,
    b64url_encode,
    check_header_unkeyed,
)
from wallet.verify.tst import TimeStamp, TimeStampError, verify_timestamp_token

__all__ = [
    "ALLOWED_ALGORITHMS",
    "JadesError",
    "JadesJwsUnverified",
    "JadesSignatureUnverified",
    "JadesTimestamp",
    "JadesVerified",
    "parse_jades_unverified",
    "verify_jades",
    "verify_jades_signature",
]

# --- limits -------------------------------------------------------------------------------------

MAX_PAYLOAD_CHARS = 6 * 1024 * 1024
MAX_PROTECTED_BYTES = 64 * 1024
"""Decoded protected header: an x5c chain of a few certificates and an ``adoTst`` token fit."""
MAX_SIGNATURES = 4
MAX_CHAIN = 8
MAX_ETSIU_ENTRIES = 16
MAX_ETSIU_ENTRY_CHARS = 512 * 1024
MAX_TOKENS = 4
"""Time-stamp tokens per time-stamp container."""
MAX_VALUES = 32
"""Certificates or revocation values in one ``xVals`` / ``rVals`` entry."""

MAX_CLOCK_SKEW = timedelta(minutes=10)
"""How far the signer's claimed ``sigT`` may run ahead of the TSA's signature time-stamp (clock skew)."""

ALLOWED_ALGORITHMS: frozenset[str] = frozenset({"RS256", "PS256", "ES256", "ES384", "EdDSA"})
"""The JAdES seal algorithms accepted (the key of the signing certificate must produce it)."""

UNDERSTOOD_CRIT: frozenset[str] = frozenset({"b64", "sigT", "adoTst"})
"""``crit`` members this module processes; any other listed member makes the seal unacceptable."""

# Header parameters that decide what is verified: they count only when integrity protected.
_PROTECTED_ONLY = frozenset(
    {"alg", "crit", "b64", "x5c", "x5t#S256", "x5t#o", "sigX5ts", "sigT", "adoTst", "sigD", "jku", "jwk", "x5u", "kid"}
)
# RFC 7515 §4.1.11: crit must not list parameters defined by RFC 7515/7518 themselves.
_STANDARD = frozenset({"alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit", "enc", "zip"})
_X5T_O_DIGESTS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}


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


def _b64_std(text: object, what: str) -> bytes:
    # RFC 7515 §4.1.6: x5c values are base64 (not base64url) DER; JAdES tokens use the same encoding.
    if not isinstance(text, str) or not text or len(text) > MAX_ETSIU_ENTRY_CHARS:
        raise JadesError(f"{what} is not a base64 value", reason="base64", part=what)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise JadesError(f"{what} is not valid base64", reason="base64", part=what) from exc


def _json_object(data: bytes, what: str, max_bytes: int) -> dict[str, Any]:
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
    header = _json_object(b64url_decode(protected, what="protected header"), "protected header", MAX_PROTECTED_BYTES)
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


# --- verification -------------------------------------------------------------------------------


@dataclass(frozen=True)
class JadesTimestamp:
    """A verified time-stamp of the seal: which one (``adoTst``, ``sigTst``, ``arcTst``) and when."""

    kind: str
    time: datetime
    tsa: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "time": self.time.isoformat(), "tsa": self.tsa}


@dataclass(frozen=True)
class JadesVerified:
    """A JAdES signature that verified, with what it establishes."""

    alg: str
    level: str
    """``B``, ``T``, ``LT`` or ``LTA`` (JAdES-BASELINE-B-B ... B-LTA, TS 119 182-1 §6)."""
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    """The signing certificate first, then the rest of ``x5c``, then any ``xVals`` certificates."""
    claimed_signing_time: datetime
    timestamps: tuple[JadesTimestamp, ...]
    revocation_values: int
    notes: tuple[str, ...]

    @property
    def signature_timestamp(self) -> datetime | None:
        """The earliest verified signature time-stamp: proof the signature existed then."""
        times = [t.time for t in self.timestamps if t.kind == "sigTst"]
        return min(times) if times else None

    @property
    def signing_time(self) -> datetime:
        """The time the certificate is judged at: the signature time-stamp, else the claimed ``sigT``."""
        return self.signature_timestamp or self.claimed_signing_time


def _sig_t(header: Mapping[str, Any]) -> datetime:
    # §5.2.1: sigT is a UTC date-time "YYYY-MM-DDThh:mm:ssZ" (RFC 3339 profile); required for B-B.
    value = header.get("sigT")
    if not isinstance(value, str) or len(value) > 40 or not value.endswith("Z"):
        raise JadesError("the seal has no valid claimed signing time (sigT)", reason="sigT")
    try:
        when = datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError as exc:
        raise JadesError("the claimed signing time (sigT) is not a date-time", reason="sigT") from exc
    return when.astimezone(UTC)


def _check_crit(header: Mapping[str, Any]) -> None:
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


def _load_certificate(der: bytes, what: str, *, extensions: bool = False) -> x509.Certificate:
    """A certificate whose parts later steps read are decoded now (the parser is lazy), so a
    malformed one is refused here rather than failing deep inside a report. The extensions are
    decoded only for the signing certificate: real CA certificates may carry ones the parser refuses,
    and nothing here relies on theirs."""
    try:
        cert = x509.load_der_x509_certificate(der)
        cert.subject.rfc4514_string()
        cert.issuer.rfc4514_string()
        _ = cert.not_valid_before_utc, cert.not_valid_after_utc, cert.serial_number
        if extensions:
            for _ext in cert.extensions:
                pass
    except (ValueError, TypeError) as exc:
        raise JadesError(f"{what} is not a readable X.509 certificate", reason="certificate") from exc
    return cert


def _certificates(header: Mapping[str, Any]) -> list[tuple[bytes, x509.Certificate]]:
    chain = header.get("x5c")
    if not isinstance(chain, list) or not chain:
        # §5.1 (x5c): the signing certificate is carried in x5c (x5u is never fetched here).
        raise JadesError("the seal carries no signing certificate (x5c)", reason="no-certificate")
    if len(chain) > MAX_CHAIN:
        raise JadesError(f"x5c has more than {MAX_CHAIN} certificates", reason="too-many")
    out = []
    for i, item in enumerate(chain):
        der = _b64_std(item, f"x5c[{i}]")
        out.append((der, _load_certificate(der, f"x5c[{i}]", extensions=i == 0)))
    return out


def _check_certificate_reference(header: Mapping[str, Any], leaf_der: bytes) -> None:
    # §5.1 (x5t#S256) / §5.2.2 (x5t#o): x5t#S256 or x5t#o must reference the signing certificate (the first x5c entry),
    # so that swapping x5c for another certificate with the same key is detected.
    s256 = header.get("x5t#S256")
    other = header.get("x5t#o")
    if s256 is None and other is None:
        raise JadesError("the seal does not reference its signing certificate (x5t#S256 / x5t#o)", reason="no-reference")
    if s256 is not None and (not isinstance(s256, str) or not hmac.compare_digest(s256, b64url_encode(hashlib.sha256(leaf_der).digest()))):
        raise JadesError("x5t#S256 does not match the signing certificate", reason="certificate-digest")
    if other is not None:
        if not isinstance(other, dict) or not isinstance(other.get("digAlg"), str) or not isinstance(other.get("digVal"), str):
            raise JadesError("x5t#o is malformed", reason="certificate-digest")
        name = _X5T_O_DIGESTS.get(other["digAlg"])
        if name is None:
            raise JadesError("x5t#o uses an unaccepted digest", reason="certificate-digest")
        expected = b64url_encode(hashlib.new(name, leaf_der).digest())
        if not hmac.compare_digest(other["digVal"], expected):
            raise JadesError("x5t#o does not match the signing certificate", reason="certificate-digest")


def _check_key_usage(cert: x509.Certificate) -> None:
    # RFC 5280 §4.2.1.3: a seal is verified with digitalSignature or nonRepudiation (contentCommitment).
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    except ValueError as exc:
        raise JadesError("the signing certificate's extensions cannot be read", reason="certificate") from exc
    if not (usage.digital_signature or usage.content_commitment):
        raise JadesError("the signing certificate's key usage does not allow signatures", reason="key-usage")


def _tokens(container: Any, kind: str) -> list[bytes]:
    # §5.2 (adoTst) / §5.3.4 (sigTst): {"tstTokens": [{"val": base64 DER, "encoding"?}], "canonAlg"?}.
    if not isinstance(container, dict) or not isinstance(container.get("tstTokens"), list):
        raise JadesError(f"{kind} is malformed", reason="timestamp", kind=kind)
    if "canonAlg" in container:
        raise JadesError(f"{kind} asks for a canonicalization this verifier does not perform", reason="timestamp", kind=kind)
    tokens = container["tstTokens"]
    if not tokens or len(tokens) > MAX_TOKENS:
        raise JadesError(f"{kind} holds no or too many tokens", reason="timestamp", kind=kind)
    out = []
    for token in tokens:
        if not isinstance(token, dict) or token.get("encoding", "der") not in ("der", "DER") or set(token) - {"val", "encoding"}:
            raise JadesError(f"a {kind} token is malformed", reason="timestamp", kind=kind)
        out.append(_b64_std(token.get("val"), kind))
    return out


def _stamp(kind: str, container: Any, covered: bytes) -> list[JadesTimestamp]:
    out = []
    for der in _tokens(container, kind):
        try:
            stamp: TimeStamp = verify_timestamp_token(der, covered)
        except TimeStampError as exc:
            raise JadesError(f"{kind} time-stamp: {exc}", reason="timestamp", kind=kind, detail=exc.fields.get("reason")) from exc
        out.append(JadesTimestamp(kind, stamp.time, stamp.tsa_subject))
    return out


def _etsi_u(unprotected: Mapping[str, Any]) -> list[tuple[str, Any, str | None]]:
    """The ``etsiU`` components (§5.3.1) as (name, value, base64url text or None when clear JSON)."""
    entries = unprotected.get("etsiU", [])
    if not isinstance(entries, list) or len(entries) > MAX_ETSIU_ENTRIES:
        raise JadesError(f"etsiU is not an array of at most {MAX_ETSIU_ENTRIES} entries", reason="etsiU")
    # §5.3.1: the entries are all base64url-encoded JSON, or all clear JSON objects, never mixed.
    if entries and len({isinstance(e, str) for e in entries}) != 1:
        raise JadesError("etsiU mixes encoded and clear components", reason="etsiU")
    out: list[tuple[str, Any, str | None]] = []
    for entry in entries:
        if isinstance(entry, str):
            if len(entry) > MAX_ETSIU_ENTRY_CHARS:
                raise JadesError("an etsiU component is too large", reason="too-large")
            value = _json_object(b64url_decode(entry, what="etsiU component"), "etsiU component", MAX_ETSIU_ENTRY_CHARS)
            encoded: str | None = entry
        elif isinstance(entry, dict):
            value, encoded = entry, None
        else:
            raise JadesError("an etsiU component is neither a string nor an object", reason="etsiU")
        if len(value) != 1:
            raise JadesError("an etsiU component holds exactly one property", reason="etsiU")
        name = next(iter(value))
        out.append((name, value[name], encoded))
    return out


def _x_vals(value: Any) -> list[x509.Certificate]:
    # §5.3.5 (xVals): xVals is an array of {"x509Cert": {"val": base64 DER}} or {"otherCert": ...}.
    if not isinstance(value, list) or len(value) > MAX_VALUES:
        raise JadesError("xVals is malformed", reason="etsiU")
    certs = []
    for item in value:
        cert = item.get("x509Cert") if isinstance(item, dict) else None
        if isinstance(cert, dict):
            certs.append(_load_certificate(_b64_std(cert.get("val"), "xVals"), "an xVals certificate"))
    return certs


def _r_vals(value: Any) -> int:
    # §5.3.5 (rVals): {"crlVals": [...], "ocspVals": [...], "otherVals": [...]}; counted, not evaluated.
    if not isinstance(value, dict):
        raise JadesError("rVals is malformed", reason="etsiU")
    count = 0
    for key in ("crlVals", "ocspVals", "otherVals"):
        items = value.get(key, [])
        if not isinstance(items, list) or len(items) > MAX_VALUES:
            raise JadesError("rVals is malformed", reason="etsiU")
        count += len(items)
    return count


def verify_jades_signature(jws: JadesJwsUnverified, sig: JadesSignatureUnverified) -> JadesVerified:
    """Verify one JAdES signature of ``jws`` (steps 1-10 in the code) and report what it establishes.

    Raises :class:`MalformedJws`, :class:`AlgorithmRefused` (``none``, HMAC, not allowed, not the
    certificate key's), :class:`CriticalHeaderRefused`, :class:`SignatureInvalid` or
    :class:`JadesError` (certificate reference, key usage, ``sigT``, time-stamp mismatch or order).
    """
    header = sig.header
    # 1. The algorithm rules that need no key (RFC 7515 §4.1.1; DESIGN: no none, no HMAC).
    check_header_unkeyed({k: v for k, v in header.items() if k not in ("crit", "b64")}, ALLOWED_ALGORITHMS)
    # 2. crit (RFC 7515 §4.1.11, RFC 7797 §6; TS 119 182-1 §5.2: its new parameters that change processing are critical).
    _check_crit(header)
    if "sigD" in header:
        raise CriticalHeaderRefused("detached signed data (sigD) is not supported", reason="sigD")
    # 3. The signing certificate and its reference (§5.1 x5c, x5t#S256; §5.2.2 x5t#o), key usage.
    chain = _certificates(header)
    leaf_der, leaf = chain[0]
    _check_certificate_reference(header, leaf_der)
    _check_key_usage(leaf)
    try:
        key = leaf.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise JadesError("the signing certificate's key cannot be read", reason="certificate") from exc
    if not isinstance(key, RSAPublicKey | EllipticCurvePublicKey | Ed25519PublicKey):
        raise KeyAlgorithmMismatch("the signing certificate's key type is not accepted", reason="key-mismatch")
    # 4. The header's alg must be one the certificate's key produces (the key decides).
    alg = _check_alg(header, key, ALLOWED_ALGORITHMS)
    # 5. The signature over exactly ASCII(protected) || '.' || payload as stored (RFC 7515 §5.2;
    #    RFC 7797 §3: unencoded, the payload string's UTF-8 bytes; else its base64url text).
    signing_input = sig.protected.encode("ascii") + b"." + jws.payload.encode("utf-8")
    _verify_signature(alg, key, signing_input, sig.signature)
    # 6. The claimed signing time (§5.2.1), within the certificate's life is judged by the caller.
    claimed = _sig_t(header)
    stamps: list[JadesTimestamp] = []
    notes: list[str] = []
    # 7. adoTst (§5.2): the imprint covers the JWS Payload as it appears in the signing input.
    if "adoTst" in header:
        stamps += _stamp("adoTst", header["adoTst"], jws.payload.encode("utf-8"))
    # 8. The unsigned components in order: sigTst over the base64url signature value (§5.3.4);
    #    xVals/rVals (§5.3.5); arcTst over payload, protected header, signature and the earlier
    #    components (§5.3.6.3.1, base64url-encoded components only).
    components = _etsi_u(sig.unprotected)
    extra: list[x509.Certificate] = []
    has_x_vals = False
    revocations = 0
    earlier: list[str] = []
    for name, value, encoded in components:
        if name == "sigTst":
            stamps += _stamp("sigTst", value, sig.signature_b64.encode("ascii"))
        elif name == "xVals":
            extra += _x_vals(value)
            has_x_vals = True
        elif name == "rVals":
            revocations += _r_vals(value)
        elif name == "arcTst":
            if encoded is None or (isinstance(value, dict) and value.get("timeStamped", "all") != "all"):
                notes.append("an archive time-stamp in a form this verifier does not recompute was not checked")
            else:
                archived = b".".join([jws.payload.encode("utf-8"), sig.protected.encode("ascii"), sig.signature_b64.encode("ascii")])
                covered = archived + b"." + "".join(earlier).encode("ascii")
                container = {k: v for k, v in value.items() if k != "timeStamped"} if isinstance(value, dict) else value
                stamps += _stamp("arcTst", container, covered)
        else:
            notes.append(f"unsigned property {name[:32]} carried but not used")
        if encoded is not None:
            earlier.append(encoded)
    # 9. Time-stamps must be in order: data objects, then the signature, then archives (§5.3.4, §5.3.6),
    #    and the claimed signing time cannot follow the signature time-stamp.
    sig_times = [s.time for s in stamps if s.kind == "sigTst"]
    ado_times = [s.time for s in stamps if s.kind == "adoTst"]
    arc_times = [s.time for s in stamps if s.kind == "arcTst"]
    if sig_times and any(a > min(sig_times) for a in ado_times):
        raise JadesError("the data time-stamp is later than the signature time-stamp", reason="timestamp-order")
    if sig_times and claimed > min(sig_times):
        # sigT comes from the signer's clock, the time-stamp from the TSA's: allow their skew, no more.
        if claimed - min(sig_times) > MAX_CLOCK_SKEW:
            raise JadesError("the claimed signing time is later than the signature time-stamp", reason="timestamp-order")
        notes.append(f"the claimed signing time is {int((claimed - min(sig_times)).total_seconds())} s after the signature time-stamp")
    if arc_times and sig_times and min(arc_times) < max(sig_times):
        raise JadesError("the archive time-stamp precedes the signature time-stamp", reason="timestamp-order")
    # 10. The level (TS 119 182-1 §6, baseline levels): B-B, B-T, B-LT, B-LTA.
    level = "B"
    if sig_times:
        level = "T"
        if has_x_vals and revocations:
            level = "LT"
            if arc_times:
                level = "LTA"
    return JadesVerified(
        alg=alg,
        level=level,
        certificate=leaf,
        chain=tuple([c for _d, c in chain] + extra),
        claimed_signing_time=claimed,
        timestamps=tuple(stamps),
        revocation_values=revocations,
        notes=tuple(notes),
    )


def verify_jades(jws: JadesJwsUnverified) -> tuple[JadesVerified, ...]:
    """Verify every signature of ``jws``; all must verify. Raises as :func:`verify_jades_signature`."""
    return tuple(verify_jades_signature(jws, sig) for sig in jws.signatures)
