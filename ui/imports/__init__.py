"""Bringing credentials into the wallet from the window: files, a folder, drag and drop, paste, QR images.

Contract with the main window (it calls :func:`install_import` once after building its menus)::

    controller = install_import(window)

The window provides ``wallet_menu`` (QMenu), ``toolbar`` (QToolBar), ``session``, ``settings``,
``credentials_changed()`` (reload the list) and ``show_credential(id)``. The controller adds the
actions, accepts drops on the window, runs imports on the worker with progress and Cancel, and
emits ``imported(ImportSummary)`` after each import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.imports.import_controller import ImportController
    from ui.main_window import MainWindow


def install_import(window: MainWindow) -> ImportController:
    """Add the import actions and drag-and-drop to ``window``; returns the controller (a child of it)."""
    from ui.imports.import_controller import ImportController

    return ImportController(window)


__all__ = ["install_import"]
