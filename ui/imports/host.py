"""What the import, vault and preference controllers need from the main window, in one place.

The window provides ``wallet_menu``, ``toolbar``, ``session``, ``settings``, ``credentials_changed()``
and ``show_credential(id)`` (see :mod:`ui.imports`). These helpers fall back to what an older window
offers, so each controller can be installed (and tested) on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from ui.session import Session
    from ui.settings import Settings


class Host(Protocol):
    session: Session
    settings: Settings


def wallet_menu(window: QMainWindow) -> QMenu:
    """The window's "Wallet" menu (its first menu when it names none)."""
    menu = getattr(window, "wallet_menu", None)
    if isinstance(menu, QMenu):
        return menu
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu):
            return found
    return window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Wallet"))


def insert_group(window: QMainWindow, actions: Sequence[QAction]) -> None:
    """Put ``actions`` in the Wallet menu as a group (separated), before "Lock wallet" when the
    window has it, so groups installed one after another keep their order."""
    menu = wallet_menu(window)
    lock = getattr(window, "lock_action", None)
    before = lock if isinstance(lock, QAction) and lock in menu.actions() else None
    if before is None:
        if menu.actions():
            menu.addSeparator()
        menu.addActions(list(actions))
        return
    menu.insertActions(before, list(actions))
    menu.insertSeparator(before)


def toolbar(window: QMainWindow) -> QToolBar | None:
    bar = getattr(window, "toolbar", None)
    return bar if isinstance(bar, QToolBar) else None


def credentials_changed(window: QMainWindow) -> None:
    """Ask the window to reload what it shows after the vault changed."""
    notify = getattr(window, "credentials_changed", None)
    if callable(notify):
        notify()
        return
    view = getattr(window, "_credentials", None)
    if view is not None and hasattr(view, "load"):
        view.load()


def show_credential(window: QMainWindow, credential_id: int) -> bool:
    """Open one credential in the window; ``False`` when the window cannot (yet)."""
    show = getattr(window, "show_credential", None)
    if callable(show):
        show(credential_id)
        return True
    return False


def status_message(window: QMainWindow, text: str, timeout_ms: int = 8000) -> None:
    """A short note in the window's status bar (it also reaches screen readers as a status)."""
    window.statusBar().showMessage(text, timeout_ms)


__all__ = ["Host", "credentials_changed", "insert_group", "show_credential", "status_message", "toolbar", "wallet_menu"]
