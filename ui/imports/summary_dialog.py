"""The end of an import: one headline ("12 added, 2 already in your wallet, 1 could not be read")
and one line per file. Selecting a line opens the credential, or says why it was not added."""

from __future__ import annotations

from enum import IntEnum
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from ui.imports.wording import unreadable_reason
from ui.preferences.language import display_languages
from ui.widgets.page import heading
from wallet.model import text_in

if TYPE_CHECKING:
    from wallet.importer import ImportOutcome, ImportSummary

Index = QModelIndex | QPersistentModelIndex

# ``wallet.importer.Status`` values (a StrEnum, so they compare equal). Importing the importer here
# would load the whole verifier and vault on the GUI thread (half a second) when the window builds
# its menus; it is imported on the worker instead.
ADDED, DUPLICATE, REFUSED, UNREADABLE = "added", "duplicate", "refused", "unreadable"


def count(summary: ImportSummary, status: str) -> int:
    return sum(1 for o in summary.outcomes if o.status == status)


class Role(IntEnum):
    OUTCOME = Qt.ItemDataRole.UserRole + 1
    """The :class:`ImportOutcome` of the line."""


def outcome_title(outcome: ImportOutcome) -> str:
    """The credential's title in the learner's language, else the file's name."""
    record = outcome.checked.record if outcome.checked else None
    title = text_in(record.title, display_languages()) if record is not None else None
    return title or PurePath(outcome.source).name or QCoreApplication.translate("ImportSummary", "Pasted credential")


def outcome_line(outcome: ImportOutcome) -> str:
    title = outcome_title(outcome)
    if outcome.status == ADDED:
        if outcome.report is not None and str(outcome.report.verdict) == "invalid":
            return QCoreApplication.translate("ImportSummary", "Added, although it failed verification: %1").replace("%1", title)
        return QCoreApplication.translate("ImportSummary", "Added: %1").replace("%1", title)
    if outcome.status == DUPLICATE:
        return QCoreApplication.translate("ImportSummary", "Already in your wallet: %1").replace("%1", title)
    if outcome.status == REFUSED:
        return QCoreApplication.translate("ImportSummary", "Not added, it failed verification: %1").replace("%1", title)
    name = PurePath(outcome.source).name or title
    return (
        QCoreApplication.translate("ImportSummary", "Could not be read: %1. %2")
        .replace("%1", name)
        .replace("%2", unreadable_reason(outcome.error))
    )


def headline(summary: ImportSummary) -> str:
    """ "12 added, 2 already in your wallet, 1 could not be read: reason" (counts through %n)."""
    parts: list[str] = []
    added = count(summary, ADDED)
    duplicates = count(summary, DUPLICATE)
    refused = count(summary, REFUSED)
    unreadable = count(summary, UNREADABLE)
    if added or not summary.outcomes:
        parts.append(QCoreApplication.translate("ImportSummary", "%n added", "", added))
    if duplicates:
        parts.append(QCoreApplication.translate("ImportSummary", "%n already in your wallet", "", duplicates))
    if refused:
        parts.append(QCoreApplication.translate("ImportSummary", "%n failed verification", "", refused))
    if unreadable == 1:
        only = next(o for o in summary.outcomes if o.status == UNREADABLE)
        parts.append(QCoreApplication.translate("ImportSummary", "1 could not be read: %1").replace("%1", unreadable_reason(only.error)))
    elif unreadable:
        parts.append(QCoreApplication.translate("ImportSummary", "%n could not be read", "", unreadable))
    text = ", ".join(parts)
    if not summary.outcomes and not summary.cancelled:
        return QCoreApplication.translate("ImportSummary", "No files were found to add.")
    if summary.cancelled:
        return QCoreApplication.translate("ImportSummary", "Import cancelled. %1").replace("%1", text)
    return text


class ImportSummaryModel(QAbstractListModel):
    """One row per :class:`ImportOutcome`; the status is in the words and the icon, never colour alone."""

    def __init__(self, outcomes: list[ImportOutcome], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes = list(outcomes)
        self._lines: dict[int, str] = {}
        style = QApplication.style()
        self._icons = {
            ADDED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            DUPLICATE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            REFUSED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            UNREADABLE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }

    def line(self, row: int) -> str:
        """The row's sentence (worded once, on first use)."""
        text = self._lines.get(row)
        if text is None:
            text = self._lines[row] = outcome_line(self._outcomes[row])
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._outcomes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outcomes):
            return None
        outcome = self._outcomes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.line(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.line(index.row())}\n{outcome.source}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[str(outcome.status)]
        if role == Role.OUTCOME:
            return outcome
        return None

    def outcome(self, row: int) -> ImportOutcome:
        return self._outcomes[row]


class ImportSummaryDialog(QDialog):
    """``open_credential(id)`` for an added or duplicate line; ``show_report(outcome)`` for a refused
    one; an unreadable line shows its reason in the dialog itself."""

    open_credential = Signal(int)
    show_report = Signal(object)

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import finished") if not summary.cancelled else self.tr("Import cancelled"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(520, 340)
        self.headline = heading(headline(summary), self, scale=1.2)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ImportSummaryModel(summary.outcomes, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Imported files"))
        # One line per file, full text in the tooltip and below the list when selected: uniform
        # sizes and batched layout keep a summary of thousands of files from stalling the window.
        self.list.setUniformItemSizes(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(100)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.clicked.connect(self.activate)
        self.list.activated.connect(self.activate)
        self.hint = QLabel(self.tr("Select a line to open the credential, or to see why it was not added."), self)
        self.hint.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setAccessibleName(self.tr("Details"))
        self.reason.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.headline)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus()

    def activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        outcome = self.model.outcome(index.row())
        if outcome.status in (ADDED, DUPLICATE) and outcome.id is not None:
            self.accept()
            self.open_credential.emit(outcome.id)
        elif outcome.status == REFUSED:
            self.show_report.emit(outcome)
        else:
            self.reason.setText(outcome_line(outcome))
            self.reason.setVisible(True)

    def line_texts(self) -> list[str]:
        return [outcome_line(o) for o in self.summary.outcomes]


__all__ = [
    "ADDED",
    "DUPLICATE",
    "REFUSED",
    "UNREADABLE",
    "ImportSummaryDialog",
    "ImportSummaryModel",
    "headline",
    "outcome_line",
    "outcome_title",
]
