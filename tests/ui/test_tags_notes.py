"""Organising: tags (add, rename everywhere, remove, filter by) and the learner's own note."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSWORD, SAMPLES, unlock, wait_loaded
from tests.ui.credential_support import open_detail
from tests.ui.test_credential_views import shown_titles
from ui.main_window import MainWindow
from wallet.vault import RecoveryCode, Vault


def _first(window: MainWindow, title: str) -> int:
    return next(s.id for s in window.credentials.model.summaries() if s.title == title)


def test_add_rename_remove_and_filter_by_tag(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    literacy, welding = _first(window, "Data Literacy"), _first(window, "Welding Safety")
    open_detail(qtbot, window, literacy)
    tags = window.detail.tags

    qtbot.keyClicks(tags.new_tag, "  job   applications ")
    with qtbot.waitSignal(tags.changed, timeout=10_000):
        tags.add_button.click()
    assert tags.tags == ("job applications",)  # whitespace folded, as the vault does
    assert tags.new_tag.text() == ""
    qtbot.waitUntil(lambda: window.credentials.model.summary(window.credentials.model.row_of(literacy) or 0).tags == ("job applications",))

    # The tag filter offers it; choosing it filters the list.
    bar = window.credentials.filters
    assert bar.tag.findData("job applications") > 0
    window.close_detail()
    bar.choose(bar.tag, "job applications")
    assert shown_titles(window) == ["Data Literacy"]
    bar.choose(bar.tag, None)

    # Tag a second credential, then rename the tag everywhere from the first.
    open_detail(qtbot, window, welding)
    qtbot.keyClicks(window.detail.tags.new_tag, "job applications")
    with qtbot.waitSignal(tags.changed, timeout=10_000):
        qtbot.keyClick(window.detail.tags.new_tag, "\r")
    open_detail(qtbot, window, literacy)
    chip = tags.chips["job applications"]
    assert chip.accessibleName() == "Tag “job applications”: rename or remove"
    rename, _remove = chip.menu().actions()
    rename.trigger()
    assert tags.rename_row.isVisibleTo(tags)
    tags.rename_edit.setText("Applications 2026")
    with qtbot.waitSignal(tags.changed, timeout=10_000):
        tags.rename_button.click()
    assert tags.tags == ("Applications 2026",)
    assert not tags.rename_row.isVisibleTo(tags)
    qtbot.waitUntil(lambda: bar.tag.findData("Applications 2026") > 0, timeout=10_000)
    assert bar.tag.findData("job applications") < 0
    bar.choose(bar.tag, "Applications 2026")
    qtbot.waitUntil(lambda: set(shown_titles(window)) == {"Data Literacy", "Welding Safety"}, timeout=10_000)
    # The search finds tags too.
    bar.choose(bar.tag, None)
    window.credentials.search.setText("applications 2026")
    assert set(shown_titles(window)) == {"Data Literacy", "Welding Safety"}
    window.credentials.search.clear()

    # Remove it from this credential only.
    tags.chips["Applications 2026"].menu().actions()[1].trigger()
    qtbot.waitUntil(lambda: tags.tags == (), timeout=10_000)
    assert tags.none_label.isVisibleTo(tags)
    with qtbot.waitSignal(window.credentials.loaded, timeout=10_000):
        window.credentials_changed()
    window.session.lock()
    vault = Vault.unlock(window.session.path, PASSWORD)
    try:
        assert vault.all_tags() == [("Applications 2026", 1)]
        assert vault.tags_of(welding) == ("Applications 2026",)
    finally:
        vault.lock()


def test_an_empty_or_overlong_tag_is_explained(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    open_detail(qtbot, window, _first(window, "Data Literacy"))
    tags = window.detail.tags
    tags.add_button.click()
    assert tags.message.text() == "Type a tag first."
    tags.new_tag.setMaxLength(500)
    tags.new_tag.setText("x" * 65)
    tags.add_button.click()
    qtbot.waitUntil(lambda: tags.message.text() == "A tag has 1 to 64 characters.", timeout=10_000)
    assert tags.tags == ()


def test_a_note_is_saved_in_the_vault(qtbot: QtBot, created_vault: RecoveryCode, window: MainWindow) -> None:
    unlock(qtbot, window)
    wait_loaded(qtbot, window, len(SAMPLES))
    credential_id = _first(window, "Éducation numérique")
    open_detail(qtbot, window, credential_id)
    note = window.detail.note
    assert not note.save_button.isEnabled()
    qtbot.keyClicks(note.edit, "Used for my application at the city library.")
    assert note.save_button.isEnabled()
    assert note.state.text() == "Not saved yet"
    note.save_button.click()
    qtbot.waitUntil(lambda: note.state.text() == "Saved", timeout=10_000)
    assert not note.save_button.isEnabled()
    # Reopened, the note is there.
    window.close_detail()
    open_detail(qtbot, window, _first(window, "Data Literacy"))
    assert note.edit.toPlainText() == ""
    open_detail(qtbot, window, credential_id)
    assert note.edit.toPlainText() == "Used for my application at the city library."
