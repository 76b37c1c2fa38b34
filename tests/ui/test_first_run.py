"""First run: a password twice with a strength hint, then the recovery code, then the empty list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD
from ui.main_window import MainWindow
from ui.widgets.message_box import Button, MessageBox
from wallet.vault import RecoveryCode, Vault, vault_exists

LEFT = Qt.MouseButton.LeftButton


def type_passwords(qtbot: QtBot, window: MainWindow, first: str, second: str) -> None:
    form = window.first_run.form
    qtbot.keyClicks(form.password.line_edit, first)
    qtbot.keyClicks(form.repeat.line_edit, second)


def test_a_new_folder_asks_for_a_password(window: MainWindow, vault_dir: Path) -> None:
    assert window.stack.currentWidget() is window.first_run
    assert window.first_run.stack.currentIndex() == 0
    assert not window.toolbar.isVisible()
    assert not vault_exists(vault_dir)


def test_the_strength_meter_speaks_in_words(qtbot: QtBot, window: MainWindow) -> None:
    meter = window.first_run.form.meter
    qtbot.keyClicks(window.first_run.form.password.line_edit, "password")
    assert meter.bar.value() == 0
    assert "Very weak" in meter.bar.text()
    assert "most used" in meter.hint.text()
    window.first_run.form.password.clear()
    qtbot.keyClicks(window.first_run.form.password.line_edit, PASSWORD)
    assert meter.bar.value() == 4
    assert "Strong" in meter.bar.text()
    assert "Strong" in meter.bar.accessibleDescription()


def test_create_a_vault_through_the_first_run_screens(qtbot: QtBot, window: MainWindow, vault_dir: Path) -> None:
    view = window.first_run
    type_passwords(qtbot, window, PASSWORD, PASSWORD)
    qtbot.mouseClick(view.create_button, LEFT)
    assert view.busy.running  # Argon2id runs on the worker; the page says so
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=10_000)
    assert not view.busy.running
    assert view.form.password.text() == ""  # the password does not linger in the field

    code_text = view.code_label.text()
    code = RecoveryCode.parse(code_text)  # a well-formed code, shown selectable
    assert view.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not view.continue_button.isEnabled()
    qtbot.mouseClick(view.continue_button, LEFT)
    assert window.stack.currentWidget() is window.first_run

    view.saved_check.setChecked(True)
    assert view.continue_button.isEnabled()
    qtbot.mouseClick(view.continue_button, LEFT)
    assert window.stack.currentWidget() is window.credentials
    assert view.code_label.text() == ""  # shown once
    assert window.credentials.stack.currentWidget() is window.credentials.empty_state
    assert window.toolbar.isVisible()
    assert window.lock_action.isEnabled()

    assert vault_exists(vault_dir)
    window.lock()
    window.session.runner.run_blocking(lambda h: None)  # the worker has closed the vault
    Vault.recover(vault_dir, code, "another long passphrase here").lock()


def test_different_passwords_are_refused(qtbot: QtBot, window: MainWindow, vault_dir: Path) -> None:
    type_passwords(qtbot, window, PASSWORD, PASSWORD + "x")
    qtbot.mouseClick(window.first_run.create_button, LEFT)
    form = window.first_run.form
    assert form.message.isVisibleTo(window)
    assert "not the same" in form.message.text()
    assert form.repeat.text() == ""
    assert not vault_exists(vault_dir)


def test_a_weak_password_needs_confirmation(qtbot: QtBot, window: MainWindow, vault_dir: Path) -> None:
    view = window.first_run
    type_passwords(qtbot, window, "abc", "abc")
    MessageBox.set_next_answer(Button.No)
    qtbot.mouseClick(view.create_button, LEFT)
    assert "Very weak" in MessageBox.last_text or "Weak" in MessageBox.last_text
    assert view.stack.currentIndex() == 0
    assert not view.busy.running

    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(view.create_button, LEFT)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=10_000)
    assert vault_exists(vault_dir)


def test_copying_the_code_clears_the_clipboard_later(qtbot: QtBot, window: MainWindow) -> None:
    view = window.first_run
    view.clipboard_clear_ms = 200
    type_passwords(qtbot, window, PASSWORD, PASSWORD)
    qtbot.keyClick(view.form.repeat.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=10_000)
    qtbot.mouseClick(view.copy_button, LEFT)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == view.code_label.accessibleDescription()
    RecoveryCode.parse(clipboard.text())
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert view.copy_status.isVisibleTo(window)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
