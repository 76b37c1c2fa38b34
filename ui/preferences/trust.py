"""Trusting an issuer from one of its credentials (the detail view's "Trust this issuer")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from ui.imports.host import credentials_changed, status_message
from ui.widgets.message_box import Button, MessageBox


def trust_issuer(window: QMainWindow, issuer_id: str, name: str | None = None, *, confirm: bool = True) -> bool:
    """Ask, then add ``issuer_id`` to the learner's trusted issuers (in the vault) and re-check its
    credentials. Returns ``False`` when the learner declined or the wallet is locked."""
    session = getattr(window, "session", None)
    if session is None or not session.is_unlocked:
        return False
    shown = name or issuer_id
    if confirm:
        answer = MessageBox.question(
            window,
            QCoreApplication.translate("TrustIssuer", "Trust this issuer?"),
            QCoreApplication.translate(
                "TrustIssuer",
                "Credentials from “%1” will show as coming from an issuer you trust. Do this only if you know the "
                "issuer and got the credential from them. You can undo it in Preferences.",
            ).replace("%1", shown),
        )
        if answer != Button.Yes:
            return False

    def trust(holder: Any) -> int:
        from ui.preferences.preferences_dialog import _reverify_issuer

        holder.vault.trust_issuer(issuer_id, name)
        return _reverify_issuer(holder, issuer_id)

    def trusted(_count: int) -> None:
        credentials_changed(window)
        status_message(window, QCoreApplication.translate("TrustIssuer", "You now trust “%1”.").replace("%1", shown))

    session.op(window, trust).success(trusted).run()
    return True


__all__ = ["trust_issuer"]
