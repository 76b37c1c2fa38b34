"""An indeterminate progress bar with a sentence, shown while the worker is busy for a page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    """Hidden until :meth:`start`; says what is happening in words, not only by animation."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.set_text(text)
        self.setVisible(False)

    def set_text(self, text: str) -> None:
        """Say ``text`` (already translated: the owner calls this again when it retranslates)."""
        self.bar.setAccessibleName(text)
        self.label.setText(text)
        self.setAccessibleName(text)

    def start(self) -> None:
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return not self.isHidden()


__all__ = ["BusyIndicator"]
