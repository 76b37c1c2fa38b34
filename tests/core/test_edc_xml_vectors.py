"""Europass XML samples: what verifies, what was modified after sealing, and hostile XML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wallet.errors import MalformedInput
from wallet.formats import describe, read
from wallet.verify import VerifyContext, verify
from wallet.verify.report import Outcome, Verdict

ROOT = Path(__file__).parents[2]
EDCI = ROOT / "tests" / "vectors" / "edc-edci-european-digital-credentials"
QSEAL = EDCI / "xml-xades" / "credential-QSeal.xml"
DS_AA = ROOT / "tests" / "vectors" / "edc-elm3-european-learning-model" / "elm2-xml" / "EDC_DiplomaSupplement_AA.xml"
REINDENTED = [
    EDCI / "xml-xades" / "validXMLCredential.xml",
    EDCI / "xml-xades" / "credential-generic-profile-xsd-signed.xml",
    EDCI / "xml-xades" / "verificable_presentation_mandated-xsd_v1.2.xml",
    *sorted((EDCI / "xml-xades" / "accreditation").glob("*.xml")),
]
ALL_XML = [QSEAL, DS_AA, *REINDENTED, *sorted((EDCI / "xml-unsigned").glob("*.xml"))]
NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _report(path: Path):  # type: ignore[no-untyped-def]
    return verify(read(path.read_bytes(), path.name), VerifyContext.offline(at=NOW))


def test_qseal_signature_verifies_and_halcom_is_not_in_the_bundled_lists() -> None:
    report = _report(QSEAL)
    assert report.format == "edc-xml"
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.PASS
    assert "2020-01-30" in sig.detail and "baseline-T" in sig.detail and "time-stamped" in sig.detail
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.WARN
    assert trust.data["level"] == "untrusted" and "Slovenian trusted list (SI) is not installed" in trust.detail
    assert trust.data["valid_at_signing"] is True and trust.data["valid_now"] is False
    # The credential's own expirationDate (2023-12-15) has passed.
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.FAIL


def test_diploma_supplement_verifies_with_an_untrusted_expired_test_certificate() -> None:
    report = _report(DS_AA)
    assert report.verdict is Verdict.VALID
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.PASS and "baseline-LT" in sig.detail
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.WARN and trust.data["level"] == "untrusted"
    assert trust.data["valid_now"] is False and trust.data["valid_at_signing"] is True
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.PASS and validity.data["certificate_expired"] is True
    status = report.check("status")
    assert status is not None and status.outcome is Outcome.SKIP


@pytest.mark.parametrize("path", REINDENTED, ids=lambda p: p.name)
def test_reindented_files_fail_signature(path: Path) -> None:
    report = _report(path)
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_diploma_supplement_describes_every_language() -> None:
    record = describe(read(DS_AA.read_bytes()))
    assert record.missing() == []
    assert isinstance(record.title, dict) and {"en", "es"} <= set(record.title)
    assert record.workload.ects == 120.0 and record.level.eqf is not None
    assert record.issuer_country == "FI" and record.issued == "2022-08-09"
    assert record.learner == {"en": "Ana Andromeda"}


@pytest.mark.parametrize("path", sorted((EDCI / "hostile-xml").glob("*.xml")), ids=lambda p: p.name)
def test_hostile_xml_is_malformed_input_fast(path: Path, no_network: list[object]) -> None:
    start = time.monotonic()
    with pytest.raises(MalformedInput) as info:
        read(path.read_bytes(), path.name)
    assert time.monotonic() - start < 1.0
    assert info.value.fields.get("reason") == "xml-dtd"
    assert not no_network


def test_nothing_inside_a_signature_is_read() -> None:
    data = DS_AA.read_bytes().replace(
        b"</ds:Signature>", b"<ds:Object><title><text lang='en'>Forged</text></title></ds:Object></ds:Signature>", 1
    )
    record = describe(read(data))
    assert "Forged" not in json.dumps(record.to_json())


def test_cli_verify_json_on_every_sample(tmp_path: Path) -> None:
    env = {**os.environ, "SATCHEL_HOME": str(tmp_path / "vault")}
    result = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "verify", *map(str, ALL_XML), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode in (1, 3), result.stderr
    body = json.loads(result.stdout)
    assert len(body) == len(ALL_XML)
    for entry in body:
        assert entry["format"] == "edc-xml"
        assert entry["verdict"] in ("valid", "invalid", "unverifiable")
        assert {c["id"] for c in entry["checks"]} >= {"format", "signature", "issuer-key", "validity-period", "status", "issuer-trust"}
        assert entry["credential"] is not None
    by_file = {Path(e["file"]).name: e for e in body}
    assert by_file[DS_AA.name]["verdict"] == "valid"
