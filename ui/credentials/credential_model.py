"""The credential list as a Qt table model over the core's :class:`CredentialSummary` (STYLE rule 11).

Columns: title, awarding body, issued, ECTS, EQF, verification, added, format. Besides Qt's own
roles the model answers these roles (on any column of a row):

``SummaryRole``       the :class:`~wallet.vault.CredentialSummary` itself
``IdRole``            the credential's vault id (int)
``SortRole``          a value that sorts naturally for the column (dates as ISO text, numbers as
                      numbers, ``None`` when missing, verification from best to worst)
``SearchTextRole``    the folded text search-as-you-type matches (title, body, outcomes, tags)
``VerificationRole``  the badge code of :func:`wallet.verify.summary.badge_for` (``verified``,
                      ``verified-unrecognised``, ``expired``, ``revoked``, ``tampered``, ...)
``TagsRole``          the credential's tags (tuple of str)
``FormatRole``        the credential's format code (``vc-jsonld``, ``openbadges-2``, ...)
``IssuerRole``        the awarding body as shown (for the issuer filter)

Display text is translated and follows a live language switch (:meth:`CredentialTableModel.retranslate`,
called by the view that owns the model); the verification column also carries an icon, but its words always say
the status, so nothing depends on colour or the icon alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ui.credentials.check_text import CheckText
from ui.widgets.safe_text import visible_controls
from wallet.model import text_in
from wallet.verify.summary import (
    BADGES,
    UNCHECKED,
    VERIFIED,
    VERIFIED_UNRECOGNISED,
    badge_for,
)

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
    ADDED = 6
    FORMAT = 7


class Role(IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    SORT = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4
    VERIFICATION = Qt.ItemDataRole.UserRole + 5
    TAGS = Qt.ItemDataRole.UserRole + 6
    FORMAT = Qt.ItemDataRole.UserRole + 7
    ISSUER = Qt.ItemDataRole.UserRole + 8


SummaryRole = Role.SUMMARY
IdRole = Role.ID
SortRole = Role.SORT
SearchTextRole = Role.SEARCH_TEXT
VerificationRole = Role.VERIFICATION

GOOD_BADGES = (VERIFIED, VERIFIED_UNRECOGNISED)


def verification_status(summary: CredentialSummary) -> str:
    """The badge code for a summary: verdict, which checks failed, and issuer trust beside it."""
    return badge_for(summary.verdict, summary.failed_checks, summary.trust, summary.failed_codes)


def badge_icon(badge: str) -> QIcon:
    """The icon shown beside a badge's words (a shape, so it reads without colour too)."""
    if badge == VERIFIED:
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
    elif badge == VERIFIED_UNRECOGNISED:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
    elif badge == UNCHECKED:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxQuestion
    else:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
    return QApplication.style().standardIcon(pixmap)


def format_name(code: str) -> str:
    """A credential format in words (format names are proper names; only the fallback is translated)."""
    return {
        "vc-jsonld": "Verifiable Credential",
        "vc-jwt": "Verifiable Credential (JWT)",
        "sd-jwt-vc": "SD-JWT VC",
        "openbadges-2": "Open Badges 2.0",
        "edc-jsonld": "Europass (EDC)",
        "edc-xml": "Europass (EDC XML)",
        "vp-jsonld": "Verifiable Presentation",
    }.get(code, code)


def _fold(value: str) -> str:
    from wallet.vault.repository import fold

    return fold(value)


class CredentialTableModel(QAbstractTableModel):
    """Rows are summaries in the order given (the vault's: most recently imported first)."""

    def __init__(self, parent: QObject | None = None, languages: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CredentialSummary] = []
        self._row_of: dict[int, int] = {}
        self._search: dict[int, str] = {}
        self._chosen_languages = tuple(languages) if languages is not None else None
        self._languages = self._chosen_languages or ui_languages()
        self._locale = QLocale()
        self._icons: dict[str, QIcon] = {}
        self.words = CheckText(self)

    def retranslate(self) -> None:
        """Follow a language switch: re-read the interface language (credential text in several
        languages, dates, numbers) and tell the views that every header and cell changed."""
        self._languages = self._chosen_languages or ui_languages()
        self._locale = QLocale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # -- contents -----------------------------------------------------------------------------

    def set_summaries(self, summaries: Sequence[CredentialSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._row_of = {s.id: row for row, s in enumerate(self._rows)}
        self._search.clear()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock: nothing of the vault stays in memory the GUI holds)."""
        self.set_summaries([])

    def summary(self, row: int) -> CredentialSummary:
        return self._rows[row]

    def summaries(self) -> list[CredentialSummary]:
        return list(self._rows)

    def row_of(self, credential_id: int) -> int | None:
        """The row showing ``credential_id``, or ``None``."""
        return self._row_of.get(credential_id)

    def title_of(self, summary: CredentialSummary) -> str:
        """The title in the learner's language, bidi controls made visible (item views never render rich text)."""
        return visible_controls(text_in(summary.record.title, self._languages) or summary.title or self.tr("Untitled credential"))

    def body_of(self, summary: CredentialSummary) -> str:
        return visible_controls(text_in(summary.record.awarding_body, self._languages) or summary.awarding_body)

    def issued_text(self, summary: CredentialSummary) -> str:
        date = _date(summary.issued)
        if date is None:
            return summary.issued or ""
        return self._locale.toString(date, QLocale.FormatType.ShortFormat)

    def column_title(self, column: Column) -> str:
        return {
            Column.TITLE: self.tr("Title"),
            Column.AWARDING_BODY: self.tr("Awarding body"),
            Column.ISSUED: self.tr("Issued"),
            Column.ECTS: self.tr("ECTS"),
            Column.EQF: self.tr("EQF level"),
            Column.VERIFICATION: self.tr("Verification"),
            Column.ADDED: self.tr("Added"),
            Column.FORMAT: self.tr("Format"),
        }[column]

    def verification_text(self, status: str) -> str:
        return self.words.badge_text(status)

    def verification_explanation(self, status: str) -> str:
        return self.words.badge_explanation(status)

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
        if role == Role.TAGS:
            return summary.tags
        if role == Role.FORMAT:
            return summary.format
        if role == Role.ISSUER:
            return self.body_of(summary)
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
                int(Role.TAGS): QByteArray(b"tags"),
                int(Role.FORMAT): QByteArray(b"format"),
                int(Role.ISSUER): QByteArray(b"issuer"),
            }
        )
        return names

    # -- helpers ------------------------------------------------------------------------------

    def _display(self, summary: CredentialSummary, column: Column) -> str:
        if column == Column.TITLE:
            return self.title_of(summary)
        if column == Column.AWARDING_BODY:
            return self.body_of(summary)
        if column == Column.ISSUED:
            return self.issued_text(summary)
        if column == Column.ECTS:
            if summary.ects is None:
                return ""
            return self._locale.toString(float(summary.ects), "g", 4)
        if column == Column.EQF:
            return "" if summary.eqf is None else self._locale.toString(int(summary.eqf))
        if column == Column.ADDED:
            added = QDate(summary.imported_at.year, summary.imported_at.month, summary.imported_at.day)
            return self._locale.toString(added, QLocale.FormatType.ShortFormat)
        if column == Column.FORMAT:
            return format_name(summary.format)
        return self.verification_text(verification_status(summary))

    def _sort_key(self, summary: CredentialSummary, column: Column) -> Any:
        # ``None`` for a missing value: the proxy puts those last in either direction.
        if column == Column.ISSUED:
            return summary.issued or None
        if column == Column.ECTS:
            return summary.ects
        if column == Column.EQF:
            return summary.eqf
        if column == Column.VERIFICATION:
            return BADGES.index(verification_status(summary))
        if column == Column.ADDED:
            return summary.imported_at.isoformat()
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
            icon = self._icons[status] = badge_icon(status)
        return icon


def _date(value: str | None) -> QDate | None:
    if not value:
        return None
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return date if date.isValid() else None


def ui_languages() -> tuple[str, ...]:
    """The learner's languages, most preferred first, then English: those of the default ``QLocale``,
    which :func:`ui.preferences.language.apply_language` sets to the interface language."""
    languages = [lang.replace("_", "-") for lang in QLocale().uiLanguages()]
    return (*languages, "en")


__all__ = [
    "GOOD_BADGES",
    "Column",
    "CredentialTableModel",
    "IdRole",
    "Role",
    "SearchTextRole",
    "SortRole",
    "SummaryRole",
    "VerificationRole",
    "badge_icon",
    "format_name",
    "ui_languages",
    "verification_status",
]
