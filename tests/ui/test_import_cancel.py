"""Cancelling an import midway: what was stored stays stored, and the summary says it was cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import unlock, wait_loaded
from tests.ui.test_import_files import controller_of, write_credentials
from ui.imports import sources
from ui.main_window import MainWindow
from wallet.importer import Status
from wallet.vault import RecoveryCode


def test_cancel_midway_keeps_what_was_stored(
    qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    paths = write_credentials(tmp_path / "many", 60, "Unit")
    monkeypatch.setattr(sources, "ask_files", lambda _parent: paths)
    controller = controller_of(window)

    controller.add_files_action.trigger()
    dialog = controller.progress_dialog
    assert dialog is not None
    assert not controller.add_files_action.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: dialog.bar.value() >= 3, timeout=20_000)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.bar.maximum() == 60
    assert dialog.label.text().endswith("of 60")
    dialog.grab().save("/tmp/satchel-import-progress.png")
    with qtbot.waitSignal(controller.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    summary = signal.args[0]
    assert summary.cancelled
    added = summary.count(Status.ADDED)
    assert 3 <= added < 60
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.headline.text() == f"Import cancelled. {added} added"
    assert controller.summary_dialog.windowTitle() == "Import cancelled"
    wait_loaded(qtbot, window, 4 + added)
    assert controller.add_files_action.isEnabled()


def test_locking_during_an_import_stops_it_and_shows_no_summary(
    qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    monkeypatch.setattr(sources, "ask_files", lambda _parent: write_credentials(tmp_path / "many", 40, "Unit"))
    controller = controller_of(window)
    controller.add_files_action.trigger()
    dialog = controller.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.bar.value() >= 2, timeout=20_000)
    with qtbot.waitSignal(controller.imported, timeout=20_000) as signal:
        window.lock()
    assert signal.args[0].cancelled
    assert controller.summary_dialog is None
    assert not controller.busy and not controller.add_files_action.isEnabled()
