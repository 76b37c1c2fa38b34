"""The main window: composes the first-run, unlock and credential views and the app's actions.

It decides only which page shows; each view does its own work through the session. Pages are
built the first time they are needed, so start-up builds (and imports) only the one it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget

from ui.idle_lock import IdleLock
from ui.session import Session
from ui.settings import LOCK_TIMEOUT_MINUTES, WINDOW_GEOMETRY, Settings
from ui.widgets.message_box import MessageBox

if TYPE_CHECKING:
    from ui.credentials.credential_list import CredentialListView
    from ui.unlock.first_run_view import FirstRunView
    from ui.unlock.unlock_view import UnlockView


class MainWindow(QMainWindow):
    """``MainWindow(session, settings)``; call :meth:`start` once to show the right first page."""

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle(self.tr("Satchel"))
        self.setAccessibleName(self.tr("Satchel"))
        self.setMinimumSize(560, 460)

        self._first_run: FirstRunView | None = None
        self._unlock_view: UnlockView | None = None
        self._credentials: CredentialListView | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.idle_lock = IdleLock(settings.get(LOCK_TIMEOUT_MINUTES) * 60_000, self)
        self._build_actions()

        self.idle_lock.timed_out.connect(self.lock)
        session.locked.connect(self._locked)
        settings.changed.connect(self._setting_changed)

        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(900, 600)

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("&Add credentials…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_action.setToolTip(self.tr("Add credentials (coming soon; for now: satchel import FILE)"))
        self.add_action.setEnabled(False)
        self.lock_action = QAction(self.tr("&Lock wallet"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setToolTip(self.tr("Lock the wallet now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About Satchel"), self)
        self.about_action.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&Wallet"))
        file_menu.addAction(self.add_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Wallet"), self)
        self.toolbar.setObjectName("wallet-toolbar")
        self.toolbar.setAccessibleName(self.tr("Wallet actions"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        for action in (self.add_action, self.lock_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
        self._set_open(False)

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
            self.stack.addWidget(self._credentials)
        return self._credentials

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

    def lock(self) -> None:
        """Lock now (the Lock action, Ctrl+L, or the idle timer)."""
        if self.session.is_unlocked:
            self.session.lock()

    def _locked(self) -> None:
        self.idle_lock.stop()
        if self._credentials is not None:
            self._credentials.clear()
        if self._first_run is not None:
            self._first_run.reset()
        self._set_open(False)
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.show_password_page()

    def _set_open(self, is_open: bool) -> None:
        self.lock_action.setEnabled(is_open)
        self.toolbar.setVisible(is_open)

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
