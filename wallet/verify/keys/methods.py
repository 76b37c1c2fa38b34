"""Public keys from verification method objects: Multikey, Ed25519VerificationKey2020, JsonWebKey.

Controlled Identifiers 1.0 §2.2.2 (Multikey: ``publicKeyMultibase``) and §2.2.3 (JsonWebKey:
``publicKeyJwk``); Ed25519VerificationKey2020 is the older type with the same multibase encoding.
Errors: :class:`KeyResolutionError` (``reason`` ``bad-key`` or ``unsupported-key``).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from wallet.errors import KeyResolutionError
from wallet.verify.keys import PublicKey
from wallet.verify.multibase import ED25519_PUB, decode_multikey

METHOD_TYPES = ("Multikey", "Ed25519VerificationKey2020", "JsonWebKey", "JsonWebKey2020")

_JWK_CURVES: dict[str, ec.EllipticCurve] = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}


def _b64url(value: object) -> bytes:
    if not isinstance(value, str) or len(value) > 1024:
        raise KeyResolutionError("a JWK member is not base64url", reason="bad-key")
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyResolutionError("a JWK member is not base64url", reason="bad-key") from exc


def key_from_jwk(jwk: Mapping[str, Any]) -> PublicKey:
    """An OKP Ed25519 or EC P-256/P-384 public JWK as a key; a JWK with a private part is refused."""
    if "d" in jwk:
        raise KeyResolutionError("a public key must not carry its private part", reason="bad-key")
    kty, crv = jwk.get("kty"), jwk.get("crv")
    try:
        if kty == "OKP" and crv == "Ed25519":
            x = _b64url(jwk.get("x"))
            if len(x) != 32:
                raise KeyResolutionError("an Ed25519 key is 32 bytes", reason="bad-key")
            return Ed25519PublicKey.from_public_bytes(x)
        if kty == "EC" and isinstance(crv, str) and crv in _JWK_CURVES:
            x, y = _b64url(jwk.get("x")), _b64url(jwk.get("y"))
            curve = _JWK_CURVES[crv]
            size = (curve.key_size + 7) // 8
            if len(x) != size or len(y) != size:
                raise KeyResolutionError("EC coordinates of the wrong length", reason="bad-key")
            return ec.EllipticCurvePublicNumbers(int.from_bytes(x, "big"), int.from_bytes(y, "big"), curve).public_key()
    except ValueError as exc:
        raise KeyResolutionError("the JWK is not a valid key", reason="bad-key") from exc
    raise KeyResolutionError(f"unsupported JWK kty={kty!r} crv={crv!r}", reason="unsupported-key")


def key_from_method(method: Mapping[str, Any]) -> PublicKey:
    """The public key of a verification method object (as found in a DID document or profile).

    Raises :class:`KeyResolutionError` for an unknown type, a type/encoding mismatch or bad bytes.
    """
    kind = method.get("type")
    if kind in ("Multikey", "Ed25519VerificationKey2020") and "publicKeyMultibase" in method:
        codec, key = decode_multikey(method["publicKeyMultibase"])
        if kind == "Ed25519VerificationKey2020" and codec != ED25519_PUB:
            raise KeyResolutionError("Ed25519VerificationKey2020 must hold an Ed25519 key", reason="bad-key")
        return key
    if kind in ("JsonWebKey", "JsonWebKey2020") and isinstance(method.get("publicKeyJwk"), Mapping):
        return key_from_jwk(method["publicKeyJwk"])
    raise KeyResolutionError(f"unsupported verification method type {str(kind)[:64]!r}", reason="unsupported-key")
