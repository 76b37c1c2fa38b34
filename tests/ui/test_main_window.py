"""The main window once unlocked: the list, search, empty states, accessibility, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SAMPLES, unlock, wait_loaded
from ui.app import build_window
from ui.main_window import MainWindow
from ui.settings import WINDOW_GEOMETRY, Settings
from ui.widgets.message_box import Button, MessageBox
from wallet.vault import RecoveryCode


def test_the_list_shows_every_credential(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    assert view.stack.currentWidget() is view.table
    titles = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert titles == {s.title for s in SAMPLES}
    assert view.search.isEnabled()


def test_search_filters_the_proxy(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    qtbot.keyClicks(view.search, "education")  # accents and case do not matter
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "Éducation numérique"
    view.search.clear()
    qtbot.keyClicks(view.search, "outcome welding")  # every word, anywhere
    assert view.proxy.rowCount() == 1
    qtbot.keyClicks(view.search, " nothing-like-this")
    assert view.proxy.rowCount() == 0
    assert view.stack.currentWidget() is view.no_match
    assert "nothing-like-this" in view.no_match.text()
    view.search.clear()
    assert view.proxy.rowCount() == len(SAMPLES)
    assert view.stack.currentWidget() is view.table


def test_sorting_by_a_header(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    view = window.credentials
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert titles == ["Data Literacy", "Éducation numérique", "Open Badge: Mentor", "Welding Safety"]


def test_an_empty_vault_explains_how_to_add(qtbot: QtBot, window: MainWindow) -> None:
    window.session.adopt(_new_vault(window))
    window.show_credentials()
    view = window.credentials
    qtbot.waitUntil(lambda: not window.session.runner.busy)
    assert view.stack.currentWidget() is view.empty_state
    text = " ".join(label.text() for label in view.empty_state.findChildren(QWidget) if hasattr(label, "text"))
    assert "Add credentials…" in text
    assert "drag a credential file here" in text
    assert "satchel import FILE" in text
    assert not view.search.isEnabled()
    assert not view.filters.isVisible()


def _new_vault(window: MainWindow):  # type: ignore[no-untyped-def]
    from wallet.vault import KdfParams, Vault

    vault, _code = Vault.create(window.session.path, "a long enough password", kdf=KdfParams.floor())
    return vault


def _interactive(root: QWidget) -> list[QWidget]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (toolbar extension, scroll bar buttons)
        parent = widget.parentWidget()
        inside_qt_part = False
        while parent is not None and parent is not root:
            if isinstance(parent, QAbstractItemView | QLineEdit):
                inside_qt_part = True  # a table's corner button, a line edit's clear button
            parent = parent.parentWidget()
        if not inside_qt_part:
            out.append(widget)
    return out


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    assert window.first_run is not None  # build every page
    widgets = _interactive(window)
    assert len(widgets) > 20
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in widgets if not w.accessibleName()]
    assert unnamed == []


def test_the_geometry_is_kept(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.resize(777, 555)
    window.close()
    assert Settings(tmp_path / "satchel.ini").get(WINDOW_GEOMETRY)
    again, session = build_window(window.session.path, Settings(tmp_path / "satchel.ini"))
    qtbot.addWidget(again)
    try:
        assert (again.width(), again.height()) == (777, 555)
    finally:
        session.shutdown()


def test_about_goes_through_the_message_box(window: MainWindow) -> None:
    MessageBox.set_next_answer(Button.Ok)
    window.about_action.trigger()
    assert "learning credentials" in MessageBox.last_text
