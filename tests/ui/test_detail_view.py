"""The detail view on real signed credentials: the report in words, the EU elements, the issuer, the
original; and credential text that stays text (no rich text, visible bidi controls, guarded links)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.credential_support import BIDI_NAME, FILE_LINK, HOSTILE_TITLE, SCRIPT_LINK, WEB_LINK, open_detail, open_wallet, signed_vault
from ui.credentials.check_text import CheckText, arg
from ui.main_window import MainWindow
from ui.widgets.link_confirm import find_links, is_web_link, open_link
from ui.widgets.message_box import Button, MessageBox
from ui.widgets.safe_text import plain_label, visible_controls


@pytest.fixture
def signed_ids(vault_dir: Path) -> dict[str, int]:
    return signed_vault(vault_dir)


class Browser(QObject):
    """Stands in for the system's browser through Qt's own URL-handler hook (not a mock of Satchel)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp: object) -> Iterator[Browser]:
    handler = Browser()
    schemes = ("http", "https", "javascript", "file")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.detail.findChildren(QLabel)]


def test_the_report_check_by_check_in_plain_words(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["expired"])
    detail = window.detail
    shown = texts(window)
    assert detail.badge_text.text() == "Not valid: expired"
    assert any(t.startswith("Last checked: ") for t in shown)
    for words in (
        "Signature — Passed",
        "Validity period — Failed",
        "Revocation — Passed",
        "Issuer recognised — Warning",
        "EU elements — Warning",
    ):
        assert words in shown, words
    assert "The signature is intact: nothing was changed since the issuer signed it." in shown
    assert "The signing key belongs to the issuer named in the credential." in shown
    words = CheckText()
    assert arg("The credential expired on %1.", words.date("2026-01-25T12:00:00+00:00")) in shown
    assert "The issuer publishes no revocation list for this credential." in shown


def test_missing_elements_are_stated_plainly(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["good"])
    shown = texts(window)
    assert (
        "6 of the 11 mandatory elements are missing: Country of the issuer, Workload, Level, Assessment, "
        "Form of participation, Quality assurance." in shown
    )
    assert shown.count("Missing") == 6
    assert "Data Integrity 101" in shown
    assert "Signed credentials and their proofs." in shown  # the description, an optional element


def test_the_issuer_identity_beside_its_name(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["good"])
    detail = window.detail
    assert detail.stored is not None and detail.stored.report is not None
    did = detail.stored.report.issuer.id
    assert did is not None and did.startswith("did:key:")
    shown = texts(window)
    assert "Example University" in shown
    assert did in shown
    assert "None: the identifier is a bare key, not tied to a website" in shown
    assert "Not recognised: in no trust list you accept" in shown


def test_the_tampered_badge_and_sentence(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["tampered"])
    assert window.detail.badge_text.text() == "Tampered"
    assert any(t.startswith("The signature does not match") for t in texts(window))


def test_the_raw_original(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["good"])
    detail = window.detail
    assert not detail.raw.isVisibleTo(detail)
    qtbot.mouseClick(detail.raw_button, Qt.MouseButton.LeftButton)
    assert detail.raw.isVisibleTo(detail)
    raw = detail.raw.toPlainText()
    assert '"proof"' in raw and '"OpenBadgeCredential"' in raw
    assert detail.raw.isReadOnly()


def test_rich_text_in_a_credential_shows_literally(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["hostile"])
    detail = window.detail
    assert detail.title.text() == HOSTILE_TITLE
    assert detail.title.textFormat() == Qt.TextFormat.PlainText
    for label in detail.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text(), label.text()
    row = window.credentials.model.row_of(signed_ids["hostile"])
    assert row is not None
    assert window.credentials.model.index(row, 0).data() == HOSTILE_TITLE
    # What a plain label renders: its width is that of the literal text, markup and all.
    label = plain_label(HOSTILE_TITLE, wrap=False)
    qtbot.addWidget(label)
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(HOSTILE_TITLE) - 2


def test_bidi_controls_are_visible(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["hostile"])
    assert visible_controls(BIDI_NAME) == "Invoice ⟨U+202E⟩gpj.exe Academy"
    assert window.detail.body.text() == "Invoice ⟨U+202E⟩gpj.exe Academy"
    row = window.credentials.model.row_of(signed_ids["hostile"])
    assert row is not None
    assert window.credentials.model.index(row, 1).data() == "Invoice ⟨U+202E⟩gpj.exe Academy"
    for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        assert control not in visible_controls(f"a{control}b")
    assert all("\u202e" not in t for t in texts(window))


def test_links_open_only_after_confirmation_and_only_on_the_web(
    qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow, browser: Browser
) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    open_detail(qtbot, window, signed_ids["hostile"])
    links = window.detail.links
    assert set(links) == {WEB_LINK, SCRIPT_LINK, FILE_LINK, "https://tracker.example/pixel.png"}  # the title's <img> too

    MessageBox.set_next_answer(Button.Cancel)
    qtbot.mouseClick(links[WEB_LINK], Qt.MouseButton.LeftButton)
    assert WEB_LINK in MessageBox.last_text  # the full address, query and all
    assert browser.opened == []

    MessageBox.set_next_answer(Button.Open)
    qtbot.mouseClick(links[WEB_LINK], Qt.MouseButton.LeftButton)
    assert browser.opened == [WEB_LINK]

    for hostile in (SCRIPT_LINK, FILE_LINK):
        MessageBox.set_next_answer(Button.Open)  # even a yes would not open it: no question is asked
        qtbot.mouseClick(links[hostile], Qt.MouseButton.LeftButton)
        assert "was not opened" in MessageBox.last_text
        assert hostile in MessageBox.last_text
        MessageBox.set_test_mode(True)
    assert browser.opened == [WEB_LINK]


def test_link_rules(browser: Browser) -> None:
    assert find_links("see https://a.example/x, or javascript:alert(1).") == ["https://a.example/x", "javascript:alert(1)"]
    assert is_web_link("https://a.example/x?y=1")
    assert is_web_link("http://a.example")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "https://", "ftp://a.example/", "HTTPS://a.example/\x00"):
        assert not is_web_link(bad), bad
        MessageBox.set_next_answer(Button.Ok)
        assert open_link(None, bad) is False
    assert browser.opened == []


def test_unknown_codes_fall_back_to_the_detail(qapp: object) -> None:
    words = CheckText()
    assert words.sentence("something.new", {}, "an English detail") == "an English detail"
    assert words.sentence("validity.until", {"valid_until": "2030-01-01"}, "x") == arg("Valid until %1.", words.date("2030-01-01"))
    assert arg("%1 and %2", "50%2", "b") == "50%2 and b"
