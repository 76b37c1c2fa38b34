"""SD-JWT VCs described from their disclosed claims."""

from __future__ import annotations

import json

import pytest

from tests.conftest import VECTORS
from wallet.formats import describe, read
from wallet.formats.base import Parsed
from wallet.formats.sdjwt import split_sd_jwt_unverified

SD_JWT_VC = VECTORS / "sd-jwt-vc-ietf"
RFC = VECTORS / "sd-jwt-rfc9901-ietf"


def test_issued_pid_shows_its_holder_and_authority() -> None:
    record = describe(read((SD_JWT_VC / "fig24-issued-sd-jwt-vc-pid.txt").read_bytes()))
    assert record.learner == "Astrid Holmgren"
    assert record.awarding_body == "Kingdom of Ændgard, Ministry of Interior"
    assert record.issuer_country == "ÆG"
    assert record.title == "urn:example:eudi:pid:aendgard:1"  # no name claim: the type
    assert record.issuer_id == "https://pid-issuer.aendgard.example"
    assert record.issued == "2023-05-02"
    assert record.valid_until == "2029-09-01"


def test_presentation_shows_only_what_was_disclosed() -> None:
    record = describe(read((SD_JWT_VC / "fig26-presented-sd-jwt-kb-pid.txt").read_bytes()))
    assert record.learner is None
    assert record.title == "urn:example:eudi:pid:aendgard:1"


def test_identity_credential() -> None:
    record = describe(read((SD_JWT_VC / "fig07-issued-sd-jwt-vc-identity.txt").read_bytes()))
    assert record.title == "https://credentials.example.com/identity_credential"
    assert record.learner == "John Doe"
    assert record.issuer_id == "https://example.com/issuer"


@pytest.mark.parametrize("name", ["A.4-w3c-vcdm2-issued.txt", "A.4-w3c-vcdm2-presented-kb.txt"])
def test_vc_data_model_credential_secured_as_sd_jwt(name: str) -> None:
    record = describe(read((RFC / name).read_bytes()))
    assert record.title == "COVID-19 Vaccination Certificate"
    assert record.issued == "2023-02-09"
    assert record.valid_until == "2028-02-08"
    assert record.issuer_id == "https://example.com/issuer"


def test_issued_vc_shows_the_disclosed_recipient() -> None:
    record = describe(read((RFC / "A.4-w3c-vcdm2-issued.txt").read_bytes()))
    assert record.learner == "Marion Mustermann"


def test_unprocessed_claims_get_the_tokens_disclosures() -> None:
    # A document that still holds digests: the describer applies the token's disclosures itself.
    text = (SD_JWT_VC / "fig24-issued-sd-jwt-vc-pid.txt").read_text().strip()
    parts = split_sd_jwt_unverified(text)
    parsed = Parsed(format="sd-jwt-vc", original=text.encode(), payload=text.encode(), document=parts.claims, token=text)
    record = describe(parsed)
    assert record.learner == "Astrid Holmgren"
    # Without the token only the always-visible claims remain; digests are never shown.
    bare = describe(Parsed(format="sd-jwt-vc", original=b"", payload=b"", document=parts.claims))
    assert bare.learner is None
    assert "_sd" not in json.dumps(bare.to_json())
