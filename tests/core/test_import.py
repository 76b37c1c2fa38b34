"""``satchel import`` / ``verify`` / ``reverify`` end to end: real signed credentials, a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.di_issuer import NOW, DidKeyIssuer
from wallet.importer import Status, context_for, import_paths, reverify
from wallet.vault import KdfParams, Vault

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "import password"


def satchel(*args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_")}
    if password is not None:
        env["SATCHEL_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "wallet.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder as a learner's downloads might look: good, duplicate, tampered, expiring, junk."""
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    issuer = DidKeyIssuer.fresh("ed25519")
    good = issuer.sign(issuer.ob3(), "eddsa-rdfc-2022")
    (folder / "good.json").write_text(json.dumps(good))
    (folder / "sub" / "copy-of-good.json").write_text(json.dumps(good, indent=2))  # same credential, other bytes
    other = DidKeyIssuer.fresh("p256")
    expiring = other.sign(other.ob3(valid_until=NOW + timedelta(days=10)), "ecdsa-rdfc-2019")
    (folder / "expiring.json").write_text(json.dumps(expiring))
    tampered = json.loads(json.dumps(good))
    tampered["credentialSubject"]["achievement"]["name"] = "Data Integrity 999"
    (folder / "tampered.json").write_text(json.dumps(tampered))
    (folder / "notes.txt").write_text("this is not a credential")
    (folder / ".hidden.json").write_text(json.dumps(good))
    return folder


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSWORD, kdf=KdfParams.floor())[0].lock()
    return folder


def test_import_a_folder(inbox: Path, vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSWORD)
    seen: list[tuple[int, int]] = []
    summary = import_paths(vault, [inbox], context_for(vault, at=NOW), progress=lambda done, total, _o: seen.append((done, total)))
    by_name = {Path(o.source).name: o for o in summary.outcomes}
    assert set(by_name) == {"good.json", "copy-of-good.json", "expiring.json", "tampered.json", "notes.txt"}
    assert by_name["expiring.json"].status is Status.ADDED
    # The folder is walked in order, so the copy in sub/ comes last and is recognised.
    assert {by_name["good.json"].status, by_name["copy-of-good.json"].status} == {Status.ADDED, Status.DUPLICATE}
    assert by_name["tampered.json"].status is Status.REFUSED
    assert by_name["tampered.json"].report is not None
    assert by_name["tampered.json"].report.check("signature").outcome == "fail"  # type: ignore[union-attr]
    assert by_name["notes.txt"].status is Status.UNREADABLE and by_name["notes.txt"].error is not None
    assert seen[-1] == (5, 5)
    assert vault.count() == 2
    titles = {s.title: s.verdict for s in vault.summaries()}
    assert titles == {"Data Integrity 101": "valid"}
    vault.lock()


def test_import_cancel_keeps_what_was_stored(inbox: Path, vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSWORD)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    summary = import_paths(vault, [inbox], context_for(vault, at=NOW), cancelled=cancelled)
    assert summary.cancelled and len(summary.outcomes) == 2
    assert vault.count() == sum(1 for o in summary.outcomes if o.status is Status.ADDED)
    vault.lock()


def test_keep_invalid_stores_and_marks(inbox: Path, vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSWORD)
    summary = import_paths(vault, [inbox / "tampered.json"], context_for(vault, at=NOW), keep_invalid=True)
    (outcome,) = summary.outcomes
    assert outcome.status is Status.ADDED and outcome.id is not None
    stored = vault.get(outcome.id)
    assert stored.summary.verdict == "invalid" and stored.summary.accepted_invalid
    vault.lock()


def test_reverify_applies_the_clock(inbox: Path, vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSWORD)
    import_paths(vault, [inbox / "expiring.json", inbox / "good.json"], context_for(vault, at=NOW))
    outcomes = reverify(vault, context_for(vault, at=NOW + timedelta(days=30)))
    assert sorted(str(o.report.verdict) for o in outcomes if o.report) == ["invalid", "valid"]
    expired = next(s for s in vault.summaries() if s.verdict == "invalid")
    report = vault.get(expired.id).report
    assert report is not None and report.check("validity-period").outcome == "fail"  # type: ignore[union-attr]
    vault.lock()


def test_cli_import_then_list_and_exit_codes(inbox: Path, vault_dir: Path) -> None:
    at = NOW.isoformat()
    result = satchel("--vault", str(vault_dir), "import", str(inbox / "good.json"), str(inbox / "expiring.json"), "--json", "--at", at)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert [item["status"] for item in body] == ["added", "added"]
    assert body[0]["verdict"] == "valid" and body[0]["credential"]["title"] == "Data Integrity 101"
    again = satchel("--vault", str(vault_dir), "import", str(inbox / "sub"), "--at", at)
    assert again.returncode == 0
    assert "already in your wallet" in again.stdout
    refused = satchel("--vault", str(vault_dir), "import", str(inbox / "tampered.json"), "--at", at)
    assert refused.returncode == 1 and "--keep-invalid" in refused.stdout
    junk = satchel("--vault", str(vault_dir), "import", str(inbox / "notes.txt"), "--json")
    assert junk.returncode == 2
    assert json.loads(junk.stdout)[0]["status"] == "unreadable"
    listed = json.loads(satchel("--vault", str(vault_dir), "list", "--json").stdout)
    assert len(listed) == 2
    re = satchel("--vault", str(vault_dir), "reverify", "--json", "--at", (NOW + timedelta(days=30)).isoformat())
    assert re.returncode == 1  # one credential has expired since
    assert sorted(item["verdict"] for item in json.loads(re.stdout)) == ["invalid", "valid"]


def test_cli_verify_contract(inbox: Path) -> None:
    at = NOW.isoformat()
    one = satchel("verify", str(inbox / "good.json"), "--json", "--at", at, password=None)
    assert one.returncode == 0, one.stderr
    body = json.loads(one.stdout)
    assert set(body) >= {"file", "format", "verdict", "issuer", "checks", "credential"}
    assert body["format"] == "vc-jsonld" and body["verdict"] == "valid"
    assert body["issuer"]["id"].startswith("did:key:") and body["issuer"]["trust"] == "unknown"
    assert {c["id"] for c in body["checks"]} >= {
        "format",
        "signature",
        "issuer-key",
        "validity-period",
        "status",
        "issuer-trust",
        "eu-elements",
    }
    assert next(c for c in body["checks"] if c["id"] == "eu-elements")["missing"]
    assert body["credential"]["workload"] == {"ects": None, "hours": None}
    several = satchel("verify", str(inbox / "good.json"), str(inbox / "tampered.json"), "--json", "--at", at, password=None)
    assert several.returncode == 1
    assert [item["verdict"] for item in json.loads(several.stdout)] == ["valid", "invalid"]
    unreadable = satchel("verify", str(inbox / "notes.txt"), password=None)
    assert unreadable.returncode == 2 and "cannot be read" in unreadable.stderr
    later = satchel("verify", str(inbox / "expiring.json"), "--at", (NOW + timedelta(days=30)).isoformat(), password=None)
    assert later.returncode == 1 and "expired" in later.stdout
    bad_at = satchel("verify", str(inbox / "good.json"), "--at", "yesterday", password=None)
    assert bad_at.returncode == 2
