"""The Wallet menu's safety actions: change password, new recovery code, back up, restore, re-check.

All vault work runs on the worker through :class:`ui.background.WalletOp`; dialogs only collect
input and show results. Passwords are read from their fields, handed to the operation and the fields
cleared at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from ui.errors import error_message
from ui.imports.host import credentials_changed, insert_group, status_message
from ui.imports.progress_dialog import ProgressDialog
from ui.vault_actions.dialogs import ChangePasswordDialog, RecoveryCodeDialog, RestoreDialog
from ui.widgets.message_box import MessageBox
from wallet.errors import InvalidPassword

if TYPE_CHECKING:
    from ui.background import WalletOp
    from ui.session import Session, VaultHolder
    from wallet.importer import ReverifyOutcome

PROGRESS_DELAY_MS = 250
BACKUP_SUFFIX = ".satchel-backup"


# -- test seams: tests replace these with functions returning paths ---------------------------


def ask_backup_path(parent: QWidget | None) -> Path | None:
    """Where to write a backup (``None``: cancelled)."""
    suggested = f"satchel-{date.today().isoformat()}{BACKUP_SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("VaultActions", "Back up your wallet"),
        str(Path.home() / suggested),
        QCoreApplication.translate("VaultActions", "Satchel backups (*%1)").replace("%1", BACKUP_SUFFIX),
    )
    return Path(name) if name else None


def ask_restore_path(parent: QWidget | None) -> Path | None:
    """Which backup to restore (``None``: cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("VaultActions", "Restore from backup"),
        str(Path.home()),
        QCoreApplication.translate("VaultActions", "Satchel backups (*%1);;All files (*)").replace("%1", BACKUP_SUFFIX),
    )
    return Path(name) if name else None


# -- worker functions (never touch widgets) ---------------------------------------------------


def _new_recovery_code(holder: VaultHolder, password: str) -> str:
    from wallet.vault.vault import read_header

    read_header(holder.path).unwrap_with_password(password)  # raises InvalidPassword
    return holder.vault.new_recovery_code().formatted()


def _restore(holder: VaultHolder, backup: Path, password: str, current: str) -> tuple[int, int]:
    from wallet.vault.backup import restore_backup

    result = restore_backup(backup, holder.path, password=password, target_password=current or password)
    result.vault.lock()  # the worker's own connection stays open; this second one is done
    return result.added, result.already_present


def _reverify(holder: VaultHolder, op: WalletOp[Any], ids: Sequence[int] | None) -> list[ReverifyOutcome]:
    from wallet.importer import context_for, reverify
    from wallet.paths import default_cache_dir

    ctx = context_for(holder.vault, cache_dir=default_cache_dir(holder.path))
    return reverify(holder.vault, ctx, ids, progress=lambda done, total: op.report(done, total, ""), cancelled=op.cancelled)


# -- re-checking --------------------------------------------------------------------------------


class ReverifyRun(QObject):
    """One re-check of some or all credentials, with a progress dialog (after a short delay) and
    Cancel. ``finished(outcomes)`` when done."""

    finished = Signal(object)

    def __init__(self, window: QMainWindow, ids: Sequence[int] | None, *, announce: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session = window.session  # type: ignore[attr-defined]
        self.ids = list(ids) if ids is not None else None
        self.announce = announce
        self.dialog = ProgressDialog(self.tr("Checking credentials again"), window)
        op: WalletOp[list[ReverifyOutcome]] = self.session.op(self, lambda h: _reverify(h, op, self.ids))
        op.progress(self.dialog.set_progress).success(self._done).failure(self._failed)
        self.dialog.cancel_requested.connect(op.cancel)
        self.session.locked.connect(op.cancel)  # locking stops the re-check after the current credential
        self.op = op
        op.run()
        QTimer.singleShot(PROGRESS_DELAY_MS, self.dialog, self._show_dialog)

    def _show_dialog(self) -> None:
        if not self.op.done:
            self.dialog.open()

    def _close(self) -> None:
        self.dialog.finish()
        self.dialog.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._close()
        MessageBox.warning(self.window, self.tr("Check again"), error_message(exc))
        self.deleteLater()

    def _done(self, outcomes: list[ReverifyOutcome]) -> None:
        cancelled = self.op.cancelled()
        self._close()
        credentials_changed(self.window)
        changed = sum(1 for o in outcomes if o.report is not None and str(o.report.verdict) != o.before)
        failed = sum(1 for o in outcomes if o.error is not None)
        text = self.tr("%n credential(s) checked again.", "", len(outcomes))
        if changed:
            text += " " + self.tr("%n changed result.", "", changed)
        else:
            text += " " + self.tr("No results changed.")
        if failed:
            text += " " + self.tr("%n could not be checked.", "", failed)
        if cancelled:
            text = self.tr("Stopped before the end.") + " " + text
        self.summary = text
        # Locked meanwhile: nothing to announce on a locked window.
        if self.session.is_unlocked and self.announce:
            MessageBox.information(self.window, self.tr("Check again"), text)
        elif self.session.is_unlocked:
            status_message(self.window, text)
        self.finished.emit(outcomes)
        self.deleteLater()


def reverify_ids(window: QMainWindow, ids: Sequence[int] | None, *, announce: bool | None = None) -> ReverifyRun | None:
    """Re-check ``ids`` (all when ``None``); one credential reports in the status bar, many in a box."""
    session: Session = window.session  # type: ignore[attr-defined]
    if not session.is_unlocked:
        return None
    return ReverifyRun(window, ids, announce=ids is None if announce is None else announce)


# -- the actions --------------------------------------------------------------------------------


class VaultActions(QObject):
    """Installed by :func:`ui.vault_actions.install_vault_actions`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session = window.session  # type: ignore[attr-defined]
        self.dialog: QWidget | None = None
        self.reverify_run: ReverifyRun | None = None
        self.reverify_action = QAction(window)
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        self.password_action = QAction(window)
        self.recovery_action = QAction(window)
        self.reverify_action.triggered.connect(self.reverify_all)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.password_action.triggered.connect(self.change_password)
        self.recovery_action.triggered.connect(self.new_recovery_code)
        self.actions = (self.reverify_action, self.backup_action, self.restore_action, self.password_action, self.recovery_action)
        self.retranslate()
        insert_group(window, (self.reverify_action, self.backup_action, self.restore_action))
        insert_group(window, (self.password_action, self.recovery_action))
        window.installEventFilter(self)
        self.session.unlocked.connect(self._update_enabled)
        self.session.locked.connect(self._locked)
        self._update_enabled()

    def retranslate(self) -> None:
        self.reverify_action.setText(self.tr("Chec&k all credentials again"))
        self.reverify_action.setToolTip(self.tr("Verify every credential again, with today's date and the local cache"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.backup_action.setToolTip(self.tr("Save an encrypted copy of your wallet"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.restore_action.setToolTip(self.tr("Add the credentials of a backup to this wallet"))
        self.password_action.setText(self.tr("Change pass&word…"))
        self.recovery_action.setText(self.tr("Show a new recovery &code…"))
        for action in self.actions:
            action.setStatusTip(action.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def _update_enabled(self) -> None:
        for action in self.actions:
            action.setEnabled(self.session.is_unlocked)

    def _locked(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._update_enabled()

    def _keep(self, dialog: QWidget) -> None:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog

    # -- re-check -------------------------------------------------------------------------

    def reverify_all(self) -> ReverifyRun | None:
        self.reverify_run = reverify_ids(self.window, None)
        return self.reverify_run

    # -- password -------------------------------------------------------------------------

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.window)
        self._keep(dialog)

        def submit() -> None:
            current = dialog.current.text()
            if not current:
                dialog.show_error(self.tr("Type your current password."))
                return
            new = dialog.form.take_password()
            if new is None:
                return
            dialog.current.clear()
            dialog.set_busy(True, self.tr("Changing the password…"))
            self.session.op(dialog, lambda h: h.vault.change_password(current, new)).success(lambda _v: changed()).failure(failed).run()

        def changed() -> None:
            dialog.set_busy(False)
            dialog.accept()
            MessageBox.information(self.window, self.tr("Password changed"), self.tr("Your wallet now opens with the new password."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InvalidPassword):
                dialog.show_error(self.tr("The current password is not right."))
                dialog.current.setFocus()
            else:
                dialog.show_error(error_message(exc))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    # -- recovery code --------------------------------------------------------------------

    def new_recovery_code(self) -> RecoveryCodeDialog:
        dialog = RecoveryCodeDialog(self.window)
        self._keep(dialog)

        def submit() -> None:
            password = dialog.password.text()
            if not password:
                dialog.show_error(self.tr("Type your password."))
                return
            dialog.password.clear()
            dialog.set_busy(True)
            self.session.op(dialog, lambda h: _new_recovery_code(h, password)).success(dialog.show_code).failure(failed).run()

        def failed(exc: BaseException) -> None:
            dialog.show_error(self.tr("The password is not right.") if isinstance(exc, InvalidPassword) else error_message(exc))

        dialog.password_entered.connect(submit)
        dialog.open()
        return dialog

    # -- backup and restore ---------------------------------------------------------------

    def back_up(self) -> None:
        path = ask_backup_path(self.window)
        if path is None:
            return
        if not path.name.endswith(BACKUP_SUFFIX):
            path = path.with_name(path.name + BACKUP_SUFFIX)
        status_message(self.window, self.tr("Backing up…"))

        def written(count: int) -> None:
            MessageBox.information(
                self.window,
                self.tr("Backup saved"),
                self.tr(
                    "%n credential(s) saved to %1. The backup opens with your current password or your recovery code.", "", count
                ).replace("%1", str(path)),
            )

        def failed(exc: BaseException) -> None:
            MessageBox.warning(self.window, self.tr("Backup failed"), error_message(exc))

        from wallet.vault.backup import write_backup

        self.session.op(self, lambda h: write_backup(h.vault, path)).success(written).failure(failed).run()

    def restore(self) -> RestoreDialog | None:
        path = ask_restore_path(self.window)
        if path is None:
            return None
        dialog = RestoreDialog(path.name, self.window)
        self._keep(dialog)

        def submit() -> None:
            password = dialog.backup_password.text()
            current = dialog.current_password.text()
            if not password:
                dialog.show_error(self.tr("Type the password of the backup."))
                return
            dialog.backup_password.clear()
            dialog.current_password.clear()
            dialog.set_busy(True, self.tr("Restoring…"))
            self.session.op(dialog, lambda h: _restore(h, path, password, current)).success(restored).failure(failed).run()

        def restored(counts: tuple[int, int]) -> None:
            added, present = counts
            dialog.set_busy(False)
            dialog.accept()
            credentials_changed(self.window)
            text = self.tr("%n credential(s) added from the backup.", "", added)
            if present:
                text += " " + self.tr("%n already in your wallet.", "", present)
            MessageBox.information(self.window, self.tr("Backup restored"), text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InvalidPassword):
                dialog.show_error(self.tr("A password is not right: the backup's, or your current one if you typed it."))
            else:
                dialog.show_error(error_message(exc))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog


__all__ = ["ReverifyRun", "VaultActions", "ask_backup_path", "ask_restore_path", "reverify_ids"]
