"""Adding credentials by the toolbar button / Ctrl+O, a folder, and a QR image; the summary lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.support.di_issuer import DidKeyIssuer
from tests.ui.conftest import unlock, wait_loaded
from ui.imports import sources
from ui.imports.import_controller import ImportController
from ui.imports.report_dialog import ReportDialog
from ui.main_window import MainWindow
from ui.widgets.message_box import Button, MessageBox
from wallet.importer import Status
from wallet.vault import RecoveryCode


def signed(issuer: DidKeyIssuer, title: str) -> dict[str, object]:
    doc = issuer.ob3()
    doc["name"] = title
    doc["credentialSubject"]["achievement"]["name"] = title
    doc["id"] = f"urn:uuid:{abs(hash(title)) % 10**12:012d}-0000-4000-8000-000000000000"
    return issuer.sign(doc, "eddsa-jcs-2022")


def write_credentials(folder: Path, count: int, prefix: str = "Course") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    issuer = DidKeyIssuer.fresh()
    paths = []
    for n in range(count):
        path = folder / f"credential-{n:03d}.json"
        path.write_text(json.dumps(signed(issuer, f"{prefix} {n}")), encoding="utf-8")
        paths.append(path)
    return paths


def controller_of(window: MainWindow) -> ImportController:
    found = window.findChild(ImportController)
    assert found is not None
    return found


def import_and_wait(qtbot: QtBot, controller: ImportController, trigger: object) -> None:
    with qtbot.waitSignal(controller.imported, timeout=20_000):
        trigger()  # type: ignore[operator]


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode) -> MainWindow:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    return window


def test_the_actions_are_in_the_menu_and_toolbar_with_standard_shortcuts(opened: MainWindow) -> None:
    controller = controller_of(opened)
    assert controller.add_files_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert controller.paste_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Paste)
    menu_texts = [a.text() for a in opened.wallet_menu.actions()]
    for action in controller.actions:
        assert action.text() in menu_texts and action.isEnabled()
    assert controller.add_files_action in opened.toolbar.actions()
    button = opened.toolbar.widgetForAction(controller.add_files_action)
    assert button is not None and button.accessibleName()


def test_add_files_by_the_button_then_the_summary_lines(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_credentials(tmp_path / "in", 3)
    junk = tmp_path / "in" / "notes.txt"
    junk.write_text("just some notes", encoding="utf-8")
    monkeypatch.setattr(sources, "ask_files", lambda _parent: [*paths, junk])
    controller = controller_of(opened)
    button = opened.toolbar.widgetForAction(controller.add_files_action)
    import_and_wait(qtbot, controller, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))

    dialog = controller.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.headline.text() == "3 added, 1 could not be read: This is not a credential format Satchel reads."
    lines = dialog.line_texts()
    assert lines[:3] == ["Added: Course 0", "Added: Course 1", "Added: Course 2"]
    assert lines[3].startswith("Could not be read: notes.txt.")
    wait_loaded(qtbot, opened, 7)

    # The unreadable line says why, in the dialog.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualRect(dialog.model.index(3, 0)).center())
    assert dialog.reason.isVisible() and "not a credential format" in dialog.reason.text()

    # An added line opens that credential.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualRect(dialog.model.index(1, 0)).center())
    qtbot.waitUntil(lambda: opened.detail_open, timeout=5_000)
    assert opened.detail.credential_id == dialog.summary.outcomes[1].id
    dialog.grab().save("/tmp/satchel-import-summary.png")

    # The same files again: already in the wallet.
    import_and_wait(qtbot, controller, lambda: controller.import_paths(paths))
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.headline.text() == "3 already in your wallet"


def test_add_a_folder(qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_credentials(tmp_path / "folder" / "sub", 2, "Nested")
    write_credentials(tmp_path / "folder", 1, "Top")
    monkeypatch.setattr(sources, "ask_folder", lambda _parent: tmp_path / "folder")
    controller = controller_of(opened)
    import_and_wait(qtbot, controller, controller.add_folder_action.trigger)
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.headline.text() == "3 added"
    wait_loaded(qtbot, opened, 7)


def test_an_invalid_credential_is_refused_then_its_report_is_shown(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issuer = DidKeyIssuer.fresh()
    doc = signed(issuer, "Tampered course")
    doc["credentialSubject"]["achievement"]["name"] = "Tampered course (edited)"
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(sources, "ask_files", lambda _parent: [path])
    controller = controller_of(opened)
    MessageBox.set_next_answer(Button.No)
    import_and_wait(qtbot, controller, controller.add_files_action.trigger)
    assert "failed verification" in MessageBox.last_text
    dialog = controller.summary_dialog
    assert dialog is not None
    assert dialog.headline.text() == "1 failed verification"
    assert dialog.summary.outcomes[0].status is Status.REFUSED
    dialog.activate(dialog.model.index(0, 0))
    report = controller.report_dialog
    assert isinstance(report, ReportDialog) and report.isVisible()
    assert any(label.accessibleName() == "Signature" and label.text().startswith("Failed") for label in report.check_labels)
    report.grab().save("/tmp/satchel-import-report.png")
    wait_loaded(qtbot, opened, 4)

    # Asked again, the learner keeps it anyway: it is stored, marked as failed.
    MessageBox.set_next_answer(Button.Yes)
    import_and_wait(qtbot, controller, controller.add_files_action.trigger)
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.headline.text() == "1 added"
    assert controller.summary_dialog.line_texts() == ["Added, although it failed verification: Tampered course (edited)"]
    wait_loaded(qtbot, opened, 5)


def test_an_empty_folder(qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(sources, "ask_folder", lambda _parent: tmp_path / "empty")
    controller = controller_of(opened)
    import_and_wait(qtbot, controller, controller.add_folder_action.trigger)
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.headline.text() == "No files were found to add."


def test_import_a_qr_code_image(qtbot: QtBot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    issuer = DidKeyIssuer.fresh()
    text = json.dumps(signed(issuer, "QR course"), separators=(",", ":"))
    image = qrcode.make(text, box_size=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    path = tmp_path / "qr.png"
    path.write_bytes(out.getvalue())
    monkeypatch.setattr(sources, "ask_qr_image", lambda _parent: path)
    controller = controller_of(opened)
    import_and_wait(qtbot, controller, controller.qr_action.trigger)
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.line_texts() == ["Added: QR course"]
