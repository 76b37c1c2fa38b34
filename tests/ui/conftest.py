"""Fixtures for the UI tests: offscreen Qt, a real vault in tmp_path, floor KDF, pre-answered boxes."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, and no platform theme to vary the results.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.app import build_window
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings
from ui.widgets.message_box import MessageBox
from wallet.formats.base import Parsed
from wallet.model import CredentialRecord, Level, Workload
from wallet.vault import KdfParams, RecoveryCode, Vault
from wallet.verify.report import Check, IssuerInfo, Outcome, Report

PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Sample:
    title: str
    body: str
    issued: str
    ects: float | None
    eqf: int | None
    outcomes: tuple[Check, ...]
    trust: str


SAMPLES = (
    Sample(
        "Data Literacy",
        "Université d'Exemple",
        "2024-05-01",
        5.0,
        6,
        (Check("signature", Outcome.PASS, "ok"), Check("issuer-key", Outcome.PASS, "ok")),
        "trusted",
    ),
    Sample(
        "Éducation numérique",
        "Hogeschool Voorbeeld",
        "2023-11-15",
        3.0,
        5,
        (Check("signature", Outcome.PASS, "ok"), Check("issuer-key", Outcome.PASS, "ok")),
        "unknown",
    ),
    Sample("Welding Safety", "Trade Academy", "2022-02-28", None, 4, (Check("signature", Outcome.FAIL, "tampered"),), "unknown"),
    Sample("Open Badge: Mentor", "Community Learning", "", None, None, (Check("signature", Outcome.SKIP, "no proof"),), "unknown"),
)


def make_credential(index: int, sample: Sample) -> tuple[Parsed, CredentialRecord, Report]:
    doc = {"id": f"urn:uuid:{index:08d}-0000-4000-8000-000000000000", "name": sample.title, "issuer": sample.body}
    raw = json.dumps(doc, ensure_ascii=False).encode()
    parsed = Parsed(format="vc-jsonld", original=raw, payload=raw, document=doc, name=f"credential-{index}.json")
    record = CredentialRecord(
        title=sample.title,
        awarding_body=sample.body,
        issued=sample.issued or None,
        learning_outcomes=(f"Outcome of {sample.title}",),
        workload=Workload(ects=sample.ects),
        level=Level(eqf=sample.eqf),
    )
    report = Report(
        "vc-jsonld", sample.outcomes, datetime(2026, 1, 1, tzinfo=UTC), IssuerInfo("did:example:issuer", sample.body, sample.trust)
    )
    return parsed, record, report


@pytest.fixture(autouse=True)
def message_boxes() -> Iterator[type[MessageBox]]:
    """Any message box a test did not pre-answer fails it instead of blocking."""
    MessageBox.set_test_mode(True)
    yield MessageBox
    MessageBox.set_test_mode(False)


@pytest.fixture
def floor_kdf() -> KdfParams:
    return KdfParams.floor()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "satchel.ini")


@pytest.fixture
def created_vault(vault_dir: Path, floor_kdf: KdfParams) -> RecoveryCode:
    """A locked vault holding the four :data:`SAMPLES`; returns its recovery code."""
    vault, code = Vault.create(vault_dir, PASSWORD, kdf=floor_kdf)
    try:
        for index, sample in enumerate(SAMPLES):
            vault.add(*make_credential(index, sample))
    finally:
        vault.lock()
    return code


@pytest.fixture
def window_and_session(qtbot: QtBot, vault_dir: Path, settings: Settings, floor_kdf: KdfParams) -> Iterator[tuple[MainWindow, Session]]:
    window, session = build_window(vault_dir, settings, kdf=floor_kdf)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    yield window, session
    session.shutdown()


@pytest.fixture
def window(window_and_session: tuple[MainWindow, Session]) -> MainWindow:
    return window_and_session[0]


def unlock(qtbot: QtBot, window: MainWindow, password: str = PASSWORD) -> None:
    """Type ``password`` in the unlock view and wait for the credential list."""
    view = window.unlock_view
    qtbot.keyClicks(view.password.line_edit, password)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.credentials, timeout=10_000)


def wait_loaded(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    qtbot.waitUntil(lambda: window.credentials.model.rowCount() == rows, timeout=10_000)
