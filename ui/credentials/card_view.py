"""Credentials as cards: the same proxy model as the table, drawn by a delegate in a wrapping grid.

Every colour comes from the palette (Base, AlternateBase, Mid, Highlight, Text, PlaceholderText), so
dark and high-contrast themes just work. A card reads without colour: the badge is an icon and
words; the selected card has a thicker frame as well as the highlight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.credentials.credential_model import Role, badge_icon

if TYPE_CHECKING:
    from ui.credentials.credential_model import CredentialTableModel
    from wallet.vault import CredentialSummary

CARD_WIDTH = 300
PADDING = 14


class CredentialCardDelegate(QStyledItemDelegate):
    """Paints one credential as a card: title, awarding body, facts line, badge, tags."""

    def __init__(self, model: CredentialTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.12)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        return title, base, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, base, small = self._fonts(option)
        height = (
            PADDING * 2
            + QFontMetrics(title).lineSpacing() * 2
            + QFontMetrics(base).lineSpacing() * 3
            + QFontMetrics(small).lineSpacing()
            + 18
        )
        return QSize(CARD_WIDTH, height)

    def facts(self, summary: CredentialSummary) -> str:
        parts: list[str] = []
        issued = self.model.issued_text(summary)
        if issued:
            parts.append(self.tr("Issued %1").replace("%1", issued))
        if summary.ects is not None:
            parts.append(self.tr("%1 ECTS").replace("%1", f"{summary.ects:g}"))
        if summary.eqf is not None:
            parts.append(self.tr("EQF %1").replace("%1", str(summary.eqf)))
        return "  ·  ".join(parts)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        summary: CredentialSummary | None = index.data(Role.SUMMARY)
        if summary is None:
            return
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        title_font, base_font, small_font = self._fonts(option)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Base)
        if selected:  # a tint of the highlight over the card, from the palette (no colour of our own)
            fill = _blend(fill, palette.color(QPalette.ColorRole.Highlight), 0.18)
        border = palette.color(QPalette.ColorRole.Highlight) if selected or focused else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3 if selected else (2 if focused else 1)))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        text_role = QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.PlaceholderText
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        y = inner.top()

        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title_metrics = QFontMetrics(title_font)
        title_rect = QRect(inner.left(), y, inner.width(), title_metrics.lineSpacing() * 2)
        title = self.model.title_of(summary)
        painter.drawText(
            title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), _elide_lines(title, title_metrics, inner.width(), 2)
        )
        y += title_rect.height() + 2

        base_metrics = QFontMetrics(base_font)
        painter.setFont(base_font)
        painter.setPen(palette.color(muted_role))
        body = base_metrics.elidedText(self.model.body_of(summary), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), y, inner.width(), base_metrics.lineSpacing()), int(Qt.AlignmentFlag.AlignLeft), body)
        y += base_metrics.lineSpacing()
        facts = base_metrics.elidedText(self.facts(summary), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), y, inner.width(), base_metrics.lineSpacing()), int(Qt.AlignmentFlag.AlignLeft), facts)
        y += base_metrics.lineSpacing() + 8

        badge = str(index.data(Role.VERIFICATION))
        icon_size = base_metrics.height()
        badge_icon(badge).paint(painter, QRect(inner.left(), y, icon_size, icon_size))
        painter.setPen(palette.color(text_role))
        words = base_metrics.elidedText(self.model.verification_text(badge), Qt.TextElideMode.ElideRight, inner.width() - icon_size - 6)
        painter.drawText(
            QRect(inner.left() + icon_size + 6, y, inner.width() - icon_size - 6, base_metrics.lineSpacing()),
            int(Qt.AlignmentFlag.AlignLeft),
            words,
        )
        y += base_metrics.lineSpacing() + 4

        if summary.tags:
            small_metrics = QFontMetrics(small_font)
            painter.setFont(small_font)
            painter.setPen(palette.color(muted_role))
            tags = small_metrics.elidedText("  ".join(f"#{t}" for t in summary.tags), Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), small_metrics.lineSpacing()), int(Qt.AlignmentFlag.AlignLeft), tags)
        painter.restore()


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def _elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` cut so that it fits ``lines`` wrapped lines of ``width`` (last line elided)."""
    if metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height() <= metrics.lineSpacing() * lines:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        candidate = text[:mid].rstrip() + "…"
        if (
            metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), candidate).height()
            <= metrics.lineSpacing() * lines
        ):
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


class CredentialCardView(QListView):
    """A wrapping grid of cards over the proxy model (column 0 of each row)."""

    def __init__(self, model: CredentialTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionRectVisible(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setItemDelegate(CredentialCardDelegate(model, self))
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # cards (Base) stand out from the page


__all__ = ["CredentialCardDelegate", "CredentialCardView"]
