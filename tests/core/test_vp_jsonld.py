"""JSON-LD presentations: the holder's proof, challenge and domain, holder binding, inner credentials."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.di_issuer import NOW, DidKeyIssuer
from wallet.formats import read
from wallet.formats.base import Parsed
from wallet.verify import Outcome, Report, Verdict, verify
from wallet.verify.context import VerifyContext

V2 = "https://www.w3.org/ns/credentials/v2"


def _ctx(**options: Any) -> VerifyContext:
    base = VerifyContext.offline(at=NOW)
    return VerifyContext(at=base.at, cache=None, trust=base.trust, loader=base.loader, options=options)


def _presentation(holder: DidKeyIssuer, credentials: list[Any], suite: str = "eddsa-rdfc-2022", **kwargs: Any) -> dict[str, Any]:
    vp = {"@context": [V2], "type": ["VerifiablePresentation"], "holder": holder.did, "verifiableCredential": credentials}
    kwargs.setdefault("purpose", "authentication")
    return holder.sign(vp, suite, **kwargs)


def _verify(doc: dict[str, Any], ctx: VerifyContext) -> Report:
    return verify(read(json.dumps(doc).encode()), ctx)


def _check(report: Report, check_id: str) -> Outcome:
    found = report.check(check_id)
    assert found is not None, check_id
    return found.outcome


@pytest.fixture(scope="module")
def parties() -> tuple[DidKeyIssuer, DidKeyIssuer]:
    return DidKeyIssuer.fresh("p256"), DidKeyIssuer.fresh("ed25519")


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "eddsa-jcs-2022"])
def test_signed_presentation_with_challenge_is_valid(parties: tuple[DidKeyIssuer, DidKeyIssuer], suite: str) -> None:
    issuer, holder = parties
    vc = issuer.sign(issuer.ob3(subject=holder.did), "ecdsa-rdfc-2019")
    vp = _presentation(holder, [vc], suite, challenge="c-123", domain="https://verifier.example")
    report = _verify(vp, _ctx(challenge="c-123", domain="https://verifier.example"))
    assert report.format == "vp-jsonld"
    assert [p.verdict for p in report.parts] == [Verdict.VALID]
    assert _check(report, "holder") is Outcome.PASS
    assert report.verdict is Verdict.VALID, [c.to_json() for c in report.checks]


def test_wrong_challenge_fails(parties: tuple[DidKeyIssuer, DidKeyIssuer]) -> None:
    issuer, holder = parties
    vc = issuer.sign(issuer.ob3(subject=holder.did), "ecdsa-rdfc-2019")
    vp = _presentation(holder, [vc], challenge="c-123")
    report = _verify(vp, _ctx(challenge="c-999"))
    assert _check(report, "holder") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_holder_who_is_not_the_subject_fails(parties: tuple[DidKeyIssuer, DidKeyIssuer]) -> None:
    issuer, holder = parties
    vc = issuer.sign(issuer.ob3(subject="did:example:someone-else"), "ecdsa-rdfc-2019")
    report = _verify(_presentation(holder, [vc]), _ctx())
    holder_check = report.check("holder")
    assert holder_check is not None and holder_check.outcome is Outcome.FAIL and holder_check.code == "holder.not-subject"


def test_tampered_inner_credential_makes_the_presentation_invalid(parties: tuple[DidKeyIssuer, DidKeyIssuer]) -> None:
    issuer, holder = parties
    vc = issuer.sign(issuer.ob3(subject=holder.did), "ecdsa-rdfc-2019")
    vc["name"] = "Something else"
    # The holder signs over the tampered credential: the VP proof is fine, the credential is not.
    report = _verify(_presentation(holder, [vc]), _ctx())
    assert _check(report, "signature") is Outcome.PASS
    assert report.parts[0].verdict is Verdict.INVALID
    assert report.verdict is Verdict.INVALID


def test_presentation_signed_by_another_key_fails_issuer_key(parties: tuple[DidKeyIssuer, DidKeyIssuer]) -> None:
    issuer, holder = parties
    vc = issuer.sign(issuer.ob3(subject=holder.did), "ecdsa-rdfc-2019")
    vp = {"@context": [V2], "type": ["VerifiablePresentation"], "holder": holder.did, "verifiableCredential": [vc]}
    vp = issuer.sign(vp, "ecdsa-rdfc-2019", purpose="authentication")
    report = _verify(vp, _ctx())
    assert _check(report, "issuer-key") is Outcome.FAIL


def test_unsigned_dcc_presentation_reports_what_it_can(vectors: Path) -> None:
    wrapper = json.loads((vectors / "dcc-verifier-plus-fixtures/testVP.json").read_text())
    raw = json.dumps(wrapper["vp"]).encode()  # the fixture wraps the VP in a non-standard {"vp": ...}
    report = verify(read(raw), _ctx())
    assert report.format == "vp-jsonld"
    assert _check(report, "signature") is Outcome.SKIP
    assert _check(report, "holder") is Outcome.SKIP
    assert len(report.parts) == 1
    assert _check(report.parts[0], "signature") is Outcome.PASS
    assert report.verdict is Verdict.UNVERIFIABLE


def test_enveloped_credential_is_decoded_and_handed_on(parties: tuple[DidKeyIssuer, DidKeyIssuer]) -> None:
    _, holder = parties
    envelope = {"@context": [V2], "type": ["EnvelopedVerifiableCredential"], "id": "data:application/vc+jwt,not.a.jwt"}
    vp = {"@context": [V2], "type": ["VerifiablePresentation"], "holder": holder.did, "verifiableCredential": [envelope]}
    raw = json.dumps(vp).encode()
    report = verify(Parsed("vp-jsonld", raw, raw, vp), _ctx())
    assert len(report.parts) == 1
    assert report.parts[0].verdict is not Verdict.VALID
    assert report.verdict is not Verdict.VALID
