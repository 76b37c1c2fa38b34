"""JOSE for hostile input: compact JWS parsing and verification, strict JWK import.

The rules (DESIGN.md, Security stance):

* the algorithm comes from the key, never from the header alone: the header's ``alg`` must be one of
  the algorithms the key's type can produce (:func:`algorithms_for_key`) *and* in the caller's
  allow-list;
* ``none`` and every HMAC algorithm are refused before anything else is looked at, so a public key
  can never be abused as an HMAC secret;
* any ``crit`` header parameter is refused (RFC 7515 §4.1.11: a recipient must reject what it does
  not understand, and this module understands no extension);
* sizes are bounded before decoding: the whole token, the header, the payload, the JSON depth.

This module never fetches anything: ``jku``, ``x5u`` and ``jwk`` header parameters are data here,
never a source of keys (callers decide where keys come from).

Errors: every failure is a :class:`JoseError` (a :class:`wallet.errors.VerificationError`) whose
``fields`` carry a ``reason``; :func:`public_key_from_jwk` raises :class:`InvalidJwk` (a
:class:`wallet.errors.KeyResolutionError`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey, RSAPublicNumbers
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from wallet.errors import InputError, KeyResolutionError, VerificationError
from wallet.formats.jsonsafe import loads
from wallet.verify.keys import PublicKey

__all__ = [
    "ALL_ALGORITHMS",
    "AlgorithmRefused",
    "CompactJws",
    "CriticalHeaderRefused",
    "InvalidJwk",
    "JoseError",
    "KeyAlgorithmMismatch",
    "MalformedJws",
    "SignatureInvalid",
    "algorithms_for_key",
    "b64url_decode",
    "b64url_encode",
    "check_header_unkeyed",
    "jwk_thumbprint",
    "parse_compact_unverified",
    "public_key_from_jwk",
    "public_key_to_jwk",
    "verify_compact",
]

# --- limits -------------------------------------------------------------------------------------

MAX_TOKEN_CHARS = 6 * 1024 * 1024
"""A compact JWS larger than this is refused unread (a credential with an embedded image fits)."""
MAX_HEADER_BYTES = 16 * 1024
"""Decoded protected header: room for an ``x5c`` chain of a few certificates, no more."""
MAX_PAYLOAD_BYTES = 4 * 1024 * 1024
MAX_HEADER_DEPTH = 8
MIN_RSA_BITS = 2048
MAX_RSA_BITS = 16384
"""Verifying with a huge modulus costs time; no issuer needs more than this."""

ALL_ALGORITHMS: frozenset[str] = frozenset({"EdDSA", "Ed25519", "ES256", "ES384", "RS256", "PS256"})
"""Every algorithm this module can verify; formats pass their own (sub)set as ``allowed``."""

_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_PRIVATE_MEMBERS = frozenset({"d", "p", "q", "dp", "dq", "qi", "oth", "k"})
_EC_CURVES: dict[str, tuple[ec.EllipticCurve, int, str]] = {
    "P-256": (ec.SECP256R1(), 32, "ES256"),
    "P-384": (ec.SECP384R1(), 48, "ES384"),
}
_HASHES: dict[str, hashes.HashAlgorithm] = {"ES256": hashes.SHA256(), "ES384": hashes.SHA384()}


# --- errors -------------------------------------------------------------------------------------


class JoseError(VerificationError):
    """A JWS that cannot be accepted; ``fields["reason"]`` says why in one stable word."""

    code = "verify.jose"


class MalformedJws(JoseError):
    """Not a compact JWS: wrong number of parts, bad base64url, a header that is not a JSON object, too large."""

    code = "verify.jose.malformed"


class AlgorithmRefused(JoseError):
    """The header's ``alg`` is ``none``, an HMAC algorithm, unknown, or not allowed for this format."""

    code = "verify.jose.alg-refused"


class KeyAlgorithmMismatch(AlgorithmRefused):
    """The header's ``alg`` is not one the key can produce (ES256 with a P-384 key, RS256 with Ed25519...)."""

    code = "verify.jose.key-mismatch"


class CriticalHeaderRefused(JoseError):
    """The header has a ``crit`` parameter (or ``b64: false``); no JWS extension is understood here."""

    code = "verify.jose.crit"


class SignatureInvalid(JoseError):
    """The signature does not verify over the signing input with the given key."""

    code = "verify.jose.signature"


class InvalidJwk(KeyResolutionError):
    """A JWK that is not an acceptable public signing key (unknown kty/crv, private members, weak, off-curve)."""

    code = "verify.jose.jwk"


# --- base64url ----------------------------------------------------------------------------------


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str, *, what: str = "value") -> bytes:
    """Strict unpadded base64url (RFC 7515 §2): URL-safe alphabet only, no padding, canonical trailing bits.

    Raises :class:`MalformedJws` (reason ``base64``) otherwise; a lenient decoder would let two
    different strings decode to the same bytes.
    """
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise MalformedJws(f"{what} is not base64url", reason="base64", part=what)
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise MalformedJws(f"{what} is not base64url", reason="base64", part=what) from exc
    if b64url_encode(data) != text:
        raise MalformedJws(f"{what} is not canonical base64url", reason="base64", part=what)
    return data


# --- parsing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompactJws:
    """A compact JWS split into its parts. Nothing in it is authenticated until :func:`verify_compact` says so."""

    header: dict[str, Any]
    payload: bytes
    signature: bytes
    signing_input: bytes
    """``ASCII(BASE64URL(header) || '.' || BASE64URL(payload))`` — exactly what was signed (RFC 7515 §5.2)."""


def parse_compact_unverified(token: str) -> CompactJws:
    """Split and decode a compact JWS (RFC 7515 §7.1) without verifying anything.

    Raises :class:`MalformedJws` for anything that is not three base64url parts with a JSON-object
    header within the size limits (reason ``too-large`` for sizes).
    """
    if not isinstance(token, str):
        raise MalformedJws("a JWS must be text", reason="type")
    if len(token) > MAX_TOKEN_CHARS:
        raise MalformedJws("the JWS is too large", reason="too-large", limit=MAX_TOKEN_CHARS)
    token = token.strip()
    parts = token.split(".")
    if len(parts) != 3:
        raise MalformedJws(f"a compact JWS has 3 parts, this has {len(parts)}", reason="parts", parts=len(parts))
    h64, p64, s64 = parts
    # RFC 7515 §5.2 step 1-2. Bound the header before decoding it: base64 grows by 4/3.
    if len(h64) > (MAX_HEADER_BYTES * 4) // 3 + 4:
        raise MalformedJws("the JWS header is too large", reason="too-large", part="header", limit=MAX_HEADER_BYTES)
    if len(p64) > (MAX_PAYLOAD_BYTES * 4) // 3 + 4:
        raise MalformedJws("the JWS payload is too large", reason="too-large", part="payload", limit=MAX_PAYLOAD_BYTES)
    header_bytes = b64url_decode(h64, what="header")
    payload = b64url_decode(p64, what="payload")
    signature = b64url_decode(s64, what="signature")
    # RFC 7515 §5.2 step 3-4: the header is a JSON object with unique member names.
    try:
        header = loads(header_bytes, max_depth=MAX_HEADER_DEPTH, max_bytes=MAX_HEADER_BYTES)
    except InputError as exc:
        raise MalformedJws(f"the JWS header is not acceptable JSON: {exc}", reason="header-json") from exc
    if not isinstance(header, dict):
        raise MalformedJws("the JWS header is not a JSON object", reason="header-json")
    return CompactJws(header=header, payload=payload, signature=signature, signing_input=f"{h64}.{p64}".encode("ascii"))


# --- keys ---------------------------------------------------------------------------------------


def algorithms_for_key(key: PublicKey) -> frozenset[str]:
    """The JWS algorithms ``key`` can verify: the key decides, the header only chooses among these.

    Ed25519 -> EdDSA (and the fully specified ``Ed25519``); P-256 -> ES256; P-384 -> ES384;
    RSA of 2048 bits or more -> RS256, PS256. Any other key (other curves, short RSA) -> empty.
    """
    if isinstance(key, Ed25519PublicKey):
        return frozenset({"EdDSA", "Ed25519"})
    if isinstance(key, EllipticCurvePublicKey):
        for _name, (curve, _size, alg) in _EC_CURVES.items():
            if key.curve.name == curve.name:
                return frozenset({alg})
        return frozenset()
    if isinstance(key, RSAPublicKey):
        if MIN_RSA_BITS <= key.key_size <= MAX_RSA_BITS:
            return frozenset({"RS256", "PS256"})
        return frozenset()
    return frozenset()


def _member(jwk: Mapping[str, Any], name: str) -> bytes:
    value = jwk.get(name)
    if not isinstance(value, str):
        raise InvalidJwk(f"JWK member {name!r} is missing or not a string", reason="member", member=name)
    try:
        return b64url_decode(value, what=f"JWK {name}")
    except MalformedJws as exc:
        raise InvalidJwk(f"JWK member {name!r} is not base64url", reason="member", member=name) from exc


def public_key_from_jwk(jwk: Mapping[str, Any]) -> PublicKey:
    """A public signing key from a JWK (RFC 7517, RFC 7518 §6, RFC 8037 §2), checked strictly.

    Accepts OKP/Ed25519, EC/P-256, EC/P-384 and RSA of 2048-16384 bits. Refuses (raising
    :class:`InvalidJwk` with a ``reason``) private members (``d``, ``p``, ``k``...), other key
    types and curves, wrong coordinate lengths, points off the curve, ``use`` other than ``sig``,
    ``key_ops`` without ``verify``, and an ``alg`` member the key cannot produce.
    """
    if not isinstance(jwk, Mapping) or not all(isinstance(k, str) for k in jwk):
        raise InvalidJwk("a JWK must be a JSON object", reason="type")
    private = sorted(_PRIVATE_MEMBERS & set(jwk))
    if private:
        # A private key where a public one belongs: refuse rather than silently strip it.
        raise InvalidJwk("the JWK carries private key material", reason="private-key", members=private)
    use = jwk.get("use")
    if use is not None and use != "sig":
        raise InvalidJwk("the JWK is not a signing key", reason="use", use=str(use)[:16])
    ops = jwk.get("key_ops")
    if ops is not None and (not isinstance(ops, list) or "verify" not in ops):
        raise InvalidJwk("the JWK's key_ops do not include verify", reason="key-ops")
    kty = jwk.get("kty")
    key: PublicKey
    if kty == "OKP":
        crv = jwk.get("crv")
        if crv != "Ed25519":
            raise InvalidJwk(f"unsupported OKP curve {str(crv)[:16]!r}", reason="curve", crv=str(crv)[:16])
        x = _member(jwk, "x")
        if len(x) != 32:
            raise InvalidJwk("an Ed25519 key has 32 bytes", reason="length")
        key = Ed25519PublicKey.from_public_bytes(x)
    elif kty == "EC":
        crv = jwk.get("crv")
        spec = _EC_CURVES.get(crv) if isinstance(crv, str) else None
        if spec is None:
            raise InvalidJwk(f"unsupported EC curve {str(crv)[:16]!r}", reason="curve", crv=str(crv)[:16])
        curve, size, _alg = spec
        x, y = _member(jwk, "x"), _member(jwk, "y")
        # RFC 7518 §6.2.1.2: coordinates are exactly the curve's field size, leading zeros kept.
        if len(x) != size or len(y) != size:
            raise InvalidJwk(f"{crv} coordinates have {size} bytes", reason="length")
        try:
            key = ec.EllipticCurvePublicNumbers(int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve).public_key()
        except ValueError as exc:
            raise InvalidJwk("the point is not on the curve", reason="off-curve") from exc
    elif kty == "RSA":
        n, e = _member(jwk, "n"), _member(jwk, "e")
        if not n or n[0] == 0 or not e or e[0] == 0 or len(e) > 8:
            # RFC 7518 §6.3.1.1: minimal big-endian integers, no leading zero octets.
            raise InvalidJwk("RSA n and e must be minimal non-zero integers", reason="rsa-encoding")
        n_int, e_int = int.from_bytes(n, "big"), int.from_bytes(e, "big")
        bits = n_int.bit_length()
        if bits < MIN_RSA_BITS or bits > MAX_RSA_BITS:
            raise InvalidJwk(f"RSA keys of {bits} bits are not accepted", reason="weak-key", bits=bits)
        if e_int < 3 or e_int % 2 == 0:
            raise InvalidJwk("RSA public exponent is not acceptable", reason="rsa-exponent")
        try:
            key = RSAPublicNumbers(e_int, n_int).public_key()
        except ValueError as exc:
            raise InvalidJwk("not a valid RSA public key", reason="rsa-encoding") from exc
    else:
        raise InvalidJwk(f"unsupported key type {str(kty)[:16]!r}", reason="kty", kty=str(kty)[:16])
    alg = jwk.get("alg")
    if alg is not None and alg not in algorithms_for_key(key):
        raise InvalidJwk(f"the JWK's alg {str(alg)[:16]!r} does not fit its key", reason="alg", alg=str(alg)[:16])
    return key


def public_key_to_jwk(key: PublicKey) -> dict[str, str]:
    """The public JWK of ``key`` with only its required members (RFC 7638 §3.2 order is irrelevant here).

    Raises :class:`InvalidJwk` for a key type or curve this module does not handle.
    """
    if isinstance(key, Ed25519PublicKey):
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw))}
    if isinstance(key, EllipticCurvePublicKey):
        for name, (curve, size, _alg) in _EC_CURVES.items():
            if key.curve.name == curve.name:
                nums = key.public_numbers()
                return {
                    "kty": "EC",
                    "crv": name,
                    "x": b64url_encode(nums.x.to_bytes(size, "big")),
                    "y": b64url_encode(nums.y.to_bytes(size, "big")),
                }
        raise InvalidJwk(f"unsupported curve {key.curve.name}", reason="curve")
    if isinstance(key, RSAPublicKey):
        rsa_nums = key.public_numbers()
        return {
            "kty": "RSA",
            "n": b64url_encode(rsa_nums.n.to_bytes((rsa_nums.n.bit_length() + 7) // 8, "big")),
            "e": b64url_encode(rsa_nums.e.to_bytes((rsa_nums.e.bit_length() + 7) // 8, "big")),
        }
    raise InvalidJwk("unsupported key type", reason="kty")


def jwk_thumbprint(jwk: Mapping[str, Any]) -> str:
    """RFC 7638 JWK thumbprint (SHA-256, base64url) over the required members of a *public* JWK.

    Raises :class:`InvalidJwk` if the JWK is not acceptable to :func:`public_key_from_jwk`.
    """
    required = public_key_to_jwk(public_key_from_jwk(jwk))
    canonical = json.dumps(required, sort_keys=True, separators=(",", ":")).encode()
    return b64url_encode(hashlib.sha256(canonical).digest())


# --- verification -------------------------------------------------------------------------------


def _check_alg(header: Mapping[str, Any], key: PublicKey, allowed: Collection[str]) -> str:
    alg = header.get("alg")
    if not isinstance(alg, str):
        raise AlgorithmRefused("the JWS header names no algorithm", reason="missing")
    if alg.lower() == "none":
        # RFC 7518 §3.6: an unsecured JWS is never acceptable as a credential.
        raise AlgorithmRefused("alg 'none' (unsecured JWS) is refused", reason="none", alg="none")
    if alg.upper().startswith("HS"):
        # A verifier holding only a public key must never run HMAC: that is the key-confusion attack.
        raise AlgorithmRefused(f"HMAC algorithm {alg[:16]!r} is refused", reason="hmac", alg=alg[:16])
    if alg not in ALL_ALGORITHMS or alg not in allowed:
        raise AlgorithmRefused(f"algorithm {alg[:16]!r} is not allowed here", reason="not-allowed", alg=alg[:16])
    # The key decides: a header cannot talk an RSA key into PS256-vs-ES256 confusion or a curve swap.
    if alg not in algorithms_for_key(key):
        raise KeyAlgorithmMismatch(
            f"algorithm {alg} does not match the issuer's key",
            reason="key-mismatch",
            alg=alg,
            key_algorithms=sorted(algorithms_for_key(key)),
        )
    return alg


def _check_crit(header: Mapping[str, Any]) -> None:
    # RFC 7515 §4.1.11: a recipient that does not understand a listed extension must reject the JWS.
    # RFC 7797 §6: b64=false changes what is signed; it must be in crit, and is refused either way.
    if "crit" in header:
        crit = header["crit"]
        names = [str(c)[:32] for c in crit] if isinstance(crit, list) else [str(crit)[:32]]
        raise CriticalHeaderRefused(f"critical header parameters not understood: {', '.join(names)}", reason="crit", crit=names)
    if "b64" in header and header["b64"] is not True:
        raise CriticalHeaderRefused("unencoded payload (b64) is not supported", reason="b64")


def _verify_signature(alg: str, key: PublicKey, signing_input: bytes, signature: bytes) -> None:
    try:
        if alg in ("EdDSA", "Ed25519") and isinstance(key, Ed25519PublicKey):
            key.verify(signature, signing_input)
        elif alg in _HASHES and isinstance(key, EllipticCurvePublicKey):
            # RFC 7518 §3.4: R || S, each exactly the field size; DER or other lengths are invalid.
            size = (key.curve.key_size + 7) // 8
            if len(signature) != 2 * size:
                raise SignatureInvalid("the ECDSA signature has the wrong length", reason="length")
            r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
            key.verify(encode_dss_signature(r, s), signing_input, ec.ECDSA(_HASHES[alg]))
        elif alg == "RS256" and isinstance(key, RSAPublicKey):
            key.verify(signature, signing_input, padding.PKCS1v15(), hashes.SHA256())
        elif alg == "PS256" and isinstance(key, RSAPublicKey):
            # RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash.
            key.verify(signature, signing_input, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
        else:  # unreachable after _check_alg; kept so a future edit cannot fall through to success
            raise KeyAlgorithmMismatch(f"algorithm {alg} does not match the key", reason="key-mismatch", alg=alg)
    except InvalidSignature as exc:
        raise SignatureInvalid("the signature does not verify with the issuer's key", reason="mismatch", alg=alg) from exc


def check_header_unkeyed(header: Mapping[str, Any], allowed: Collection[str]) -> str:
    """The header rules that need no key: refuse ``none``, HMAC, algorithms outside ``allowed``, ``crit``.

    Lets a verifier fail ``signature`` for a forged header before (or without) resolving any key.
    Returns the header's ``alg``. Raises :class:`AlgorithmRefused` or :class:`CriticalHeaderRefused`.
    """
    alg = header.get("alg")
    if not isinstance(alg, str):
        raise AlgorithmRefused("the JWS header names no algorithm", reason="missing")
    if alg.lower() == "none":
        raise AlgorithmRefused("alg 'none' (unsecured JWS) is refused", reason="none", alg="none")
    if alg.upper().startswith("HS"):
        raise AlgorithmRefused(f"HMAC algorithm {alg[:16]!r} is refused", reason="hmac", alg=alg[:16])
    if alg not in ALL_ALGORITHMS or alg not in allowed:
        raise AlgorithmRefused(f"algorithm {alg[:16]!r} is not allowed here", reason="not-allowed", alg=alg[:16])
    _check_crit(header)
    return alg


def verify_compact(token: str, key: PublicKey, *, allowed: Collection[str]) -> CompactJws:
    """Verify a compact JWS with ``key`` and return its parts, now authenticated.

    Steps (RFC 7515 §5.2): 1. parse within limits; 2. refuse ``none`` and HMAC; 3. refuse ``crit``;
    4. the header's ``alg`` must be in ``allowed`` and among :func:`algorithms_for_key` of ``key``;
    5. verify the signature over the exact signing input.

    Raises :class:`MalformedJws`, :class:`AlgorithmRefused` (``none``, HMAC, not allowed),
    :class:`KeyAlgorithmMismatch`, :class:`CriticalHeaderRefused` or :class:`SignatureInvalid`.
    """
    jws = parse_compact_unverified(token)  # 1
    check_header_unkeyed(jws.header, allowed)  # 2, 3
    alg = _check_alg(jws.header, key, allowed)  # 4
    _verify_signature(alg, key, jws.signing_input, jws.signature)  # 5
    return jws
