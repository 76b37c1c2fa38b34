"""The one background primitive: results on the GUI thread, in order, failures routed."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui.background import Runner, WalletOp
from ui.widgets.message_box import Button, MessageBox
from wallet.errors import VaultLocked


class Context:
    def __init__(self) -> None:
        self.threads: set[int] = set()

    def work(self, value: int) -> int:
        self.threads.add(threading.get_ident())
        return value * 2


def test_results_arrive_in_order_on_the_gui_thread(qtbot: QtBot) -> None:
    context = Context()
    runner = Runner(context)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    seen: list[tuple[int, int]] = []
    for n in range(5):
        WalletOp(None, runner, lambda c, n=n: c.work(n)).success(lambda v: seen.append((v, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert [v for v, _ in seen] == [0, 2, 4, 6, 8]
    assert {t for _, t in seen} == {threading.get_ident()}
    assert len(context.threads) == 1 and threading.get_ident() not in context.threads
    assert busy == [True, False]
    runner.shutdown()


def test_failures_reach_the_failure_callback(qtbot: QtBot) -> None:
    runner = Runner(Context())
    errors: list[BaseException] = []

    def fail(_c: Any) -> None:
        raise VaultLocked("locked")

    WalletOp(None, runner, fail).success(lambda _v: errors.append(AssertionError())).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], VaultLocked)
    runner.shutdown()


def test_a_core_error_without_a_handler_is_shown(qtbot: QtBot) -> None:
    runner = Runner(Context())

    def fail(_c: Any) -> None:
        raise VaultLocked("locked")

    MessageBox.set_next_answer(Button.Ok)
    op = WalletOp(None, runner, fail).run()
    qtbot.waitUntil(lambda: not runner.busy)
    assert op.done
    assert "locked" in MessageBox.last_text
    runner.shutdown()


def test_results_for_a_destroyed_parent_are_dropped(qtbot: QtBot) -> None:
    runner = Runner(Context())
    parent = QObject()
    seen: list[int] = []
    gate = threading.Event()
    WalletOp(parent, runner, lambda c: gate.wait(5) and c.work(1)).success(seen.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == []
    runner.shutdown()
