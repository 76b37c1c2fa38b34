"""A sealed presentation of EDCs: the seal, and each credential inside reported in ``parts``."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

from tests.support.eu_pki import NOW, TestPki, eu_lists, make_pki
from tests.support.jades_signer import edc_credential, make_tsa, seal, to_bytes
from wallet.formats import describe, read
from wallet.verify import VerifyContext, verify
from wallet.verify.edc_jsonld import EU_TRUST_LISTS_OPTION
from wallet.verify.report import Outcome, Verdict


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return make_pki(name="Vp")


def _vp(*credentials: Any) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "holder": "did:example:learner",
        "verifiableCredential": list(credentials),
    }


def test_inner_credentials_are_reported_as_parts(pki: TestPki) -> None:
    key, cert = pki.seal(org_id="VATBE-12345678")
    chain = [cert, pki.intermediate_cert]
    inner_sealed = seal(edc_credential(), key, chain, signing_time=NOW)
    vp = seal(_vp(edc_credential(), inner_sealed), key, chain, signing_time=NOW, tsa=make_tsa())
    ctx = dataclasses.replace(VerifyContext.offline(at=NOW), options={EU_TRUST_LISTS_OPTION: eu_lists(pki)})
    parsed = read(to_bytes(vp))
    assert parsed.format == "edc-jsonld"
    report = verify(parsed, ctx)
    assert report.verdict is Verdict.VALID, report.to_json()
    assert report.issuer.id == "did:example:learner"
    assert [p.format for p in report.parts] == ["edc-jsonld", "edc-jsonld"]
    covered, own = report.parts
    assert covered.check("signature").code == "signature.covered"  # type: ignore[union-attr]
    assert own.check("signature").code == "signature.verified"  # type: ignore[union-attr]
    assert all(p.check("eu-elements").outcome is Outcome.PASS for p in report.parts)  # type: ignore[union-attr]
    assert describe(parsed).title == {"en": "Data stewardship", "fr": "Gestion des données"}


def test_a_tampered_inner_sealed_credential_makes_the_presentation_invalid(pki: TestPki) -> None:
    key, cert = pki.seal(org_id="VATBE-12345678")
    inner = seal(edc_credential(), key, [cert], signing_time=NOW)
    inner = copy.deepcopy(inner)
    inner["payload"] = inner["payload"].replace("Ada Learner", "Eve Learner")
    vp = seal(_vp(inner), key, [cert], signing_time=NOW)
    report = verify(read(to_bytes(vp)), VerifyContext.offline(at=NOW))
    assert report.check("signature").outcome is Outcome.PASS  # type: ignore[union-attr]
    assert report.parts[0].check("signature").outcome is Outcome.FAIL  # type: ignore[union-attr]
    assert report.verdict is Verdict.INVALID


def test_an_unreadable_inner_entry_fails_its_part(pki: TestPki) -> None:
    key, cert = pki.seal()
    vp = seal(_vp(5, {"payload": "x", "signatures": []}), key, [cert], signing_time=NOW)
    report = verify(read(to_bytes(vp)), VerifyContext.offline(at=NOW))
    assert len(report.parts) == 2
    assert all(p.check("format").outcome is Outcome.FAIL for p in report.parts)  # type: ignore[union-attr]
    assert report.verdict is Verdict.INVALID
    assert json.dumps(report.to_json())  # serialisable


def test_a_presentation_nested_in_a_presentation_is_refused(pki: TestPki) -> None:
    key, cert = pki.seal()
    inner_vp = seal(_vp(edc_credential()), key, [cert], signing_time=NOW)
    report = verify(read(to_bytes(seal(_vp(inner_vp), key, [cert], signing_time=NOW))), VerifyContext.offline(at=NOW))
    assert report.parts[0].check("format").outcome is Outcome.FAIL  # type: ignore[union-attr]
    assert "presentation inside a presentation" in report.parts[0].check("format").detail  # type: ignore[union-attr]
