"""Credential text, shown as exactly what it is (issuers write it, not us).

Qt guesses rich text in a ``QLabel`` (``Qt.AutoText``): a title like ``<b>x</b><img src=…>`` would be
rendered, and could pull images or fake a layout. Every label that shows credential text is
``Qt.PlainText``. Bidirectional control characters can make text read differently from what it
is (a file name that reads ``…exe.pdf``), so they are made visible as ``⟨U+202E⟩``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

BIDI_CONTROLS: frozenset[str] = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)] + ["\u200e", "\u200f", "\u061c"]
)
"""LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM; the Arabic letter mark."""

_VISIBLE = str.maketrans({c: f"⟨U+{ord(c):04X}⟩" for c in BIDI_CONTROLS})


def visible_controls(text: str) -> str:
    """``text`` with every bidi control character replaced by a visible ``⟨U+XXXX⟩``."""
    return text.translate(_VISIBLE)


def set_plain(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` literally: plain text, bidi controls visible."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(visible_controls(text))


def plain_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = True, wrap: bool = True) -> QLabel:
    """A label for credential text: plain, wrapped, selectable by mouse and keyboard, never a link."""
    label = QLabel(parent)
    set_plain(label, text)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # not a tab stop per line
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


__all__ = ["BIDI_CONTROLS", "plain_label", "set_plain", "visible_controls"]
