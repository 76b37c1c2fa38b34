"""The row above the credentials: filters (issuer, verification, tag, format) and the sort order.

It only edits the :class:`~ui.credentials.credential_filter.CredentialFilterProxy`; the choices are
taken from the rows the model holds, so nothing here asks the vault anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ui.credentials.credential_filter import CredentialFilterProxy
from ui.credentials.credential_model import GOOD_BADGES, Column, CredentialTableModel, format_name
from wallet.verify.summary import EXPIRED, INVALID, NOT_YET_VALID, REVOKED, TAMPERED, UNCHECKED, VERIFIED_UNRECOGNISED, WRONG_ISSUER

NOT_VALID_BADGES = (EXPIRED, NOT_YET_VALID, REVOKED, WRONG_ISSUER, INVALID, TAMPERED)


class CredentialFilterBar(QWidget):
    """Issuer · status · tag · format filters, then "Sort by" and its direction.

    ``sort_changed(column, order)`` asks the views to sort (the table also sorts by its header).
    """

    sort_changed = Signal(int, Qt.SortOrder)

    def __init__(self, model: CredentialTableModel, proxy: CredentialFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy

        self.issuer = self._combo()
        self.status = self._combo()
        self.tag = self._combo()
        self.format = self._combo()
        for _text, badges in self._status_choices():
            self.status.addItem("", badges)
        self.sort = self._combo()
        for column, _text in self._sort_choices():
            self.sort.addItem("", int(column))
        self.order = QToolButton(self)
        self.order.setCheckable(True)
        self.order.setAutoRaise(True)
        self.order.toggled.connect(self._sort_edited)
        self.sort.currentIndexChanged.connect(self._sort_edited)

        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.issuer)
        self.sort_label = QLabel(self)
        self.sort_label.setBuddy(self.sort)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_label)
        for combo in (self.issuer, self.status, self.tag, self.format):
            layout.addWidget(combo)
        layout.addStretch(1)
        layout.addWidget(self.sort_label)
        layout.addWidget(self.sort)
        layout.addWidget(self.order)

        self.issuer.currentIndexChanged.connect(lambda _i: proxy.set_issuer(self.issuer.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: proxy.set_badges(self.status.currentData()))
        self.tag.currentIndexChanged.connect(lambda _i: proxy.set_tag(self.tag.currentData()))
        self.format.currentIndexChanged.connect(lambda _i: proxy.set_format(self.format.currentData()))
        model.modelReset.connect(self.refresh_choices)
        self.show_sort(Column.ADDED, Qt.SortOrder.DescendingOrder)
        self.retranslate()

    def _status_choices(self) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
        return (
            (self.tr("Any status"), None),
            (self.tr("Verified"), GOOD_BADGES),
            (self.tr("Issuer not recognised"), (VERIFIED_UNRECOGNISED,)),
            (self.tr("Cannot check offline"), (UNCHECKED,)),
            (self.tr("Not valid"), NOT_VALID_BADGES),
        )

    def _sort_choices(self) -> tuple[tuple[Column, str], ...]:
        return (
            (Column.ADDED, self.tr("Date added")),
            (Column.ISSUED, self.tr("Date issued")),
            (Column.TITLE, self.tr("Title")),
            (Column.AWARDING_BODY, self.tr("Issuer")),
            (Column.EQF, self.tr("EQF level")),
            (Column.ECTS, self.tr("ECTS")),
            (Column.VERIFICATION, self.tr("Verification")),
            (Column.FORMAT, self.tr("Format")),
        )

    def retranslate(self) -> None:
        """Every text of the bar; at start and on ``LanguageChange`` (after the model re-read its languages)."""
        for combo, name in (
            (self.issuer, self.tr("Filter by issuer")),
            (self.status, self.tr("Filter by verification")),
            (self.tag, self.tr("Filter by tag")),
            (self.format, self.tr("Filter by format")),
            (self.sort, self.tr("Sort by")),
        ):
            combo.setAccessibleName(name)
            combo.view().setAccessibleName(self.tr("%1: choices").replace("%1", name))
            combo.setToolTip(name)
        for position, (text, _badges) in enumerate(self._status_choices()):
            self.status.setItemText(position, text)
        for position, (_column, text) in enumerate(self._sort_choices()):
            self.sort.setItemText(position, text)
        self.order.setAccessibleName(self.tr("Sort direction"))
        self.filter_label.setText(self.tr("&Show:"))
        self.sort_label.setText(self.tr("S&ort by:"))
        self._update_order_text()
        self.refresh_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(220)
        combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return combo

    # -- choices ------------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Rebuild the issuer, tag and format choices from the model, keeping what was chosen."""
        summaries = self.model.summaries()
        issuers = sorted({self.model.body_of(s) for s in summaries if self.model.body_of(s)}, key=str.casefold)
        tags = sorted({t for s in summaries for t in s.tags}, key=str.casefold)
        formats = sorted({s.format for s in summaries})
        self._fill(self.issuer, self.tr("Any issuer"), [(i, i) for i in issuers])
        self._fill(self.tag, self.tr("Any tag"), [(t, t) for t in tags])
        self._fill(self.format, self.tr("Any format"), [(format_name(f), f) for f in formats])

    def _fill(self, combo: QComboBox, everything: str, choices: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, None)
            for text, value in choices:
                combo.addItem(text, value)
            position = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(position, 0))
        if combo.currentData() != chosen:
            combo.currentIndexChanged.emit(combo.currentIndex())

    def choose(self, combo: QComboBox, value: Any) -> None:
        """Select ``value`` in ``combo`` (``None``: everything)."""
        position = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(position, 0))

    def reset(self) -> None:
        for combo in (self.issuer, self.status, self.tag, self.format):
            combo.setCurrentIndex(0)

    # -- sorting ------------------------------------------------------------------------------

    def show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Reflect a sort made elsewhere (a header click) without sorting again."""
        with QSignalBlocker(self.sort), QSignalBlocker(self.order):
            position = self.sort.findData(int(column))
            if position >= 0:
                self.sort.setCurrentIndex(position)
            self.order.setChecked(order == Qt.SortOrder.DescendingOrder)
        self._update_order_text()

    def _update_order_text(self) -> None:
        descending = self.order.isChecked()
        column = self.sort.currentData()
        if column in (Column.ADDED, Column.ISSUED):
            text = self.tr("Newest first") if descending else self.tr("Oldest first")
        elif column in (Column.EQF, Column.ECTS):
            text = self.tr("Highest first") if descending else self.tr("Lowest first")
        elif column == Column.VERIFICATION:
            text = self.tr("Problems first") if descending else self.tr("Verified first")
        else:
            text = self.tr("Z to A") if descending else self.tr("A to Z")
        self.order.setText(text)
        self.order.setToolTip(self.tr("Sort direction: %1").replace("%1", text))

    def _sort_edited(self, *_args: object) -> None:
        self._update_order_text()
        order = Qt.SortOrder.DescendingOrder if self.order.isChecked() else Qt.SortOrder.AscendingOrder
        self.sort_changed.emit(int(self.sort.currentData()), order)


__all__ = ["NOT_VALID_BADGES", "CredentialFilterBar"]
