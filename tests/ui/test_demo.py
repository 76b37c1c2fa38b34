"""``satchel-app --demo``: a throw-away vault of signed sample credentials opens and lists them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import wait_loaded
from ui.app import build_window, parse_args, start_demo
from ui.main_window import MainWindow
from ui.settings import Settings
from wallet.demo import DEMO_PASSWORD, DemoWallet


@pytest.fixture
def demo() -> Iterator[DemoWallet]:
    wallet = DemoWallet.create()
    yield wallet
    wallet.remove()
    assert not wallet.root.exists()


def test_the_demo_flag_is_parsed() -> None:
    assert parse_args(["--demo"]).demo is True
    assert parse_args([]).demo is False


def test_demo_mode_opens_and_lists_the_samples(qtbot: QtBot, demo: DemoWallet) -> None:
    window, session = build_window(demo.vault_dir, Settings(demo.settings_path))
    qtbot.addWidget(window)
    try:
        assert isinstance(window, MainWindow)
        window.start()
        window.show()
        start_demo(window, session, demo.password)
        assert DEMO_PASSWORD in window.windowTitle() and "demo" in window.windowTitle()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.credentials, timeout=10_000)
        wait_loaded(qtbot, window, 5)
        model = window.credentials.model
        titles = {str(model.index(row, 0).data()) for row in range(model.rowCount())}
        assert "Sustainable Energy Systems" in titles
        window.grab().save("/tmp/satchel-demo.png")
    finally:
        session.shutdown()
