"""Where credentials come from: file dialogs (test seams) and the clipboard or a drop (MIME data).

Tests replace :func:`ask_files`, :func:`ask_folder` and :func:`ask_qr_image` with functions that
return paths, so no native dialog ever opens in a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

MAX_PASTED_BYTES = 16 * 1024 * 1024
CREDENTIAL_PATTERNS = "*.json *.jsonld *.jwt *.txt *.png *.svg *.xml *.jpg *.jpeg *.gif *.bmp"


def _credential_filter() -> str:
    return ";;".join(
        (
            QCoreApplication.translate("ImportSources", "Credentials (%1)").replace("%1", CREDENTIAL_PATTERNS),
            QCoreApplication.translate("ImportSources", "All files (*)"),
        )
    )


def ask_files(parent: QWidget | None) -> list[Path]:
    """Ask for one or more credential files (empty: the learner cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ImportSources", "Add credentials"), "", _credential_filter()
    )
    return [Path(n) for n in names]


def ask_folder(parent: QWidget | None) -> Path | None:
    """Ask for a folder whose credentials (and those of its subfolders) to add."""
    name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ImportSources", "Add a folder of credentials"))
    return Path(name) if name else None


def ask_qr_image(parent: QWidget | None) -> Path | None:
    """Ask for an image showing a QR code."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportSources", "Import a QR code image"),
        "",
        QCoreApplication.translate("ImportSources", "Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
    )
    return Path(name) if name else None


@dataclass
class Incoming:
    """What a drop or the clipboard holds: local paths, or data (a name and the bytes)."""

    paths: list[Path] = field(default_factory=list)
    items: list[tuple[str, bytes]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.paths or self.items)


def image_bytes(image: QImage) -> bytes:
    """``image`` as PNG bytes (the QR decoder reads PNG)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    buffer.close()
    return bytes(data.data())


def can_accept(mime: QMimeData | None) -> bool:
    """Whether ``mime`` may hold credentials (cheap: for drag-enter)."""
    if mime is None:
        return False
    if mime.hasUrls():
        return any(url.isLocalFile() for url in mime.urls())
    return mime.hasImage() or mime.hasText()


def from_mime(mime: QMimeData | None) -> Incoming:
    """Files first (local URLs), else an image (a QR code), else text (JSON, a JWT or an SD-JWT)."""
    incoming = Incoming()
    if mime is None:
        return incoming
    if mime.hasUrls():
        incoming.paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if incoming.paths:
            return incoming
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            incoming.items.append(("clipboard.png", image_bytes(image)))
            return incoming
    if mime.hasText():
        text = mime.text().strip()
        if text:
            data = text.encode("utf-8")[: MAX_PASTED_BYTES + 1]
            incoming.items.append(("clipboard.json" if text[:1] in "{[" else "clipboard.jwt", data))
    return incoming


__all__ = ["Incoming", "ask_files", "ask_folder", "ask_qr_image", "can_accept", "from_mime", "image_bytes"]
