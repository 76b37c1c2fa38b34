"""Multibase (base58btc, base64url) and multicodec-prefixed public keys (Multikey, did:key).

Multikey (Controlled Identifiers 1.0 §2.2.2) encodes a public key as ``z`` + base58btc(multicodec
varint ‖ key bytes). The multicodecs used by the Data Integrity suites: ``0xed`` Ed25519 (32 bytes),
``0x1200`` P-256 and ``0x1201`` P-384 (SEC1 compressed points). Errors: :class:`KeyResolutionError`
(``reason="bad-key"``) for anything that does not decode to a supported key, and
:class:`MalformedInput` from :func:`decode_multibase` for bad encodings.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from wallet.errors import KeyResolutionError, MalformedInput
from wallet.verify.keys import PublicKey

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(_ALPHABET)}
MAX_MULTIBASE_CHARS = 4096
"""No key or signature is this long; a longer value is refused before the quadratic base58 decode."""

ED25519_PUB = 0xED
P256_PUB = 0x1200
P384_PUB = 0x1201
ED25519_PRIV = 0x1300
P256_PRIV = 0x1306
P384_PRIV = 0x1307

_CURVES: dict[int, ec.EllipticCurve] = {P256_PUB: ec.SECP256R1(), P384_PUB: ec.SECP384R1()}


def b58encode(data: bytes) -> str:
    """Bitcoin base58 of ``data`` (leading zero bytes become ``1``)."""
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(_ALPHABET[r])
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    """Bytes of a bitcoin base58 string. Raises :class:`MalformedInput` for other characters."""
    if len(text) > MAX_MULTIBASE_CHARS:
        raise MalformedInput("base58 value too long", reason="too-long")
    n = 0
    for ch in text:
        digit = _INDEX.get(ch)
        if digit is None:
            raise MalformedInput("not base58btc", reason="bad-multibase")
        n = n * 58 + digit
    pad = len(text) - len(text.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def encode_multibase(data: bytes) -> str:
    """``z`` + base58btc: the encoding of proof values and Multikeys in these suites."""
    return "z" + b58encode(data)


def decode_multibase(value: object) -> bytes:
    """Decode a multibase string with prefix ``z`` (base58btc) or ``u`` (base64url, no padding).

    Raises :class:`MalformedInput` for any other prefix or a malformed body.
    """
    if not isinstance(value, str) or len(value) < 2:
        raise MalformedInput("not a multibase string", reason="bad-multibase")
    if value[0] == "z":
        return b58decode(value[1:])
    if value[0] == "u":
        body = value[1:]
        if len(body) > MAX_MULTIBASE_CHARS or "=" in body:
            raise MalformedInput("not base64url", reason="bad-multibase")
        try:
            return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError) as exc:
            raise MalformedInput("not base64url", reason="bad-multibase") from exc
    raise MalformedInput(f"unsupported multibase prefix {value[0]!r}", reason="bad-multibase")


def _read_varint(data: bytes) -> tuple[int, int]:
    value = shift = 0
    for i, byte in enumerate(data[:4]):
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, i + 1
        shift += 7
    raise KeyResolutionError("bad multicodec prefix", reason="bad-key")


def varint(value: int) -> bytes:
    """Unsigned LEB128, as multicodec prefixes are written."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def decode_multikey(value: object) -> tuple[int, PublicKey]:
    """The multicodec and public key of a ``publicKeyMultibase`` value.

    Raises :class:`KeyResolutionError` (``reason="bad-key"``) for an unsupported codec or bad bytes.
    """
    try:
        raw = decode_multibase(value)
    except MalformedInput as exc:
        raise KeyResolutionError(f"publicKeyMultibase is not decodable: {exc}", reason="bad-key") from exc
    codec, used = _read_varint(raw)
    body = raw[used:]
    try:
        if codec == ED25519_PUB:
            if len(body) != 32:
                raise KeyResolutionError("an Ed25519 key is 32 bytes", reason="bad-key")
            return codec, Ed25519PublicKey.from_public_bytes(body)
        curve = _CURVES.get(codec)
        if curve is not None:
            if len(body) != (curve.key_size + 7) // 8 + 1:
                raise KeyResolutionError("an EC Multikey is a compressed point", reason="bad-key")
            return codec, ec.EllipticCurvePublicKey.from_encoded_point(curve, body)
    except ValueError as exc:
        raise KeyResolutionError("the key bytes are not a valid point", reason="bad-key") from exc
    raise KeyResolutionError(f"unsupported multicodec 0x{codec:x}", reason="unsupported-key", codec=codec)


def encode_multikey(key: PublicKey) -> str:
    """``publicKeyMultibase`` of an Ed25519, P-256 or P-384 public key. Raises ``ValueError`` otherwise."""
    if isinstance(key, Ed25519PublicKey):
        return encode_multibase(varint(ED25519_PUB) + key.public_bytes(Encoding.Raw, PublicFormat.Raw))
    if isinstance(key, ec.EllipticCurvePublicKey):
        for codec, curve in _CURVES.items():
            if curve.name == key.curve.name:
                return encode_multibase(varint(codec) + key.public_bytes(Encoding.X962, PublicFormat.CompressedPoint))
    raise ValueError("only Ed25519, P-256 and P-384 keys have a Multikey encoding here")
