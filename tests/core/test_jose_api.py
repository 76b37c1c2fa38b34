"""wallet.verify.jose: compact JWS parsing, the algorithm rules, strict JWK import (real keys, real signatures)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.support.jose_issuer import ALGORITHMS, new_key
from wallet.errors import KeyResolutionError, VerificationError
from wallet.signing.jose import sign_compact
from wallet.verify.jose import (
    MAX_HEADER_BYTES,
    AlgorithmRefused,
    CriticalHeaderRefused,
    InvalidJwk,
    KeyAlgorithmMismatch,
    MalformedJws,
    SignatureInvalid,
    b64url_decode,
    b64url_encode,
    jwk_thumbprint,
    parse_compact_unverified,
    public_key_from_jwk,
    public_key_to_jwk,
    verify_compact,
)

ALL = {"EdDSA", "ES256", "ES384", "RS256", "PS256"}


def _forge(header: dict[str, object], payload: bytes, signature: bytes = b"") -> str:
    return f"{b64url_encode(json.dumps(header).encode())}.{b64url_encode(payload)}.{b64url_encode(signature)}"


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_every_algorithm_round_trips(alg: str) -> None:
    key = new_key(alg)
    token = sign_compact({"typ": "JWT"}, b'{"a":1}', key, alg=alg)
    jws = verify_compact(token, key.public_key(), allowed=ALL)
    assert jws.payload == b'{"a":1}'
    assert jws.header["alg"] == alg
    assert jws.signing_input == token.rsplit(".", 1)[0].encode()


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_changed_payload_fails(alg: str) -> None:
    key = new_key(alg)
    head, _payload, sig = sign_compact({}, b'{"a":1}', key, alg=alg).split(".")
    with pytest.raises(SignatureInvalid):
        changed = b64url_encode(b'{"a":2}')
        verify_compact(f"{head}.{changed}.{sig}", key.public_key(), allowed=ALL)


def test_none_is_refused_before_anything() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    with pytest.raises(AlgorithmRefused) as info:
        verify_compact(_forge({"alg": "none"}, b"{}"), key.public_key(), allowed=ALL)
    assert info.value.fields["reason"] == "none"


def test_hs256_with_the_public_key_as_secret_is_refused() -> None:
    # The classic key-confusion forgery: HMAC keyed with the issuer's public key bytes.
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    secret = key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    head = b64url_encode(json.dumps({"alg": "HS256"}).encode())
    body = b64url_encode(b'{"admin":true}')
    mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    with pytest.raises(AlgorithmRefused) as info:
        verify_compact(f"{head}.{body}.{b64url_encode(mac)}", key, allowed=ALL | {"HS256"})
    assert info.value.fields["reason"] == "hmac"


def test_wrong_curve_is_a_key_mismatch() -> None:
    p384 = ec.generate_private_key(ec.SECP384R1())
    token = sign_compact({}, b"{}", p384, alg="ES384")
    forged = b64url_encode(json.dumps({"alg": "ES256"}).encode()) + token[token.index(".") :]
    with pytest.raises(KeyAlgorithmMismatch):
        verify_compact(forged, p384.public_key(), allowed=ALL)
    with pytest.raises(KeyAlgorithmMismatch):
        verify_compact(token, ec.generate_private_key(ec.SECP256R1()).public_key(), allowed=ALL)


def test_rsa_signature_cannot_pose_as_eddsa() -> None:
    key = new_key("RS256")
    token = sign_compact({}, b"{}", key, alg="RS256")
    forged = b64url_encode(json.dumps({"alg": "EdDSA"}).encode()) + token[token.index(".") :]
    with pytest.raises(KeyAlgorithmMismatch):
        verify_compact(forged, key.public_key(), allowed=ALL)


def test_allow_list_is_respected() -> None:
    key = new_key("PS256")
    token = sign_compact({}, b"{}", key, alg="PS256")
    with pytest.raises(AlgorithmRefused) as info:
        verify_compact(token, key.public_key(), allowed={"RS256"})
    assert info.value.fields["reason"] == "not-allowed"


def test_unknown_crit_is_refused() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    token = sign_compact({"crit": ["exp"], "exp": 1}, b"{}", key)
    with pytest.raises(CriticalHeaderRefused):
        verify_compact(token, key.public_key(), allowed=ALL)
    with pytest.raises(CriticalHeaderRefused):
        verify_compact(sign_compact({"b64": False}, b"{}", key), key.public_key(), allowed=ALL)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "a.b",
        "a.b.c.d",
        "e30.e30.!!!",
        "eyJhbGciOiJFZERTQSJ9=.e30.AA",  # padding is not base64url
        _forge(["not", "an", "object"], b"{}"),  # type: ignore[arg-type]
        b64url_encode(b'{"alg":"EdDSA","alg":"none"}') + ".e30.AA",  # duplicate member
        b64url_encode(b"[" * 100 + b"]" * 100) + ".e30.AA",  # deep
        b64url_encode(b'{"x":"' + b"a" * (MAX_HEADER_BYTES + 10) + b'"}') + ".e30.AA",  # oversized header
    ],
)
def test_malformed_tokens_raise_typed_errors(token: str) -> None:
    with pytest.raises(MalformedJws):
        parse_compact_unverified(token)
    with pytest.raises(VerificationError):
        verify_compact(token, ed25519.Ed25519PrivateKey.generate().public_key(), allowed=ALL)


def test_ecdsa_signature_must_be_raw_r_s() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    head, body, sig = sign_compact({}, b"{}", key).split(".")
    with pytest.raises(SignatureInvalid):
        verify_compact(f"{head}.{body}.{b64url_encode(b64url_decode(sig) + b'0')}", key.public_key(), allowed=ALL)


def test_b64url_is_strict() -> None:
    assert b64url_decode("AQAB") == b"\x01\x00\x01"
    for bad in ("AQAB=", "AQ+B", "A", "AR"):  # padding, alphabet, length, non-canonical bits
        with pytest.raises(MalformedJws):
            b64url_decode(bad)


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_jwk_round_trip_and_thumbprint(alg: str) -> None:
    pub = new_key(alg).public_key()
    jwk = public_key_to_jwk(pub)
    again = public_key_from_jwk(jwk)
    assert public_key_to_jwk(again) == jwk
    assert len(base64.urlsafe_b64decode(jwk_thumbprint(jwk) + "=")) == 32


def test_jwk_thumbprint_rfc7638_example() -> None:
    # RFC 7638 §3.1: the thumbprint of the example RSA key.
    jwk = {
        "kty": "RSA",
        "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W"
        "-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNL"
        "yrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
        "e": "AQAB",
        "alg": "RS256",
        "kid": "2011-04-29",
    }
    assert jwk_thumbprint(jwk) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


@pytest.mark.parametrize(
    ("jwk", "reason"),
    [
        ({"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA", "d": "AA"}, "private-key"),
        ({"kty": "oct", "k": "c2VjcmV0"}, "private-key"),
        ({"kty": "OKP", "crv": "X25519", "x": b64url_encode(bytes(32))}, "curve"),
        ({"kty": "EC", "crv": "secp256k1", "x": "AA", "y": "AA"}, "curve"),
        ({"kty": "EC", "crv": "P-256", "x": b64url_encode(bytes(32)), "y": b64url_encode(bytes(32))}, "off-curve"),
        ({"kty": "EC", "crv": "P-256", "x": b64url_encode(bytes(31)), "y": b64url_encode(bytes(32))}, "length"),
        ({"kty": "RSA", "n": b64url_encode(b"\xc1" * 128), "e": "AQAB"}, "weak-key"),
        ({"kty": "XYZ"}, "kty"),
        ({"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(bytes(32)), "use": "enc"}, "use"),
    ],
)
def test_strict_jwk_refusals(jwk: dict[str, str], reason: str) -> None:
    with pytest.raises(InvalidJwk) as info:
        public_key_from_jwk(jwk)
    assert isinstance(info.value, KeyResolutionError)
    assert info.value.fields["reason"] == reason


def test_jwk_alg_must_fit_key() -> None:
    jwk = {**public_key_to_jwk(ec.generate_private_key(ec.SECP384R1()).public_key()), "alg": "ES256"}
    with pytest.raises(InvalidJwk):
        public_key_from_jwk(jwk)
