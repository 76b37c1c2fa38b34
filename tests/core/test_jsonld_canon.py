"""JSON-LD: bundled contexts only, RDFC-1.0 step vectors, safe mode, limits that stop hostile input fast."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

import pytest

from wallet.errors import ProcessingLimit, UnknownContext, WalletError
from wallet.resources import resource_path
from wallet.verify.jsonld.canon import Limits, canonicalize, jcs
from wallet.verify.jsonld.loader import BundledContexts, ContextBundleError
from wallet.verify.jsonld.safemode import UnsafeJsonLd

V2 = "https://www.w3.org/ns/credentials/v2"

RDFC_VECTORS = [
    # (signed document, expected canonical N-Quads, RDFC-1.0 hash)
    ("w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json", "w3c-vc-di-eddsa/eddsa-rdfc-2022/canonDocDataInt.txt", "sha256"),
    ("w3c-vc-di-eddsa/eddsa-rdfc-2022/employ/signedDataInt.json", "w3c-vc-di-eddsa/eddsa-rdfc-2022/employ/canonDocDataInt.txt", "sha256"),
    ("w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json", "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/canonDocECDSAP256.txt", "sha256"),
    (
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ/signedECDSAP256.json",
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ/canonDocECDSAP256.txt",
        "sha256",
    ),
    ("w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json", "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/canonDocECDSAP384.txt", "sha384"),
    (
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json",
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/canonDocECDSAP384.txt",
        "sha384",
    ),
    ("1edtech-ob3-spec/ldp-test-vector-ob/signed.json", "1edtech-ob3-spec/ldp-test-vector-ob/document-canon.nq", "sha256"),
    ("1edtech-ob3-spec/ldp-test-vector-clr/signed.json", "1edtech-ob3-spec/ldp-test-vector-clr/document-canon.nq", "sha256"),
]


@pytest.fixture(scope="module")
def loader() -> BundledContexts:
    return BundledContexts.default()


@pytest.mark.parametrize(("signed", "canon", "hash_name"), RDFC_VECTORS)
def test_rdfc_reproduces_canonical_nquads(vectors: Path, loader: BundledContexts, signed: str, canon: str, hash_name: str) -> None:
    doc = json.loads((vectors / signed).read_text())
    doc.pop("proof")
    assert canonicalize(doc, loader, hash_name=hash_name) == (vectors / canon).read_text()


def test_p384_employ_needs_sha384_inside_rdfc(vectors: Path, loader: BundledContexts) -> None:
    # The one vector with blank nodes under P-384: a SHA-256 canonicaliser labels them differently.
    doc = json.loads((vectors / "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json").read_text())
    doc.pop("proof")
    expected = (vectors / "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/canonDocECDSAP384.txt").read_text()
    assert canonicalize(doc, loader, hash_name="sha384") == expected
    assert canonicalize(doc, loader, hash_name="sha256") != expected


def test_jcs_reproduces_canonical_form(vectors: Path) -> None:
    doc = json.loads((vectors / "w3c-vc-di-eddsa/eddsa-jcs-2022/signedJCS.json").read_text())
    doc.pop("proof")
    assert jcs(doc) == (vectors / "w3c-vc-di-eddsa/eddsa-jcs-2022/canonDocJCS.txt").read_text()


def test_manifest_lists_every_bundled_file_with_its_hash() -> None:
    folder = resource_path("contexts")
    manifest = json.loads((folder / "manifest.json").read_text())
    files = {p.name for p in folder.iterdir() if p.name != "manifest.json"}
    assert files == {e["file"] for e in manifest.values()}
    for entry in manifest.values():
        assert hashlib.sha256((folder / entry["file"]).read_bytes()).hexdigest() == entry["sha256"]


def test_loader_refuses_a_bundle_that_differs_from_its_manifest(tmp_path: Path) -> None:
    shutil.copytree(resource_path("contexts"), tmp_path / "contexts")
    target = tmp_path / "contexts" / "www.w3.org_ns_credentials_v2.jsonld"
    target.write_bytes(target.read_bytes().replace(b"issuer", b"isuer", 1))
    with pytest.raises(ContextBundleError):
        BundledContexts(tmp_path / "contexts")
    target.unlink()
    with pytest.raises(ContextBundleError):
        BundledContexts(tmp_path / "contexts")


def test_unknown_context_is_a_typed_error_without_network(loader: BundledContexts, no_network: list[object]) -> None:
    with pytest.raises(UnknownContext) as info:
        loader.load("https://example.org/not-bundled")
    assert info.value.fields["url"] == "https://example.org/not-bundled"
    doc = {"@context": [V2, "https://example.org/ctx"], "type": "VerifiableCredential"}
    with pytest.raises(UnknownContext):
        canonicalize(doc, loader)
    assert no_network == []


def test_unknown_context_inside_an_inline_scoped_context(loader: BundledContexts) -> None:
    doc = {"@context": [V2, {"thing": {"@id": "https://example.org/thing", "@context": "https://example.org/scoped"}}], "thing": {"a": 1}}
    with pytest.raises(UnknownContext):
        canonicalize(doc, loader)


def test_safe_mode_names_dropped_terms(vectors: Path, loader: BundledContexts) -> None:
    doc = json.loads((vectors / "dcc-verifier-core-fixtures/credentials/eddsa/v2/safeModeBreaker.json").read_text())
    doc.pop("proof")
    with pytest.raises(UnsafeJsonLd) as info:
        canonicalize(doc, loader)
    assert "endorsementJwt" in info.value.terms


def test_safe_mode_catches_undefined_terms_and_relative_types_in_v1(loader: BundledContexts) -> None:
    doc = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential", "MadeUpCredential"],
        "issuer": "did:example:1",
        "issuanceDate": "2020-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:2", "degree": "PhD"},
    }
    with pytest.raises(UnsafeJsonLd) as info:
        canonicalize(doc, loader)
    assert "degree" in info.value.terms
    assert "@type MadeUpCredential" in info.value.terms


def _assert_fast_limit(doc: object, loader: BundledContexts, limits: Limits | None = None, time_limit: float = 10.0) -> WalletError:
    start = time.monotonic()
    with pytest.raises(ProcessingLimit) as info:
        canonicalize(doc, loader, limits=limits or Limits(), time_limit=time_limit)  # type: ignore[arg-type]
    assert time.monotonic() - start < 5.0
    return info.value


def test_many_blank_nodes_are_refused(loader: BundledContexts) -> None:
    # Groups of 50, so that no single list reaches the cap on list length first.
    doc = {
        "@context": [V2],
        "@graph": [
            {"@type": "https://example.org/T", "https://example.org/p": [{"@id": f"_:b{g}x{i}"} for i in range(50)]} for g in range(40)
        ],
    }
    assert _assert_fast_limit(doc, loader).fields["reason"] == "blank-nodes"


def test_huge_quad_count_is_refused(loader: BundledContexts) -> None:
    # 5,250 nodes of four statements each, in lists of 525: under the caps on values and list length.
    node = {"a": "1", "b": "2", "c": "3", "d": "4"}
    doc = {
        "@context": {"@vocab": "https://example.org/"},
        "@graph": [{"@id": f"urn:g{g}", "m": [{"@id": f"urn:n{g}.{i}", **node} for i in range(525)]} for g in range(10)],
    }
    assert _assert_fast_limit(doc, loader).fields["reason"] == "quads"


def test_one_huge_property_stops_within_the_time_limit(loader: BundledContexts) -> None:
    # pyld merges a subject's values with a linear duplicate check: quadratic, so the deadline decides.
    # The same subject repeated in short lists gets around the cap on one list's length.
    doc = {"@context": [V2], "@graph": [{"id": "urn:x", "https://example.org/p": [f"v{g}.{i}" for i in range(480)]} for g in range(100)]}
    assert _assert_fast_limit(doc, loader, time_limit=1.0).fields["reason"] == "time"


def test_one_long_list_is_refused_before_expansion(loader: BundledContexts) -> None:
    doc = {"@context": [V2], "id": "urn:x", "https://example.org/p": [f"v{i}" for i in range(1_001)]}
    assert _assert_fast_limit(doc, loader).fields["reason"] == "array"


def test_deep_nesting_is_refused(loader: BundledContexts) -> None:
    doc: dict[str, object] = {"https://example.org/leaf": "x"}
    for _ in range(500):
        doc = {"https://example.org/p": doc}
    doc["@context"] = [V2]
    assert _assert_fast_limit(doc, loader).fields["reason"] == "depth"


def test_too_many_json_values_are_refused(loader: BundledContexts) -> None:
    doc = {"@context": [V2], "https://example.org/p": [[0] * 1000] * 60}
    assert _assert_fast_limit(doc, loader).fields["reason"] == "values"


def _poison_graph(n: int) -> dict[str, object]:
    # RDFC-1.0 §4.8 "poison graphs": n blank nodes all alike, each linked to every other, so every
    # permutation of their hash group must be tried.
    nodes = [{"@id": f"_:n{i}", "https://example.org/knows": [{"@id": f"_:n{j}"} for j in range(n) if j != i]} for i in range(n)]
    return {"@context": {"@vocab": "https://example.org/"}, "@graph": nodes}


def test_poison_graph_stops_within_the_time_limit(loader: BundledContexts) -> None:
    err = _assert_fast_limit(_poison_graph(10), loader, time_limit=0.5)
    assert err.fields["reason"] in ("time", "ndegree")


def test_poison_graph_stops_on_the_work_budget(loader: BundledContexts) -> None:
    err = _assert_fast_limit(_poison_graph(10), loader, limits=Limits(max_ndegree_calls=200), time_limit=60.0)
    assert err.fields["reason"] == "ndegree"


def test_small_symmetric_graph_still_canonicalises(loader: BundledContexts) -> None:
    out = canonicalize(_poison_graph(3), loader)  # type: ignore[arg-type]
    assert out.count("\n") == 6
    assert "_:c14n2" in out
