"""Links found inside credentials: shown in full, opened only after the learner agrees, web only.

An issuer chooses what a credential links to. Before a browser opens, the learner sees the whole
address (bidi controls made visible, so it reads as it is) and says yes. Only ``http`` and
``https`` ever open: ``javascript:``, ``file:``, ``data:`` and the rest are refused with a word why.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ui.widgets.message_box import Button, MessageBox
from ui.widgets.safe_text import visible_controls

WEB_SCHEMES = ("http", "https")
MAX_URL_CHARS = 2048

_CANDIDATE = re.compile(r"\b(?:https?|javascript|file|data|ftp|mailto|vbscript):[^\s<>\"'`]+", re.IGNORECASE)


def find_links(text: str) -> list[str]:
    """Every address-looking thing in ``text`` (web or not: refused ones are shown too), in order."""
    return [_trim(m.group(0)) for m in _CANDIDATE.finditer(text)]


def _trim(link: str) -> str:
    """Drop sentence punctuation after a link, and a closing bracket it did not open."""
    pairs = {")": "(", "]": "[", "}": "{"}
    while link:
        last = link[-1]
        unbalanced = last in pairs and link.count(pairs[last]) < link.count(last)
        if last not in ".,;:!?'\"" and not unbalanced:
            break
        link = link[:-1]
    return link


def is_web_link(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) address with a host, short enough to show whole."""
    if len(url) > MAX_URL_CHARS or any(ord(c) < 0x20 for c in url):
        return False
    parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
    return parsed.isValid() and parsed.scheme().lower() in WEB_SCHEMES and bool(parsed.host())


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkConfirm", text)


def open_link(parent: QWidget | None, url: str) -> bool:
    """Ask, then open ``url`` in the browser; returns whether it was opened.

    A non-web address is refused (with a message saying so) and never opened.
    """
    shown = visible_controls(url)
    if not is_web_link(url):
        MessageBox.warning(
            parent,
            QCoreApplication.translate("LinkConfirm", "Link not opened"),
            QCoreApplication.translate(
                "LinkConfirm", "Satchel opens only web links (http or https). This link was not opened:\n\n%1"
            ).replace("%1", shown),
        )
        return False
    answer = MessageBox.question(
        parent,
        QCoreApplication.translate("LinkConfirm", "Open link?"),
        QCoreApplication.translate(
            "LinkConfirm", "This link comes from the credential, not from Satchel. Open it in your browser?\n\n%1"
        ).replace("%1", shown),
        Button.Open | Button.Cancel,
        Button.Cancel,
    )
    if answer != Button.Open:
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


__all__ = ["WEB_SCHEMES", "find_links", "is_web_link", "open_link"]
