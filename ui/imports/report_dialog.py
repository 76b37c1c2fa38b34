"""Why a credential failed: its verification report, one check per line, in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.imports.wording import verdict_text
from ui.widgets.page import heading, paragraph

if TYPE_CHECKING:
    from wallet.verify.report import Report


class ReportDialog(QDialog):
    """The verdict, then each check: its name, its outcome in words, and the verifier's detail."""

    def __init__(self, title: str, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verification report"))
        self.setAccessibleName(self.tr("Verification report"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(title, self, scale=1.2))
        self.verdict = paragraph(self.tr("Result: %1").replace("%1", verdict_text(str(report.verdict))), self)
        self.verdict.setAccessibleName(self.verdict.text())
        layout.addWidget(self.verdict)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.check_labels: list[QLabel] = []
        # The detail view's wording of checks, by their stable codes (imported here, not at start-up).
        from ui.credentials.check_text import CheckText

        words = CheckText(self)
        for row, check in enumerate(report.checks):
            title = words.check_title(check.id)
            sentence = words.sentence(check.code, check.data, check.detail) if check.code else check.detail
            text = words.outcome_text(str(check.outcome))
            if sentence:
                text = self.tr("%1: %2").replace("%1", text).replace("%2", sentence)
            name = QLabel(title, self)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            label.setAccessibleDescription(text)
            self.check_labels.append(label)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


__all__ = ["ReportDialog"]
