"""did:web from the local cache only (did:web Method §3.2), and did:jwk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core._jose_helpers import check_text, context, outcome
from tests.support.jose_issuer import JoseIssuer
from wallet.errors import KeyResolutionError
from wallet.verify.cache import LocalCache
from wallet.verify.jose import public_key_to_jwk
from wallet.verify.keys import resolve_verification_method
from wallet.verify.keys.didweb import did_web_url

DID = "did:web:college.example:issuers:42"
DOC_URL = "https://college.example/issuers/42/did.json"


@pytest.mark.parametrize(
    ("did", "url"),
    [
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
    ],
)
def test_did_web_urls(did: str, url: str) -> None:
    assert did_web_url(did) == url


@pytest.mark.parametrize(
    "did",
    [
        "did:web:",
        "did:web:exa_mple.com",
        "did:web:example.com:..",
        "did:web:example.com:a%2Fb",
        "did:web:user%40host",
        "did:web:example.com%3A99999",
    ],
)
def test_malformed_did_web_is_refused(did: str) -> None:
    with pytest.raises(KeyResolutionError) as info:
        did_web_url(did)
    assert info.value.fields["reason"] == "malformed"


def _issuer_with_doc(tmp_path: Path, alg: str = "ES256", *, relationship: bool = True, doc_id: str = DID) -> JoseIssuer:
    issuer = JoseIssuer.create(alg)
    vm = {"id": f"{DID}#key-1", "type": "JsonWebKey", "controller": DID, "publicKeyJwk": public_key_to_jwk(issuer.key.public_key())}
    doc = {"@context": ["https://www.w3.org/ns/did/v1"], "id": doc_id, "verificationMethod": [vm]}
    if relationship:
        doc["assertionMethod"] = ["#key-1"]
    LocalCache(tmp_path).put(DOC_URL, json.dumps(doc).encode())
    issuer.did, issuer.kid = DID, f"{DID}#key-1"
    return issuer


def test_cached_did_web_issuer_is_valid(tmp_path: Path) -> None:
    issuer = _issuer_with_doc(tmp_path)
    report = check_text(issuer.vc_jwt(), context(tmp_path))
    assert str(report.verdict) == "valid", report.to_json()
    assert report.check("signature").data["source"] == "cache"  # type: ignore[union-attr]


def test_not_cached_is_unverifiable_and_says_refresh(tmp_path: Path, no_network: list[object]) -> None:
    issuer = _issuer_with_doc(tmp_path)
    report = check_text(issuer.vc_jwt(), context(tmp_path / "empty"))
    check = report.check("issuer-key")
    assert check is not None and str(check.outcome) == "skip"
    assert check.data["reason"] == "not-cached" and "refresh the cache" in check.detail
    assert str(report.verdict) == "unverifiable"
    assert no_network == []


def test_method_not_an_assertion_method_fails(tmp_path: Path) -> None:
    issuer = _issuer_with_doc(tmp_path, relationship=False)
    report = check_text(issuer.vc_jwt(), context(tmp_path))
    assert outcome(report, "issuer-key") == "fail"


def test_document_for_another_did_fails(tmp_path: Path) -> None:
    issuer = _issuer_with_doc(tmp_path, doc_id="did:web:attacker.example")
    report = check_text(issuer.vc_jwt(), context(tmp_path))
    assert outcome(report, "issuer-key") == "fail"
    assert report.check("issuer-key").data["reason"] == "bad-document"  # type: ignore[union-attr]


def test_did_jwk_resolution_and_refusals() -> None:
    issuer = JoseIssuer.create("ES384")
    vm = resolve_verification_method(issuer.did + "#0", context())
    assert vm.controller == issuer.did and vm.source == "derived"
    with pytest.raises(KeyResolutionError):
        resolve_verification_method(issuer.did + "#1", context())
    with pytest.raises(KeyResolutionError):
        resolve_verification_method("did:jwk:!!!", context())
    private = issuer.did[: len("did:jwk:")] + "eyJrdHkiOiJFQyIsImNydiI6IlAtMjU2IiwieCI6IkFBIiwieSI6IkFBIiwiZCI6IkFBIn0"
    with pytest.raises(KeyResolutionError):
        resolve_verification_method(private, context())
