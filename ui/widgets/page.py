"""Layout helpers shared by the full-window pages (first run, unlock, recovery, empty states)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


__all__ = ["PAGE_WIDTH", "centered_column", "heading", "message_label", "paragraph", "separator"]
