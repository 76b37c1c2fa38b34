"""The filter and sort proxy between the credential model and its views (list and cards).

:class:`CredentialFilterProxy` keeps the rows whose search text holds every typed word (case- and
accent-insensitive) and that match the chosen issuer, verification badges, tag and format. Sorting
uses the model's ``SortRole``, so missing values go last and verification sorts best to worst.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.credentials.credential_model import Role


class CredentialFilterProxy(QSortFilterProxyModel):
    """Search words AND issuer AND badge AND tag AND format; an empty criterion matches everything."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._issuer: str | None = None
        self._badges: frozenset[str] | None = None
        self._tag: str | None = None
        self._format: str | None = None
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def _change(self, apply: object) -> None:
        self.beginFilterChange()
        assert callable(apply)
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        from wallet.vault.repository import fold

        words = fold(text).split() if text.strip() else []
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_issuer(self, issuer: str | None) -> None:
        if issuer != self._issuer:
            self._change(lambda: setattr(self, "_issuer", issuer))

    def set_badges(self, badges: Iterable[str] | None) -> None:
        value = frozenset(badges) if badges is not None else None
        if value != self._badges:
            self._change(lambda: setattr(self, "_badges", value))

    def set_tag(self, tag: str | None) -> None:
        if tag != self._tag:
            self._change(lambda: setattr(self, "_tag", tag))

    def set_format(self, fmt: str | None) -> None:
        if fmt != self._format:
            self._change(lambda: setattr(self, "_format", fmt))

    @property
    def searching(self) -> bool:
        return bool(self._words)

    @property
    def filtering(self) -> bool:
        """Whether anything (search or a filter) hides rows."""
        return bool(self._words) or any(v is not None for v in (self._issuer, self._badges, self._tag, self._format))

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        """By ``SortRole``; a missing value (``None``) goes last whichever the direction."""
        a, b = left.data(Role.SORT), right.data(Role.SORT)
        if a is None or b is None:
            if a is None and b is None:
                return left.row() < right.row()
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending
        if a == b:
            return left.row() < right.row()
        return bool(a < b)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._issuer is not None and model.data(index, Role.ISSUER) != self._issuer:
            return False
        if self._badges is not None and model.data(index, Role.VERIFICATION) not in self._badges:
            return False
        if self._tag is not None and self._tag not in (model.data(index, Role.TAGS) or ()):
            return False
        if self._format is not None and model.data(index, Role.FORMAT) != self._format:
            return False
        if self._words:
            text = model.data(index, Role.SEARCH_TEXT) or ""
            return all(word in text for word in self._words)
        return True


__all__ = ["CredentialFilterProxy"]
