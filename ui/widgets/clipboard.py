"""Copying a secret the learner asked to copy, and clearing it again (STYLE rule 12)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

SECRET_CLEAR_SECONDS = 30


def copy_secret(text: str, clear_after_ms: int = SECRET_CLEAR_SECONDS * 1000) -> None:
    """Put ``text`` on the clipboard, hinted as secret to clipboard managers, and clear it after
    ``clear_after_ms`` unless the learner has copied something else since."""
    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(text)
    # Clipboard managers (KDE Klipper and others) leave entries with this hint out of their history.
    data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    clipboard.setMimeData(data)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clipboard, clear)


__all__ = ["SECRET_CLEAR_SECONDS", "copy_secret"]
