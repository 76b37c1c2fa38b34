"""The import actions of the main window, drag and drop onto it, and one import at a time on the worker.

Every import runs through :class:`ui.background.WalletOp` (read, verify, describe, store: all on the
worker), reports progress to a :class:`ProgressDialog` with Cancel, and ends with an
:class:`ImportSummaryDialog`. Credentials that fail verification are not stored unless the learner,
asked once per import, chooses to keep them anyway.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.imports import sources
from ui.imports.host import credentials_changed, insert_group, show_credential, toolbar, wallet_menu
from ui.imports.progress_dialog import ProgressDialog
from ui.imports.report_dialog import ReportDialog
from ui.imports.summary_dialog import ADDED, REFUSED, ImportSummaryDialog, outcome_title
from ui.widgets.message_box import Button, MessageBox

if TYPE_CHECKING:
    from ui.background import WalletOp
    from ui.session import Session, VaultHolder
    from wallet.importer import ImportOutcome, ImportSummary
    from wallet.vault.repository import Repository
    from wallet.verify.context import VerifyContext

PROGRESS_DELAY_MS = 250
"""An import that ends sooner never shows the progress dialog (no flash for one pasted credential)."""

Progress = Callable[[int, int, "ImportOutcome"], None]


def _context(holder: VaultHolder) -> VerifyContext:
    from wallet.importer import context_for
    from wallet.paths import default_cache_dir

    return context_for(holder.vault, cache_dir=default_cache_dir(holder.path))


def import_items(
    vault: Repository,
    items: Sequence[tuple[str, bytes]],
    ctx: VerifyContext,
    *,
    keep_invalid: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Like :func:`wallet.importer.import_paths`, for data already in memory (a paste, a drop). Worker only."""
    from wallet.importer import ImportSummary, import_one

    summary = ImportSummary()
    for done, (name, data) in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            summary.cancelled = True
            break
        outcome = import_one(vault, data, name, ctx, keep_invalid=keep_invalid)
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(done, len(items), outcome)
    return summary


class ImportController(QObject):
    """Installed by :func:`ui.imports.install_import`. ``imported(ImportSummary)`` after each import."""

    imported = Signal(object)
    started = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session = window.session  # type: ignore[attr-defined]
        self._op: WalletOp[Any] | None = None
        self.progress_dialog: ProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self._build_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.session.unlocked.connect(self._update_enabled)
        self.session.locked.connect(self._locked)
        self._update_enabled()

    # -- actions ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        existing = getattr(window, "add_action", None)
        # The window may already show an "Add credentials…" placeholder (Ctrl+O): take it over
        # rather than add a second action with the same shortcut.
        self.add_files_action = existing if isinstance(existing, QAction) else QAction(window)
        self.add_files_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_folder_action = QAction(window)
        self.paste_action = QAction(window)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.qr_action = QAction(window)
        self.add_files_action.triggered.connect(self.add_files)
        self.add_folder_action.triggered.connect(self.add_folder)
        self.paste_action.triggered.connect(self.paste)
        self.qr_action.triggered.connect(self.add_qr_image)
        self.actions = (self.add_files_action, self.add_folder_action, self.paste_action, self.qr_action)
        self.retranslate()

        if existing is self.add_files_action:
            menu = wallet_menu(window)
            insert_group(window, [a for a in self.actions if a not in menu.actions()])
        else:
            insert_group(window, self.actions)
        window.addAction(self.paste_action)  # Ctrl+V anywhere in the window (text fields keep their own paste)
        bar = toolbar(window)
        if bar is not None and self.add_files_action not in bar.actions():
            first_tool = bar.actions()[0] if bar.actions() else None
            if first_tool is not None:
                bar.insertAction(first_tool, self.add_files_action)
            else:
                bar.addAction(self.add_files_action)
        if bar is not None:
            button = bar.widgetForAction(self.add_files_action)
            if button is not None:
                button.setAccessibleName(self.add_files_action.text().replace("&", "").rstrip("…"))

    def retranslate(self) -> None:
        self.add_files_action.setText(self.tr("&Add credentials…"))
        self.add_files_action.setToolTip(self.tr("Add credential files to your wallet (Ctrl+O)"))
        self.add_files_action.setStatusTip(self.add_files_action.toolTip())
        self.add_folder_action.setText(self.tr("Add a &folder…"))
        self.add_folder_action.setToolTip(self.tr("Add every credential in a folder and its subfolders"))
        self.paste_action.setText(self.tr("&Paste credential"))
        self.paste_action.setToolTip(self.tr("Add the credential on the clipboard: JSON, a JWT or an image of a QR code (Ctrl+V)"))
        self.qr_action.setText(self.tr("&Import a QR code image…"))
        self.qr_action.setToolTip(self.tr("Add the credential shown as a QR code in an image"))

    def _update_enabled(self) -> None:
        enabled = self.session.is_unlocked and self._op is None
        for action in self.actions:
            action.setEnabled(enabled)

    def _locked(self) -> None:
        """Stop any import, and close what shows credential titles: a locked wallet shows nothing."""
        if self._op is not None:
            self._op.cancel()
        for dialog in (self.report_dialog, self.summary_dialog):
            if dialog is not None and shiboken6.isValid(dialog):  # a report goes with its summary
                dialog.close()
                dialog.deleteLater()
        self.report_dialog = self.summary_dialog = None
        self._update_enabled()

    # -- entry points -----------------------------------------------------------------------

    def add_files(self) -> None:
        paths = sources.ask_files(self.window)
        if paths:
            self.import_paths(paths)

    def add_folder(self) -> None:
        folder = sources.ask_folder(self.window)
        if folder is not None:
            self.import_paths([folder])

    def add_qr_image(self) -> None:
        path = sources.ask_qr_image(self.window)
        if path is not None:
            self.import_paths([path])

    def paste(self) -> None:
        incoming = sources.from_mime(QGuiApplication.clipboard().mimeData())
        if not incoming:
            MessageBox.information(
                self.window,
                self.tr("Paste credential"),
                self.tr("The clipboard holds no credential. Copy a credential's JSON, a JWT or an image of its QR code first."),
            )
            return
        self.import_incoming(incoming)

    def import_incoming(self, incoming: sources.Incoming) -> None:
        if incoming.paths:
            self.import_paths(incoming.paths)
        elif incoming.items:
            self.import_data(incoming.items)

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders (walked) on the worker."""
        from wallet.importer import import_paths

        given = list(paths)
        self._start(lambda h, op: import_paths(h.vault, given, _context(h), progress=self._reporter(op), cancelled=op.cancelled))

    def import_data(self, items: Sequence[tuple[str, bytes]]) -> None:
        """Import credentials held in memory (a paste or a dropped image) on the worker."""
        given = list(items)
        self._start(lambda h, op: import_items(h.vault, given, _context(h), progress=self._reporter(op), cancelled=op.cancelled))

    @property
    def busy(self) -> bool:
        return self._op is not None

    # -- running ----------------------------------------------------------------------------

    @staticmethod
    def _reporter(op: WalletOp[Any]) -> Progress:
        def report(done: int, total: int, outcome: ImportOutcome) -> None:
            op.report(done, total, Path(outcome.source).name)

        return report

    def _start(self, work: Callable[[VaultHolder, WalletOp[Any]], ImportSummary]) -> None:
        if self._op is not None or not self.session.is_unlocked:
            return
        dialog = ProgressDialog(self.tr("Adding credentials"), self.window)
        self.progress_dialog = dialog
        op: WalletOp[ImportSummary] = self.session.op(self, lambda h: work(h, op))
        op.progress(dialog.set_progress).success(self._finished).failure(self._failed)
        dialog.cancel_requested.connect(op.cancel)
        self._op = op
        self._update_enabled()
        self.started.emit()
        op.run()
        QTimer.singleShot(PROGRESS_DELAY_MS, dialog, lambda: self._show_progress(dialog))

    def _show_progress(self, dialog: ProgressDialog) -> None:
        if self.progress_dialog is dialog and self._op is not None:
            dialog.open()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_error
        from wallet.errors import VaultLocked, WalletError

        self._op = None
        self._close_progress()
        self._update_enabled()
        if isinstance(exc, VaultLocked):
            return  # locked while importing: what was stored stays, and the wallet shows nothing now
        if isinstance(exc, WalletError):
            show_error(self.window, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _finished(self, summary: ImportSummary) -> None:
        refused = [o for o in summary.outcomes if o.status == REFUSED]
        keep = refused and not summary.cancelled and self.session.is_unlocked
        if keep and self._ask_keep_invalid(refused) == Button.Yes:
            self._keep(summary, refused)
            return
        self._done(summary)

    def _ask_keep_invalid(self, refused: list[ImportOutcome]) -> Button:
        if len(refused) == 1:
            text = self.tr(
                "“%1” failed verification, so it may have been altered, expired or revoked. Keep it in your wallet anyway? "
                "It will be marked as failed, and you can read why in its report."
            ).replace("%1", outcome_title(refused[0]))
        else:
            text = self.tr(
                "%n credentials failed verification, so they may have been altered, expired or revoked. Keep them in your "
                "wallet anyway? They will be marked as failed, and you can read why in their reports.",
                "",
                len(refused),
            )
        return MessageBox.question(self.window, self.tr("Keep credentials that failed verification?"), text)

    def _keep(self, summary: ImportSummary, refused: list[ImportOutcome]) -> None:
        from wallet.importer import import_one

        items = [(o.source, o.checked.parsed.original) for o in refused if o.checked is not None]

        def keep(h: VaultHolder) -> list[ImportOutcome]:
            ctx = _context(h)
            return [import_one(h.vault, data, name, ctx, keep_invalid=True) for name, data in items]

        def merge(kept: list[ImportOutcome]) -> None:
            by_source = {o.source: o for o in kept}
            summary.outcomes = [by_source.get(o.source, o) if o.status == REFUSED else o for o in summary.outcomes]
            self._done(summary)

        self.session.op(self, keep).success(merge).failure(self._failed).run()

    def _done(self, summary: ImportSummary) -> None:
        self._op = None
        self._close_progress()
        self._update_enabled()
        if any(o.status == ADDED for o in summary.outcomes):
            credentials_changed(self.window)
        if self.session.is_unlocked:
            self.show_summary(summary)
        self.imported.emit(summary)

    def show_summary(self, summary: ImportSummary) -> ImportSummaryDialog:
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
        dialog = ImportSummaryDialog(summary, self.window)
        dialog.open_credential.connect(lambda cid: show_credential(self.window, cid))
        dialog.show_report.connect(self.show_report)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    def show_report(self, outcome: ImportOutcome) -> None:
        if outcome.report is None:
            return
        parent = self.summary_dialog if self.summary_dialog is not None and self.summary_dialog.isVisible() else self.window
        self.report_dialog = ReportDialog(outcome_title(outcome), outcome.report, parent)
        self.report_dialog.open()

    # -- drag and drop, language ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDragMoveEvent):
                if self._can_drop() and sources.can_accept(event.mimeData()):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
            if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                if self._can_drop():
                    incoming = sources.from_mime(event.mimeData())
                    if incoming:
                        event.acceptProposedAction()
                        self.import_incoming(incoming)
                        return True
                event.ignore()
                return True
            if kind == QEvent.Type.LanguageChange:
                self.retranslate()
        return super().eventFilter(watched, event)

    def _can_drop(self) -> bool:
        return self.session.is_unlocked and self._op is None


__all__ = ["ImportController", "import_items"]
