"""The main window: composes the first-run, unlock, credential list and detail pages and the app's actions.

It decides only which page shows; each view does its own work through the session. Pages are
built the first time they are needed, so start-up builds (and imports) only the one it shows.
Other features install their actions through ``install_*(window)`` functions, which rely on
``wallet_menu``, ``toolbar``, ``session``, ``settings``, :meth:`credentials_changed` and
:meth:`show_credential`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget

from ui.idle_lock import IdleLock
from ui.session import Session
from ui.settings import LOCK_TIMEOUT_MINUTES, WINDOW_GEOMETRY, Settings
from ui.widgets.message_box import Button, MessageBox

if TYPE_CHECKING:
    from ui.credentials.credential_detail import CredentialDetailView
    from ui.credentials.credential_list import CredentialListView
    from ui.unlock.first_run_view import FirstRunView
    from ui.unlock.unlock_view import UnlockView


class MainWindow(QMainWindow):
    """``MainWindow(session, settings)``; call :meth:`start` once to show the right first page."""

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setMinimumSize(560, 460)

        self._first_run: FirstRunView | None = None
        self._unlock_view: UnlockView | None = None
        self._credentials: CredentialListView | None = None
        self._detail: CredentialDetailView | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.idle_lock = IdleLock(settings.get(LOCK_TIMEOUT_MINUTES) * 60_000, self)
        self._build_actions()
        self.retranslate()
        # Other features install their actions right after the first paint (their modules import
        # parts of the core); ``ui.app.install_features`` leaves that to the window.
        self.features_installed = True
        self._features_done = False

        self.idle_lock.timed_out.connect(self.lock)
        session.locked.connect(self._locked)
        settings.changed.connect(self._setting_changed)

        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(980, 640)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = self._action()
        self.about_action.triggered.connect(self._about)

        self.find_action = self._action(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.list_mode_action = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.list_mode_action.triggered.connect(lambda: self.credentials.set_mode("list"))
        self.cards_mode_action = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2))
        self.cards_mode_action.triggered.connect(lambda: self.credentials.set_mode("cards"))
        self.open_action = self._action()
        self.open_action.triggered.connect(self._open_current)
        self.delete_action = self._action(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self._delete_current)

        self.wallet_menu = self.menuBar().addMenu("")
        self.wallet_menu.addAction(self.lock_action)
        self.wallet_menu.addSeparator()
        self.wallet_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        for action in (self.find_action, self.list_mode_action, self.cards_mode_action):
            self.view_menu.addAction(action)
        self.credential_menu = self.menuBar().addMenu("")
        self.credential_menu.addAction(self.open_action)
        self.credential_menu.addAction(self.delete_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("wallet-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self._set_open(False)

    def retranslate(self) -> None:
        """Every text the window itself shows; called at start and on each ``LanguageChange``."""
        self.setWindowTitle(self.tr("Satchel"))
        self.setAccessibleName(self.tr("Satchel"))
        for action, text, tip in (
            (self.lock_action, self.tr("&Lock wallet"), self.tr("Lock the wallet now (Ctrl+L)")),
            (self.quit_action, self.tr("&Quit"), ""),
            (self.about_action, self.tr("&About Satchel"), ""),
            (self.find_action, self.tr("&Find…"), self.tr("Search your credentials (Ctrl+F)")),
            (self.list_mode_action, self.tr("As a &list"), ""),
            (self.cards_mode_action, self.tr("As &cards"), ""),
            (self.open_action, self.tr("&Open details"), self.tr("Open the selected credential (Enter)")),
            (self.delete_action, self.tr("&Delete…"), self.tr("Delete the selected credential (Delete)")),
        ):
            action.setText(text)
            action.setToolTip(tip)  # empty: Qt shows the text
        self.wallet_menu.setTitle(self.tr("&Wallet"))
        self.view_menu.setTitle(self.tr("&View"))
        self.credential_menu.setTitle(self.tr("&Credential"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Wallet"))
        self.toolbar.setAccessibleName(self.tr("Wallet actions"))
        self.name_toolbar_buttons()

    def changeEvent(self, event: QEvent) -> None:
        # Features' event filters on the window have retranslated their actions already, so the
        # toolbar buttons are named from the new words.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._features_done:
            QTimer.singleShot(0, self.install_features)
        return handled

    def install_features(self) -> None:
        """Imports, the vault's own actions and preferences add their menu entries and buttons (once)."""
        if self._features_done:
            return
        self._features_done = True
        from ui.imports import install_import
        from ui.preferences import install_preferences
        from ui.vault_actions import install_vault_actions

        install_import(self)
        install_vault_actions(self)
        install_preferences(self)
        self.name_toolbar_buttons()

    def name_toolbar_buttons(self) -> None:
        """Give every toolbar button its action's words as accessible name (call after adding actions)."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip())

    # -- pages ------------------------------------------------------------------------------

    @property
    def first_run(self) -> FirstRunView:
        if self._first_run is None:
            from ui.unlock.first_run_view import FirstRunView

            self._first_run = FirstRunView(self.session, self)
            self._first_run.finished.connect(self.show_credentials)
            self.stack.addWidget(self._first_run)
        return self._first_run

    @property
    def unlock_view(self) -> UnlockView:
        if self._unlock_view is None:
            from ui.unlock.unlock_view import UnlockView

            self._unlock_view = UnlockView(self.session, self)
            self._unlock_view.unlocked.connect(self.show_credentials)
            self.stack.addWidget(self._unlock_view)
        return self._unlock_view

    @property
    def credentials(self) -> CredentialListView:
        if self._credentials is None:
            from ui.credentials.credential_list import CredentialListView

            self._credentials = CredentialListView(self.session, self)
            self._credentials.activated.connect(self.open_detail)
            self._credentials.current_changed.connect(lambda _id: self._update_credential_actions())
            self._credentials.loaded.connect(lambda _n: self._update_credential_actions())
            self.stack.addWidget(self._credentials)
        return self._credentials

    @property
    def detail(self) -> CredentialDetailView:
        if self._detail is None:
            from ui.credentials.credential_detail import CredentialDetailView

            self._detail = CredentialDetailView(self.session, self)
            self._detail.closed.connect(self.close_detail)
            self._detail.changed.connect(self._tags_changed)
            self._detail.delete_requested.connect(self.delete_credential)
            from ui.preferences.trust import trust_issuer
            from ui.vault_actions import reverify_one

            self._detail.recheck_requested.connect(lambda credential_id: reverify_one(self, credential_id))
            self._detail.trust_requested.connect(lambda issuer_id, name: trust_issuer(self, issuer_id, name))
            self.stack.addWidget(self._detail)
        return self._detail

    @property
    def detail_open(self) -> bool:
        return self._detail is not None and self.stack.currentWidget() is self._detail

    def start(self) -> None:
        """Show the first-run page for a new folder, the unlock page otherwise."""
        if self.session.exists():
            self.stack.setCurrentWidget(self.unlock_view)
            self.unlock_view.focus_first_field()
        else:
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.focus_first_field()

    def show_credentials(self) -> None:
        self._set_open(True)
        self.stack.setCurrentWidget(self.credentials)
        self.credentials.load()
        self.credentials.search.setFocus()
        self.idle_lock.start()

    # -- the contract other features rely on ----------------------------------------------

    def credentials_changed(self) -> None:
        """Reload the list (keeping the selection where possible) and the open detail, if any."""
        if not self.session.is_unlocked or self._credentials is None:
            return
        self._credentials.load(keep_id=self.detail.credential_id if self.detail_open else None)
        if self.detail_open:
            self.detail.show_credential(self.detail.credential_id)  # gone since? the detail closes itself

    def show_credential(self, credential_id: int) -> None:
        """Select credential ``credential_id`` in the list (if shown) and open its detail."""
        if self._credentials is not None:
            self._credentials.select(credential_id)
        self.open_detail(credential_id)

    # -- detail -----------------------------------------------------------------------------

    def open_detail(self, credential_id: int) -> None:
        if not self.session.is_unlocked:
            return
        self.detail.show_credential(credential_id)
        self.stack.setCurrentWidget(self.detail)
        self.detail.back_button.setFocus()
        self._update_credential_actions()

    def close_detail(self) -> None:
        if self.detail_open:
            credential_id = self.detail.credential_id
            self.stack.setCurrentWidget(self.credentials)
            self.credentials.select(credential_id)
            self.credentials.current_view().setFocus()
        self._update_credential_actions()

    def _tags_changed(self) -> None:
        if self._credentials is not None:
            self._credentials.load(keep_id=self.detail.credential_id)

    def focus_search(self) -> None:
        if not self.session.is_unlocked:
            return
        if self.detail_open:
            self.close_detail()
        self.credentials.focus_search()

    def _current_id(self) -> int | None:
        if self.detail_open:
            return self.detail.credential_id or None
        if self._credentials is not None and self.stack.currentWidget() is self._credentials:
            return self._credentials.current_id()
        return None

    def _open_current(self) -> None:
        credential_id = self._current_id()
        if credential_id is not None:
            self.open_detail(credential_id)

    def _delete_current(self) -> None:
        credential_id = self._current_id()
        if credential_id is not None:
            self.delete_credential(credential_id)

    def delete_credential(self, credential_id: int) -> None:
        """Ask, then delete ``credential_id`` from the vault."""
        title = ""
        if self._credentials is not None:
            row = self._credentials.model.row_of(credential_id)
            if row is not None:
                title = self._credentials.model.title_of(self._credentials.model.summary(row))
        answer = MessageBox.question(
            self,
            self.tr("Delete credential?"),
            self.tr("Delete “%1” from your wallet? This cannot be undone, unless you have a backup.").replace(
                "%1", title or self.tr("this credential")
            ),
            Button.Yes | Button.Cancel,
            Button.Cancel,
        )
        if answer != Button.Yes:
            return
        self.session.op(self, lambda h: h.vault.delete(credential_id)).success(lambda _r: self._deleted(credential_id)).run()

    def _deleted(self, credential_id: int) -> None:
        if self.detail_open and self.detail.credential_id == credential_id:
            self.stack.setCurrentWidget(self.credentials)
            self.credentials.current_view().setFocus()
        if self._credentials is not None:
            self._credentials.load()
        self._update_credential_actions()

    def _update_credential_actions(self) -> None:
        on_list = self._credentials is not None and self.stack.currentWidget() is self._credentials
        has_current = self._current_id() is not None
        self.open_action.setEnabled(on_list and has_current)
        self.delete_action.setEnabled((on_list or self.detail_open) and has_current)

    # -- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now (the Lock action, Ctrl+L, or the idle timer)."""
        if self.session.is_unlocked:
            self.session.lock()

    def _locked(self) -> None:
        self.idle_lock.stop()
        if self._credentials is not None:
            self._credentials.clear()
        if self._detail is not None:
            self._detail.clear()
        if self._first_run is not None:
            self._first_run.reset()
        self._set_open(False)
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.show_password_page()

    def _set_open(self, is_open: bool) -> None:
        self.lock_action.setEnabled(is_open)
        self.toolbar.setVisible(is_open)
        for action in (self.find_action, self.list_mode_action, self.cards_mode_action):
            action.setEnabled(is_open)
        self.view_menu.setEnabled(is_open)
        self.credential_menu.setEnabled(is_open)
        if not is_open:
            self.open_action.setEnabled(False)
            self.delete_action.setEnabled(False)

    def _setting_changed(self, name: str) -> None:
        if name == LOCK_TIMEOUT_MINUTES.name:
            self.idle_lock.set_timeout_minutes(self.settings.get(LOCK_TIMEOUT_MINUTES))

    def _about(self) -> None:
        MessageBox.information(
            self,
            self.tr("About Satchel"),
            self.tr(
                "Satchel keeps your learning credentials: badges, diplomas and micro-credentials, "
                "verified and encrypted on your own computer."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.sync()
        self.idle_lock.stop()
        self.lock()
        super().closeEvent(event)


__all__ = ["MainWindow"]
