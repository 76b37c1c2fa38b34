"""A password line edit with a show/hide toggle that forgets its text when hidden (STYLE rule 12).

Python strings cannot be wiped from memory; what this widget guarantees is that the text does not
outlive its use on screen: it is cleared when the field is hidden (a lock, a page change) and by
callers right after they read it. While masked, Qt disables copy, cut and drag of the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class PasswordField(QWidget):
    """``QLineEdit`` in password mode plus a checkable "Show" button. ``returnPressed`` is forwarded."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setAccessibleName(accessible_name)
        self.line_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._set_visible)
        self._set_visible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.line_edit)
        self.line_edit.returnPressed.connect(self.returnPressed)
        self.line_edit.textChanged.connect(self.textChanged)

    def _set_visible(self, visible: bool) -> None:
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        """The toggle's words (the field's accessible name is the owner's, set again by its retranslate)."""
        visible = self.toggle.isChecked()
        self.toggle.setText(self.tr("Hide") if visible else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Hide password") if visible else self.tr("Show password"))
        self.toggle.setToolTip(self.toggle.accessibleName())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        return self.line_edit.text()

    def clear(self) -> None:
        """Forget the text and mask the field again."""
        self.line_edit.clear()
        self.toggle.setChecked(False)

    def setPlaceholderText(self, text: str) -> None:
        self.line_edit.setPlaceholderText(text)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # minimising the window is not a reason to lose the input
            self.clear()
        super().hideEvent(event)


__all__ = ["PasswordField"]
