"""The wallet's own safety actions: change password, new recovery code, back up, restore, re-check.

Contract with the main window::

    install_vault_actions(window)           # adds the actions to window.wallet_menu
    reverify_one(window, credential_id)     # the detail view's "Check again"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.vault_actions.vault_actions import VaultActions


def install_vault_actions(window: MainWindow) -> VaultActions:
    """Add Change password…, Show a new recovery code…, Back up…, Restore from backup… and
    Re-check all credentials to ``window.wallet_menu``; returns the controller (a child of it)."""
    from ui.vault_actions.vault_actions import VaultActions

    return VaultActions(window)


def reverify_one(window: MainWindow, credential_id: int) -> None:
    """Verify one stored credential again (now, with the local cache), then ``window.credentials_changed()``."""
    from ui.vault_actions.vault_actions import reverify_ids

    reverify_ids(window, [credential_id])


__all__ = ["install_vault_actions", "reverify_one"]
