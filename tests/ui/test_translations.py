"""Translations: Dutch and Danish complete, placeholders intact, Qt's own strings and QLocale follow.

The committed ``resources/i18n/satchel_<lang>.ts`` are checked as text; the ``.qm`` files are built
from them here exactly as ``make translations`` does.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.imports.progress_dialog import ProgressDialog
from ui.imports.summary_dialog import headline
from ui.preferences.language import LANGUAGES, apply_language, display_languages
from wallet.importer import ImportOutcome, ImportSummary, Status
from wallet.model import text_in

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("nl", "da")
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(lang: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) for every live message of one .ts file."""
    tree = ET.parse(I18N / f"satchel_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out.append((name, source, forms, kind == "unfinished"))
    return out


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)


@pytest.fixture
def language(qapp: object) -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 100
    missing = [(c, s) for c, s, forms, unfinished in found if unfinished or not all(f.strip() for f in forms)]
    assert not missing, f"{len(missing)} untranslated in satchel_{lang}.ts, e.g. {missing[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_match_the_source(lang: str) -> None:
    wrong = []
    for context, source, forms, _unfinished in messages(lang):
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form for exactly one may spell the number out ("één"): %n is then optional.
            if got != expected and not (len(forms) > 1 and sorted(set(expected) - {"%n"}) == got):
                wrong.append((context, source, form))
    assert not wrong, f"placeholders differ from the source in satchel_{lang}.ts: {wrong[:5]}"


def test_the_ts_files_cover_every_string_in_the_ui(tmp_path: Path) -> None:
    """lupdate over all of ui/ finds nothing the committed files lack (re-run it after adding strings)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    tree = ET.parse(fresh)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in tree.getroot().iter("context") for m in c.iter("message")}
    for lang in TRANSLATED:
        have = {(c, s) for c, s, _f, _u in messages(lang)}
        assert not wanted - have, f"not in satchel_{lang}.ts: {sorted(wanted - have)[:10]}"


def test_switching_language_translates_real_widgets(qtbot: QtBot, language: None) -> None:
    apply_language("nl")
    dialog = ProgressDialog(QCoreApplication.translate("ImportController", "Adding credentials"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Credentials toevoegen"
    assert dialog.label.text() == "Even geduld…"
    # Qt's own strings come from qtbase_nl.qm.
    assert dialog.cancel_button.text().replace("&", "") == "Annuleren"
    dialog.set_progress(1234, 5000, "a.json")
    assert dialog.label.text() == "1.234 van 5.000"
    summary = ImportSummary([ImportOutcome("a.json", Status.ADDED, 1), ImportOutcome("b.json", Status.ADDED, 2)])
    assert headline(summary) == "2 toegevoegd"

    apply_language("da")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuller"
    assert headline(summary) == "2 tilføjet"


def test_dates_and_numbers_follow_the_language(language: None) -> None:
    apply_language("nl")
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QLocale().toString(QDate(2026, 3, 1), QLocale.FormatType.LongFormat) == "zondag 1 maart 2026"
    apply_language("da")
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    apply_language("en")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"


def test_credential_text_in_the_learners_language(language: None) -> None:
    title = {"en": "Sustainable Energy Systems", "da": "Bæredygtige energisystemer"}
    apply_language("da")
    assert text_in(title, display_languages()) == "Bæredygtige energisystemer"
    apply_language("nl")  # no Dutch variant: English
    assert text_in(title, display_languages()) == "Sustainable Energy Systems"


def test_the_languages_offered_are_the_translated_ones() -> None:
    assert [code for code, _name in LANGUAGES] == ["en", *TRANSLATED]
