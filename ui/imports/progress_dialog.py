"""A determinate progress dialog with Cancel, for work running on the worker (import, re-check)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class ProgressDialog(QDialog):
    """Shows "n of total" in words and as a bar. ``cancel_requested`` once when Cancel is pressed;
    the owner then cancels its operation and closes the dialog when the operation reports back."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(self.tr("Getting ready…"), self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Progress"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(title)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Current item"))
        self.detail.setWordWrap(False)
        buttons = QDialogButtonBox(self)
        self.cancel_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self._cancelling = False

    def set_progress(self, done: int, total: int, item: str = "") -> None:
        if self._cancelling:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        locale = QLocale()  # the learner's language: "1.234 van 5.000" in Dutch
        self.label.setText(self.tr("%1 of %2").replace("%1", locale.toString(done)).replace("%2", locale.toString(total)))
        metrics = self.detail.fontMetrics()
        self.detail.setText(metrics.elidedText(item, Qt.TextElideMode.ElideMiddle, max(200, self.detail.width())))

    def request_cancel(self) -> None:
        if self._cancelling:
            return
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the current item…"))
        self.cancel_requested.emit()

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window means Cancel; the owner closes it for real when the work has stopped.
        if not self._finished:
            event.ignore()
            self.request_cancel()
            return
        super().closeEvent(event)

    _finished = False

    def finish(self) -> None:
        """Close for good (the operation has ended)."""
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)


__all__ = ["ProgressDialog"]
