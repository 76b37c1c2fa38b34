"""JSON-LD credentials from public fixtures through ``wallet.verify.verify``: OB 3.0, CLR 2.0,
citizenship, the DCC verifier fixtures (did:key and did:web from a local cache), safe mode."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wallet.formats import read
from wallet.verify import Outcome, Report, Verdict, verify
from wallet.verify.context import VerifyContext

AT = datetime(2026, 11, 22, tzinfo=UTC)
DCC = "dcc-verifier-core-fixtures/credentials"


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    return VerifyContext.offline(at=AT)


def _report(vectors: Path, rel: str, ctx: VerifyContext) -> Report:
    return verify(read((vectors / rel).read_bytes(), rel), ctx)


def _outcome(report: Report, check: str) -> Outcome:
    found = report.check(check)
    assert found is not None, check
    return found.outcome


CITIZENSHIP = [
    f"w3c-ccg-citizenship-examples/{n}-{s}-signed.jsonld" for n in ("prc", "ead", "citizenship", "naturalization") for s in ("full", "min")
]


@pytest.mark.parametrize("rel", CITIZENSHIP)
def test_citizenship_examples_are_valid(vectors: Path, ctx: VerifyContext, rel: str) -> None:
    report = _report(vectors, rel, ctx)
    assert report.verdict is Verdict.VALID, [c.to_json() for c in report.checks]


SIGNATURE_VALID = [
    f"{DCC}/v1/v1NoStatus.json",
    f"{DCC}/v1/v1SimpleIssuerId.json",
    f"{DCC}/v1/v1OBv3SpecExample.json",
    f"{DCC}/v1/v1Expired.json",
    f"{DCC}/v2/v2NoStatus.json",
    f"{DCC}/v2/v2SimpleIssuerId.json",
    f"{DCC}/v2/v2OBv3SpecExample.json",
    f"{DCC}/v2/v2Expired.json",
    f"{DCC}/v2/v2Revoked.json",
    f"{DCC}/v1/v1Revoked.json",
    f"{DCC}/eddsa/v2/v2EddsaWithValidStatus.json",
    f"{DCC}/eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json",
    f"{DCC}/eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json",
    "dcc-verifier-plus-fixtures/obv3_v1.json",
    "dcc-verifier-plus-fixtures/obv3_v2.json",
    "dcc-verifier-plus-fixtures/sampleVC.json",
]


@pytest.mark.parametrize("rel", SIGNATURE_VALID)
def test_dcc_signatures_and_issuer_keys_pass(vectors: Path, ctx: VerifyContext, rel: str) -> None:
    report = _report(vectors, rel, ctx)
    assert _outcome(report, "format") is Outcome.PASS
    assert _outcome(report, "signature") is Outcome.PASS
    assert _outcome(report, "issuer-key") is Outcome.PASS


@pytest.mark.parametrize("rel", [f"{DCC}/v1/v1NoStatus.json", f"{DCC}/v2/v2NoStatus.json", "dcc-verifier-plus-fixtures/obv3_v2.json"])
def test_dcc_credentials_without_status_are_valid(vectors: Path, ctx: VerifyContext, rel: str) -> None:
    assert _report(vectors, rel, ctx).verdict is Verdict.VALID


@pytest.mark.parametrize("rel", [f"{DCC}/v1/v1Expired.json", f"{DCC}/v2/v2Expired.json"])
def test_dcc_expired_fail_validity(vectors: Path, ctx: VerifyContext, rel: str) -> None:
    report = _report(vectors, rel, ctx)
    assert _outcome(report, "validity-period") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_dcc_tampered_name_fails_signature(vectors: Path, ctx: VerifyContext) -> None:
    # Upstream's tampering: the achievement's name changed after signing.
    doc = json.loads((vectors / f"{DCC}/v2/v2NoStatus.json").read_text())
    doc["credentialSubject"]["achievement"]["name"] = "Introduction to Tampering"
    report = verify(read(json.dumps(doc).encode()), ctx)
    assert _outcome(report, "signature") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_safe_mode_breaker_fails_format_naming_the_dropped_terms(vectors: Path, ctx: VerifyContext) -> None:
    report = _report(vectors, f"{DCC}/eddsa/v2/safeModeBreaker.json", ctx)
    fmt = report.check("format")
    assert fmt is not None and fmt.outcome is Outcome.FAIL
    assert "endorsementJwt" in fmt.data["terms"] and "endorsementJwt" in fmt.detail
    assert report.verdict is Verdict.INVALID


def test_test_vc_with_two_bad_proofs_is_invalid(vectors: Path, ctx: VerifyContext) -> None:
    assert _outcome(_report(vectors, f"{DCC}/v1/testVC.json", ctx), "signature") is Outcome.FAIL


@pytest.mark.parametrize("name", ["basic-openbadgecredential", "full-openbadgecredential"])
def test_unsigned_ob3_examples_are_unverifiable(vectors: Path, ctx: VerifyContext, name: str) -> None:
    report = _report(vectors, f"1edtech-ob3-spec/examples/{name}.unsigned.json", ctx)
    assert _outcome(report, "signature") is Outcome.SKIP
    assert report.verdict is not Verdict.VALID


def test_ob3_spec_vector_with_an_uncached_https_key_is_not_valid(vectors: Path, ctx: VerifyContext) -> None:
    # The issuer profile holding the key is not in the (empty) cache: never valid, never fetched.
    report = _report(vectors, "1edtech-ob3-spec/ldp-test-vector-ob/signed.json", ctx)
    assert _outcome(report, "signature") is not Outcome.PASS


def test_ecdsa_sd_2023_credential_is_unverifiable(vectors: Path, ctx: VerifyContext) -> None:
    report = _report(vectors, "w3c-vc-di-ecdsa/ecdsa-sd-2023/employ/derivedRevealDocument.json", ctx)
    check = report.check("signature")
    assert check is not None and check.outcome is Outcome.SKIP and check.code == "signature.unsupported-suite"
    assert report.verdict is Verdict.UNVERIFIABLE


DID_WEB_DOCS = {
    "https://digitalcredentials.github.io/dcc-did-web/did.json": "digitalcredentials.github.io_dcc-did-web_did.json",
    "https://digitalcredentials.github.io/dcc-did-web/multikey/did.json": "digitalcredentials.github.io_dcc-did-web_multikey_did.json",
}


@pytest.fixture
def did_web_ctx(vectors: Path, tmp_path: Path) -> VerifyContext:
    from wallet.verify.cache import LocalCache

    cache = LocalCache(tmp_path / "cache")
    for url, name in DID_WEB_DOCS.items():
        cache.put(url, (vectors / "dcc-verifier-core-fixtures/did-web" / name).read_bytes(), AT)
    return VerifyContext.offline(at=AT, cache_dir=tmp_path / "cache")


@pytest.mark.parametrize("rel", [f"{DCC}/v2/didWeb/v2didWebWithValidStatus.json", f"{DCC}/v2/didWeb/v2didWebMultikeyWithValidStatus.json"])
def test_did_web_from_the_local_cache(vectors: Path, did_web_ctx: VerifyContext, rel: str) -> None:
    report = _report(vectors, rel, did_web_ctx)
    assert _outcome(report, "signature") is Outcome.PASS, report.check("signature")
    assert _outcome(report, "issuer-key") is Outcome.PASS, report.check("issuer-key")


def test_bad_did_web_is_unverifiable(vectors: Path, did_web_ctx: VerifyContext, no_network: list[object]) -> None:
    report = _report(vectors, f"{DCC}/v2/didWeb/v2WithBadDidWeb.json", did_web_ctx)
    assert _outcome(report, "signature") is Outcome.SKIP
    assert report.verdict is Verdict.UNVERIFIABLE
    assert no_network == []
