"""Unlocking: the password, a busy indicator while Argon2id runs, and the way to the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.errors import error_message
from ui.unlock.recovery_view import RecoveryView
from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.page import action_row, centered_column, heading, message_label, paragraph, stacked
from ui.widgets.password_field import PasswordField

if TYPE_CHECKING:
    from ui.session import Session


class UnlockView(QWidget):
    """Password page and recovery page in a stack. ``unlocked`` after either one opens the vault."""

    unlocked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QStackedWidget(self)
        self.password_page = self._build_password_page()
        self.recovery_view = RecoveryView(session, self)
        self.recovery_view.recovered.connect(self._done)
        self.recovery_view.cancelled.connect(self.show_password_page)
        self.stack.addWidget(centered_column(self.password_page))
        self.stack.addWidget(centered_column(self.recovery_view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the password page; at start and on ``LanguageChange`` (the recovery page does its own)."""
        self.title.setText(self.tr("Unlock your wallet"))
        self.title.setAccessibleName(self.title.text())
        self.location.setText(self.tr("Wallet in %1").replace("%1", str(self.session.path)))
        self.password.line_edit.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password_label.setText(self.tr("Password"))
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.busy.set_text(self.tr("Unlocking…"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("Forgot password? Use recovery code"))
        self.forgot_button.setAccessibleName(self.tr("Forgot password? Use recovery code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_password_page(self) -> QWidget:
        page = QWidget(self)
        self.title = heading("", page)
        self.location = paragraph("", page)
        self.location.setEnabled(False)  # secondary text in the palette's disabled colour
        self.password = PasswordField("", page)
        self.password_label = QLabel(page)
        self.password_label.setBuddy(self.password.line_edit)
        self.error = message_label(page)
        self.busy = BusyIndicator("", page)
        self.unlock_button = QPushButton(page)
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(page)
        self.forgot_button.setFlat(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.forgot_button.clicked.connect(self.show_recovery_page)
        stacked(
            page,
            self.title,
            self.location,
            self.password_label,
            self.password,
            self.error,
            action_row(self.busy, self.unlock_button),
            self.forgot_button,
        )
        return page

    def unlock(self) -> None:
        if self.busy.running:
            return
        password = self.password.text()
        if not password:
            self._show_error(self.tr("Type your password."))
            return
        self._set_busy(True)
        self.error.setVisible(False)
        self.session.unlock(self, password).success(lambda _count: self._done()).failure(self._failed).run()
        del password

    def _set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        if busy:
            self.busy.start()
        else:
            self.busy.stop()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self._show_error(error_message(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.password.setFocus()

    def _done(self) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.setVisible(False)
        self.show_password_page()
        self.unlocked.emit()

    def show_password_page(self) -> None:
        self.recovery_view.clear()
        self.stack.setCurrentIndex(0)
        self.password.setFocus()

    def show_recovery_page(self) -> None:
        self.password.clear()
        self.error.setVisible(False)
        self.stack.setCurrentIndex(1)
        self.recovery_view.code.setFocus()

    def focus_first_field(self) -> None:
        self.password.setFocus()


__all__ = ["UnlockView"]
