"""The published EDC samples: JAdES-sealed ELM 3 credentials and sealed presentations.

Expected outcomes come from the vectors' READMEs: every seal is intact at level LTA; the seal
certificates are test certificates (not on any EU trusted list), expired now but valid at the
time-stamped signing time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from wallet.formats import read
from wallet.verify import VerifyContext, verify
from wallet.verify.report import Outcome, Verdict

ELM3 = Path(__file__).parents[1] / "vectors" / "edc-elm3-european-learning-model" / "elm3-jsonld"
EDCI = Path(__file__).parents[1] / "vectors" / "edc-edci-european-digital-credentials" / "jades-jsonld"
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _report(path: Path, at: datetime = NOW):  # type: ignore[no-untyped-def]
    parsed = read(path.read_bytes(), path.name)
    assert parsed.format == "edc-jsonld"
    return verify(parsed, VerifyContext.offline(at=at))


@pytest.mark.parametrize("name", ["Sample-MC-Annex1-signed.jsonld", "Sample-CertOfPart-signed.jsonld"])
def test_elm3_samples_verify_at_lta_with_an_untrusted_expired_test_seal(name: str) -> None:
    report = _report(ELM3 / name)
    signature = report.check("signature")
    assert signature is not None and signature.outcome is Outcome.PASS
    assert signature.data["level"] == "LTA"
    assert signature.data["alg"] == "RS256"
    assert [t["kind"] for t in signature.data["timestamps"]] == ["adoTst", "sigTst", "arcTst"]
    assert signature.data["claimed_signing_time"].startswith("2023-09-27T")
    # The seal certificate ("TEST SEAL / ORGANIZACION TEST", VATES-A00000000) expired in 2025 but was
    # valid at the time-stamped signing: not a failure.
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.PASS
    assert validity.data["certificate_expired"] is True
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.WARN
    assert trust.data["level"] == "untrusted"
    assert trust.data["valid_at_signing"] is True and trust.data["valid_now"] is False
    key = report.check("issuer-key")
    assert key is not None and key.outcome is Outcome.PASS
    assert report.verdict is Verdict.VALID


def test_edc3_credential_seal_verifies_but_its_context_is_not_bundled() -> None:
    # Its @context is a development server URL whose content changed over time: never fetched, so
    # the terms cannot be interpreted and the credential is unverifiable, although the seal holds.
    report = _report(EDCI / "edc3-credential-signed.jsonld", at=datetime(2023, 1, 10, tzinfo=UTC))
    assert report.check("signature").outcome is Outcome.PASS  # type: ignore[union-attr]
    assert report.check("signature").data["level"] == "LTA"  # type: ignore[union-attr]
    assert report.check("format").code == "format.unknown-context"  # type: ignore[union-attr]
    assert report.check("issuer-key").outcome is Outcome.SKIP  # type: ignore[union-attr]
    assert report.verdict is Verdict.UNVERIFIABLE


def test_edc3_credential_expires_in_2024_and_is_then_invalid_for_that_reason_only() -> None:
    report = _report(EDCI / "edc3-credential-signed.jsonld")
    failed = [c for c in report.checks if c.outcome is Outcome.FAIL]
    assert [c.code for c in failed] == ["validity.expired"]
    assert report.check("signature").outcome is Outcome.PASS  # type: ignore[union-attr]


def test_jws_invalid_sample_is_not_tampered() -> None:
    # Upstream calls it "invalid" for its data model; the seal itself verifies.
    report = _report(EDCI / "edc-credential-jws-invalid.jsonld", at=datetime(2023, 1, 10, tzinfo=UTC))
    signature = report.check("signature")
    assert signature is not None and signature.outcome is Outcome.PASS
    assert signature.data["level"] == "LTA"
    assert all(c.outcome is not Outcome.FAIL for c in report.checks)


@pytest.mark.parametrize(
    ("name", "adotst"),
    [("vp-json_to_seal-signed-jades-baseline-lta.json", True), ("vp-json_sealed_advanced.json", False)],
)
def test_sealed_presentations_verify(name: str, adotst: bool) -> None:
    report = _report(EDCI / name)
    assert report.format == "edc-jsonld"
    assert report.verdict is Verdict.VALID
    signature = report.check("signature")
    assert signature is not None and signature.data["level"] == "LTA"
    assert ("adoTst" in [t["kind"] for t in signature.data["timestamps"]]) is adotst
    assert report.issuer.id == "did:ebsi:CT3ZWkGyFyoqiMEQJ4Ntthw2UiN7CdqG5jWog3EskvG3"
    assert report.parts == ()  # the sample presentation carries no credential
    assert report.check("issuer-trust").outcome is Outcome.WARN  # type: ignore[union-attr]


def test_a_tampered_sample_payload_fails_the_signature() -> None:
    import json

    doc = json.loads((ELM3 / "Sample-MC-Annex1-signed.jsonld").read_bytes())
    doc["payload"] = doc["payload"].replace("Ana Andromeda", "Ann Andromeda", 1)
    parsed = read(json.dumps(doc).encode())
    report = verify(parsed, VerifyContext.offline(at=NOW))
    assert report.check("signature").outcome is Outcome.FAIL  # type: ignore[union-attr]
    assert report.verdict is Verdict.INVALID


def test_a_sample_with_a_timestamp_moved_from_another_sample_fails() -> None:
    import json

    mc = json.loads((ELM3 / "Sample-MC-Annex1-signed.jsonld").read_bytes())
    part = json.loads((ELM3 / "Sample-CertOfPart-signed.jsonld").read_bytes())
    # The unsigned etsiU may be swapped freely by anyone: its sigTst then stamps another signature.
    mc["signatures"][0]["header"]["etsiU"][0] = part["signatures"][0]["header"]["etsiU"][0]
    report = verify(read(json.dumps(mc).encode()), VerifyContext.offline(at=NOW))
    signature = report.check("signature")
    assert signature is not None and signature.outcome is Outcome.FAIL
    assert "sigTst" in signature.detail
