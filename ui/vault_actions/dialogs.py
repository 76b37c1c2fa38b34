"""The dialogs of the vault actions: change the password, show a new recovery code, restore a backup."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.clipboard import SECRET_CLEAR_SECONDS, copy_secret
from ui.widgets.new_password_form import NewPasswordForm
from ui.widgets.page import heading, message_label, paragraph
from ui.widgets.password_field import PasswordField


class _WorkDialog(QDialog):
    """A dialog whose OK starts work on the worker: a busy line, an inline error, OK/Cancel."""

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.error = message_label(self)
        self.error.setAccessibleName(self.tr("Error"))
        self.busy = BusyIndicator(self.tr("Working…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.busy, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def set_busy(self, busy: bool, text: str = "") -> None:
        if text:
            self.busy.label.setText(text)
            self.busy.setAccessibleName(text)
        self.ok_button.setEnabled(not busy)
        for child in self.findChildren(PasswordField):
            child.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
            self.busy.start()
        else:
            self.busy.stop()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(True)


class ChangePasswordDialog(_WorkDialog):
    """The current password, then the new one twice (with the strength meter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change password"), self.tr("&Change password"), parent)
        self.body.addWidget(
            paragraph(self.tr("Your wallet stays as it is; only the password that opens it changes. The recovery code still works."), self)
        )
        self.current = PasswordField(self.tr("Current password"), self)
        label = QLabel(self.tr("C&urrent password"), self)
        label.setBuddy(self.current.line_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(label, self.current)
        self.body.addLayout(form)
        self.form = NewPasswordForm(self.tr("New password"), self)
        self.body.addWidget(self.form)
        self.current.returnPressed.connect(self.form.password.setFocus)
        self.form.submitted.connect(self.submitted)
        self.current.setFocus()


class RecoveryCodeDialog(QDialog):
    """Step 1 confirms the password; step 2 shows the new code once, as the first run does."""

    password_entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.clipboard_clear_ms = SECRET_CLEAR_SECONDS * 1000
        self._code_text = ""
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_confirm())
        self.stack.addWidget(self._build_code())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _build_confirm(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Make a new recovery code"), page, scale=1.25))
        layout.addWidget(
            paragraph(
                self.tr("A new code replaces your current one: the old code stops working at once. Type your password to continue."),
                page,
            )
        )
        self.password = PasswordField(self.tr("Password"), page)
        label = QLabel(self.tr("&Password"), page)
        label.setBuddy(self.password.line_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(label, self.password)
        layout.addLayout(form)
        self.error = message_label(page)
        self.error.setAccessibleName(self.tr("Error"))
        layout.addWidget(self.error)
        self.busy = BusyIndicator(self.tr("Checking your password…"), page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.create_button = buttons.addButton(self.tr("&Make new code"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.create_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.password_entered)
        buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self.password_entered)
        row = QHBoxLayout()
        row.addWidget(self.busy, 1)
        row.addWidget(buttons)
        layout.addLayout(row)
        return page

    def _build_code(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Save your new recovery code"), page, scale=1.25))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you forget your password, this code is the only way back into your wallet. Write it "
                    "down or keep it in a password manager, somewhere safe. It is shown only this once."
                ),
                page,
            )
        )
        self.code_label = QLabel(page)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.3)
        self.code_label.setFont(font)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(12)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code_label)
        self.copy_status = message_label(page)
        self.copy_button = QPushButton(self.tr("&Copy code"), page)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy_button.clicked.connect(self.copy_code)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_status, 1)
        copy_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(copy_row)
        self.saved_check = QCheckBox(self.tr("I have saved my new recovery code"), page)
        self.saved_check.setAccessibleName(self.tr("I have saved my new recovery code"))
        self.done_button = QPushButton(self.tr("&Done"), page)
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.saved_check.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        done_row = QHBoxLayout()
        done_row.addWidget(self.saved_check, 1)
        done_row.addWidget(self.done_button)
        layout.addSpacing(6)
        layout.addLayout(done_row)
        return page

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
            self.busy.start()
        else:
            self.busy.stop()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(True)
        self.password.setFocus()

    def show_code(self, formatted: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self._code_text = formatted
        groups = formatted.split("-")
        half = len(groups) // 2
        # Two lines of four groups, as on the first run: easier to copy by hand.
        self.code_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.code_label.setAccessibleDescription(formatted)
        self.stack.setCurrentIndex(1)
        self.code_label.setFocus()

    @property
    def showing_code(self) -> bool:
        return self.stack.currentIndex() == 1

    def copy_code(self) -> None:
        if not self._code_text:
            return
        copy_secret(self._code_text, self.clipboard_clear_ms)
        seconds = max(1, self.clipboard_clear_ms // 1000)
        self.copy_status.setText(self.tr("Copied. The clipboard will be cleared in %1 seconds.").replace("%1", str(seconds)))
        self.copy_status.setVisible(True)

    def done(self, result: int) -> None:
        if self.showing_code and not self.saved_check.isChecked():
            return  # the code is shown once: the learner confirms saving it before it disappears
        self._code_text = ""
        self.code_label.clear()
        super().done(result)


class RestoreDialog(_WorkDialog):
    """The backup's password (the one the wallet had when it was backed up) and, when different,
    the current one."""

    def __init__(self, backup_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore from backup"), self.tr("&Restore"), parent)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Credentials in “%1” that are not in your wallet yet will be added; nothing in your wallet is removed or replaced."
                ).replace("%1", backup_name),
                self,
            )
        )
        self.backup_password = PasswordField(self.tr("Backup password"), self)
        self.current_password = PasswordField(self.tr("Current password, if different"), self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        first = QLabel(self.tr("&Password of the backup (the wallet's password when it was backed up)"), self)
        first.setWordWrap(True)
        first.setBuddy(self.backup_password.line_edit)
        second = QLabel(self.tr("Your &current password, if it is different"), self)
        second.setBuddy(self.current_password.line_edit)
        form.addRow(first, self.backup_password)
        form.addRow(second, self.current_password)
        self.body.addLayout(form)
        self.backup_password.returnPressed.connect(self.submitted)
        self.current_password.returnPressed.connect(self.submitted)
        self.backup_password.setFocus()


__all__ = ["ChangePasswordDialog", "RecoveryCodeDialog", "RestoreDialog"]
