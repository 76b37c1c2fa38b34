"""The credential list: a search box, a sortable table through a filter proxy, and empty states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QStackedWidget, QTableView, QVBoxLayout, QWidget

from ui.credentials.credential_model import Column, CredentialTableModel, Role
from ui.widgets.page import centered_column, heading, paragraph

if TYPE_CHECKING:
    from ui.session import Session
    from wallet.vault import CredentialSummary


class CredentialFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose search text holds every typed word (case- and accent-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        from wallet.vault.repository import fold

        words = fold(text).split() if text.strip() else []
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def searching(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), Role.SEARCH_TEXT) or ""
        return all(word in text for word in self._words)


class CredentialListView(QWidget):
    """What an unlocked wallet shows. ``load`` fetches summaries on the worker; ``clear`` forgets them.

    ``activated(id)`` is emitted when a credential is opened (the detail view arrives later).
    """

    activated = Signal(int)
    loaded = Signal(int)

    EMPTY, TABLE, NO_MATCH = range(3)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CredentialTableModel(self)
        self.proxy = CredentialFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, issuers, outcomes and tags"))
        self.search.setAccessibleName(self.tr("Search credentials"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Credentials"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the vault's order until a header is clicked
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.AWARDING_BODY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.ISSUED, 100), (Column.ECTS, 60), (Column.EQF, 80), (Column.VERIFICATION, 250)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.activated.connect(self._activated)

        self.empty_state = self._build_empty_state()
        self.no_match = QLabel(self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.no_match)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.model.modelReset.connect(self._update_state)
        self._update_state()

    def _build_empty_state(self) -> QWidget:
        content = QWidget(self)
        title = heading(self.tr("No credentials yet"), content, scale=1.3)
        body = paragraph(
            self.tr(
                "Your wallet is ready. Use Add credentials… or drag a credential file here: "
                "badges, diplomas and micro-credentials in JSON, JWT, PNG, SVG or XML."
            ),
            content,
        )
        hint = paragraph(self.tr("You can also add one from a terminal: satchel import FILE"), content)
        hint.setEnabled(False)  # secondary text in the palette's own muted colour
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(hint)
        page = centered_column(content, self)
        page.setAccessibleName(self.tr("No credentials yet"))
        return page

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the summaries on the worker and show them."""
        self.session.op(self, lambda h: h.vault.summaries()).success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, summaries: list[CredentialSummary]) -> None:
        if self.session.is_unlocked:  # locked while loading: show nothing
            self.set_summaries(summaries)

    def _load_failed(self, exc: BaseException) -> None:
        from wallet.errors import VaultLocked

        if isinstance(exc, VaultLocked):
            return  # locked while loading; the unlock view is already showing
        from ui.errors import show_error

        show_error(self, exc)

    def set_summaries(self, summaries: list[CredentialSummary]) -> None:
        self.model.set_summaries(summaries)
        self.loaded.emit(len(summaries))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.search.clear()
        self.model.clear()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_state()

    def _update_state(self) -> None:
        if self.model.rowCount() == 0:
            self.stack.setCurrentIndex(self.EMPTY)
            self.search.setEnabled(False)
            return
        self.search.setEnabled(True)
        if self.proxy.rowCount() == 0:
            self.no_match.setText(self.tr("No credential matches “%1”.").replace("%1", self.search.text().strip()))
            self.stack.setCurrentIndex(self.NO_MATCH)
        else:
            self.stack.setCurrentIndex(self.TABLE)

    def _activated(self, index: QModelIndex) -> None:
        credential_id = self.proxy.data(index, Role.ID)
        if credential_id is not None:
            self.activated.emit(int(credential_id))


__all__ = ["CredentialFilterProxy", "CredentialListView"]
