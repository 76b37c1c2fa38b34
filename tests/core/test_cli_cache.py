"""``satchel cache``: the learner adds documents to the offline cache; fetching is explicit and guarded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wallet.cli import main


def test_add_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "did.json"
    document.write_text(json.dumps({"id": "did:web:issuer.example"}))
    cache = str(tmp_path / "cache")
    assert main(["cache", "add", "did:web:issuer.example", str(document), "--cache", cache]) == 0
    assert "https://issuer.example/.well-known/did.json" in capsys.readouterr().out
    assert main(["cache", "list", "--json", "--cache", cache]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["url"] == "https://issuer.example/.well-known/did.json"
    assert entry["bytes"] == document.stat().st_size


def test_a_malformed_did_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "did.json"
    document.write_text("{}")
    assert main(["cache", "add", "did:web:..%2F..", str(document), "--cache", str(tmp_path / "c")]) == 2


@pytest.mark.parametrize(
    "url", ["http://issuer.example/x", "https://127.0.0.1/x", "https://[::1]/x", "https://10.1.2.3/x", "https://169.254.169.254/"]
)
def test_fetch_refuses_unsafe_targets_without_connecting(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[object]
) -> None:
    assert main(["cache", "fetch", url, "--cache", str(tmp_path / "c")]) == 1
    assert "satchel:" in capsys.readouterr().out
    assert no_network == []
    assert not (tmp_path / "c" / "index.json").exists()
