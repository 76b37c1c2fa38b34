"""Locking after idle and on demand: the vault closes on the worker and nothing stays on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SAMPLES, unlock, wait_loaded
from ui.main_window import MainWindow
from ui.settings import LOCK_TIMEOUT_MINUTES, Settings
from wallet.vault import RecoveryCode


def vault_is_open(window: MainWindow) -> bool:
    return bool(window.session.runner.run_blocking(lambda h: h.is_open))


def test_idle_locks_the_wallet(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert window.idle_lock.active
    window.idle_lock.set_timeout_ms(300)
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        pass
    assert window.stack.currentWidget() is window.unlock_view
    assert window.credentials.model.rowCount() == 0  # nothing of the vault left in the GUI
    assert not window.toolbar.isVisible()
    assert not vault_is_open(window)
    assert not window.idle_lock.active

    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert vault_is_open(window)


def test_input_keeps_the_wallet_open(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    window.idle_lock.set_timeout_ms(400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.credentials.search, Qt.Key.Key_A)
    assert window.session.is_unlocked
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        pass


def test_lock_on_demand(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.activateWindow()
    qtbot.keyClick(window.credentials.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=3_000)
    assert window.stack.currentWidget() is window.unlock_view
    assert not vault_is_open(window)


def test_the_timeout_comes_from_settings(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    assert settings.get(LOCK_TIMEOUT_MINUTES) == 5
    assert window.idle_lock.timeout_ms == 5 * 60_000
    settings.set(LOCK_TIMEOUT_MINUTES, 2)
    assert window.idle_lock.timeout_ms == 2 * 60_000
    settings.set(LOCK_TIMEOUT_MINUTES, 0)
    window.idle_lock.start()
    assert window.idle_lock.active  # watching, but never firing
    assert not window.idle_lock._timer.isActive()


def test_settings_round_trip_and_defaults(settings: Settings) -> None:
    from ui.settings import KEYS, LANGUAGE, THEME

    for key in KEYS:
        assert settings.get(key) == key.default
    settings.set(LANGUAGE, "nl")
    settings.set(THEME, "dark")
    settings.sync()
    again = Settings(settings.path)
    assert again.get(LANGUAGE) == "nl"
    assert again.get(THEME) == "dark"
    again._store.setValue(THEME.name, "purple")  # a hand-edited file falls back to the default
    assert again.get(THEME) == "system"
