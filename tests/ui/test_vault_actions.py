"""The Wallet menu's safety actions on real widgets: change password, new recovery code, back up then
restore, re-check all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD, unlock, wait_loaded
from ui.main_window import MainWindow
from ui.session import Session
from ui.vault_actions import vault_actions as module
from ui.vault_actions.vault_actions import VaultActions
from ui.widgets.message_box import Button, MessageBox
from wallet.errors import InvalidPassword
from wallet.vault import RecoveryCode, Vault

NEW_PASSWORD = "a much longer passphrase for the wallet"


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode) -> MainWindow:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    return window


def actions_of(window: MainWindow) -> VaultActions:
    found = window.findChild(VaultActions)
    assert found is not None
    return found


def test_the_actions_are_in_the_wallet_menu_and_follow_the_lock(opened: MainWindow) -> None:
    actions = actions_of(opened)
    texts = [a.text() for a in opened.wallet_menu.actions()]
    for action in actions.actions:
        assert action.text() in texts
        assert action.isEnabled()
    opened.lock()
    assert not any(a.isEnabled() for a in actions.actions)


def test_change_password(qtbot: QtBot, opened: MainWindow, vault_dir: Path) -> None:
    dialog = actions_of(opened).change_password()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.current.line_edit, "not the password")
    qtbot.keyClicks(dialog.form.password.line_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.form.repeat.line_edit, NEW_PASSWORD)
    dialog.grab().save("/tmp/satchel-change-password.png")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == "The current password is not right."

    qtbot.keyClicks(dialog.current.line_edit, PASSWORD)
    qtbot.keyClicks(dialog.form.password.line_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.form.repeat.line_edit, NEW_PASSWORD)
    MessageBox.set_next_answer(Button.Ok)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert MessageBox.last_text == "Your wallet now opens with the new password."
    opened.lock()
    Vault.unlock(vault_dir, NEW_PASSWORD).lock()


def test_show_a_new_recovery_code(qtbot: QtBot, opened: MainWindow, vault_dir: Path, created_vault: RecoveryCode) -> None:
    dialog = actions_of(opened).new_recovery_code()
    qtbot.keyClicks(dialog.password.line_edit, "wrong")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert not dialog.showing_code

    qtbot.keyClicks(dialog.password.line_edit, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.showing_code, timeout=10_000)
    code_text = dialog.code_label.accessibleDescription()
    assert len(code_text.replace("-", "")) == 40
    dialog.grab().save("/tmp/satchel-recovery-code.png")

    # Copied for 30 s at most, and not closable before the learner confirms saving it.
    dialog.clipboard_clear_ms = 50
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code_text
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2_000)
    dialog.reject()
    assert dialog.isVisible()
    dialog.saved_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.code_label.text() == ""

    opened.lock()
    Vault.unlock_with_recovery(vault_dir, RecoveryCode.parse(code_text)).lock()
    with pytest.raises(InvalidPassword):  # the old code no longer opens it
        Vault.unlock_with_recovery(vault_dir, created_vault)


def test_back_up_then_restore(
    qtbot: QtBot, opened: MainWindow, window_and_session: tuple[MainWindow, Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "wallet"
    monkeypatch.setattr(module, "ask_backup_path", lambda _parent: backup)
    MessageBox.set_next_answer(Button.Ok)
    actions_of(opened).backup_action.trigger()
    written = backup.with_name("wallet.satchel-backup")
    qtbot.waitUntil(lambda: written.exists() and "saved to" in MessageBox.last_text, timeout=10_000)
    assert MessageBox.last_text.startswith("4 credential(s) saved to")

    # Delete two credentials, then restore: they come back, the others are already there.
    session = window_and_session[1]
    gone: list[int] = []
    session.op(None, lambda h: [h.vault.delete(i) for i in h.vault.ids()[:2]]).success(lambda _v: gone.append(1)).run()
    qtbot.waitUntil(lambda: bool(gone), timeout=5_000)
    opened.credentials_changed()
    wait_loaded(qtbot, opened, 2)

    monkeypatch.setattr(module, "ask_restore_path", lambda _parent: written)
    dialog = actions_of(opened).restore()
    assert dialog is not None
    qtbot.keyClicks(dialog.backup_password.line_edit, PASSWORD)
    dialog.grab().save("/tmp/satchel-restore.png")
    MessageBox.set_next_answer(Button.Ok)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert MessageBox.last_text == "2 credential(s) added from the backup. 2 already in your wallet."
    wait_loaded(qtbot, opened, 4)


def test_recheck_all(qtbot: QtBot, opened: MainWindow) -> None:
    MessageBox.set_next_answer(Button.Ok)
    run = actions_of(opened).reverify_all()
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=20_000) as signal:
        pass
    assert len(signal.args[0]) == 4
    assert MessageBox.last_text.startswith("4 credential(s) checked again.")


def test_recheck_one_reports_in_the_status_bar(qtbot: QtBot, opened: MainWindow) -> None:
    from ui.vault_actions import reverify_one

    ids: list[int] = []
    opened.session.op(None, lambda h: h.vault.ids()).success(ids.extend).run()
    qtbot.waitUntil(lambda: bool(ids), timeout=5_000)
    credential_id = ids[0]
    reverify_one(opened, credential_id)
    qtbot.waitUntil(lambda: "checked again" in opened.statusBar().currentMessage(), timeout=10_000)
