"""Fresh keys in every suite: sign, verify, and every single-field change after signing fails."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from tests.support.di_issuer import ALL_CASES, NOW, DidKeyIssuer
from wallet.errors import KeyResolutionError
from wallet.formats import read
from wallet.formats.base import Parsed
from wallet.signing.dataintegrity import SigningError, sign
from wallet.verify import Outcome, Report, Verdict, verify
from wallet.verify.context import VerifyContext
from wallet.verify.jsonld.loader import BundledContexts
from wallet.verify.keys.didkey import resolve
from wallet.verify.multibase import b58decode, b58encode, decode_multikey, encode_multikey


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return VerifyContext.offline(at=NOW)


def _verify(doc: dict[str, Any], ctx: VerifyContext) -> Report:
    raw = json.dumps(doc).encode()
    # Built directly rather than sniffed: a tampered ``type`` must still reach the JSON-LD verifier.
    return verify(Parsed(format="vc-jsonld", original=raw, payload=raw, document=doc), ctx)


def test_reader_routes_signed_credentials_here(ctx: VerifyContext) -> None:
    issuer = DidKeyIssuer.fresh("ed25519")
    assert read(json.dumps(issuer.sign(issuer.ob3(), "eddsa-rdfc-2022")).encode()).format == "vc-jsonld"


def _outcome(report: Report, check: str) -> Outcome:
    found = report.check(check)
    assert found is not None, check
    return found.outcome


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("@context", "proof"):
                yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    else:
        yield path, value


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    return str(value) + "x"


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        doc = doc[part]
    doc[path[-1]] = value


@pytest.mark.parametrize(("suite", "kind"), ALL_CASES)
def test_fresh_credential_is_valid(ctx: VerifyContext, suite: str, kind: str) -> None:
    issuer = DidKeyIssuer.fresh(kind)
    report = _verify(issuer.sign(issuer.ob3(), suite), ctx)
    assert report.verdict is Verdict.VALID, [c.to_json() for c in report.checks]
    assert report.issuer.id == issuer.did


@pytest.mark.parametrize(("suite", "kind"), ALL_CASES)
def test_every_single_field_change_fails_signature(ctx: VerifyContext, suite: str, kind: str) -> None:
    issuer = DidKeyIssuer.fresh(kind)
    signed = issuer.sign(issuer.ob3(), suite)
    leaves = list(_leaves(signed))
    assert len(leaves) > 12
    for path, value in [
        *leaves,
        (("proof", "created"), signed["proof"]["created"]),
        (("proof", "proofValue"), signed["proof"]["proofValue"]),
    ]:
        tampered = copy.deepcopy(signed)
        _set(tampered, path, _changed(value))
        report = _verify(tampered, ctx)
        assert _outcome(report, "signature") is Outcome.FAIL, (path, report.check("signature"))
        assert report.verdict is Verdict.INVALID


@pytest.mark.parametrize(("suite", "kind"), [("eddsa-rdfc-2022", "ed25519"), ("ecdsa-jcs-2019", "p384")])
def test_expired_and_not_yet_valid_fail_validity(ctx: VerifyContext, suite: str, kind: str) -> None:
    issuer = DidKeyIssuer.fresh(kind)
    expired = issuer.sign(issuer.ob3(valid_until=NOW - timedelta(days=1)), suite)
    future = issuer.sign(issuer.ob3(valid_from=NOW + timedelta(days=1)), suite)
    for doc in (expired, future):
        report = _verify(doc, ctx)
        assert _outcome(report, "signature") is Outcome.PASS
        assert _outcome(report, "validity-period") is Outcome.FAIL
        assert report.verdict is Verdict.INVALID


def test_signed_by_someone_else_fails_issuer_key(ctx: VerifyContext) -> None:
    issuer, stranger = DidKeyIssuer.fresh("ed25519"), DidKeyIssuer.fresh("p256")
    doc = stranger.sign(issuer.ob3(), "ecdsa-rdfc-2019")  # names issuer, signed by stranger's key
    report = _verify(doc, ctx)
    assert _outcome(report, "signature") is Outcome.PASS
    check = report.check("issuer-key")
    assert check is not None and check.outcome is Outcome.FAIL and check.code == "issuer-key.mismatch"
    assert report.verdict is Verdict.INVALID


def test_proof_naming_the_wrong_key_fails_signature(ctx: VerifyContext) -> None:
    issuer, other = DidKeyIssuer.fresh("ed25519"), DidKeyIssuer.fresh("ed25519")
    doc = issuer.sign(issuer.ob3(), "eddsa-rdfc-2022", verification_method=other.method)
    report = _verify(doc, ctx)
    assert _outcome(report, "signature") is Outcome.FAIL


def test_unknown_context_is_unverifiable_without_network(ctx: VerifyContext, no_network: list[object]) -> None:
    issuer = DidKeyIssuer.fresh("ed25519")
    doc = issuer.sign(issuer.ob3(), "eddsa-rdfc-2022")
    doc["@context"].append("https://example.org/unbundled/v1")
    report = _verify(doc, ctx)
    assert report.verdict is Verdict.UNVERIFIABLE
    fmt = report.check("format")
    assert fmt is not None and fmt.outcome is Outcome.SKIP and "https://example.org/unbundled/v1" in fmt.detail
    assert _outcome(report, "signature") is Outcome.SKIP
    assert no_network == []


def test_proof_sets_and_chains_from_the_signer(ctx: VerifyContext) -> None:
    a, b, c = DidKeyIssuer.fresh("ed25519"), DidKeyIssuer.fresh("p256"), DidKeyIssuer.fresh("p384")
    doc = a.sign(a.ob3(), "eddsa-rdfc-2022", proof_id="urn:uuid:p1")
    doc = b.sign(doc, "ecdsa-rdfc-2019", proof_id="urn:uuid:p2")
    doc = c.sign(doc, "ecdsa-rdfc-2019", previous_proof=["urn:uuid:p1", "urn:uuid:p2"])
    assert len(doc["proof"]) == 3
    report = _verify(doc, ctx)
    assert report.verdict is Verdict.VALID
    doc["proof"][0]["created"] = "2020-01-01T00:00:00Z"
    assert _outcome(_verify(doc, ctx), "signature") is Outcome.FAIL


def test_signer_refuses_a_key_that_does_not_fit_the_suite() -> None:
    issuer = DidKeyIssuer.fresh("p256")
    with pytest.raises(SigningError):
        sign(
            issuer.ob3(),
            private_key=issuer.key,
            verification_method=issuer.method,
            suite="eddsa-rdfc-2022",
            loader=BundledContexts.default(),
        )


@pytest.mark.parametrize("kind", ["ed25519", "p256", "p384"])
def test_did_key_round_trip(kind: str) -> None:
    issuer = DidKeyIssuer.fresh(kind)
    prefix = {"ed25519": "z6Mk", "p256": "zDn", "p384": "z82"}[kind]
    assert issuer.multikey.startswith(prefix)
    method = resolve(issuer.method)
    assert method.controller == issuer.did
    assert encode_multikey(method.key) == issuer.multikey
    assert method.document is not None and issuer.method in method.document["assertionMethod"]


@pytest.mark.parametrize(
    "url",
    [
        "did:key:",
        "did:key:zzzz",
        "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#other",
        "did:key:mABCD",
        "did:key:z0OIl",
        "did:key:z" + "2" * 5000,
        "did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc",  # X25519: not a signing key
    ],
)
def test_bad_did_keys_are_typed_errors(url: str) -> None:
    with pytest.raises(KeyResolutionError):
        resolve(url)


def test_base58_round_trip() -> None:
    for data in (b"", b"\0", b"\0\0abc", bytes(range(256))):
        assert b58decode(b58encode(data)) == data
    codec, _ = decode_multikey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
    assert codec == 0xED
