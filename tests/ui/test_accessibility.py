"""Accessibility of the unlocked window: names on every interactive widget (list, cards, filters and
the open detail), a logical tab order, mnemonics, standard shortcuts, status in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.credential_support import open_detail, open_wallet, signed_vault
from ui.credentials.credential_model import Column
from ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


@pytest.fixture
def signed_ids(vault_dir: Path) -> dict[str, int]:
    return signed_vault(vault_dir)


def interactive(root: QWidget) -> list[QWidget]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (toolbar extension, scroll bar buttons)
        parent = widget.parentWidget()
        inside_qt_part = False
        while parent is not None and parent is not root:
            if isinstance(parent, QAbstractItemView | QLineEdit | QAbstractSpinBox) and not isinstance(widget, QAbstractItemView):
                inside_qt_part = True  # a table's corner button, a line edit's clear button
            parent = parent.parentWidget()
        if not inside_qt_part:
            out.append(widget)
    return out


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in interactive(root) if not w.accessibleName()]


def test_every_interactive_widget_is_named_with_the_detail_open(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    window.credentials.set_mode("cards")
    open_detail(qtbot, window, signed_ids["hostile"])  # links, tags, note, raw view
    window.detail.raw_button.click()
    window.detail.tags.start_rename("x")
    window.detail.tags.cancel_rename()
    assert window.first_run is not None  # and every other page
    widgets = interactive(window)
    assert len(widgets) > 40
    assert unnamed(window) == []
    for menu in window.menuBar().actions():
        assert "&" in menu.text()  # a mnemonic on every menu
    mnemonics = [a.text().split("&")[1][0].lower() for a in window.menuBar().actions()]
    assert len(mnemonics) == len(set(mnemonics))


def test_standard_shortcuts(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.credentials.table.setFocus()
    qtbot.keyClick(window.credentials.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.credentials.search


def test_tab_order_is_logical(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    view = window.credentials
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.search.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    bar = view.filters
    # List and Cards are one exclusive group: one tab stop, arrow keys choose (as radio buttons do).
    expected = [view.search, view.list_button, bar.issuer, bar.status, bar.tag, bar.format, bar.sort, bar.order, view.table]
    assert order == expected


def test_status_is_never_colour_alone(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    model = window.credentials.model
    for row in range(model.rowCount()):
        index = model.index(row, Column.VERIFICATION)
        assert index.data()  # words
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == index.data()
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # and a shape
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None  # no colour of our own
    open_detail(qtbot, window, signed_ids["expired"])
    assert window.detail.badge_text.text() == "Not valid: expired"


def test_follows_the_system_font_size(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["good"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = window.detail.body.sizeHint().height()
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(bigger)
    try:
        qtbot.waitUntil(lambda: window.detail.body.sizeHint().height() > before * 1.5)
    finally:
        app.setFont(original)
