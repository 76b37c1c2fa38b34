"""The credential table model and its filter proxy, checked by Qt's model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.modeltest import ModelTester

from tests.ui.conftest import PASSWORD, SAMPLES
from ui.credentials.credential_filter import CredentialFilterProxy
from ui.credentials.credential_model import Column, CredentialTableModel, Role
from wallet.vault import CredentialSummary, RecoveryCode, Vault
from wallet.verify.summary import TAMPERED, UNCHECKED, VERIFIED, VERIFIED_UNRECOGNISED


@pytest.fixture
def summaries(qapp: object, created_vault: RecoveryCode, vault_dir: Path) -> list[CredentialSummary]:
    vault = Vault.unlock(vault_dir, PASSWORD)
    try:
        return vault.summaries()
    finally:
        vault.lock()


@pytest.fixture
def model(summaries: list[CredentialSummary]) -> CredentialTableModel:
    model = CredentialTableModel(languages=("en",))
    model.set_summaries(summaries)
    return model


def by_title(model: CredentialTableModel, title: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, Column.TITLE).data() == title)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, model: CredentialTableModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_the_proxy_passes_the_model_tester(qtmodeltester: ModelTester, model: CredentialTableModel) -> None:
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("data")
    qtmodeltester.check(proxy, force_py=True)


def test_a_filtered_sorted_proxy_passes_too(qtmodeltester: ModelTester, model: CredentialTableModel) -> None:
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_badges([VERIFIED, VERIFIED_UNRECOGNISED])
    proxy.sort(Column.VERIFICATION, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy, force_py=True)


def test_an_empty_model_passes_too(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(CredentialTableModel(languages=("en",)), force_py=True)


def test_columns_and_values(model: CredentialTableModel) -> None:
    assert model.rowCount() == len(SAMPLES)
    assert model.columnCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Title", "Awarding body", "Issued", "ECTS", "EQF level", "Verification", "Added", "Format"]
    row = by_title(model, "Data Literacy")
    assert model.index(row, Column.AWARDING_BODY).data() == "Université d'Exemple"
    assert model.index(row, Column.ISSUED).data() == QLocale().toString(QDate(2024, 5, 1), QLocale.FormatType.ShortFormat)
    assert model.index(row, Column.ECTS).data() == QLocale().toString(5.0, "g", 4)
    assert model.index(row, Column.EQF).data() == "6"
    missing = by_title(model, "Open Badge: Mentor")
    assert model.index(missing, Column.ISSUED).data() == ""
    assert model.index(missing, Column.ECTS).data() == ""


@pytest.mark.parametrize(
    ("title", "status", "words"),
    [
        ("Data Literacy", VERIFIED, "Verified"),
        ("Éducation numérique", VERIFIED_UNRECOGNISED, "Verified — issuer not recognised"),
        ("Welding Safety", TAMPERED, "Tampered"),
        ("Open Badge: Mentor", UNCHECKED, "Cannot check offline"),
    ],
)
def test_verification_in_words_and_icon(model: CredentialTableModel, title: str, status: str, words: str) -> None:
    index = model.index(by_title(model, title), Column.VERIFICATION)
    assert index.data(Role.VERIFICATION) == status
    assert index.data() == words  # words, never colour or icon alone
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == words
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data(Qt.ItemDataRole.ToolTipRole)


def test_roles(model: CredentialTableModel, summaries: list[CredentialSummary]) -> None:
    index = model.index(0, Column.TITLE)
    assert index.data(Role.SUMMARY) is summaries[0]
    assert index.data(Role.ID) == summaries[0].id
    assert "outcome of" in index.data(Role.SEARCH_TEXT)
    names = model.roleNames()
    assert names[int(Role.SUMMARY)].data() == b"summary"


def test_missing_values_sort_last(model: CredentialTableModel) -> None:
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.ISSUED, Qt.SortOrder.AscendingOrder)
    issued = [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]
    assert issued == ["Welding Safety", "Éducation numérique", "Data Literacy", "Open Badge: Mentor"]


def test_languages_pick_the_title(summaries: list[CredentialSummary]) -> None:
    model = CredentialTableModel(languages=("nl",))
    model.set_summaries(summaries)
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {s.title for s in SAMPLES}


def test_clear_forgets_every_row(model: CredentialTableModel) -> None:
    model.clear()
    assert model.rowCount() == 0
