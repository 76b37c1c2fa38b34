"""Import results in the learner's words: why a file could not be read, and a report's verdict.

The core returns codes (an error's ``reason``, a report's verdict); this is where the UI words them,
through Qt's translation (STYLE rules 6 and 13). Checks are worded by ``ui.credentials.check_text``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wallet.errors import WalletError


def unreadable_reason(error: WalletError | None) -> str:
    """Why a file could not be read, in one sentence."""
    reason = str(error.fields.get("reason", "")) if error is not None else ""
    if reason in ("too-large", "decompression-bomb"):
        return QCoreApplication.translate("ImportWording", "It is larger than any credential Satchel reads.")
    if reason in ("empty", "empty-credential"):
        return QCoreApplication.translate("ImportWording", "It is empty.")
    if reason == "os-error":
        return QCoreApplication.translate("ImportWording", "The file could not be opened.")
    if reason == "no-credential-in-image":
        return QCoreApplication.translate("ImportWording", "The image holds neither a baked credential nor a QR code.")
    if reason == "no-qr-code":
        return QCoreApplication.translate("ImportWording", "No QR code was found in the image.")
    if reason == "qr-url":
        return QCoreApplication.translate(
            "ImportWording", "The QR code holds a web link, not a credential. Satchel does not download credentials."
        )
    if reason == "qr-not-credential":
        return QCoreApplication.translate("ImportWording", "The QR code holds text that is not a credential.")
    if reason in ("unknown-format", "unknown-json", "unknown-jwt", "unknown-xml", "not-an-object", "not-supported", "parts"):
        return QCoreApplication.translate("ImportWording", "This is not a credential format Satchel reads.")
    if reason in ("jws", "b64", "base64", "header-json", "payload-json", "payload"):
        return QCoreApplication.translate("ImportWording", "The token is damaged: it cannot be decoded.")
    if reason == "image":
        return QCoreApplication.translate("ImportWording", "The image is damaged.")
    if reason.startswith(("png", "compressed")):
        return QCoreApplication.translate("ImportWording", "The badge image is damaged or holds its credential in a way Satchel refuses.")
    if reason.startswith("xml"):
        return QCoreApplication.translate("ImportWording", "The XML document is damaged or uses features Satchel refuses for safety.")
    if reason in ("syntax", "duplicate-key", "non-finite-number", "number-too-long", "too-deep", "encoding", "structure"):
        return QCoreApplication.translate("ImportWording", "The document is damaged: it is not well-formed.")
    if reason.startswith(("sd-", "disclosure", "duplicate-disclosure", "unreferenced")):
        return QCoreApplication.translate("ImportWording", "The selective-disclosure credential is damaged.")
    return QCoreApplication.translate("ImportWording", "The file could not be read as a credential.")


def verdict_text(verdict: str) -> str:
    if verdict == "valid":
        return QCoreApplication.translate("ImportWording", "Verified")
    if verdict == "invalid":
        return QCoreApplication.translate("ImportWording", "Failed verification")
    return QCoreApplication.translate("ImportWording", "Could not be verified")


__all__ = ["unreadable_reason", "verdict_text"]
