"""Adding credentials by drag and drop onto the window and by paste (JSON, a JWT, an image)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.di_issuer import DidKeyIssuer
from tests.support.jose_issuer import JoseIssuer
from tests.ui.conftest import unlock, wait_loaded
from tests.ui.test_import_files import controller_of, signed, write_credentials
from ui.main_window import MainWindow
from ui.widgets.message_box import Button, MessageBox
from wallet.vault import RecoveryCode


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode) -> MainWindow:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    return window


pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*deprecated:DeprecationWarning")


def drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """A real drag-enter then drop on the window's centre; returns whether each was accepted."""
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_drop_files_and_a_folder_on_the_window(qtbot: QtBot, opened: MainWindow, tmp_path: Path) -> None:
    files = write_credentials(tmp_path / "a", 2, "Dropped")
    folder = tmp_path / "b"
    write_credentials(folder, 2, "Folder")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (*files, folder)])
    controller = controller_of(opened)
    with qtbot.waitSignal(controller.imported, timeout=20_000) as signal:
        assert drop(opened, mime) == (True, True)
    summary = signal.args[0]
    assert summary.count(summary.outcomes[0].status) == 4
    assert controller.summary_dialog is not None and controller.summary_dialog.headline.text() == "4 added"
    wait_loaded(qtbot, opened, 8)


def test_a_drop_is_refused_while_the_wallet_is_locked(qtbot: QtBot, opened: MainWindow, tmp_path: Path) -> None:
    opened.lock()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in write_credentials(tmp_path, 1)])
    assert drop(opened, mime) == (False, False)
    assert not controller_of(opened).busy


def test_paste_json_from_the_clipboard(qtbot: QtBot, opened: MainWindow) -> None:
    QGuiApplication.clipboard().setText(json.dumps(signed(DidKeyIssuer.fresh(), "Pasted course")))
    controller = controller_of(opened)
    opened.credentials.table.setFocus()  # not a text field: Ctrl+V is the window's
    with qtbot.waitSignal(controller.imported, timeout=20_000):
        qtbot.keyClick(opened.credentials.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.line_texts() == ["Added: Pasted course"]
    wait_loaded(qtbot, opened, 5)


def test_ctrl_v_in_a_text_field_pastes_text_not_a_credential(qtbot: QtBot, opened: MainWindow) -> None:
    QGuiApplication.clipboard().setText("data literacy")
    controller = controller_of(opened)
    search = opened.credentials.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "data literacy"
    assert not controller.busy and controller.summary_dialog is None


def test_paste_a_jwt(qtbot: QtBot, opened: MainWindow) -> None:
    QGuiApplication.clipboard().setText(JoseIssuer.create().vc_jwt())
    controller = controller_of(opened)
    with qtbot.waitSignal(controller.imported, timeout=20_000) as signal:
        controller.paste_action.trigger()
    assert [o.status.value for o in signal.args[0].outcomes] == ["added"]


def test_paste_an_image_of_a_qr_code(qtbot: QtBot, opened: MainWindow) -> None:
    text = json.dumps(signed(DidKeyIssuer.fresh(), "QR on the clipboard"), separators=(",", ":"))
    out = io.BytesIO()
    qrcode.make(text, box_size=3).save(out, format="PNG")
    image = QImage.fromData(out.getvalue())
    assert not image.isNull()
    QGuiApplication.clipboard().setImage(image)
    controller = controller_of(opened)
    with qtbot.waitSignal(controller.imported, timeout=20_000):
        controller.paste_action.trigger()
    assert controller.summary_dialog is not None
    assert controller.summary_dialog.line_texts() == ["Added: QR on the clipboard"]


def test_paste_with_nothing_useful_says_so(qtbot: QtBot, opened: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    MessageBox.set_next_answer(Button.Ok)
    controller_of(opened).paste_action.trigger()
    assert "clipboard holds no credential" in MessageBox.last_text
