"""The one place the app shows message boxes, with a seam for tests (STYLE rule 18).

Tests queue answers with :meth:`MessageBox.set_next_answer`; the next box then returns that answer
without being shown, and its text is kept in :attr:`MessageBox.last_text` for assertions. A box
asked for in a test without a queued answer would block, so :meth:`MessageBox.set_test_mode`
makes that an error instead.
"""

from __future__ import annotations

from collections import deque
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


class UnexpectedMessageBox(AssertionError):
    """Raised in test mode when a message box appears that the test did not expect."""


class MessageBox:
    """Static helpers mirroring QMessageBox's, through one code path."""

    _answers: ClassVar[deque[Button]] = deque()
    _test_mode: ClassVar[bool] = False
    last_text: ClassVar[str] = ""
    shown: ClassVar[list[str]] = []

    @classmethod
    def set_next_answer(cls, button: Button) -> None:
        cls._answers.append(button)

    @classmethod
    def set_test_mode(cls, enabled: bool) -> None:
        cls._test_mode = enabled
        cls._answers.clear()
        cls.shown.clear()
        cls.last_text = ""

    @classmethod
    def _show(
        cls,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        *,
        buttons: Button,
        default: Button,
        details: str = "",
    ) -> Button:
        cls.last_text = text
        cls.shown.append(text)
        if cls._answers:
            return cls._answers.popleft()
        if cls._test_mode:
            raise UnexpectedMessageBox(text)
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        if details:
            box.setDetailedText(details)
        return Button(box.exec())

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._show(parent, QMessageBox.Icon.Information, title, text, buttons=Button.Ok, default=Button.Ok)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> Button:
        return cls._show(parent, QMessageBox.Icon.Warning, title, text, buttons=Button.Ok, default=Button.Ok)

    @classmethod
    def critical(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> Button:
        return cls._show(parent, QMessageBox.Icon.Critical, title, text, buttons=Button.Ok, default=Button.Ok, details=details)

    @classmethod
    def question(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: Button = Button.Yes | Button.No,
        default: Button = Button.No,
    ) -> Button:
        return cls._show(parent, QMessageBox.Icon.Question, title, text, buttons=buttons, default=default)


__all__ = ["Button", "MessageBox", "UnexpectedMessageBox"]
