"""``satchel verify --json`` on every EDC JSON sample, run as a subprocess (the CLI contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

VECTORS = Path(__file__).parents[1] / "vectors"
SAMPLES = [
    *sorted((VECTORS / "edc-elm3-european-learning-model" / "elm3-jsonld").glob("*-signed.jsonld")),
    *sorted((VECTORS / "edc-elm3-european-learning-model" / "elm3-jsonld").glob("*-unsigned.jsonld")),
    *sorted(p for p in (VECTORS / "edc-edci-european-digital-credentials" / "jades-jsonld").iterdir() if p.name != "vp-json_to_seal.json"),
]
EXIT = {"valid": 0, "invalid": 1, "unverifiable": 3}


def test_verify_json_reports_edc_jsonld_for_every_sample() -> None:
    assert len(SAMPLES) == 8
    done = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "verify", *map(str, SAMPLES), "--json", "--at", "2023-10-01T00:00:00Z"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    results = json.loads(done.stdout)
    assert [r["format"] for r in results] == ["edc-jsonld"] * len(SAMPLES), done.stderr
    by_name = {Path(r["file"]).name: r for r in results}
    for name in ("Sample-MC-Annex1-signed.jsonld", "Sample-CertOfPart-signed.jsonld", "vp-json_sealed_advanced.json"):
        assert by_name[name]["verdict"] == "valid"
        signature = next(c for c in by_name[name]["checks"] if c["id"] == "signature")
        assert signature["outcome"] == "pass" and signature["level"] == "LTA"
        trust = next(c for c in by_name[name]["checks"] if c["id"] == "issuer-trust")
        assert trust["outcome"] == "warn" and trust["valid_at_signing"] is True
    mc = by_name["Sample-MC-Annex1-signed.jsonld"]["credential"]
    assert mc["title"] == {"en": "Digital micro-credential creation"}
    assert mc["workload"] == {"ects": 2.0, "hours": 60.0} and mc["level"] == {"eqf": 6, "qf_ehea": None}
    assert done.returncode == max(EXIT[r["verdict"]] for r in results) or done.returncode in (1, 3)


def test_verify_json_single_sample_exit_code() -> None:
    sample = VECTORS / "edc-elm3-european-learning-model" / "elm3-jsonld" / "Sample-MC-Annex1-signed.jsonld"
    done = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "verify", str(sample), "--json"], capture_output=True, check=False, timeout=60
    )
    result = json.loads(done.stdout)
    assert result["format"] == "edc-jsonld" and result["verdict"] == "valid"
    assert done.returncode == 0
