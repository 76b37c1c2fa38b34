"""Keys at https URLs from the local cache (``wallet.verify.keys.hosted``), and the verdicts of the
1EdTech baked OB3 images, whose verification methods are https URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from tests.support.badges import OB20, OB30, Ob2Issuer, context, ob20_cache
from wallet.errors import KeyResolutionError
from wallet.formats import read
from wallet.verify import Verdict, verify
from wallet.verify.cache import LocalCache
from wallet.verify.jose import public_key_to_jwk
from wallet.verify.keys import resolve_verification_method
from wallet.verify.keys.hosted import resolve


def test_ob2_cryptographic_key(tmp_path: Path) -> None:
    method = resolve("http://example.org/key1.json", context(ob20_cache(tmp_path)))
    assert method.controller == "https://example.org/organization.json"
    assert isinstance(method.key, RSAPublicKey) and method.source == "cache"


def test_not_cached() -> None:
    with pytest.raises(KeyResolutionError) as info:
        resolve_verification_method("https://issuer.test/key.json", context(None))
    assert info.value.fields["reason"] == "not-cached"


def _cid(base: str, method: dict[str, object]) -> bytes:
    return json.dumps({"id": base, "verificationMethod": [method], "assertionMethod": [method["id"]]}).encode()


def test_controlled_identifier_multikey_and_jwk(tmp_path: Path) -> None:
    from wallet.verify.multibase import encode_multikey

    base = "https://issuer.test/profile"
    key = Ed25519PrivateKey.generate().public_key()
    cache = LocalCache(tmp_path)
    cache.put(base, _cid(base, {"id": f"{base}#k1", "type": "Multikey", "controller": base, "publicKeyMultibase": encode_multikey(key)}))
    method = resolve(f"{base}#k1", context(cache))
    assert method.controller == base and method.type == "Multikey"
    rsa_key = Ob2Issuer().key.public_key()
    cache.put(base, _cid(base, {"id": "#k2", "type": "JsonWebKey", "controller": base, "publicKeyJwk": public_key_to_jwk(rsa_key)}))
    assert isinstance(resolve(f"{base}#k2", context(cache)).key, RSAPublicKey)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "bad-document"),
        (b"[]", "bad-document"),
        (json.dumps({"id": "https://other.test/profile"}).encode(), "id-mismatch"),
        (json.dumps({"id": "https://issuer.test/profile", "verificationMethod": []}).encode(), "not-found"),
        (
            json.dumps(
                {"id": "https://issuer.test/profile", "verificationMethod": [{"id": "#k1", "type": "Unknown", "controller": "x"}]}
            ).encode(),
            "unsupported-key",
        ),
    ],
)
def test_bad_documents(tmp_path: Path, body: bytes, reason: str) -> None:
    cache = LocalCache(tmp_path)
    cache.put("https://issuer.test/profile", body)
    with pytest.raises(KeyResolutionError) as info:
        resolve("https://issuer.test/profile#k1", context(cache))
    assert info.value.fields["reason"] == reason


def test_cryptographic_key_bad_pem_and_wrong_id(tmp_path: Path) -> None:
    cache = LocalCache(tmp_path)
    url = "https://issuer.test/key.json"
    cache.put(
        url,
        json.dumps(
            {"id": url, "owner": "https://issuer.test/p", "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"}
        ).encode(),
    )
    with pytest.raises(KeyResolutionError) as info:
        resolve(url, context(cache))
    assert info.value.fields["reason"] == "bad-key"
    issuer = Ob2Issuer()
    cache.put(url, json.dumps({"id": "https://elsewhere.test/key", "owner": "x", "publicKeyPem": issuer.public_pem()}).encode())
    with pytest.raises(KeyResolutionError) as info:
        resolve(url, context(cache))
    assert info.value.fields["reason"] == "id-mismatch"


@pytest.mark.parametrize(
    "name", ["simple-json.png", "simple-json.svg", "simple-jwt.png", "simple-jwt.svg", "simple-jwt_v1.png", "simple-jwt_v1.svg"]
)
def test_1edtech_baked_ob3_verdict_offline(name: str) -> None:
    """Upstream says valid; offline the key is only in the credential (a URL fragment or a JWS header jwk)
    and nothing binds it to the issuer, so Satchel says unverifiable — never invalid (README caveat)."""
    report = verify(read((OB30 / name).read_bytes(), name), context(None))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert report.check("signature").outcome != "fail"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["simple-json.png", "simple-json.svg"])
def test_1edtech_baked_ob3_valid_with_cached_issuer_profile(tmp_path: Path, name: str) -> None:
    parsed = read((OB30 / name).read_bytes(), name)
    proof = parsed.document["proof"]
    vm = (proof[0] if isinstance(proof, list) else proof)["verificationMethod"]
    base, fragment = vm.split("#")
    cache = LocalCache(tmp_path)
    cache.put(base, _cid(base, {"id": vm, "type": "Multikey", "controller": base, "publicKeyMultibase": fragment}))
    assert verify(parsed, context(cache)).verdict is Verdict.VALID


def test_ob20_assets_key_owner_chain(tmp_path: Path) -> None:
    """Every CryptographicKey in the 1EdTech assets names the organization that lists it."""
    ctx = context(ob20_cache(tmp_path))
    for n in (1, 2, 3):
        method = resolve(f"http://example.org/key{n}.json", ctx)
        profile = json.loads((OB20 / "assets" / (method.controller.rsplit("/", 1)[1])).read_text())
        assert profile["publicKey"] == method.id
