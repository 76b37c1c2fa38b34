"""Unlocking: wrong then right password, the busy indicator, and the recovery-code path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD, SAMPLES, unlock, wait_loaded
from ui import session as session_mod
from ui.main_window import MainWindow
from ui.widgets.password_field import PasswordField
from wallet.vault import RecoveryCode, Vault
from wallet.vault import vault as vault_mod

LEFT = Qt.MouseButton.LeftButton
NEW_PASSWORD = "a brand new passphrase for this"


@pytest.fixture
def locked_window(created_vault: RecoveryCode, window: MainWindow) -> MainWindow:
    return window


def test_header_name_matches_the_core() -> None:
    assert session_mod.HEADER_NAME == vault_mod.HEADER_NAME


def test_an_existing_vault_asks_to_unlock(locked_window: MainWindow) -> None:
    assert locked_window.stack.currentWidget() is locked_window.unlock_view
    assert locked_window.unlock_view.password.line_edit.hasFocus() or not locked_window.isActiveWindow()


def test_wrong_then_right_password(qtbot: QtBot, locked_window: MainWindow) -> None:
    window = locked_window
    view = window.unlock_view
    qtbot.keyClicks(view.password.line_edit, "not the password")
    qtbot.mouseClick(view.unlock_button, LEFT)
    assert view.busy.running
    assert not view.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: view.error.isVisibleTo(window), timeout=10_000)
    assert "Wrong password" in view.error.text()
    assert view.password.text() == ""
    assert view.password.isEnabled()
    assert window.focusWidget() is view.password.line_edit
    assert window.stack.currentWidget() is view
    assert not window.session.is_unlocked

    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert window.session.is_unlocked
    assert view.password.text() == ""


def test_create_lock_then_unlock_wrong_and_right(qtbot: QtBot, window: MainWindow) -> None:
    first = window.first_run
    qtbot.keyClicks(first.form.password.line_edit, PASSWORD)
    qtbot.keyClicks(first.form.repeat.line_edit, PASSWORD)
    qtbot.mouseClick(first.create_button, LEFT)
    qtbot.waitUntil(lambda: first.stack.currentIndex() == 1, timeout=10_000)
    qtbot.mouseClick(first.saved_check, LEFT)
    qtbot.mouseClick(first.continue_button, LEFT)
    assert window.stack.currentWidget() is window.credentials

    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.unlock_view
    assert not window.session.is_unlocked

    qtbot.keyClicks(window.unlock_view.password.line_edit, "wrong password")
    qtbot.keyClick(window.unlock_view.password.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_view.error.isVisibleTo(window), timeout=10_000)
    unlock(qtbot, window)
    assert window.credentials.stack.currentWidget() is window.credentials.empty_state


def test_an_empty_password_is_not_tried(qtbot: QtBot, locked_window: MainWindow) -> None:
    view = locked_window.unlock_view
    qtbot.mouseClick(view.unlock_button, LEFT)
    assert not view.busy.running
    assert "Type your password" in view.error.text()


def test_recover_with_the_code_and_a_new_password(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow, vault_dir: Path) -> None:
    view = window.unlock_view
    qtbot.mouseClick(view.forgot_button, LEFT)
    recovery = view.recovery_view
    assert view.stack.currentIndex() == 1

    # A typo in group 2 is named before anything else happens.
    code = created_vault.formatted()
    groups = code.split("-")
    groups[1] = groups[1][:4] + ("0" if groups[1][4] != "0" else "1")
    qtbot.keyClicks(recovery.code, "-".join(groups))
    qtbot.keyClicks(recovery.form.password.line_edit, NEW_PASSWORD)
    qtbot.keyClicks(recovery.form.repeat.line_edit, NEW_PASSWORD)
    qtbot.mouseClick(recovery.recover_button, LEFT)
    assert "Group 2" in recovery.error.text()
    assert not recovery.busy.running

    # A well-formed code that belongs to another vault.
    recovery.code.clear()
    qtbot.keyClicks(recovery.code, RecoveryCode.generate().formatted())
    qtbot.mouseClick(recovery.recover_button, LEFT)
    qtbot.waitUntil(lambda: recovery.error.isVisibleTo(window) and not recovery.busy.running, timeout=10_000)
    assert "does not open" in recovery.error.text()

    recovery.code.clear()
    qtbot.keyClicks(recovery.code, code.lower().replace("-", " "))
    qtbot.keyClicks(recovery.form.password.line_edit, NEW_PASSWORD)
    qtbot.keyClicks(recovery.form.repeat.line_edit, NEW_PASSWORD)
    qtbot.mouseClick(recovery.recover_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.credentials, timeout=10_000)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert recovery.code.text() == ""

    window.session.shutdown()
    Vault.unlock(vault_dir, NEW_PASSWORD).lock()


def test_back_from_recovery_returns_to_the_password(qtbot: QtBot, locked_window: MainWindow) -> None:
    view = locked_window.unlock_view
    qtbot.mouseClick(view.forgot_button, LEFT)
    qtbot.keyClicks(view.recovery_view.code, "ABCDE")
    qtbot.mouseClick(view.recovery_view.back_button, LEFT)
    assert view.stack.currentIndex() == 0
    assert view.recovery_view.code.text() == ""


def test_password_field_toggles_and_forgets(qtbot: QtBot) -> None:
    field = PasswordField("Password")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line_edit, "secret words")
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.toggle.accessibleName() == "Show password"
    qtbot.mouseClick(field.toggle, LEFT)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.toggle.accessibleName() == "Hide password"
    field.hide()
    assert field.text() == ""
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
