"""Issuer trust: the bundled DCC registries, learner-added issuers, ``--trust FILE`` lists, and the
registry membership of the DCC fixtures' issuers (EXPECTED-RESULTS.tsv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.badges import DCC_FIXTURES, VECTORS
from wallet.errors import InputError, MalformedInput
from wallet.resources import resource_path
from wallet.verify.context import TrustEntry, VerifyContext
from wallet.verify.trust import LEARNER_SOURCE, TrustStore

REGISTRIES = VECTORS / "dcc-issuer-registries"
NAMES = {
    "sandbox-registry": "DCC Sandbox Registry",
    "community-registry": "DCC Community Registry",
    "issuer-registry": "DCC Pilot Registry",
}


def _fixture_issuers() -> list[tuple[str, str]]:
    rows: dict[str, str] = {}
    for line in (DCC_FIXTURES / "EXPECTED-RESULTS.tsv").read_text().splitlines():
        cols = line.split("\t")
        if len(cols) >= 6 and cols[4].startswith("did:"):
            rows[cols[4]] = cols[5]
    return sorted(rows.items())


@pytest.mark.parametrize(("issuer", "registries"), _fixture_issuers())
def test_dcc_fixture_issuers(issuer: str, registries: str) -> None:
    entry = TrustStore.bundled().lookup(issuer)
    if registries == "none":
        assert entry is None
    else:
        assert entry is not None
        assert entry.source in {NAMES[r] for r in registries.split(",")}


def test_bundled_copies_are_the_vectors() -> None:
    for name in (
        "issuer-registry_registry.json",
        "community-registry_registry.json",
        "sandbox-registry_registry.json",
        "issuer-registry_registry-rc.json",
    ):
        assert resource_path("trust", "registries", name).read_bytes() == (REGISTRIES / name).read_bytes()
    assert "licence" in resource_path("trust", "registries", "README.md").read_text().lower()


def test_every_registry_entry_is_found() -> None:
    store = TrustStore.bundled()
    for name in ("issuer-registry_registry.json", "community-registry_registry.json", "sandbox-registry_registry.json"):
        for did in json.loads((REGISTRIES / name).read_text())["registry"]:
            assert store.lookup(did) is not None


def test_did_url_fragment_is_ignored() -> None:
    did = "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"
    entry = TrustStore.bundled().lookup(f"{did}#{did[8:]}")
    assert entry is not None and entry.name == "Public Test Issuer"


def test_unknown_and_empty() -> None:
    store = TrustStore.bundled()
    assert store.lookup("did:key:z6MkNotListed") is None
    assert store.lookup("") is None


def test_default_context_uses_bundled_store() -> None:
    assert isinstance(VerifyContext.offline().trust, TrustStore)


def test_learner_issuers() -> None:
    store = TrustStore.bundled().with_learner_issuers(
        ["https://my-college.test/issuer", {"id": "did:web:club.test", "name": "Chess club"}, TrustEntry("did:key:zX", "X", "elsewhere")]
    )
    entry = store.lookup("did:web:club.test")
    assert entry == TrustEntry("did:web:club.test", "Chess club", LEARNER_SOURCE)
    assert store.lookup("did:key:zX").source == LEARNER_SOURCE  # type: ignore[union-attr]
    # A registry listing wins over the learner's own entry for the same issuer.
    did = "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"
    assert store.with_learner_issuers([did]).lookup(did).source == "DCC Sandbox Registry"  # type: ignore[union-attr]
    with pytest.raises(MalformedInput):
        TrustStore().with_learner_issuers([{"name": "no id"}])


def test_from_file_dcc_registry() -> None:
    store = TrustStore.from_file(REGISTRIES / "community-registry_registry.json")
    assert len(store) == 27
    assert store.lookup("did:key:z6MkuL7x2mTEoBmUuuaQ2hvEUd2YsEtmsHeX9JzqJZ8VYaVH").source == "community-registry_registry.json"  # type: ignore[union-attr]


def test_from_file_repeated_key_last_wins() -> None:
    """The pilot registry repeats one DID with two names; JSON.parse (its consumers) keeps the last."""
    store = TrustStore.from_file(REGISTRIES / "issuer-registry_registry.json")
    entry = store.lookup("did:key:z6MkpMKDNykeb9hSQkz8RWCRrqHoo3y56gQb3Lj78xWgkNZh")
    assert entry is not None and entry.name == "Jobs for the Future (JFF) Sandbox Issuer (DCC hosted)"


def test_from_file_simple_list(tmp_path: Path) -> None:
    path = tmp_path / "trust.json"
    path.write_text(json.dumps({"issuers": [{"id": "did:web:a.test", "name": "A"}, "did:web:b.test"]}))
    store = TrustStore.from_file(path, source="my list")
    assert store.lookup("did:web:a.test") == TrustEntry("did:web:a.test", "A", "my list")
    assert store.lookup("did:web:b.test") is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"something": 1}',
        b'{"issuers": {"id": "x"}}',
        b'{"issuers": [{"name": "no id"}]}',
        b'{"issuers": [42]}',
        b'{"registry": []}',
        b'{"registry": {"did:x": "not an object"}}',
        b'{"issuers": [{"id": "did:x", "name": 5}]}',
        b"[" * 100_000,
    ],
)
def test_from_file_malformed(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "trust.json"
    path.write_bytes(content)
    with pytest.raises(MalformedInput):
        TrustStore.from_file(path)


def test_from_file_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        TrustStore.from_file(tmp_path / "absent.json")


def test_from_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (5 * 1024 * 1024))
    with pytest.raises(InputError):
        TrustStore.from_file(path)


def test_extended_from_file_keeps_bundled(tmp_path: Path) -> None:
    path = tmp_path / "trust.json"
    path.write_text(json.dumps({"issuers": ["did:web:a.test"]}))
    store = TrustStore.bundled().extended_from_file(path)
    assert store.lookup("did:web:a.test") is not None
    assert store.lookup("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q") is not None
