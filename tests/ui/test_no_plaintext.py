"""Nothing a learner stored reaches the disk or the logs in plaintext while the app is used."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD, SAMPLES, make_credential, unlock, wait_loaded
from ui.app import build_window
from ui.settings import Settings
from wallet.vault import KdfParams, Vault

MARKER = "PLAINTEXT-MARKER-UI-4d2a"


def test_marker_appears_in_no_file_and_no_log(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    vault_dir = tmp_path / "vault"
    settings_file = tmp_path / "satchel.ini"
    vault, _ = Vault.create(vault_dir, PASSWORD, kdf=KdfParams.floor())
    parsed, record, report = make_credential(0, SAMPLES[0])
    vault.add(parsed, replace(record, title=f"Course {MARKER}", learning_outcomes=(MARKER,)), report)
    vault.lock()

    window, session = build_window(vault_dir, Settings(settings_file), kdf=KdfParams.floor())
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 1)
    # The learner sees the credential (so it really was decrypted and shown)...
    assert any(MARKER in (window.credentials.model.index(0, c).data() or "") for c in range(window.credentials.model.columnCount()))
    # ...and while the vault is open, its write-ahead log and shared memory exist on disk.
    open_files = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    window.close()
    session.shutdown()

    files = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    files.update({f"(open) {name}": data for name, data in open_files.items()})
    assert settings_file.exists(), "the app wrote no settings file to check"
    assert any(name.endswith("vault.db") for name in files)
    for name, data in files.items():
        assert MARKER.encode() not in data, name
        assert MARKER.encode("utf-16-le") not in data, name
    assert MARKER not in caplog.text
    out, err = capfd.readouterr()
    assert MARKER not in out and MARKER not in err
