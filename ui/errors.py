"""Core errors in the learner's words, and the crash dialog (STYLE rule 6).

:func:`error_message` is the one function that turns an exception into a translated sentence, by
the core error's stable ``code``. :func:`install_crash_hook` makes any unexpected exception show a
calm dialog instead of ending the app silently; the details hold the traceback (never locals, so no
secret ends up there) and also go to stderr.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets.message_box import MessageBox
from wallet.errors import WalletError

_CONTEXT = "Errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# The calls below name their context literally ("Errors" == _CONTEXT): pyside6-lupdate only extracts
# strings from ``translate("Context", "text")`` calls, not through a helper such as _tr.


def error_message(exc: BaseException) -> str:
    """One sentence for the learner, in their language, for a core error (or a generic one)."""
    code = exc.code if isinstance(exc, WalletError) else ""
    fields = exc.fields if isinstance(exc, WalletError) else {}
    if code == "vault.invalid-password":
        return QCoreApplication.translate("Errors", "Wrong password. Check that Caps Lock is off and try again.")
    if code == "vault.recovery-code":
        group = fields.get("group")
        if fields.get("reason") == "length":
            return QCoreApplication.translate("Errors", "A recovery code has 40 letters and digits (eight groups of five).")
        if group is not None:
            return QCoreApplication.translate(
                "Errors", "Group %1 of the recovery code looks mistyped. Check it against what you wrote down."
            ).replace("%1", str(group))
        return QCoreApplication.translate("Errors", "This is not a valid recovery code.")
    if code == "vault.not-found":
        return QCoreApplication.translate("Errors", "There is no wallet in this folder.")
    if code == "vault.exists":
        return QCoreApplication.translate("Errors", "A wallet already exists in this folder.")
    if code == "vault.locked":
        return QCoreApplication.translate("Errors", "The wallet is locked. Unlock it and try again.")
    if code == "vault.weak-kdf":
        return QCoreApplication.translate(
            "Errors", "The wallet's protection settings are weaker than allowed; it may have been tampered with."
        )
    if code == "vault.header":
        return QCoreApplication.translate("Errors", "The wallet's key file (vault.json) is damaged or from a newer version of Satchel.")
    if code == "vault.integrity":
        return QCoreApplication.translate("Errors", "The wallet failed its integrity check. Restore it from a backup.")
    if code == "vault.schema":
        return QCoreApplication.translate("Errors", "The wallet was made by a newer version of Satchel.")
    if code == "vault.backup":
        return QCoreApplication.translate("Errors", "The backup could not be read.")
    if code == "not-found":
        return QCoreApplication.translate("Errors", "That credential is no longer in the wallet.")
    if code.startswith("input"):
        return QCoreApplication.translate("Errors", "The file could not be read as a credential.")
    if code.startswith("vault"):
        return QCoreApplication.translate("Errors", "The wallet could not be opened.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file system refused the operation: %1").replace(
            "%1", exc.strerror or type(exc).__name__
        )
    return QCoreApplication.translate("Errors", "Something went wrong.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the learner about ``exc`` in a message box."""
    MessageBox.warning(parent, QCoreApplication.translate("Errors", "Satchel"), error_message(exc))


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_crash_hook() -> ExceptHook:
    """Route uncaught exceptions to the crash dialog; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        text = QCoreApplication.translate(
            "Errors", "Satchel ran into an unexpected problem. Your wallet is safe; you may want to restart the app."
        )
        if isinstance(exc, WalletError):
            text = error_message(exc)
        MessageBox.critical(parent, QCoreApplication.translate("Errors", "Unexpected problem"), text, details)

    sys.excepthook = hook
    return previous


__all__ = ["error_message", "install_crash_hook", "show_error"]
