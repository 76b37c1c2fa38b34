"""One credential, understood: what it says (the 11 EU elements, and plainly which are missing),
whether it holds up (the report, check by check, with when it was checked), who issued it, and the
original exactly as received. Plus the learner's own tags and note.

Everything the credential says is shown as plain text with bidi controls visible
(:mod:`ui.widgets.safe_text`); links inside it open only through :mod:`ui.widgets.link_confirm`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.credentials.check_text import CheckText
from ui.credentials.credential_model import badge_icon, format_name, ui_languages, verification_status
from ui.credentials.detail_parts import clear_layout, form_layout, issuer_domain, raw_text
from ui.credentials.note_editor import NoteEditor
from ui.credentials.tag_editor import TagEditor
from ui.widgets.link_confirm import find_links, open_link
from ui.widgets.page import heading, separator
from ui.widgets.safe_text import plain_label, visible_controls
from wallet.model import MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS, CredentialRecord, Level, Text, Workload, text_in

if TYPE_CHECKING:
    from ui.session import Session
    from wallet.vault import StoredCredential
    from wallet.verify.report import Check

CONTENT_WIDTH = 780


class CredentialDetailView(QWidget):
    """``show_credential(id)`` loads and shows one credential; ``closed`` asks to go back to the list.

    ``changed`` is emitted after tags changed (the list shows them); ``delete_requested(id)``,
    ``recheck_requested(id)`` and ``trust_requested(issuer_id, name)`` are handled by the window.
    """

    closed = Signal()
    changed = Signal()
    loaded = Signal(int)
    delete_requested = Signal(int)
    recheck_requested = Signal(int)
    trust_requested = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.words = CheckText(self)
        self.languages = ui_languages()
        self.credential_id = 0
        self.stored: StoredCredential | None = None
        self.links: dict[str, QPushButton] = {}

        self.back_button = QPushButton(self)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.closed)
        self.recheck_button = QPushButton(self)
        self.recheck_button.clicked.connect(lambda: self.recheck_requested.emit(self.credential_id))
        self.trust_button = QPushButton(self)
        self.trust_button.clicked.connect(self._trust)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.credential_id))
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.recheck_button)
        actions.addWidget(self.trust_button)
        actions.addWidget(self.delete_button)

        # Header: title, awarding body, badge.
        self.title = plain_label("", self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.body = plain_label("", self)
        self.badge_icon = QLabel(self)
        self.badge_text = QLabel(self)
        self.badge_text.setTextFormat(Qt.TextFormat.PlainText)
        badge_font = QFont(self.badge_text.font())
        badge_font.setBold(True)
        self.badge_text.setFont(badge_font)
        self.badge_explanation = QLabel(self)
        self.badge_explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.badge_explanation.setWordWrap(True)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge_icon)
        badge_row.addWidget(self.badge_text)
        badge_row.addWidget(self.badge_explanation, 1)

        # Sections.
        self.checks_heading = self._section_heading()
        self.checked_at = QLabel(self)
        self.checked_at.setEnabled(False)
        self.checks_grid = QGridLayout()
        self.checks_grid.setHorizontalSpacing(10)
        self.checks_grid.setVerticalSpacing(8)
        self.checks_grid.setColumnStretch(1, 1)

        self.issuer_form = form_layout()
        self.elements_summary = plain_label("", self, selectable=False)
        self.elements_form = form_layout()
        self.outcomes_box = QVBoxLayout()
        self.optional_form = form_layout()
        self.links_box = QVBoxLayout()
        self.issuer_heading = self._section_heading()
        self.elements_heading = self._section_heading()
        self.outcomes_heading = self._section_heading()
        self.optional_heading = self._section_heading()
        self.links_heading = self._section_heading()
        self.tags_heading = self._section_heading()
        self.note_heading = self._section_heading()
        self.original_heading = self._section_heading()

        self.tags = TagEditor(session, self)
        self.tags.changed.connect(self.changed)
        self.note = NoteEditor(session, self)

        self.raw_button = QPushButton(self)
        self.raw_button.setCheckable(True)
        self.raw_button.toggled.connect(self._toggle_raw)
        self.raw_info = plain_label("", self, selectable=False)
        self.raw_info.setEnabled(False)
        self.raw = QPlainTextEdit(self)
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setMinimumHeight(260)
        self.raw.setTabChangesFocus(True)
        self.raw.setVisible(False)

        content = QWidget(self)
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addLayout(actions)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addLayout(badge_row)
        column.addWidget(separator(content))
        column.addWidget(self.checks_heading)
        column.addWidget(self.checked_at)
        column.addLayout(self.checks_grid)
        column.addWidget(self.issuer_heading)
        column.addLayout(self.issuer_form)
        column.addWidget(self.elements_heading)
        column.addWidget(self.elements_summary)
        column.addLayout(self.elements_form)
        column.addWidget(self.outcomes_heading)
        column.addLayout(self.outcomes_box)
        column.addWidget(self.optional_heading)
        column.addLayout(self.optional_form)
        column.addWidget(self.links_heading)
        column.addLayout(self.links_box)
        column.addWidget(self.tags_heading)
        column.addWidget(self.tags)
        column.addWidget(self.note_heading)
        column.addWidget(self.note)
        column.addWidget(self.original_heading)
        column.addWidget(self.raw_info)
        column.addWidget(self.raw_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.raw)
        column.addStretch(1)

        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(holder)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page, and the credential shown again in the (new) interface language;
        at start and on ``LanguageChange``. The tag and note editors retranslate themselves."""
        self.languages = ui_languages()
        for button, text, name in (
            (self.back_button, self.tr("← &Back to list"), self.tr("Back to the list")),
            (self.recheck_button, self.tr("Re-&check"), self.tr("Check this credential again")),
            (self.trust_button, self.tr("T&rust this issuer…"), self.tr("Trust this issuer")),
            (self.delete_button, self.tr("&Delete…"), self.tr("Delete this credential")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        for label, text in (
            (self.checks_heading, self.tr("Verification")),
            (self.issuer_heading, self.tr("Issuer")),
            (self.elements_heading, self.tr("EU credential elements")),
            (self.outcomes_heading, self.tr("Learning outcomes")),
            (self.optional_heading, self.tr("Optional elements")),
            (self.links_heading, self.tr("Links in this credential")),
            (self.tags_heading, self.tr("Your tags")),
            (self.note_heading, self.tr("Your note")),
            (self.original_heading, self.tr("Original")),
        ):
            label.setText(text)
            label.setAccessibleName(text)
        self.raw_button.setAccessibleName(self.tr("Show the original"))
        self._update_raw_button()
        self.raw.setAccessibleName(self.tr("The original credential"))
        self.scroller.setAccessibleName(self.tr("Credential details"))
        if self.stored is not None:
            self._render(self.stored)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _section_heading(self) -> QLabel:
        label = heading("", self, scale=1.15)
        label.setContentsMargins(0, 12, 0, 0)
        return label

    # -- loading ------------------------------------------------------------------------------

    def show_credential(self, credential_id: int) -> None:
        """Fetch credential ``credential_id`` (and the wallet's tag names) on the worker and show it."""
        self.credential_id = credential_id
        self.session.op(self, lambda h: (h.vault.get(credential_id), [name for name, _n in h.vault.all_tags()])).success(
            self._loaded
        ).failure(self._load_failed).run()

    def _load_failed(self, exc: BaseException) -> None:
        from wallet.errors import NotFound, VaultLocked

        if isinstance(exc, NotFound):
            self.closed.emit()  # deleted meanwhile: back to the list
        elif not isinstance(exc, VaultLocked):
            from ui.errors import show_error

            show_error(self, exc)

    def _loaded(self, result: tuple[StoredCredential, list[str]]) -> None:
        stored, all_tags = result
        if stored.id != self.credential_id:
            return  # another credential was asked for meanwhile
        self.show_stored(stored, all_tags)
        self.loaded.emit(stored.id)

    def clear(self) -> None:
        """Forget the credential shown (on lock)."""
        self.stored = None
        self.credential_id = 0
        self.raw.clear()
        self.note.set_credential(0, "")
        self.title.clear()

    def show_stored(self, stored: StoredCredential, all_tags: list[str] | None = None) -> None:
        self.stored = stored
        self.credential_id = stored.id
        summary = stored.summary
        self._render(stored)
        self.tags.set_credential(stored.id, summary.tags, all_tags or list(summary.tags))
        self.note.set_credential(stored.id, stored.note)
        self.raw_button.setChecked(False)
        self.raw.clear()
        self.trust_button.setEnabled(bool(self._issuer_id(stored)) and summary.trust != "trusted")
        self.scroller.verticalScrollBar().setValue(0)

    def _render(self, stored: StoredCredential) -> None:
        """What the credential says and how it checked, in the interface language (the learner's
        tags, note and the original are left as they are)."""
        summary = stored.summary
        record = summary.record
        self.title.setText(visible_controls(self._text(record.title) or summary.title or self.tr("Untitled credential")))
        self.title.setAccessibleName(self.title.text())
        self.body.setText(visible_controls(self._text(record.awarding_body) or summary.awarding_body))
        badge = verification_status(summary)
        size = self.badge_text.fontMetrics().height() + 4
        self.badge_icon.setPixmap(badge_icon(badge).pixmap(size, size))
        self.badge_text.setText(self.words.badge_text(badge))
        self.badge_explanation.setText(self.words.badge_explanation(badge))
        self._show_checks(stored)
        self._show_issuer(stored)
        self._show_elements(record)
        self._show_links(record, stored)
        self._show_raw_info(stored)

    # -- sections -----------------------------------------------------------------------------

    def _text(self, value: Text | None) -> str:
        return text_in(value, self.languages) or ""

    def _show_checks(self, stored: StoredCredential) -> None:
        clear_layout(self.checks_grid)
        report = stored.report
        if report is None:
            self.checked_at.setText(self.tr("This credential has not been checked yet."))
            return
        self.checked_at.setText(self.tr("Last checked: %1").replace("%1", self.words.moment(report.checked_at)))
        for row, check in enumerate(report.checks):
            self._check_row(row, check)

    def _check_row(self, row: int, check: Check) -> None:
        """One check: an icon, then "Signature — Passed" in bold and the sentence under it."""
        outcome = str(check.outcome)
        icon = QLabel(self)
        size = icon.fontMetrics().height()
        icon.setPixmap(badge_icon(_OUTCOME_BADGE.get(outcome, "invalid")).pixmap(size, size))
        icon.setFixedWidth(size + 4)
        title = QLabel(
            self.tr("%1 — %2").replace("%1", self.words.check_title(check.id)).replace("%2", self.words.outcome_text(outcome)), self
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        sentence = self.words.sentence(check.code, check.data, check.detail)
        checked = check.data.get("checked_at")
        if check.id == "status" and checked:
            sentence += " " + self.tr("(Status list as of %1.)").replace("%1", self.words.date(checked))
        text = plain_label(sentence, self)
        block = QWidget(self)
        lines = QVBoxLayout(block)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(1)
        lines.addWidget(title)
        lines.addWidget(text)
        self.checks_grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
        self.checks_grid.addWidget(block, row, 1)

    def _issuer_id(self, stored: StoredCredential) -> str | None:
        report = stored.report
        return (report.issuer.id if report else None) or stored.summary.record.issuer_id

    def _show_issuer(self, stored: StoredCredential) -> None:
        clear_layout(self.issuer_form)
        record = stored.summary.record
        report = stored.report
        name = (report.issuer.name if report else None) or self._text(record.awarding_body) or self.tr("Not named")
        identifier = self._issuer_id(stored)
        self._form_row(self.issuer_form, self.tr("Name"), name)
        self._form_row(self.issuer_form, self.tr("Identifier"), identifier or self.tr("Not given"))
        domain = issuer_domain(identifier)
        if domain:
            self._form_row(self.issuer_form, self.tr("Web domain"), domain)
        elif identifier and identifier.startswith("did:key:"):
            self._form_row(self.issuer_form, self.tr("Web domain"), self.tr("None: the identifier is a bare key, not tied to a website"))
        if report is not None:
            for check in report.checks:
                subject = check.data.get("subject") or check.data.get("certificate_subject")
                if check.id == "issuer-key" and subject:
                    self._form_row(self.issuer_form, self.tr("Certificate subject"), str(subject))
            trust = {
                "trusted": self.tr("Recognised: in a trust list you accept"),
                "untrusted": self.tr("Listed as not trusted"),
            }.get(report.issuer.trust, self.tr("Not recognised: in no trust list you accept"))
            if report.issuer.trust_source:
                trust += " (" + report.issuer.trust_source + ")"
            self._form_row(self.issuer_form, self.tr("Recognition"), trust)
        if record.issuer_country:
            self._form_row(self.issuer_form, self.tr("Country"), record.issuer_country)

    def _form_row(self, form: QFormLayout, name: str, value: str, *, missing: bool = False) -> QLabel:
        label = QLabel(name, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("M") * 12)
        shown = plain_label(value, self)
        shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if missing:
            shown.setEnabled(False)  # muted, and the words say "Missing" too
        form.addRow(label, shown)
        return shown

    def _value(self, key: str, record: CredentialRecord) -> str:
        value = getattr(record, key)
        if isinstance(value, Workload):
            parts = []
            if value.ects is not None:
                parts.append(self.tr("%1 ECTS credits").replace("%1", f"{value.ects:g}"))
            if value.hours is not None:
                parts.append(self.tr("%1 hours").replace("%1", f"{value.hours:g}"))
            return ", ".join(parts)
        if isinstance(value, Level):
            parts = []
            if value.eqf is not None:
                parts.append(self.tr("EQF level %1").replace("%1", str(value.eqf)))
            if value.qf_ehea:
                parts.append(self.tr("QF-EHEA: %1").replace("%1", value.qf_ehea))
            return ", ".join(parts)
        if key == "learning_outcomes":
            count = len([o for o in value if self._text(o).strip()])
            return self.tr("Listed below (%1)").replace("%1", str(count)) if count else ""
        if key in ("issued", "valid_until") and value:
            return self.words.date(value)
        return self._text(value) if value is not None else ""

    def _show_elements(self, record: CredentialRecord) -> None:
        for layout in (self.elements_form, self.optional_form, self.outcomes_box):
            clear_layout(layout)
        missing = record.missing()
        if not missing:
            self.elements_summary.setText(self.tr("All 11 mandatory elements are present."))
        else:
            self.elements_summary.setText(
                self.tr("%1 of the 11 mandatory elements are missing: %2.")
                .replace("%1", str(len(missing)))
                .replace("%2", self.words.elements_list(missing))
            )
        for key in MANDATORY_ELEMENTS:
            value = self._value(key, record)
            self._form_row(self.elements_form, self.words.element_name(key), value or self.tr("Missing"), missing=not value)
        present = [(key, self._value(key, record)) for key in OPTIONAL_ELEMENTS]
        present = [(k, v) for k, v in present if v]
        if record.description is not None and self._text(record.description):
            present.insert(0, ("description", self._text(record.description)))
        for key, value in present:
            name = self.tr("Description") if key == "description" else self.words.element_name(key)
            self._form_row(self.optional_form, name, value)
        if not present:
            self.optional_form.addRow(plain_label(self.tr("None given."), self, selectable=False))
        outcomes = [self._text(o) for o in record.learning_outcomes if self._text(o).strip()]
        for outcome in outcomes:
            self.outcomes_box.addWidget(plain_label("•  " + outcome, self))
        if not outcomes:
            self.outcomes_box.addWidget(plain_label(self.tr("The credential lists no learning outcomes."), self, selectable=False))

    def _show_links(self, record: CredentialRecord, stored: StoredCredential) -> None:
        clear_layout(self.links_box)
        self.links = {}
        texts: list[str] = []
        for value in record.to_json().values():
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                texts += [str(v) for v in value.values() if isinstance(v, str)]
            elif isinstance(value, list):
                for item in value:
                    texts += [item] if isinstance(item, str) else [str(v) for v in item.values()] if isinstance(item, dict) else []
        seen: list[str] = []
        for text in texts:
            for link in find_links(text):
                if link not in seen:
                    seen.append(link)
        for link in seen[:20]:
            button = QPushButton(visible_controls(link), self)
            button.setFlat(True)
            button.setAccessibleName(self.tr("Open link %1").replace("%1", link))
            button.setToolTip(self.tr("Asks before opening: %1").replace("%1", visible_controls(link)))
            button.clicked.connect(lambda _c=False, u=link: open_link(self, u))
            self.links_box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.links[link] = button
        self.links_heading.setVisible(bool(seen))

    def _show_raw_info(self, stored: StoredCredential) -> None:
        parts = [format_name(stored.summary.format), self.tr("%1 bytes").replace("%1", f"{len(stored.original):,}")]
        if stored.source_name:
            parts.append(self.tr("from %1").replace("%1", stored.source_name))
        self.raw_info.setText(visible_controls("  ·  ".join(parts)))

    def _toggle_raw(self, shown: bool) -> None:
        self.raw.setVisible(shown)
        self._update_raw_button()
        if shown and self.stored is not None and not self.raw.toPlainText():
            self.raw.setPlainText(raw_text(self.stored.original))

    def _update_raw_button(self) -> None:
        self.raw_button.setText(self.tr("Hide the &original") if self.raw_button.isChecked() else self.tr("Show the &original"))

    def _trust(self) -> None:
        if self.stored is None:
            return
        issuer_id = self._issuer_id(self.stored)
        if issuer_id:
            report = self.stored.report
            name = (report.issuer.name if report else None) or self._text(self.stored.summary.record.awarding_body)
            self.trust_requested.emit(issuer_id, name or "")


_OUTCOME_BADGE = {"pass": "verified", "warn": "verified-unrecognised", "skip": "unchecked", "fail": "invalid"}


__all__ = ["CredentialDetailView"]
