"""Choosing a new password: typed twice, with a strength meter that speaks in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.widgets.message_box import Button, MessageBox
from ui.widgets.page import message_label
from ui.widgets.password_field import PasswordField

if TYPE_CHECKING:
    from wallet.vault.strength import Strength

# ``wallet.vault.strength`` is imported inside the functions below: importing anything under
# ``wallet.vault`` loads the whole vault package (SQLAlchemy, SQLCipher: ~300 ms), which must not
# happen before the first paint. By the time a learner types, the worker has imported it.

_CONTEXT = "StrengthMeter"


def strength_words(strength: Strength) -> tuple[str, str]:
    """The level in one word and a hint sentence, both translated."""
    from wallet.vault.strength import StrengthCode

    # Literal contexts (== _CONTEXT): pyside6-lupdate extracts only translate("Context", "text") calls.
    levels = (
        QCoreApplication.translate("StrengthMeter", "Very weak"),
        QCoreApplication.translate("StrengthMeter", "Weak"),
        QCoreApplication.translate("StrengthMeter", "Fair"),
        QCoreApplication.translate("StrengthMeter", "Good"),
        QCoreApplication.translate("StrengthMeter", "Strong"),
    )
    hints = {
        StrengthCode.EMPTY: QCoreApplication.translate("StrengthMeter", "Type a password."),
        StrengthCode.TOO_SHORT: QCoreApplication.translate(
            "StrengthMeter", "Too short: use at least 8 characters, or better, a few words."
        ),
        StrengthCode.COMMON: QCoreApplication.translate("StrengthMeter", "This is one of the most used passwords; anyone would guess it."),
        StrengthCode.REPEATED: QCoreApplication.translate("StrengthMeter", "One character repeated is easy to guess."),
        StrengthCode.SEQUENCE: QCoreApplication.translate("StrengthMeter", "A run of keys or digits is easy to guess."),
        StrengthCode.ONLY_DIGITS: QCoreApplication.translate("StrengthMeter", "Only digits: add letters, or make it longer."),
        StrengthCode.ONLY_LETTERS: QCoreApplication.translate("StrengthMeter", "Only letters: make it longer, or add digits and symbols."),
        StrengthCode.ADD_VARIETY: QCoreApplication.translate("StrengthMeter", "Make it longer: a few unrelated words work well."),
        StrengthCode.GOOD: QCoreApplication.translate("StrengthMeter", "A good password. Longer is even better."),
        StrengthCode.STRONG: QCoreApplication.translate("StrengthMeter", "A strong password."),
    }
    return levels[max(0, min(strength.score, 4))], hints[strength.code]


class StrengthMeter(QWidget):
    """A bar (0-4) whose text and accessible description say the level in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.strength: Strength | None = None  # the level shown, never the password
        self.retranslate()

    def update_for(self, password: str) -> Strength | None:
        """Show the strength of ``password``; ``None`` (and the empty state) for an empty one."""
        if password:
            from wallet.vault.strength import estimate

            self.strength = estimate(password)
        else:
            self.strength = None
        self.retranslate()
        return self.strength

    def retranslate(self) -> None:
        """The level in words; at start, for each password typed, and on ``LanguageChange``."""
        self.bar.setAccessibleName(self.tr("Password strength"))
        strength = self.strength
        if strength is None:
            self.bar.setValue(0)
            self.bar.setFormat(self.tr("Strength: no password yet"))
            self.bar.setAccessibleDescription(self.tr("No password yet"))
            self.hint.setText(self.tr("Type a password."))
            return
        level, hint = strength_words(strength)
        self.bar.setValue(strength.score)
        # Words on the bar itself: the level never depends on the bar's length or colour alone.
        self.bar.setFormat(self.tr("Strength: %1").replace("%1", level))
        self.bar.setAccessibleDescription(f"{level}. {hint}")
        self.hint.setText(hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewPasswordForm(QWidget):
    """Two password fields and a strength meter. :meth:`take_password` validates and clears."""

    submitted = Signal()

    def __init__(self, first_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = PasswordField(first_label, self)
        self.repeat = PasswordField("", self)
        self.meter = StrengthMeter(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.first_label = QLabel(first_label, self)
        self.first_label.setBuddy(self.password.line_edit)
        self.second_label = QLabel(self)
        self.second_label.setBuddy(self.repeat.line_edit)
        form.addRow(self.first_label, self.password)
        form.addRow(self.meter)
        form.addRow(self.second_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.password.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(lambda _text: self.show_message(""))
        self.password.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submitted)
        self.retranslate()

    def set_first_label(self, text: str) -> None:
        """Name the first field (the owner's words: it calls this again when it retranslates)."""
        self.first_label.setText(text)
        self.password.line_edit.setAccessibleName(text)

    def retranslate(self) -> None:
        """The form's own words; at start and on ``LanguageChange``."""
        self.second_label.setText(self.tr("Repeat the password"))
        self.repeat.line_edit.setAccessibleName(self.tr("Repeat the password"))
        self.message.setAccessibleName(self.tr("Password problem"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, text: str) -> None:
        self.meter.update_for(text)
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def take_password(self) -> str | None:
        """The new password if both fields agree and the learner accepts its strength, else ``None``
        (with the reason shown). The fields are cleared when a password is returned."""
        password = self.password.text()
        if not password:
            self.show_message(self.tr("Choose a password."))
            self.password.setFocus()
            return None
        if password != self.repeat.text():
            self.repeat.clear()
            self.show_message(self.tr("The two passwords are not the same. Type the password again in the second field."))
            self.repeat.setFocus()
            return None
        from wallet.vault.strength import estimate

        strength = estimate(password)
        if strength.score < 2:
            level, hint = strength_words(strength)
            answer = MessageBox.question(
                self,
                self.tr("Weak password"),
                self.tr("%1 password: %2\n\nAnyone who copies your wallet file could try to guess it. Use it anyway?")
                .replace("%1", level)
                .replace("%2", hint),
            )
            if answer != Button.Yes:
                self.password.setFocus()
                return None
        self.clear()
        return password

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
        self.show_message("")


__all__ = ["NewPasswordForm", "StrengthMeter", "strength_words"]
