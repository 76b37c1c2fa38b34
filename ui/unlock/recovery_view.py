"""Forgot the password: the recovery code opens the vault and a new password replaces the old one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ui.errors import error_message
from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.new_password_form import NewPasswordForm
from ui.widgets.page import action_row, heading, message_label, paragraph, stacked

if TYPE_CHECKING:
    from ui.session import Session


class RecoveryView(QWidget):
    """``recovered`` once the vault is open under the new password; ``cancelled`` to go back."""

    recovered = Signal()
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = heading("", self)
        self.intro = paragraph("", self)
        self.code_label = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_label.setBuddy(self.code)
        self.form = NewPasswordForm("", self)
        self.error = message_label(self)
        self.busy = BusyIndicator("", self)
        self.back_button = QPushButton(self)
        self.recover_button = QPushButton(self)
        self.recover_button.setDefault(True)
        self.back_button.clicked.connect(self.cancelled)
        self.recover_button.clicked.connect(self.recover)
        self.code.returnPressed.connect(self.form.password.setFocus)
        self.form.submitted.connect(self.recover)
        self.code.textChanged.connect(lambda _text: self.error.setVisible(False))
        stacked(
            self,
            self.title,
            self.intro,
            self.code_label,
            self.code,
            self.form,
            self.error,
            action_row(self.busy, self.back_button, self.recover_button),
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page; at start and on ``LanguageChange``."""
        self.title.setText(self.tr("Use your recovery code"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(
            self.tr(
                "Type the recovery code you saved when you created the wallet, then choose a new "
                "password. The code keeps working afterwards."
            )
        )
        self.code_label.setText(self.tr("Recovery code"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.form.set_first_label(self.tr("New password"))
        self.error.setAccessibleName(self.tr("Recovery problem"))
        self.busy.set_text(self.tr("Opening your wallet…"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the password"))
        self.recover_button.setText(self.tr("Recover wallet"))
        self.recover_button.setAccessibleName(self.tr("Recover wallet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def recover(self) -> None:
        if self.busy.running:
            return
        code_text = self.code.text()
        if not code_text.strip():
            self._show_error(self.tr("Type your recovery code."))
            self.code.setFocus()
            return
        # Check the code's shape before asking for a new password twice (cheap, no vault needed).
        from wallet.errors import InvalidRecoveryCode
        from wallet.vault.recovery import RecoveryCode

        try:
            RecoveryCode.parse(code_text)
        except InvalidRecoveryCode as exc:
            self._show_error(error_message(exc))
            self.code.setFocus()
            return
        password = self.form.take_password()
        if password is None:
            return
        self._set_busy(True)
        self.session.recover(self, code_text, password).success(lambda _count: self._done()).failure(self._failed).run()
        del password

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.form, self.back_button, self.recover_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start()
        else:
            self.busy.stop()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        from wallet.errors import InvalidPassword

        if isinstance(exc, InvalidPassword):
            self._show_error(self.tr("This recovery code does not open this wallet."))
        else:
            self._show_error(error_message(exc))
        self.code.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _done(self) -> None:
        self._set_busy(False)
        self.clear()
        self.recovered.emit()

    def clear(self) -> None:
        self.code.clear()
        self.form.clear()
        self.error.setVisible(False)


__all__ = ["RecoveryView"]
