"""ELM 3 credentials described as the EU micro-credential elements (wallet/formats/describe_edc.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.jades_signer import edc_credential
from wallet.formats import describe, read
from wallet.formats.describe_edc import describe_edc_document
from wallet.model import CredentialRecord, Level, Workload

ELM3 = Path(__file__).parents[1] / "vectors" / "edc-elm3-european-learning-model" / "elm3-jsonld"


def _record(name: str) -> CredentialRecord:
    return describe(read((ELM3 / name).read_bytes(), name))


def test_the_micro_credential_sample_carries_all_eleven_elements() -> None:
    record = _record("Sample-MC-Annex1-signed.jsonld")
    assert record.missing() == []
    assert record.learner == {"en": "Ana Andromeda"}
    assert record.title == {"en": "Digital micro-credential creation"}
    assert record.issuer_country == "IE"
    assert record.awarding_body == {"en": "University of Zed"}
    assert record.issued == "2023-09-27"
    assert record.learning_outcomes == (
        {"en": "Communication, collaboration and creativity"},
        {"en": "Developing digital content", "es": "Contento digital"},
    )
    assert record.workload == Workload(ects=2.0, hours=60.0)
    assert record.level == Level(eqf=6, qf_ehea=None)
    assert record.assessment == {"en": "artefact assessment"}
    assert record.participation == {"en": "Blended; non-formal learning"}
    # No accreditation in the sample: the credential's Evidence type (a mandate) is its assurance,
    # in every language the vocabulary gives.
    assert isinstance(record.quality_assurance, dict)
    assert record.quality_assurance["en"] == "Mandate"
    assert record.quality_assurance["fr"] == "Mandat"
    assert len(record.quality_assurance) == 29
    # Optional elements.
    assert record.prerequisites == {
        "en": "The learner needs to have an EDC Online Credential Builder account, that requires an EU Login ID."
    }
    assert record.supervision == {"en": "Unsupervised without ID Verification"}
    assert record.grade == {"en": "Pass"}
    assert record.valid_until is None
    assert record.achievement_type == "Short learning programme"
    assert "es" in record.languages and "en" in record.languages


def test_the_certificate_of_participation_is_described_as_far_as_it_goes() -> None:
    record = _record("Sample-CertOfPart-signed.jsonld")
    assert record.title == {"en": "EDC Updates Webinar"}
    assert record.issuer_country == "BE"
    assert record.participation == {"en": "Online"}
    assert record.workload.hours == 2.0
    assert isinstance(record.further_information, str) and "https://" in record.further_information
    # A participation certificate states no outcomes, level or assessment.
    assert set(record.missing()) == {"learning_outcomes", "level", "assessment"}


def test_the_generated_credential_maps_every_element() -> None:
    record = describe_edc_document(edc_credential())
    assert record.missing() == []
    assert record.title == {"en": "Data stewardship", "fr": "Gestion des données"}
    assert record.awarding_body == {"en": "Test University", "fr": "Test University (fr)"}
    assert record.quality_assurance == {"en": "Programme accreditation by the Test Quality Agency"}
    assert record.workload == Workload(ects=3.0, hours=75.0)
    assert record.level.eqf == 5
    assert record.prerequisites == {"en": "A bachelor's degree"}


def test_the_unsealed_and_sealed_micro_credential_describe_alike() -> None:
    sealed = _record("Sample-MC-Annex1-signed.jsonld")
    unsealed = _record("Sample-MC-Annex1-unsigned.jsonld")
    # The issuer adds the issuing date and the Evidence when sealing; everything else is the same.
    assert unsealed.title == sealed.title and unsealed.learning_outcomes == sealed.learning_outcomes
    assert set(unsealed.missing()) == {"issued", "quality_assurance"}


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(credentialSubject=[]),
        lambda d: d.update(credentialSubject="x"),
        lambda d: d["credentialSubject"].update(hasClaim=[1, "x", None]),
        lambda d: d["credentialSubject"]["hasClaim"].update(
            specifiedBy={"eqfLevel": 7, "creditPoint": "x", "learningOutcome": {"title": 5}}
        ),
        lambda d: d.update(issuer={"location": [{"address": {"countryCode": {"id": 5}}}]}),
        lambda d: d["credentialSubject"]["hasClaim"].update(provenBy=[{"grade": [None, {"noteLiteral": 3}], "idVerification": []}]),
        lambda d: d.update(evidence={"dcType": {"prefLabel": ["x"]}}),
    ],
)
def test_odd_shapes_leave_elements_empty_without_raising(mutate: Any) -> None:
    doc = json.loads(json.dumps(edc_credential()))
    mutate(doc)
    record = describe_edc_document(doc)
    assert isinstance(record, CredentialRecord)
