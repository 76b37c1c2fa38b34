"""Tags on one credential: add (with completion), remove, and rename a tag everywhere.

Each tag is a button with a menu (Rename…, Remove), so it works by keyboard (Space opens the menu).
Renaming asks inline, not in a dialog, and applies to every credential carrying the tag (a rename
onto an existing tag merges the two, as the vault defines). ``changed`` tells the window to reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page import message_label
from ui.widgets.safe_text import visible_controls

if TYPE_CHECKING:
    from ui.session import Session, VaultHolder


class TagEditor(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.credential_id = 0
        self.tags: tuple[str, ...] = ()
        self.chips: dict[str, QPushButton] = {}
        self._renaming: str | None = None

        self.chip_area = QWidget(self)
        self.flow = FlowLayout(self.chip_area)
        self.none_label = QLabel(self.chip_area)
        self.none_label.setEnabled(False)

        self.new_tag = QLineEdit(self)
        self.new_tag.setMaxLength(64)
        self.new_tag.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        self.known_tags = QStringListModel(self)
        self.completer = QCompleter(self.known_tags, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.new_tag.setCompleter(self.completer)

        self.rename_row = QWidget(self)
        self.rename_label = QLabel(self.rename_row)
        self.rename_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_edit = QLineEdit(self.rename_row)
        self.rename_edit.setMaxLength(64)
        self.rename_edit.returnPressed.connect(self.apply_rename)
        self.rename_button = QPushButton(self.rename_row)
        self.rename_button.clicked.connect(self.apply_rename)
        self.rename_cancel = QPushButton(self.rename_row)
        self.rename_cancel.clicked.connect(self.cancel_rename)
        rename_layout = QHBoxLayout(self.rename_row)
        rename_layout.setContentsMargins(0, 0, 0, 0)
        rename_layout.addWidget(self.rename_label)
        rename_layout.addWidget(self.rename_edit, 1)
        rename_layout.addWidget(self.rename_button)
        rename_layout.addWidget(self.rename_cancel)
        self.rename_row.setVisible(False)

        self.message = message_label(self)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_tag, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chip_area)
        layout.addWidget(self.rename_row)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the editor (the chips too); at start and on ``LanguageChange``."""
        self.none_label.setText(self.tr("No tags yet."))
        self.new_tag.setPlaceholderText(self.tr("Add a tag, e.g. “job applications”"))
        self.new_tag.setAccessibleName(self.tr("New tag"))
        self.add_button.setText(self.tr("Add &tag"))
        self.add_button.setAccessibleName(self.tr("Add tag"))
        self.rename_edit.setAccessibleName(self.tr("New name for the tag"))
        self.rename_button.setText(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename tag"))
        self.rename_cancel.setText(self.tr("Cancel"))
        self.rename_cancel.setAccessibleName(self.tr("Cancel renaming"))
        if self._renaming is not None:
            self._show_rename_label()
        self.set_tags(self.tags)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ------------------------------------------------------------------------------

    def set_credential(self, credential_id: int, tags: tuple[str, ...], all_tags: list[str]) -> None:
        self.credential_id = credential_id
        self.cancel_rename()
        self.new_tag.clear()
        self._show_message("")
        self.known_tags.setStringList(all_tags)
        self.set_tags(tags)

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.tags = tuple(tags)
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.none_label:
                widget.deleteLater()
        self.chips = {}
        self.none_label.setVisible(not self.tags)
        self.flow.addWidget(self.none_label)
        for tag in self.tags:
            chip = QPushButton(visible_controls(tag), self.chip_area)
            chip.setAccessibleName(self.tr("Tag “%1”: rename or remove").replace("%1", tag))
            menu = QMenu(chip)
            rename = QAction(self.tr("&Rename everywhere…"), menu)
            rename.triggered.connect(lambda _c=False, t=tag: self.start_rename(t))
            remove = QAction(self.tr("Re&move from this credential"), menu)
            remove.triggered.connect(lambda _c=False, t=tag: self.remove(t))
            menu.addAction(rename)
            menu.addAction(remove)
            chip.setMenu(menu)
            self.flow.addWidget(chip)
            self.chips[tag] = chip
        self.chip_area.updateGeometry()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- editing ------------------------------------------------------------------------------

    def add_typed(self) -> None:
        text = " ".join(self.new_tag.text().split())
        if not text:
            self._show_message(self.tr("Type a tag first."))
            return
        credential_id = self.credential_id
        self.session.op(self, lambda h: h.vault.tag(credential_id, text)).success(self._added).failure(self._failed).run()

    def _added(self, tags: tuple[str, ...]) -> None:
        self.new_tag.clear()
        self._show_message("")
        self.set_tags(tags)
        self.changed.emit()

    def remove(self, tag: str) -> None:
        credential_id = self.credential_id
        self.session.op(self, lambda h: h.vault.untag(credential_id, tag)).success(self._removed).failure(self._failed).run()

    def _removed(self, tags: tuple[str, ...]) -> None:
        self.set_tags(tags)
        self.changed.emit()

    def start_rename(self, tag: str) -> None:
        self._renaming = tag
        self._show_rename_label()
        self.rename_edit.setText(tag)
        self.rename_row.setVisible(True)
        self.rename_edit.selectAll()
        self.rename_edit.setFocus()

    def _show_rename_label(self) -> None:
        self.rename_label.setText(self.tr("Rename “%1” on every credential to:").replace("%1", visible_controls(self._renaming or "")))

    def cancel_rename(self) -> None:
        self._renaming = None
        self.rename_row.setVisible(False)

    def apply_rename(self) -> None:
        old, new = self._renaming, " ".join(self.rename_edit.text().split())
        if old is None:
            return
        if not new:
            self._show_message(self.tr("Type the new name first."))
            return
        credential_id = self.credential_id

        def rename(h: VaultHolder) -> tuple[str, ...]:
            h.vault.rename_tag(old, new)
            return h.vault.tags_of(credential_id)

        self.session.op(self, rename).success(self._renamed).failure(self._failed).run()

    def _renamed(self, tags: tuple[str, ...]) -> None:
        self.cancel_rename()
        self._show_message("")
        self.set_tags(tags)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValueError):
            self._show_message(self.tr("A tag has 1 to 64 characters."))
            return
        from ui.errors import error_message

        self._show_message(error_message(exc))


__all__ = ["TagEditor"]
