"""The Preferences dialog: language, theme, lock timeout and the issuers the learner trusts.

Contract with the main window::

    install_preferences(window)                      # adds "Preferences…" (Ctrl+,) to window.wallet_menu
    from ui.preferences.trust import trust_issuer    # "Trust this issuer" from a credential
    trust_issuer(window, issuer_id, name)

Language changes apply live: new translators are installed and every widget receives
``QEvent.LanguageChange``; widgets that build their texts in ``retranslate()`` follow at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.preferences.preferences_dialog import PreferencesController


def install_preferences(window: MainWindow) -> PreferencesController:
    """Add "Preferences…" to ``window.wallet_menu``; returns the controller (a child of the window)."""
    from ui.preferences.preferences_dialog import PreferencesController

    return PreferencesController(window)


__all__ = ["install_preferences"]
