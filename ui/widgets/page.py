"""Layout helpers shared by the full-window pages (first run, unlock, recovery, empty states)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

PAGE_WIDTH = 440
"""Forms read best in a narrow column, whatever the window's width."""


def heading(text: str, parent: QWidget | None = None, scale: float = 1.5) -> QLabel:
    """A title label: the palette's text colour, a larger bold font (no hard-coded colours)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def message_label(parent: QWidget | None = None) -> QLabel:
    """A label for an inline message (an error under a field); hidden until it has text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def centered_column(content: QWidget, parent: QWidget | None = None, width: int = PAGE_WIDTH) -> QWidget:
    """``content`` in a column of at most ``width`` pixels, centred in the page both ways."""
    page = QWidget(parent)
    content.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content, 10)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


def stacked(page: QWidget, *items: QWidget | QLayout, spacing: int = 12) -> QVBoxLayout:
    """``page``'s layout: ``items`` top to bottom, the same spacing on every full-window page."""
    layout = QVBoxLayout(page)
    layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def action_row(status: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """A page's bottom row: a status widget (busy indicator) on the left, its buttons on the right."""
    row = QHBoxLayout()
    row.addWidget(status)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


__all__ = ["PAGE_WIDTH", "action_row", "centered_column", "heading", "message_label", "paragraph", "separator", "stacked"]
