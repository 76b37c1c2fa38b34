"""The credential list page on real widgets: search, filters, sort, cards and list, keyboard, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SAMPLES, unlock, wait_loaded
from tests.ui.credential_support import TITLES, open_wallet, signed_vault
from ui.credentials.credential_model import Column, Role
from ui.main_window import MainWindow
from ui.widgets.message_box import Button, MessageBox
from wallet.vault import RecoveryCode


@pytest.fixture
def signed_ids(vault_dir: Path) -> dict[str, int]:
    return signed_vault(vault_dir)


def shown_titles(window: MainWindow) -> list[str]:
    proxy = window.credentials.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def test_badges_name_what_failed(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    model = window.credentials.model
    words = {}
    for kind, credential_id in signed_ids.items():
        row = model.row_of(credential_id)
        assert row is not None
        words[kind] = model.index(row, Column.VERIFICATION).data()
    assert words == {
        "good": "Verified — issuer not recognised",
        "expired": "Not valid: expired",
        "tampered": "Tampered",
        "hostile": "Verified — issuer not recognised",
    }


def test_search_as_you_type_and_filters(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    bar = view.filters
    qtbot.keyClicks(view.search, "hogeschool")  # the awarding body
    assert shown_titles(window) == ["Éducation numérique"]
    view.search.clear()

    bar.choose(bar.issuer, "Trade Academy")
    assert shown_titles(window) == ["Welding Safety"]
    bar.choose(bar.issuer, None)
    bar.status.setCurrentIndex(bar.status.findText("Verified"))
    assert set(shown_titles(window)) == {"Data Literacy", "Éducation numérique"}
    bar.status.setCurrentIndex(bar.status.findText("Not valid"))
    assert shown_titles(window) == ["Welding Safety"]
    bar.status.setCurrentIndex(bar.status.findText("Cannot check offline"))
    assert shown_titles(window) == ["Open Badge: Mentor"]
    qtbot.keyClicks(view.search, "data")
    assert shown_titles(window) == []
    assert view.stack.currentWidget() is view.no_match
    bar.reset()
    view.search.clear()
    assert len(shown_titles(window)) == len(SAMPLES)
    assert bar.format.count() == 2  # "Any format" and the one format present
    bar.format.setCurrentIndex(1)
    assert len(shown_titles(window)) == len(SAMPLES)


@pytest.mark.parametrize(
    ("label", "descending", "expected"),
    [
        ("Title", False, ["Data Literacy", "Éducation numérique", "Open Badge: Mentor", "Welding Safety"]),
        ("Issuer", False, ["Open Badge: Mentor", "Éducation numérique", "Welding Safety", "Data Literacy"]),
        ("Date issued", True, ["Data Literacy", "Éducation numérique", "Welding Safety", "Open Badge: Mentor"]),
        ("EQF level", True, ["Data Literacy", "Éducation numérique", "Welding Safety", "Open Badge: Mentor"]),
        ("ECTS", False, ["Éducation numérique", "Data Literacy"]),
        ("Verification", False, ["Data Literacy", "Éducation numérique", "Open Badge: Mentor", "Welding Safety"]),
        ("Date added", True, ["Open Badge: Mentor", "Welding Safety", "Éducation numérique", "Data Literacy"]),
    ],
)
def test_sort_by(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow, label: str, descending: bool, expected: list[str]) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    bar = window.credentials.filters
    bar.sort.setCurrentIndex(bar.sort.findText(label))
    bar.order.setChecked(descending)
    assert shown_titles(window)[: len(expected)] == expected
    header = window.credentials.table.horizontalHeader()
    assert header.sortIndicatorOrder() == (Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    # A header click is reflected in the bar.
    window.credentials.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert bar.sort.currentText() == "Title"
    assert bar.order.text() == "A to Z"


def test_cards_and_list_share_the_selection(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    assert view.stack.currentWidget() is view.table
    target = view.model.summaries()[2].id
    assert view.select(target)
    qtbot.mouseClick(view.cards_button, Qt.MouseButton.LeftButton)
    assert view.mode == "cards"
    assert view.stack.currentWidget() is view.cards
    assert view.cards.currentIndex().data(Role.ID) == target
    assert view.cards.visualRect(view.cards.currentIndex()).isValid()
    window.list_mode_action.trigger()
    assert view.stack.currentWidget() is view.table
    assert view.current_id() == target


def test_keyboard_enter_opens_escape_closes_ctrl_f_searches(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    view.set_mode("cards")
    view.cards.setFocus()
    target = view.model.summaries()[1].id
    view.select(target)
    qtbot.keyClick(view.cards, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail_open and window.detail.stored is not None)
    assert window.detail.credential_id == target
    qtbot.keyClick(window.detail.back_button, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is view
    assert view.current_id() == target  # the selection is kept
    window.open_detail(target)
    window.find_action.trigger()  # Ctrl+F from the detail: back to the list, in the search field
    assert window.stack.currentWidget() is view
    assert QApplication.focusWidget() is view.search or view.search.hasFocus() or not window.isActiveWindow()
    assert window.find_action.shortcut().matches(Qt.Modifier.CTRL | Qt.Key.Key_F) is not None


def test_delete_asks_first(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    view.table.setFocus()
    target = view.model.summaries()[0].id
    view.select(target)
    MessageBox.set_next_answer(Button.Cancel)
    window.delete_action.trigger()
    assert "Open Badge: Mentor" in MessageBox.last_text
    assert "cannot be undone" in MessageBox.last_text
    qtbot.wait(50)
    assert view.model.row_of(target) is not None
    MessageBox.set_next_answer(Button.Yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(SAMPLES) - 1, timeout=10_000)
    assert view.model.row_of(target) is None


def test_delete_from_the_detail_returns_to_the_list(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    window.show_credential(signed_ids["tampered"])
    qtbot.waitUntil(lambda: window.detail.stored is not None)
    MessageBox.set_next_answer(Button.Yes)
    qtbot.mouseClick(window.detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.credentials.model.rowCount() == len(signed_ids) - 1, timeout=10_000)
    assert window.stack.currentWidget() is window.credentials
    assert TITLES["tampered"] not in shown_titles(window)


def test_credentials_changed_keeps_the_selection(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    target = view.model.summaries()[2].id
    view.select(target)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.credentials_changed()
    assert view.current_id() == target


def test_lock_forgets_the_list_and_the_detail(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    window.show_credential(window.credentials.model.summaries()[0].id)
    qtbot.waitUntil(lambda: window.detail.stored is not None)
    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.unlock_view
    assert window.credentials.model.rowCount() == 0
    assert window.detail.stored is None
    assert not window.delete_action.isEnabled()
