"""The learner's own note on a credential: plain text, saved in the vault (encrypted) on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.session import Session

MAX_NOTE_CHARS = 20_000


class NoteEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.credential_id = 0
        self._saved_text = ""
        self._just_saved = False

        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)  # Tab leaves the note: logical tab order over a tab character
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 16)
        self.edit.textChanged.connect(self._edited)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.state = QLabel(self)
        self.state.setEnabled(False)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self.edit, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the editor; at start and on ``LanguageChange``."""
        self.edit.setPlaceholderText(self.tr("Anything you want to remember: where you used it, what it took…"))
        self.edit.setAccessibleName(self.tr("Your note"))
        self.edit.setAccessibleDescription(self.tr("Only you see this note; it is kept encrypted in your wallet."))
        self.save_button.setText(self.tr("&Save note"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def dirty(self) -> bool:
        return self.edit.toPlainText() != self._saved_text

    def set_credential(self, credential_id: int, note: str) -> None:
        self.credential_id = credential_id
        self._saved_text = note
        self._just_saved = False
        self.edit.setPlainText(note)
        self._edited()

    def _edited(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self._show_state()

    def _show_state(self) -> None:
        """Say "Not saved yet" while edited, "Saved" right after saving, nothing otherwise."""
        if self.dirty:
            self.state.setText(self.tr("Not saved yet"))
        else:
            self.state.setText(self.tr("Saved") if self._just_saved else "")

    def save(self) -> None:
        if not self.dirty:
            return
        text = self.edit.toPlainText()[:MAX_NOTE_CHARS]
        credential_id = self.credential_id
        self.session.op(self, lambda h: h.vault.set_note(credential_id, text)).success(lambda _r: self._saved(text)).run()

    def _saved(self, text: str) -> None:
        self._saved_text = text
        self._just_saved = True
        self._edited()


__all__ = ["NoteEditor"]
