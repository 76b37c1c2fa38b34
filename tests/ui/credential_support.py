"""Real signed credentials for the credential views' tests (the report matters there).

``signed_vault(dir)`` makes a floor-KDF vault and imports, through :func:`wallet.importer.import_paths`,
OB 3.0 credentials signed by fresh did:key issuers: a good one, an expired one, a tampered one, and a
hostile one (rich text in its title, bidi controls, and ``https:``/``javascript:``/``file:`` links).
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.di_issuer import NOW, DidKeyIssuer
from ui.main_window import MainWindow
from wallet.importer import Status, context_for, import_paths
from wallet.vault import KdfParams, Vault

PASSWORD = "correct horse battery staple"
HOSTILE_TITLE = "<b>x</b><img src=https://tracker.example/pixel.png>"
BIDI_NAME = "Invoice \u202egpj.exe Academy"
WEB_LINK = "https://example.edu/courses/di-101?lang=en"
SCRIPT_LINK = "javascript:alert(document.cookie)"
FILE_LINK = "file:///etc/passwd"

TITLES = {
    "good": "Data Integrity 101",
    "expired": "Cloud Basics",
    "tampered": "Data Integrity 999",
    "hostile": HOSTILE_TITLE,
}


def _credential(issuer: DidKeyIssuer, title: str, **kwargs: object) -> dict[str, object]:
    doc = issuer.ob3(**kwargs)  # type: ignore[arg-type]
    doc["id"] = f"urn:uuid:{abs(hash(title)) % 10**12:012d}-0000-4000-8000-000000000000"[-45:]
    doc["name"] = title
    doc["credentialSubject"]["achievement"]["name"] = title  # type: ignore[index]
    return doc


def signed_vault(vault_dir: Path) -> dict[str, int]:
    """Create the vault (locked on return) and give each kind's credential id."""
    inbox = vault_dir.parent / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    university = DidKeyIssuer.fresh("ed25519")
    good = university.sign(_credential(university, TITLES["good"]), "eddsa-rdfc-2022")
    (inbox / "good.json").write_text(json.dumps(good))
    cloud = DidKeyIssuer.fresh("p256")
    expired = cloud.sign(
        _credential(cloud, TITLES["expired"], valid_from=NOW - timedelta(days=400), valid_until=NOW - timedelta(days=35)), "ecdsa-rdfc-2019"
    )
    (inbox / "expired.json").write_text(json.dumps(expired))
    tampered = json.loads(json.dumps(good))
    tampered["id"] = "urn:uuid:99999999-0000-4000-8000-000000000000"
    tampered["name"] = TITLES["tampered"]
    tampered["credentialSubject"]["achievement"]["name"] = TITLES["tampered"]
    (inbox / "tampered.json").write_text(json.dumps(tampered))
    hostile = _credential(university, HOSTILE_TITLE)
    hostile["issuer"]["name"] = BIDI_NAME  # type: ignore[index]
    hostile["credentialSubject"]["achievement"]["description"] = (  # type: ignore[index]
        f"More at {WEB_LINK} or {SCRIPT_LINK} or {FILE_LINK}."
    )
    (inbox / "hostile.json").write_text(json.dumps(university.sign(hostile, "eddsa-rdfc-2022")))

    vault, _code = Vault.create(vault_dir, PASSWORD, kdf=KdfParams.floor())
    try:
        ids: dict[str, int] = {}
        for kind in TITLES:
            summary = import_paths(vault, [inbox / f"{kind}.json"], context_for(vault, at=NOW), keep_invalid=True)
            outcome = summary.outcomes[0]
            assert outcome.status is Status.ADDED, (kind, outcome)
            assert outcome.id is not None
            ids[kind] = outcome.id
    finally:
        vault.lock()
    return ids


def open_wallet(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    """Unlock through the unlock page and wait for ``rows`` credentials."""
    view = window.unlock_view
    qtbot.keyClicks(view.password.line_edit, PASSWORD)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.credentials, timeout=10_000)
    qtbot.waitUntil(lambda: window.credentials.model.rowCount() == rows, timeout=10_000)


def open_detail(qtbot: QtBot, window: MainWindow, credential_id: int) -> None:
    window.show_credential(credential_id)
    qtbot.waitUntil(lambda: window.detail.stored is not None and window.detail.stored.id == credential_id, timeout=10_000)
