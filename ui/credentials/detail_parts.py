"""Small pieces of the detail view that hold no state: layouts, the issuer's domain, the raw text."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFormLayout, QGridLayout, QVBoxLayout

from ui.widgets.safe_text import visible_controls

RAW_PREVIEW_BYTES = 256 * 1024


def clear_layout(layout: QVBoxLayout | QFormLayout | QGridLayout) -> None:
    """Remove and delete everything in ``layout``, nested layouts included."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            clear_layout(child)  # type: ignore[arg-type]


def form_layout() -> QFormLayout:
    """A label/value form laid out the same way in every section."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(6)
    form.setHorizontalSpacing(16)
    return form


def issuer_domain(identifier: str | None) -> str | None:
    """The web domain an issuer identifier names (``did:web:`` or an http(s) URL), if any."""
    if not identifier:
        return None
    if identifier.startswith("did:web:"):
        return identifier[len("did:web:") :].split(":")[0].replace("%3A", ":")
    url = QUrl(identifier)
    if url.scheme() in ("http", "https") and url.host():
        return url.host()
    return None


def raw_text(original: bytes) -> str:
    """The original as text for reading: pretty JSON when it is JSON, the text when it is text,
    else a hex dump; bidi controls visible. (The stored bytes are never changed.)"""
    data = original[:RAW_PREVIEW_BYTES]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        lines = [f"{offset:08x}  {data[offset : offset + 16].hex(' ')}" for offset in range(0, min(len(data), 4096), 16)]
        return "\n".join(lines) + ("\n…" if len(data) > 4096 else "")
    return visible_controls(_pretty_json(text))


def _pretty_json(text: str) -> str:
    """Indented JSON, or ``text`` unchanged when it is not JSON (a JWT, XML)."""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text
