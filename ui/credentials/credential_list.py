"""The credential list page: search, filters and sort, and the credentials as a table or as cards.

Both views show the same :class:`CredentialFilterProxy` and share one selection model, so switching
between them keeps the current credential. Nothing here touches the vault except ``load``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.credentials.card_view import CredentialCardView
from ui.credentials.credential_filter import CredentialFilterProxy
from ui.credentials.credential_model import Column, CredentialTableModel, Role
from ui.credentials.filter_bar import CredentialFilterBar
from ui.widgets.page import centered_column, heading, paragraph

if TYPE_CHECKING:
    from ui.session import Session
    from wallet.vault import CredentialSummary

__all__ = ["CredentialFilterProxy", "CredentialListView"]

LIST, CARDS = "list", "cards"


class _CredentialTable(QTableView):
    """The table; Enter opens the current credential on every platform (not only where Qt maps it)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class _Cards(CredentialCardView):
    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CredentialListView(QWidget):
    """What an unlocked wallet shows. ``load`` fetches summaries on the worker; ``clear`` forgets them.

    ``activated(id)`` is emitted when a credential is opened (Enter, double click);
    ``current_changed(id or 0)`` when the selection moves.
    """

    activated = Signal(int)
    current_changed = Signal(int)
    loaded = Signal(int)

    EMPTY, TABLE, CARD_GRID, NO_MATCH = range(4)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CredentialTableModel(self)
        self.proxy = CredentialFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._mode = LIST
        self._keep_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)

        self.list_button = self._mode_button()
        self.cards_button = self._mode_button()
        self.list_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.list_button)
        modes.addButton(self.cards_button)
        self.list_button.toggled.connect(self._mode_toggled)
        self.cards_button.toggled.connect(self._mode_toggled)

        self.filters = CredentialFilterBar(self.model, self.proxy, self)
        self.filters.sort_changed.connect(self.sort)

        self.table = _CredentialTable(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.AWARDING_BODY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.ISSUED, 96), (Column.ECTS, 56), (Column.EQF, 76), (Column.VERIFICATION, 230), (Column.ADDED, 96)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionHidden(Column.FORMAT, True)  # in the filter and sort choices; a column too many here
        header.sortIndicatorChanged.connect(self.filters.show_sort)
        self.table.activated.connect(self._activated)
        self.table.open_requested.connect(self._activated)

        self.cards = _Cards(self.model, self)
        self.cards.setModel(self.proxy)
        self.cards.setModelColumn(Column.TITLE)
        self.cards.setSelectionModel(self.table.selectionModel())
        self.cards.activated.connect(self._activated)
        self.cards.open_requested.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.empty_state = self._build_empty_state()
        self.no_match = QLabel(self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.cards)
        self.stack.addWidget(self.no_match)

        self.count = QLabel(self)
        self.count.setEnabled(False)  # secondary text in the palette's muted colour

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.list_button)
        top.addWidget(self.cards_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        self.model.modelReset.connect(self._update_state)
        self.proxy.rowsInserted.connect(self._update_state)
        self.proxy.rowsRemoved.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.sort(Column.ADDED, Qt.SortOrder.DescendingOrder)
        self.setTabOrder(self.search, self.list_button)
        self.setTabOrder(self.list_button, self.cards_button)
        self.setTabOrder(self.cards_button, self.filters.issuer)
        self.setTabOrder(self.filters.issuer, self.filters.status)
        self.setTabOrder(self.filters.status, self.filters.tag)
        self.setTabOrder(self.filters.tag, self.filters.format)
        self.setTabOrder(self.filters.format, self.filters.sort)
        self.setTabOrder(self.filters.sort, self.filters.order)
        self.setTabOrder(self.filters.order, self.table)
        self.setTabOrder(self.table, self.cards)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page (the model's headers and words too); at start and on ``LanguageChange``."""
        self.search.setPlaceholderText(self.tr("Search titles, issuers, outcomes and tags  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search credentials"))
        for button, text, name in (
            (self.list_button, self.tr("&List"), self.tr("Show as a list")),
            (self.cards_button, self.tr("C&ards"), self.tr("Show as cards")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.table.setAccessibleName(self.tr("Credentials"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns; choose one to sort by it"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.cards.setAccessibleName(self.tr("Credentials as cards"))
        self.empty_title.setText(self.tr("No credentials yet"))
        self.empty_title.setAccessibleName(self.empty_title.text())
        self.empty_state.setAccessibleName(self.empty_title.text())
        self.empty_body.setText(
            self.tr(
                "Your wallet is ready. Use Add credentials… or drag a credential file here: "
                "badges, diplomas and micro-credentials in JSON, JWT, PNG, SVG or XML."
            )
        )
        self.empty_hint.setText(self.tr("You can also add one from a terminal: satchel import FILE"))
        self.model.retranslate()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        # The page first, then (Qt sends the event on to the children) the filter bar, which reads
        # the model's re-read languages.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mode_toggled(self, on: bool) -> None:
        if on:
            self.set_mode(CARDS if self.cards_button.isChecked() else LIST)

    def _mode_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    def _build_empty_state(self) -> QWidget:
        content = QWidget(self)
        self.empty_title = heading("", content, scale=1.3)
        self.empty_body = paragraph("", content)
        self.empty_hint = paragraph("", content)
        self.empty_hint.setEnabled(False)  # secondary text in the palette's own muted colour
        self.empty_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_body)
        layout.addWidget(self.empty_hint)
        return centered_column(content, self)

    # -- data -------------------------------------------------------------------------------

    def load(self, keep_id: int | None = None) -> None:
        """Fetch the summaries on the worker and show them; ``keep_id`` stays selected if still there."""
        self._keep_id = keep_id if keep_id is not None else self.current_id()
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
        keep = self._keep_id
        self.model.set_summaries(summaries)
        self._keep_id = None
        if keep is None or not self.select(keep):
            self._select_first()
        self.loaded.emit(len(summaries))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.search.clear()
        self.filters.reset()
        self.model.clear()

    # -- selection ----------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        value = self.proxy.data(index, Role.ID) if index.isValid() else None
        return int(value) if value is not None else None

    def select(self, credential_id: int) -> bool:
        """Make ``credential_id`` current and visible; ``False`` when it is not shown."""
        row = self.model.row_of(credential_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.current_view().scrollTo(index)
        return True

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.proxy.index(0, Column.TITLE), flags)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = self.proxy.data(current, Role.ID) if current.isValid() else None
        self.current_changed.emit(int(value) if value is not None else 0)

    # -- views --------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Show the credentials as a ``"list"`` or as ``"cards"``; the current credential stays."""
        self._mode = CARDS if mode == CARDS else LIST
        self.list_button.setChecked(self._mode == LIST)
        self.cards_button.setChecked(self._mode == CARDS)
        had_focus = self.table.hasFocus() or self.cards.hasFocus()
        self._update_state()
        if had_focus:
            self.current_view().setFocus()
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            self.current_view().scrollTo(current)

    def current_view(self) -> QAbstractItemView:
        return self.cards if self._mode == CARDS else self.table

    def sort(self, column: int, order: Qt.SortOrder) -> None:
        self.table.sortByColumn(column, order)  # sorts the proxy, so the cards follow
        self.filters.show_sort(column, order)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_state()

    def _update_state(self, *_args: object) -> None:
        total = self.model.rowCount()
        if total == 0:
            self.stack.setCurrentIndex(self.EMPTY)
            self.search.setEnabled(False)
            self.filters.setVisible(False)
            self.count.setText("")
            return
        self.search.setEnabled(True)
        self.filters.setVisible(True)
        shown = self.proxy.rowCount()
        if shown == 0:
            query = self.search.text().strip()
            if query:
                self.no_match.setText(self.tr("No credential matches “%1”.").replace("%1", query))
            else:
                self.no_match.setText(self.tr("No credential matches these filters."))
            self.stack.setCurrentIndex(self.NO_MATCH)
        else:
            self.stack.setCurrentIndex(self.CARD_GRID if self._mode == CARDS else self.TABLE)
        if shown == total:
            self.count.setText(self.tr("Credentials in your wallet: %1").replace("%1", str(total)))
        else:
            self.count.setText(self.tr("Showing %1 of %2 credentials").replace("%1", str(shown)).replace("%2", str(total)))

    def _activated(self, index: QModelIndex) -> None:
        credential_id = self.proxy.data(index, Role.ID)
        if credential_id is not None:
            self.activated.emit(int(credential_id))
