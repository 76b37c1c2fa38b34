"""The credential list as a Qt table model over the core's :class:`CredentialSummary` (STYLE rule 11).

Columns: title, awarding body, issued, ECTS, EQF, verification. Besides Qt's own roles the model
answers these roles (on any column of a row):

``SummaryRole``       the :class:`~wallet.vault.CredentialSummary` itself
``IdRole``            the credential's vault id (int)
``SortRole``          a value that sorts naturally (dates as ISO text, numbers as numbers, missing last)
``SearchTextRole``    the folded text search-as-you-type matches (title, body, outcomes, tags)
``VerificationRole``  the verification status code: ``verified``, ``verified-unrecognised``,
                      ``not-valid`` or ``unchecked``

Display text is translated; the verification column also carries an icon, but its words always say
the status, so nothing depends on colour or the icon alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from wallet.model import text_in

if TYPE_CHECKING:
    from wallet.vault import CredentialSummary

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    AWARDING_BODY = 1
    ISSUED = 2
    ECTS = 3
    EQF = 4
    VERIFICATION = 5


class Role(IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    SORT = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4
    VERIFICATION = Qt.ItemDataRole.UserRole + 5


SummaryRole = Role.SUMMARY
IdRole = Role.ID
SortRole = Role.SORT
SearchTextRole = Role.SEARCH_TEXT
VerificationRole = Role.VERIFICATION

VERIFIED = "verified"
VERIFIED_UNRECOGNISED = "verified-unrecognised"
NOT_VALID = "not-valid"
UNCHECKED = "unchecked"


def verification_status(summary: CredentialSummary) -> str:
    """The list's four states from the stored verdict and issuer trust (DESIGN.md: trust beside, not in, the verdict)."""
    if summary.verdict == "valid":
        return VERIFIED if summary.trust == "trusted" else VERIFIED_UNRECOGNISED
    if summary.verdict == "invalid":
        return NOT_VALID
    return UNCHECKED


def _fold(value: str) -> str:
    from wallet.vault.repository import fold

    return fold(value)


class CredentialTableModel(QAbstractTableModel):
    """Rows are summaries in the order given (the vault's: most recently imported first)."""

    def __init__(self, parent: QObject | None = None, languages: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CredentialSummary] = []
        self._search: dict[int, str] = {}
        self._languages = tuple(languages) if languages is not None else _ui_languages()
        self._locale = QLocale()
        self._icons: dict[str, QIcon] = {}

    # -- contents -----------------------------------------------------------------------------

    def set_summaries(self, summaries: Sequence[CredentialSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._search.clear()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock: nothing of the vault stays in memory the GUI holds)."""
        self.set_summaries([])

    def summary(self, row: int) -> CredentialSummary:
        return self._rows[row]

    def column_title(self, column: Column) -> str:
        return {
            Column.TITLE: self.tr("Title"),
            Column.AWARDING_BODY: self.tr("Awarding body"),
            Column.ISSUED: self.tr("Issued"),
            Column.ECTS: self.tr("ECTS"),
            Column.EQF: self.tr("EQF level"),
            Column.VERIFICATION: self.tr("Verification"),
        }[column]

    def verification_text(self, status: str) -> str:
        return {
            VERIFIED: self.tr("Verified"),
            VERIFIED_UNRECOGNISED: self.tr("Verified — issuer not recognised"),
            NOT_VALID: self.tr("Not valid"),
            UNCHECKED: self.tr("Cannot check offline"),
        }[status]

    def verification_explanation(self, status: str) -> str:
        return {
            VERIFIED: self.tr("The signature checks out and the issuer is in a trust list you accept."),
            VERIFIED_UNRECOGNISED: self.tr("The signature checks out, but the issuer is not in a trust list you accept."),
            NOT_VALID: self.tr("A check failed: the credential may be altered, expired or revoked."),
            UNCHECKED: self.tr("The credential could not be checked without a network connection or is not signed."),
        }[status]

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_title(Column(section))
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.ECTS, Column.EQF):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.VERIFICATION:
                return self.verification_explanation(verification_status(summary))
            return self._display(summary, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.VERIFICATION:
            return self._icon(verification_status(summary))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ECTS, Column.EQF):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.SUMMARY:
            return summary
        if role == Role.ID:
            return summary.id
        if role == Role.SORT:
            return self._sort_key(summary, column)
        if role == Role.SEARCH_TEXT:
            return self._search_text(summary)
        if role == Role.VERIFICATION:
            return verification_status(summary)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                int(Role.SUMMARY): QByteArray(b"summary"),
                int(Role.ID): QByteArray(b"credentialId"),
                int(Role.SORT): QByteArray(b"sortKey"),
                int(Role.SEARCH_TEXT): QByteArray(b"searchText"),
                int(Role.VERIFICATION): QByteArray(b"verification"),
            }
        )
        return names

    # -- helpers ------------------------------------------------------------------------------

    def _title(self, summary: CredentialSummary) -> str:
        return text_in(summary.record.title, self._languages) or summary.title or self.tr("Untitled credential")

    def _body(self, summary: CredentialSummary) -> str:
        return text_in(summary.record.awarding_body, self._languages) or summary.awarding_body

    def _display(self, summary: CredentialSummary, column: Column) -> str:
        if column == Column.TITLE:
            return self._title(summary)
        if column == Column.AWARDING_BODY:
            return self._body(summary)
        if column == Column.ISSUED:
            date = _date(summary.issued)
            if date is None:
                return summary.issued or ""
            return self._locale.toString(date, QLocale.FormatType.ShortFormat)
        if column == Column.ECTS:
            if summary.ects is None:
                return ""
            return self._locale.toString(float(summary.ects), "g", 4)
        if column == Column.EQF:
            return "" if summary.eqf is None else self._locale.toString(int(summary.eqf))
        return self.verification_text(verification_status(summary))

    def _sort_key(self, summary: CredentialSummary, column: Column) -> Any:
        # Missing values sort after present ones in ascending order.
        if column == Column.ISSUED:
            return summary.issued or "\uffff"
        if column == Column.ECTS:
            return summary.ects if summary.ects is not None else float("inf")
        if column == Column.EQF:
            return summary.eqf if summary.eqf is not None else 99
        if column == Column.VERIFICATION:
            order = (VERIFIED, VERIFIED_UNRECOGNISED, UNCHECKED, NOT_VALID)
            return order.index(verification_status(summary))
        return _fold(self._display(summary, column))

    def _search_text(self, summary: CredentialSummary) -> str:
        cached = self._search.get(summary.id)
        if cached is None:
            from wallet.vault.repository import search_text

            cached = search_text(summary.record, summary.tags)
            self._search[summary.id] = cached
        return cached

    def _icon(self, status: str) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            pixmap = {
                VERIFIED: QStyle.StandardPixmap.SP_DialogApplyButton,
                VERIFIED_UNRECOGNISED: QStyle.StandardPixmap.SP_MessageBoxInformation,
                NOT_VALID: QStyle.StandardPixmap.SP_MessageBoxCritical,
                UNCHECKED: QStyle.StandardPixmap.SP_MessageBoxQuestion,
            }[status]
            icon = QApplication.style().standardIcon(pixmap)
            self._icons[status] = icon
        return icon


def _date(value: str | None) -> QDate | None:
    if not value:
        return None
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return date if date.isValid() else None


def _ui_languages() -> tuple[str, ...]:
    languages = [lang.replace("_", "-") for lang in QLocale().uiLanguages()]
    return (*languages, "en")


__all__ = [
    "NOT_VALID",
    "UNCHECKED",
    "VERIFIED",
    "VERIFIED_UNRECOGNISED",
    "Column",
    "CredentialTableModel",
    "IdRole",
    "Role",
    "SearchTextRole",
    "SortRole",
    "SummaryRole",
    "VerificationRole",
]
