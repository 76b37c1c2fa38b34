"""W3C credentials (OB 3.0, CLR 2.0, plain VCs, VC-JWT) described onto the EU elements: what a learner sees."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import VECTORS
from wallet.errors import InputError
from wallet.formats import describe, read
from wallet.formats.base import Parsed
from wallet.formats.describe_elements import (
    hashed_kind,
)
from wallet.formats.describe_vc import describe_vc
from wallet.model import CredentialRecord, text_in

OB3 = VECTORS / "1edtech-ob3-spec"
VALIDATOR = VECTORS / "1edtech-dc-public-validator"
CITIZENSHIP = VECTORS / "w3c-ccg-citizenship-examples"


def describe_file(path: Path) -> CredentialRecord:
    return describe(read(path.read_bytes(), path.name))


def vc(doc: dict[str, Any], fmt: str = "vc-jsonld") -> CredentialRecord:
    raw = json.dumps(doc).encode()
    return describe(Parsed(format=fmt, original=raw, payload=raw, document=doc))


# --- Open Badges 3.0 -----------------------------------------------------------------------------


def test_basic_open_badge_shows_achievement_issuer_and_date() -> None:
    record = describe_file(OB3 / "examples" / "basic-openbadgecredential.unsigned.json")
    assert record.title == "Teamwork"
    assert record.awarding_body == "Example Corp"
    assert record.issued == "2010-01-01"
    assert record.learner == "did:example:ebfeb1f712ebc6f1c276e12ec21"
    assert record.issuer_id == "https://example.com/issuers/876543"
    # No competency alignment: the achievement's description says what it recognises.
    assert record.learning_outcomes == ("This badge recognizes the development of the capacity to collaborate within a group environment.",)
    assert record.description == record.learning_outcomes[0]


@pytest.mark.parametrize(
    "path",
    [OB3 / "examples" / "full-openbadgecredential.unsigned.json", VALIDATOR / "ob30" / "complete.json"],
    ids=["spec-full", "validator-complete"],
)
def test_complete_open_badge(path: Path) -> None:
    record = describe_file(path)
    assert record.title == "1EdTech University Degree"
    assert record.awarding_body == "1EdTech University"
    assert record.issuer_country == "US"  # addressCountryCode wins over addressCountry "USA"
    assert record.issued == "2010-01-01"
    assert record.valid_until == "2030-01-01"
    assert record.achievement_type == "Degree"
    assert record.description == "1EdTech University Degree Description"
    # identifier with hashed: false is the learner's own address, shown as such.
    assert record.learner == "student@1edtech.edu"
    assert record.subject_id == "did:example:ebfeb1f712ebc6f1c276e12ec21"
    # The Result's value, named by its ResultDescription.
    assert record.grade == "Final Project Grade: A"
    # creditsAvailable 36 in a US degree are credit hours, not ECTS and not hours of work.
    assert record.workload.ects is None
    assert record.workload.hours is None
    assert "workload" in record.missing()


def test_case_alignment_is_the_learning_outcome() -> None:
    record = describe_file(OB3 / "examples" / "achievement-alignment-case.unsigned.json")
    assert record.title == "Text analysis"
    assert len(record.learning_outcomes) == 1
    outcome = record.learning_outcomes[0]
    assert isinstance(outcome, str) and outcome.startswith("Cite strong and thorough textual evidence")
    assert record.description == "Analyze a sample text"


def test_credential_alignment_is_not_an_outcome() -> None:
    # A ceterms:Credential alignment links a whole credential: the description stands in.
    record = describe_file(OB3 / "examples" / "achievement-alignment-ce.unsigned.json")
    assert record.learning_outcomes == ("Analyze a sample text",)


def test_signed_spec_vector() -> None:
    record = describe_file(OB3 / "ldp-test-vector-ob" / "signed.json")
    assert record.title
    assert record.issued
    assert record.awarding_body


def test_hashed_identifier_is_never_shown_as_a_name() -> None:
    doc = json.loads((OB3 / "examples" / "basic-openbadgecredential.unsigned.json").read_text())
    subject = doc["credentialSubject"]
    del subject["id"]
    digest = "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"
    subject["identifier"] = [
        {"type": "IdentityObject", "identityHash": digest, "identityType": "emailAddress", "hashed": True, "salt": "x"}
    ]
    record = vc(doc)
    assert record.learner == "hashed:emailAddress"
    assert hashed_kind(record.learner) == "emailAddress"
    assert digest not in json.dumps(record.to_json())


def test_identifier_without_hashed_flag_is_treated_as_a_hash() -> None:
    doc = json.loads((OB3 / "examples" / "basic-openbadgecredential.unsigned.json").read_text())
    doc["credentialSubject"] = {"type": ["AchievementSubject"], "identifier": [{"identityHash": "abc", "identityType": "studentId"}]}
    assert vc(doc).learner == "hashed:studentId"


# --- languages -----------------------------------------------------------------------------------


def test_vcdm2_language_value_objects_are_kept() -> None:
    # VC Data Model 2.0 §11.1: name as an array of language-tagged value objects.
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": {
            "id": "did:example:issuer",
            "name": [{"@value": "Université", "@language": "fr"}, {"@value": "University", "@language": "en"}],
        },
        "name": [{"@value": "Diplôme", "@language": "fr"}, {"@value": "Diploma", "@language": "en"}],
        "validFrom": "2024-05-01T10:00:00+02:00",
        "credentialSubject": {"id": "did:example:learner"},
    }
    record = vc(doc)
    assert record.title == {"fr": "Diplôme", "en": "Diploma"}
    assert record.awarding_body == {"fr": "Université", "en": "University"}
    assert text_in(record.title, ["en"]) == "Diploma"
    assert set(record.languages) == {"fr", "en"}
    assert record.issued == "2024-05-01"


def test_language_map_and_plain_strings() -> None:
    doc = {
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:example:issuer", "name": "Plain Issuer"},
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"achievement": {"name": {"de": "Teamarbeit", "en": "Teamwork"}, "inLanguage": "de"}},
    }
    record = vc(doc)
    assert record.title == {"de": "Teamarbeit", "en": "Teamwork"}
    assert record.awarding_body == "Plain Issuer"
    assert record.languages == ("de", "en")


def test_node_reference_is_not_a_language_map() -> None:
    doc = {"type": ["VerifiableCredential"], "name": {"id": "https://example.org/x"}, "credentialSubject": {}}
    assert vc(doc).title == "VerifiableCredential"


# --- the EU micro-credential ---------------------------------------------------------------------

MICRO_CREDENTIAL: dict[str, Any] = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "id": "urn:uuid:2f7a8c1e-5b8e-4a35-9a1e-3d4a9b0c1e11",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "name": "Data literacy for public servants",
    "issuer": {
        "id": "did:web:leuven.example.edu",
        "type": ["Profile"],
        "name": [{"@value": "Hogeschool Leuven", "@language": "nl"}, {"@value": "Leuven University College", "@language": "en"}],
        "address": {"type": ["Address"], "addressCountry": "Belgium", "addressCountryCode": "be"},
    },
    "validFrom": "2025-03-14T09:00:00Z",
    "awardedDate": "2025-03-12T16:30:00+01:00",
    "validUntil": "2030-03-14T09:00:00Z",
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        "name": "Ana Lima",
        "creditsEarned": 5,
        "result": [{"type": ["Result"], "resultDescription": "urn:uuid:grade", "value": "16/20"}],
        "achievement": {
            "id": "https://leuven.example.edu/achievements/data-literacy",
            "type": ["Achievement"],
            "achievementType": "MicroCredential",
            "name": [{"@value": "Datageletterdheid", "@language": "nl"}, {"@value": "Data literacy", "@language": "en"}],
            "description": "A 5 ECTS micro-credential on reading, cleaning and presenting public data.",
            "criteria": {"narrative": "Pass the final assessment with at least 10/20."},
            "creditsAvailable": 5,
            "inLanguage": "en",
            "alignment": [
                {
                    "type": ["Alignment"],
                    "targetName": "European Qualifications Framework level 6",
                    "targetFramework": "European Qualifications Framework",
                    "targetCode": "6",
                    "targetUrl": "http://data.europa.eu/snb/eqf/6",
                },
                {
                    "type": ["Alignment"],
                    "targetName": "analyse data",
                    "targetType": "ceasn:Competency",
                    "targetUrl": "http://data.europa.eu/esco/skill/c7d1d3d3-0000-0000-0000-000000000000",
                },
                {
                    "type": ["Alignment"],
                    "targetName": "present data visually",
                    "targetType": "CFItem",
                    "targetUrl": "https://case.example/1",
                },
            ],
            "resultDescription": [
                {"id": "urn:uuid:grade", "type": ["ResultDescription"], "name": "Final grade", "resultType": "GradePointAverage"}
            ],
            "extensions": {
                "type": ["Extension", "MicroCredentialExtension"],
                "assessment": "Written exam and a graded data project",
                "participation": "blended",
                "qualityAssurance": {
                    "en": "Internal QA of the institution, accredited by NVAO",
                    "nl": "Interne kwaliteitszorg, geaccrediteerd door NVAO",
                },
                "prerequisites": "None",
                "supervision": "Supervised on site, identity checked",
                "stackability": "Stackable towards the postgraduate certificate in public data",
                "furtherInformation": "https://leuven.example.edu/mc/data-literacy",
            },
        },
    },
}


def test_micro_credential_carries_all_eleven_elements() -> None:
    record = vc(MICRO_CREDENTIAL)
    assert record.missing() == []
    assert record.learner == "Ana Lima"
    assert record.title == {"nl": "Datageletterdheid", "en": "Data literacy"}
    assert record.issuer_country == "BE"
    assert record.awarding_body == {"nl": "Hogeschool Leuven", "en": "Leuven University College"}
    assert record.issued == "2025-03-12"  # awardedDate, as written in the issuer's offset
    assert record.valid_until == "2030-03-14"
    assert record.learning_outcomes == ("analyse data", "present data visually")
    assert record.workload.ects == 5.0  # "ECTS" in the text and an EQF alignment: credits are ECTS
    assert record.workload.hours is None
    assert record.level.eqf == 6
    assert record.level.qf_ehea is None  # never derived from the EQF level
    assert record.assessment == "Written exam and a graded data project"
    assert record.participation == "blended"
    assert record.quality_assurance == {
        "en": "Internal QA of the institution, accredited by NVAO",
        "nl": "Interne kwaliteitszorg, geaccrediteerd door NVAO",
    }
    assert record.prerequisites == "None"
    assert record.supervision == "Supervised on site, identity checked"
    assert record.stackability == "Stackable towards the postgraduate certificate in public data"
    assert record.further_information == "https://leuven.example.edu/mc/data-literacy"
    assert record.grade == "Final grade: 16/20"
    assert record.achievement_type == "MicroCredential"
    assert set(record.languages) == {"nl", "en"}
    # The record round-trips through its JSON form (the vault and CLI contract).
    assert CredentialRecord.from_json(json.loads(json.dumps(record.to_json()))) == record


def test_unit_less_credits_are_not_workload() -> None:
    doc = json.loads(json.dumps(MICRO_CREDENTIAL))
    achievement = doc["credentialSubject"]["achievement"]
    achievement["description"] = "A short course on data."
    achievement["alignment"] = [a for a in achievement["alignment"] if "eqf" not in a.get("targetUrl", "")]
    record = vc(doc)
    assert record.workload.ects is None and record.workload.hours is None
    assert record.level.eqf is None


def test_explicit_workload_fields() -> None:
    doc = json.loads(json.dumps(MICRO_CREDENTIAL))
    achievement = doc["credentialSubject"]["achievement"]
    achievement["extensions"]["studyLoad"] = 140
    achievement["volumeOfLearning"] = "PT150H"
    record = vc(doc)
    assert record.workload.hours == 140.0
    del achievement["extensions"]["studyLoad"]
    assert vc(doc).workload.hours == 150.0


def test_qf_ehea_alignment() -> None:
    doc = json.loads(json.dumps(MICRO_CREDENTIAL))
    doc["credentialSubject"]["achievement"]["alignment"].append(
        {"type": ["Alignment"], "targetName": "Second cycle", "targetFramework": "QF-EHEA", "targetCode": "second cycle"}
    )
    assert vc(doc).level.qf_ehea == "second"


# --- CLR 2.0 -------------------------------------------------------------------------------------


def test_clr_spec_vector_lists_its_achievements() -> None:
    record = describe_file(OB3 / "ldp-test-vector-clr" / "signed.json")
    assert record.title == "Sample Transcript"
    assert record.awarding_body == "Example University"
    assert record.issued == "2010-01-01"
    assert record.learning_outcomes == ("Achievement 1", "Achievement 2")


def test_clr_complex_transcript() -> None:
    record = describe_file(VALIDATOR / "clr20" / "complex.json")
    assert record.title == "Ellis Monday"  # the CLR's own name, as the issuer wrote it
    assert record.awarding_body == "Western High School, RSD"
    assert record.issued == "2022-12-05"
    assert "Nurse Assistant 1 Program with Licensure" in record.learning_outcomes
    assert "Oregon State Board of Nursing - Certified Nursing Assistant" in record.learning_outcomes
    assert len(record.learning_outcomes) == 6
    assert not record.workload.present()  # associations make a sum ambiguous


def test_clr_sums_ects_when_unambiguous() -> None:
    achievements = [
        {"id": f"urn:a:{i}", "type": "Achievement", "name": f"Module {i}", "description": "A 5 ECTS module", "creditsAvailable": 5}
        for i in range(3)
    ]
    doc = {
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": "Transcript",
        "issuer": {"id": "did:example:i", "name": "School"},
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"type": "ClrSubject", "id": "did:example:l", "achievement": achievements},
    }
    record = vc(doc)
    assert record.workload.ects == 15.0
    achievements[0]["description"] = "A module"
    assert vc(doc).workload.ects is None  # one module's credits are of an unknown unit


def test_clr_jwt() -> None:
    record = describe_file(VALIDATOR / "clr20" / "simple.jwt")
    assert record.title == "Sample Transcript"
    assert record.learning_outcomes == ("Achievement 1", "Achievement 2")


# --- VC-JWT and baked ----------------------------------------------------------------------------


def test_vc_jwt_uses_vc_claim_and_registered_claims() -> None:
    parsed = read((VALIDATOR / "ob30" / "simple.jwt").read_bytes())
    assert parsed.format == "vc-jwt"
    record = describe(parsed)
    assert record.title == "Example University Degree"
    assert record.awarding_body == "Example University"
    assert record.issued == "2010-01-01"
    assert record.subject_id == "did:example:ebfeb1f712ebc6f1c276e12ec21"


def test_vc_jwt_registered_claims_fill_gaps() -> None:
    claims = {
        "iss": "did:example:issuer",
        "sub": "did:example:learner",
        "nbf": 1704067200,
        "exp": 1893456000,
        "vc": {"type": ["VerifiableCredential"]},
    }
    record = vc(claims, fmt="vc-jwt")
    assert record.issuer_id == "did:example:issuer"
    assert record.learner == "did:example:learner"
    assert record.issued == "2024-01-01"
    assert record.valid_until == "2030-01-01"


@pytest.mark.parametrize("name", ["simple-json.png", "simple-json.svg", "simple-jwt.png", "simple-jwt.svg"])
def test_baked_open_badges(name: str) -> None:
    record = describe_file(VALIDATOR / "ob30" / name)
    assert record.title == "Teamwork"
    assert record.awarding_body == "Example Corp"
    assert record.issued == "2010-01-01"


# --- other credentials ---------------------------------------------------------------------------


def test_permanent_resident_card() -> None:
    record = describe_file(CITIZENSHIP / "prc-full.jsonld")
    assert record.title == "Permanent Resident Card"
    assert record.learner == "JOHN JACOB SMITH"
    assert record.issued == "2019-12-03"
    assert record.valid_until == "2029-12-03"
    assert record.awarding_body is None  # issuer is an empty string
    assert record.learning_outcomes == ()


def test_credential_without_name_is_titled_by_type() -> None:
    assert describe_file(CITIZENSHIP / "citizenship-min.jsonld").title == "CertificateOfCitizenshipCredential"


@pytest.mark.parametrize("path", sorted(CITIZENSHIP.glob("*.jsonld")), ids=lambda p: p.name)
def test_every_citizenship_example_has_a_title(path: Path) -> None:
    record = describe_file(path)
    assert record.title
    assert record.issued


def _vector_files() -> list[Path]:
    roots = [
        VECTORS / "dcc-vc-test-fixtures" / "verifiableCredentials",
        VECTORS / "dcc-verifier-core-fixtures" / "credentials",
        VECTORS / "dcc-verifier-plus-fixtures",
        VALIDATOR / "ob30",
        VALIDATOR / "clr20",
        OB3,
    ]
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file() and p.suffix in {".json", ".jsonld", ".jwt", ".1ob"})


@pytest.mark.parametrize("path", _vector_files(), ids=lambda p: str(p.relative_to(VECTORS)))
def test_every_w3c_vector_describes_or_is_refused_cleanly(path: Path) -> None:
    try:
        parsed = read(path.read_bytes(), path.name)
    except InputError:
        return  # empty files, hashes, keys, contexts: not credentials
    record = describe(parsed)
    if parsed.format in ("vc-jsonld", "vc-jwt") and "credentialSubject" in json.dumps(parsed.document):
        assert record.title, path
    json.dumps(record.to_json())


def test_dcc_learner_name_and_title() -> None:
    record = describe_file(VECTORS / "dcc-verifier-plus-fixtures" / "obv3_v2.json")
    assert record.learner == "Sam Salmon"
    assert record.title == "Bachelors - v2 - Test"
    assert record.achievement_type == "A big bad badge"
    assert record.valid_until == "2030-01-02"


def test_presentation_with_one_credential_is_described_by_it() -> None:
    inner = json.loads((OB3 / "examples" / "basic-openbadgecredential.unsigned.json").read_text())
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"], "verifiableCredential": [inner]}
    assert vc(vp, fmt="vp-jsonld").title == "Teamwork"
    vp["verifiableCredential"] = [inner, inner]
    vp["holder"] = "did:example:holder"
    record = vc(vp, fmt="vp-jsonld")
    assert record.title == "VerifiablePresentation"
    assert record.subject_id == "did:example:holder"


def test_strings_are_capped() -> None:
    doc = {"type": ["VerifiableCredential"], "name": "x" * 100_000, "description": "y" * 100_000, "credentialSubject": {}}
    record = describe_vc(Parsed(format="vc-jsonld", original=b"", payload=b"", document=doc))
    assert isinstance(record.title, str) and len(record.title) <= 512
    assert isinstance(record.description, str) and len(record.description) <= 4000
