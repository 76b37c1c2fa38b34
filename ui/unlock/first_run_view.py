"""First run: choose a password, then save the recovery code before going on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.errors import error_message
from ui.widgets.busy_indicator import BusyIndicator
from ui.widgets.clipboard import SECRET_CLEAR_SECONDS, copy_secret
from ui.widgets.new_password_form import NewPasswordForm
from ui.widgets.page import action_row, centered_column, heading, message_label, paragraph, stacked

if TYPE_CHECKING:
    from ui.session import Session
    from wallet.vault import RecoveryCode


class FirstRunView(QWidget):
    """Two steps in a stack: ``password_page`` then ``recovery_page``. ``finished`` once the learner
    confirms they saved the code (the vault is then unlocked)."""

    finished = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard_clear_ms = SECRET_CLEAR_SECONDS * 1000
        self._code_text = ""
        self.stack = QStackedWidget(self)
        self.password_page = self._build_password_page()
        self.recovery_page = self._build_recovery_page()
        self.stack.addWidget(centered_column(self.password_page))
        self.stack.addWidget(centered_column(self.recovery_page))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of both steps; at start and on ``LanguageChange``."""
        for label, text in (
            (self.title, self.tr("Create your wallet")),
            (self.recovery_title, self.tr("Save your recovery code")),
        ):
            label.setText(text)
            label.setAccessibleName(text)
        self.intro.setText(
            self.tr(
                "Satchel keeps your credentials encrypted on this computer. Choose a password to open "
                "your wallet. Nobody else can reset it, so you will also get a recovery code."
            )
        )
        self.form.set_first_label(self.tr("Password"))
        self.error.setAccessibleName(self.tr("Error"))
        self.busy.set_text(self.tr("Creating your wallet…"))
        self.recovery_intro.setText(
            self.tr(
                "If you forget your password, this code is the only way back into your wallet. Write it "
                "down or keep it in a password manager, somewhere safe. It is shown only this once."
            )
        )
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        for button, text, name in (
            (self.create_button, self.tr("Create wallet"), self.tr("Create wallet")),
            (self.copy_button, self.tr("Copy code"), self.tr("Copy the recovery code")),
            (self.saved_check, self.tr("I have saved my recovery code"), self.tr("I have saved my recovery code")),
            (self.continue_button, self.tr("Continue"), self.tr("Continue to the wallet")),
        ):
            button.setText(text)
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- step 1: the password -----------------------------------------------------------------

    def _build_password_page(self) -> QWidget:
        page = QWidget(self)
        self.title = heading("", page)
        self.intro = paragraph("", page)
        self.form = NewPasswordForm("", page)
        self.error = message_label(page)
        self.busy = BusyIndicator("", page)
        self.create_button = QPushButton(page)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vault)
        self.form.submitted.connect(self.create_vault)
        stacked(page, self.title, self.intro, self.form, self.error, action_row(self.busy, self.create_button))
        return page

    def create_vault(self) -> None:
        if self.busy.running:
            return
        password = self.form.take_password()
        if password is None:
            return
        self._set_busy(True)
        self.error.setVisible(False)
        self.session.create(self, password).success(self._created).failure(self._failed).run()
        del password

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        if busy:
            self.busy.start()
        else:
            self.busy.stop()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(error_message(exc))
        self.error.setVisible(True)
        self.form.password.setFocus()

    def _created(self, code: RecoveryCode) -> None:
        self._set_busy(False)
        self._code_text = code.formatted()
        groups = self._code_text.split("-")
        half = len(groups) // 2
        # Two lines of four groups: easier to copy by hand than one long line that wraps anywhere.
        self.code_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.code_label.setAccessibleDescription(self._code_text)
        self.saved_check.setChecked(False)
        self.stack.setCurrentIndex(1)
        self.code_label.setFocus()

    # -- step 2: the recovery code ------------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.recovery_title = heading("", page)
        self.recovery_intro = paragraph("", page)
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
        self.copy_button = QPushButton(page)
        self.copy_button.clicked.connect(self.copy_code)
        self.copy_status = message_label(page)
        self.saved_check = QCheckBox(page)
        self.continue_button = QPushButton(page)
        self.continue_button.setEnabled(False)
        self.saved_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_status, 1)
        copy_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.saved_check, 1)
        continue_row.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addWidget(self.recovery_title)
        layout.addWidget(self.recovery_intro)
        layout.addWidget(self.code_label)
        layout.addLayout(copy_row)
        layout.addSpacing(8)
        layout.addLayout(continue_row)
        return page

    def copy_code(self) -> None:
        if not self._code_text:
            return
        copy_secret(self._code_text, self.clipboard_clear_ms)
        seconds = max(1, self.clipboard_clear_ms // 1000)
        self.copy_status.setText(self.tr("Copied. The clipboard will be cleared in %1 seconds.").replace("%1", str(seconds)))
        self.copy_status.setVisible(True)

    def _continue(self) -> None:
        if not self.saved_check.isChecked():
            return
        self.reset()
        self.finished.emit()

    def reset(self) -> None:
        """Back to step 1 with nothing secret left on screen."""
        self._code_text = ""
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")
        self.copy_status.setVisible(False)
        self.saved_check.setChecked(False)
        self.form.clear()
        self.stack.setCurrentIndex(0)

    def focus_first_field(self) -> None:
        self.form.password.setFocus()


__all__ = ["FirstRunView"]
