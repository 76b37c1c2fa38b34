"""A live language switch through Preferences reaches everything the unlocked window shows: menus,
toolbar, the list's headers and badge words, the filter bar, the open detail view, and credential
titles written in several languages.

Expected words are read from the committed ``resources/i18n/satchel_<lang>.ts``, so the test checks
the widgets, not a copy of the translations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD, SAMPLES, make_credential, unlock, wait_loaded
from tests.ui.test_preferences import build_translations, open_preferences
from tests.ui.test_translations import messages
from ui.credentials.credential_model import Column
from ui.main_window import MainWindow
from ui.preferences.language import apply_language
from ui.settings import LANGUAGE
from wallet.vault import KdfParams, Vault

TITLE = {"en": "Sustainable Energy Systems", "nl": "Duurzame energiesystemen"}

Probe = Callable[[MainWindow], str]


def _header(window: MainWindow, column: Column) -> str:
    return str(window.credentials.table.model().headerData(column, Qt.Orientation.Horizontal))


def _badge_in_list(window: MainWindow) -> str:
    model = window.credentials.model
    row = next(r for r in range(model.rowCount()) if model.summary(r).title == "Data Literacy")
    return str(model.index(row, Column.VERIFICATION).data())


def _toolbar_button_name(window: MainWindow) -> str:
    button = window.toolbar.widgetForAction(window.lock_action)
    assert button is not None
    return button.accessibleName()


# What the window shows, and the (context, English source) it must show in the current language.
PROBES: tuple[tuple[Probe, str, str], ...] = (
    (lambda w: w.wallet_menu.title(), "MainWindow", "&Wallet"),
    (lambda w: w.view_menu.title(), "MainWindow", "&View"),
    (lambda w: w.credential_menu.title(), "MainWindow", "&Credential"),
    (lambda w: w.help_menu.title(), "MainWindow", "&Help"),
    (lambda w: w.lock_action.text(), "MainWindow", "&Lock wallet"),
    (lambda w: w.toolbar.accessibleName(), "MainWindow", "Wallet actions"),
    (lambda w: w.credentials.search.accessibleName(), "CredentialListView", "Search credentials"),
    (lambda w: _header(w, Column.TITLE), "CredentialTableModel", "Title"),
    (lambda w: _header(w, Column.AWARDING_BODY), "CredentialTableModel", "Awarding body"),
    (lambda w: _header(w, Column.VERIFICATION), "CredentialTableModel", "Verification"),
    (_badge_in_list, "CheckText", "Verified"),
    (lambda w: w.credentials.filters.filter_label.text(), "CredentialFilterBar", "&Show:"),
    (lambda w: w.credentials.filters.status.itemText(0), "CredentialFilterBar", "Any status"),
    (lambda w: w.credentials.filters.issuer.itemText(0), "CredentialFilterBar", "Any issuer"),
    (lambda w: w.credentials.filters.issuer.accessibleName(), "CredentialFilterBar", "Filter by issuer"),
    (lambda w: w.credentials.filters.sort.itemText(0), "CredentialFilterBar", "Date added"),
    (lambda w: w.detail.back_button.text(), "CredentialDetailView", "← &Back to list"),
    (lambda w: w.detail.checks_heading.text(), "CredentialDetailView", "Verification"),
    (lambda w: w.detail.issuer_heading.text(), "CredentialDetailView", "Issuer"),
    (lambda w: w.detail.issuer_heading.accessibleName(), "CredentialDetailView", "Issuer"),
    (lambda w: w.detail.tags_heading.text(), "CredentialDetailView", "Your tags"),
    (lambda w: w.detail.tags.add_button.text(), "TagEditor", "Add &tag"),
    (lambda w: w.detail.note.save_button.text(), "NoteEditor", "&Save note"),
)


@cache
def translation(lang: str, context: str, source: str) -> str:
    if lang == "en":
        return source
    found = {(c, s): forms[0] for c, s, forms, _unfinished in messages(lang)}
    return found[(context, source)]


def shown(window: MainWindow) -> list[str]:
    return [probe(window) for probe, _context, _source in PROBES]


def expected(lang: str) -> list[str]:
    return [translation(lang, context, source) for _probe, context, source in PROBES]


@pytest.fixture
def english() -> Iterator[None]:
    build_translations()
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture
def multilingual_vault(vault_dir: Path, floor_kdf: KdfParams) -> int:
    """The four samples plus one credential titled in English and Dutch; returns that one's id."""
    vault, _code = Vault.create(vault_dir, PASSWORD, kdf=floor_kdf)
    try:
        for index, sample in enumerate(SAMPLES):
            vault.add(*make_credential(index, sample))
        parsed, record, report = make_credential(len(SAMPLES), dataclasses.replace(SAMPLES[0], title=TITLE["en"]))
        return vault.add(parsed, dataclasses.replace(record, title=TITLE), report).id
    finally:
        vault.lock()


def switch_to(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """Choose ``lang`` in Preferences, as the learner does, and wait for the window to follow."""
    dialog = open_preferences(window)
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    assert window.settings.get(LANGUAGE) == lang
    qtbot.waitUntil(lambda: window.view_menu.title() == translation(lang, "MainWindow", "&View"), timeout=2_000)


def test_a_live_switch_reaches_every_view(qtbot: QtBot, window: MainWindow, multilingual_vault: int, english: None) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES) + 1)
    window.show_credential(multilingual_vault)
    qtbot.waitUntil(lambda: window.detail.stored is not None and window.detail.stored.id == multilingual_vault, timeout=10_000)
    model = window.credentials.model
    row = model.row_of(multilingual_vault)
    assert row is not None
    title_cell = model.index(row, Column.TITLE)
    assert shown(window) == expected("en")
    assert window.detail.title.text() == title_cell.data() == TITLE["en"]

    switch_to(qtbot, window, "nl")
    assert shown(window) == expected("nl")
    # Spot checks against the words themselves, in case the lookup and the widgets agreed on English.
    assert window.view_menu.title() == "&Beeld"
    assert _header(window, Column.TITLE) == "Titel"
    assert _badge_in_list(window) == "Geverifieerd"
    assert window.credentials.filters.filter_label.text() == "&Tonen:"
    assert window.detail.issuer_heading.text() == "Uitgever"
    assert _toolbar_button_name(window) == "Wallet vergrendelen"
    assert window.detail.title.text() == title_cell.data() == TITLE["nl"]

    switch_to(qtbot, window, "da")
    assert shown(window) == expected("da")
    assert window.view_menu.title() == "&Vis"
    assert window.detail.title.text() == title_cell.data() == TITLE["en"]  # no Danish title: English

    switch_to(qtbot, window, "en")
    assert shown(window) == expected("en")
    assert _toolbar_button_name(window) == "Lock wallet"
    assert window.detail.title.text() == title_cell.data() == TITLE["en"]
