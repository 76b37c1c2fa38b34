"""The vault commands of ``satchel``, run as a learner or a script would: a real process each time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.records import sample
from wallet.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "cli password 123"


def satchel(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "wallet.cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        check=False,
    )


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    vault_dir = tmp_path / "vault"
    result = satchel(
        "--vault", str(vault_dir), "init", "--json", "--kdf-memory", "64", "--kdf-iterations", "3", env={"SATCHEL_PASSWORD": PASSWORD}
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    (tmp_path / "code.txt").write_text(body["recovery_code"])
    vault = Vault.unlock(vault_dir, PASSWORD)
    for i in range(3):
        vault.add(*sample(i, title=["Data Science", "Pottery", "Welding"][i]))
    vault.lock()
    return vault_dir


def test_init_prints_the_recovery_code_once_and_refuses_a_second_time(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    env = {"SATCHEL_PASSWORD": PASSWORD}
    first = satchel("--vault", str(vault_dir), "init", "--kdf-memory", "64", "--kdf-iterations", "3", env=env)
    assert first.returncode == 0
    assert "recovery code" in first.stdout.lower()
    second = satchel("--vault", str(vault_dir), "init", env=env)
    assert second.returncode == 1
    assert "already" in second.stderr
    weak = satchel("--vault", str(tmp_path / "w"), "init", env={"SATCHEL_PASSWORD": "short"})
    assert weak.returncode == 2


def test_home_environment_variable_chooses_the_vault(cli_vault: Path) -> None:
    result = satchel("unlock-check", "--json", env={"SATCHEL_HOME": str(cli_vault), "SATCHEL_PASSWORD": PASSWORD})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["credentials"] == 3


def test_list_show_tag_untag_delete(cli_vault: Path, tmp_path: Path) -> None:
    env = {"SATCHEL_PASSWORD": PASSWORD}
    v = ["--vault", str(cli_vault)]
    listed = json.loads(satchel(*v, "list", "--json", env=env).stdout)
    assert sorted(item["title"] for item in listed) == ["Data Science", "Pottery", "Welding"]
    pottery = next(item["id"] for item in listed if item["title"] == "Pottery")
    tagged = satchel(*v, "tag", str(pottery), "clay", "hobby", "--json", env=env)
    assert json.loads(tagged.stdout)["tags"] == ["clay", "hobby"]
    assert [i["title"] for i in json.loads(satchel(*v, "list", "--tag", "clay", "--json", env=env).stdout)] == ["Pottery"]
    assert [i["title"] for i in json.loads(satchel(*v, "list", "--search", "weld", "--json", env=env).stdout)] == ["Welding"]
    satchel(*v, "untag", str(pottery), "clay", env=env)
    shown = json.loads(satchel(*v, "show", str(pottery), "--json", env=env).stdout)
    assert shown["tags"] == ["hobby"]
    assert shown["verdict"] == "valid" and shown["format"] == "vc-jsonld"
    assert shown["credential"]["title"] == {"en": "Pottery", "nl": "Cursus 1"}
    assert [c["id"] for c in shown["checks"]][:2] == ["signature", "issuer-key"]
    text = satchel(*v, "show", str(pottery), env=env)
    assert "Pottery" in text.stdout and "missing" in text.stdout
    assert satchel(*v, "delete", str(pottery), env=env).returncode == 0
    assert satchel(*v, "show", str(pottery), env=env).returncode == 1
    assert satchel(*v, "show", "not-a-number", env=env).returncode == 2
    assert len(json.loads(satchel(*v, "list", "--json", env=env).stdout)) == 2


def test_wrong_password_exits_1_and_changes_nothing(cli_vault: Path) -> None:
    before = {p.name: p.read_bytes() for p in cli_vault.iterdir()}
    result = satchel("--vault", str(cli_vault), "list", env={"SATCHEL_PASSWORD": "wrong"})
    assert result.returncode == 1
    assert "password" in result.stderr
    assert {p.name: p.read_bytes() for p in cli_vault.iterdir()} == before


def test_no_password_and_no_terminal_is_a_usage_error(cli_vault: Path) -> None:
    result = satchel("--vault", str(cli_vault), "list", stdin="")
    assert result.returncode == 2
    assert "SATCHEL_PASSWORD" in result.stderr


def test_password_file(cli_vault: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    assert satchel("--vault", str(cli_vault), "--password-file", str(secret), "unlock-check").returncode == 0


def test_passwd_then_recover(cli_vault: Path, tmp_path: Path) -> None:
    v = ["--vault", str(cli_vault)]
    changed = satchel(*v, "passwd", env={"SATCHEL_PASSWORD": PASSWORD, "SATCHEL_NEW_PASSWORD": "second password"})
    assert changed.returncode == 0, changed.stderr
    assert satchel(*v, "unlock-check", env={"SATCHEL_PASSWORD": PASSWORD}).returncode == 1
    assert satchel(*v, "unlock-check", env={"SATCHEL_PASSWORD": "second password"}).returncode == 0
    code = (tmp_path / "code.txt").read_text()
    typo = code[:3] + ("Z" if code[3] != "Z" else "Y") + code[4:]
    bad = satchel(*v, "recover", env={"SATCHEL_RECOVERY_CODE": typo, "SATCHEL_NEW_PASSWORD": "third password"})
    assert bad.returncode == 2 and "group 1" in bad.stderr
    good = satchel(*v, "recover", env={"SATCHEL_RECOVERY_CODE": code, "SATCHEL_NEW_PASSWORD": "third password"})
    assert good.returncode == 0, good.stderr
    assert satchel(*v, "unlock-check", env={"SATCHEL_PASSWORD": "third password"}).returncode == 0


def test_check_backup_restore(cli_vault: Path, tmp_path: Path) -> None:
    env = {"SATCHEL_PASSWORD": PASSWORD}
    assert json.loads(satchel("--vault", str(cli_vault), "check", "--json", env=env).stdout)["ok"] is True
    backup = tmp_path / "w.backup"
    assert satchel("--vault", str(cli_vault), "backup", str(backup), env=env).returncode == 0
    restored = tmp_path / "restored"
    result = satchel("--vault", str(restored), "restore", str(backup), "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"vault": str(restored), "added": 3, "already_present": 0}
    again = satchel("--vault", str(restored), "restore", str(backup), "--json", env=env)
    assert json.loads(again.stdout)["already_present"] == 3
    listed = json.loads(satchel("--vault", str(restored), "list", "--json", env=env).stdout)
    assert len(listed) == 3


def test_missing_vault_is_explained(tmp_path: Path) -> None:
    result = satchel("--vault", str(tmp_path / "nothing"), "list", env={"SATCHEL_PASSWORD": PASSWORD})
    assert result.returncode == 2
    assert "satchel init" in result.stderr
