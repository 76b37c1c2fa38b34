"""Preferences on real widgets: the language switches live (Dutch text appears), the theme, the lock
timeout, and the issuers the learner trusts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.ui.conftest import unlock, wait_loaded
from ui.imports.import_controller import ImportController
from ui.main_window import MainWindow
from ui.preferences.language import apply_language, display_languages
from ui.preferences.preferences_dialog import PreferencesController, PreferencesDialog
from ui.preferences.theme import apply_theme, effective_scheme
from ui.preferences.trust import trust_issuer
from ui.settings import LANGUAGE, LOCK_TIMEOUT_MINUTES, THEME
from ui.widgets.message_box import Button, MessageBox
from wallet.vault import RecoveryCode

ROOT = Path(__file__).resolve().parents[2]


def build_translations() -> None:
    """``make translations`` (lrelease the committed .ts into .qm), run by path so it works here too."""
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English with the system's colours."""
    build_translations()
    apply_language("en")
    yield
    apply_language("en")
    apply_theme("system")


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, created_vault: RecoveryCode, english: None) -> MainWindow:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, 4)
    return window


def open_preferences(window: MainWindow) -> PreferencesDialog:
    controller = window.findChild(PreferencesController)
    assert controller is not None
    controller.action.trigger()
    assert controller.dialog is not None and controller.dialog.isVisible()
    return controller.dialog


def test_switching_to_dutch_translates_live(qtbot: QtBot, opened: MainWindow) -> None:
    dialog = open_preferences(opened)
    imports = opened.findChild(ImportController)
    assert imports is not None
    assert dialog.appearance.title() == "Appearance"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert opened.settings.get(LANGUAGE) == "nl"
    qtbot.waitUntil(lambda: dialog.appearance.title() == "Weergave", timeout=2_000)
    assert dialog.windowTitle() == "Voorkeuren"
    assert dialog.close_button.text() == "Sluiten"
    assert imports.add_files_action.text() == "Credentials &toevoegen…"
    assert QLocale().language() == QLocale.Language.Dutch
    assert display_languages() == ("nl", "en")
    dialog.grab().save("/tmp/satchel-preferences-nl.png")

    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    qtbot.waitUntil(lambda: dialog.appearance.title() == "Udseende", timeout=2_000)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.appearance.title() == "Appearance", timeout=2_000)


def test_theme_and_lock_timeout(qtbot: QtBot, opened: MainWindow) -> None:
    dialog = open_preferences(opened)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert opened.settings.get(THEME) == "dark"
    assert effective_scheme() == "dark"
    qtbot.wait(20)  # widgets repaint with the new palette
    dialog.grab().save("/tmp/satchel-preferences-dark.png")
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert effective_scheme() == "light"
    dialog.theme.setCurrentIndex(dialog.theme.findData("system"))
    assert opened.settings.get(THEME) == "system"

    dialog.lock_timeout.setValue(7)
    assert opened.settings.get(LOCK_TIMEOUT_MINUTES) == 7
    assert opened.idle_lock.timeout_ms == 7 * 60_000
    dialog.lock_timeout.setValue(0)
    assert dialog.lock_timeout.text() == "Never"


def test_trust_an_issuer_then_remove_it(qtbot: QtBot, opened: MainWindow) -> None:
    MessageBox.set_next_answer(Button.Yes)
    assert trust_issuer(opened, "did:example:issuer", "Université d'Exemple")
    qtbot.waitUntil(lambda: "You now trust" in opened.statusBar().currentMessage(), timeout=10_000)
    dialog = open_preferences(opened)
    qtbot.waitUntil(lambda: dialog.issuers.rowCount() == 1, timeout=5_000)
    assert "did:example:issuer" in str(dialog.issuers.index(0, 0).data())
    dialog.grab().save("/tmp/satchel-preferences.png")
    dialog.issuer_list.setCurrentIndex(dialog.issuers.index(0, 0))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.issuers.rowCount() == 0, timeout=10_000)
    assert dialog.empty_label.isVisible()


def test_declining_to_trust_changes_nothing(opened: MainWindow) -> None:
    MessageBox.set_next_answer(Button.No)
    assert not trust_issuer(opened, "did:example:other", None)
