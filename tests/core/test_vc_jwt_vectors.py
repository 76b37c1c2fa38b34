"""Public VC-JWT material: 1EdTech validator samples and W3C VC-JOSE-COSE examples (offline)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from tests.conftest import VECTORS
from tests.core._jose_helpers import check_text, context, outcome
from wallet.errors import UnsupportedFormat
from wallet.formats import read

EDTECH = VECTORS / "1edtech-dc-public-validator"
W3C = VECTORS / "w3c-vc-jose-cose-examples"


def test_clr20_jwt_signed_with_header_jwk_is_intact_but_unverifiable() -> None:
    # EXPECTED-RESULTS.tsv: upstream "valid" (it trusts the header jwk). Satchel's rule: a key the token
    # carries itself proves nothing about the issuer, so the signature is a warn and the verdict
    # unverifiable (README: "signature intact, issuer key not confirmed").
    report = check_text((EDTECH / "clr20/simple.jwt").read_bytes())
    assert report.format == "vc-jwt"
    assert outcome(report, "signature") == "warn"
    assert report.check("signature").code == "signature.embedded-key-only"  # type: ignore[union-attr]
    assert outcome(report, "issuer-key") == "skip"
    assert str(report.verdict) == "unverifiable"


def test_clr20_jwt_tampered_fails_even_its_own_key() -> None:
    head, body, sig = (EDTECH / "clr20/simple.jwt").read_text().strip().split(".")
    tampered = f"{head}.{body}.{sig[:20]}{'A' if sig[20] != 'A' else 'B'}{sig[21:]}"
    report = check_text(tampered)
    assert outcome(report, "signature") == "fail"


def test_ob30_jwt_without_key_is_unverifiable() -> None:
    # RS256, no kid, no jwk, https issuer with no cached metadata: nothing to check the signature with.
    report = check_text((EDTECH / "ob30/simple.jwt").read_bytes())
    assert outcome(report, "signature") == "skip"
    assert report.check("issuer-key").data["reason"] == "not-cached"  # type: ignore[union-attr]
    assert str(report.verdict) == "unverifiable"


def test_velocity_jwt_is_not_resolvable_offline() -> None:
    # kid is a did:velocity URL: an unsupported DID method, so unverifiable (upstream: invalid, missing context).
    report = check_text((EDTECH / "ob30/velocity.jwt").read_bytes())
    assert report.format == "vc-jwt"
    assert outcome(report, "issuer-key") == "skip"
    assert str(report.verdict) in ("unverifiable", "invalid")
    assert str(report.verdict) != "valid"


@pytest.mark.parametrize("name", ["simple.jwt", "simple-not-revoked.jwt", "simple-revoked.jwt"])
def test_ob20_signed_assertions_are_handed_to_openbadges2(name: str) -> None:
    parsed = read((EDTECH / "ob20" / name).read_bytes())
    assert parsed.format == "openbadges-2"
    assert parsed.container == "jwt"
    assert parsed.token is not None and parsed.token.count(".") == 2
    assert parsed.document["type"] == "Assertion"


def _data_urls(path: str) -> list[str]:
    return re.findall(r"data:application/[a-z+-]+(?:;base64)?,[^\"]+", (W3C / path).read_text())


@pytest.mark.parametrize(
    "path",
    [
        "02-a-simple-example-of-a-verifiable-presentation-secured-with-jose-with-t.json",
        "05-a-simple-example-of-a-verifiable-presentation-secured-with-sd-jwt-usin.json",
        "17-a-simple-uri-encoded-sd-jwt-verifiable-credential.txt",
    ],
)
def test_w3c_examples_parse_but_are_unverifiable(path: str) -> None:
    # Structure only: the spec's signing keys are generated when the spec is rendered and never
    # published, so the signature cannot be checked and the verdict is unverifiable (never valid,
    # never invalid): the report says the issuer's key could not be found. Judged while the examples
    # were within their validity period (example 17 expires 2024-10-14).
    urls = _data_urls(path)
    assert urls
    for url in urls:
        report = check_text(url, context(at=datetime(2024, 9, 1, tzinfo=UTC)))
        assert report.format in ("vc-jwt", "sd-jwt-vc")
        assert str(report.verdict) == "unverifiable", json.dumps(report.to_json(), indent=1)
        assert outcome(report, "signature") == "skip"
        assert "key" in report.check("signature").detail  # type: ignore[union-attr]


def test_w3c_cose_and_presentations_are_unsupported_formats() -> None:
    for path in ("18-a-simple-uri-encoded-sd-jwt-verifiable-presentation.txt", "19-a-simple-uri-encoded-cose-verifiable-presentation.txt"):
        with pytest.raises(UnsupportedFormat):
            read((W3C / path).read_bytes())
