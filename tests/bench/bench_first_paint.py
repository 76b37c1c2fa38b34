"""Time to first paint: Satchel's main window against a bare PySide6 QMainWindow.

Run with ``python tests/bench/bench_first_paint.py [--credentials N] [--runs R]`` (``make bench``).
Every measurement is a fresh interpreter, so imports are paid each time; the first run of each kind
is reported apart as "cold" (the OS file cache may still be warming), the median of the rest as
"warm". Two questions are answered:

1. *Start-up*: from process start to the first paint of the first window (Satchel shows its unlock
   page; the vault modules are imported after that paint, on the worker thread).
2. *Open wallet*: in a process where the vault is already unlocked, from creating the main window
   to the first paint of the credential table with N rows, against creating and painting a bare
   QMainWindow. Argon2id (unlock) is excluded: it is deliberately slow and runs off the GUI thread.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bench password, not a secret"


def _child(kind: str, vault_dir: str | None) -> None:
    spawned = float(os.environ["BENCH_SPAWNED"])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    result: dict[str, float] = {}

    if kind == "bare-start":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        created = time.monotonic()
        window = QMainWindow()
        target = window
    elif kind == "satchel-start":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        from ui.app import build_window, create_application
        from ui.settings import Settings

        app = create_application(["satchel-app"])
        created = time.monotonic()
        window, session = build_window(Path(vault_dir or "."), Settings(Path(tempfile.mkdtemp()) / "s.ini"))
        window.start()
        target = window
    elif kind == "bare-open":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        created = time.monotonic()
        window = QMainWindow()
        target = window
    else:  # satchel-open
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        from ui.app import build_window, create_application
        from ui.settings import Settings
        from wallet.vault import Vault

        app = create_application(["satchel-app"])
        vault = Vault.unlock(vault_dir or ".", PASSWORD)
        created = time.monotonic()
        window, session = build_window(Path(vault_dir or "."), Settings(Path(tempfile.mkdtemp()) / "s.ini"))
        session.adopt(vault)
        window.show_credentials()
        target = window.credentials.table.viewport()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in result:
                if kind == "satchel-open" and window.credentials.model.rowCount() == 0:
                    return False
                now = time.monotonic()
                result["painted"] = now
                result["from_start_ms"] = (now - spawned) * 1000
                result["from_window_ms"] = (now - created) * 1000
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    target.installEventFilter(spy)
    window.resize(900, 600)
    window.show()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    if kind.startswith("satchel"):
        session.shutdown()
    result.pop("painted", None)
    print(json.dumps(result))


def _run(kind: str, vault_dir: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BENCH_SPAWNED"] = repr(time.monotonic())
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--vault", str(vault_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _fill(vault_dir: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.support.records import sample
    from wallet.vault import KdfParams, Vault

    vault, _code = Vault.create(vault_dir, PASSWORD, kdf=KdfParams.floor())
    try:
        for index in range(count):
            vault.add(*sample(index))
    finally:
        vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--credentials", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--vault", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.vault)
        return 0

    with tempfile.TemporaryDirectory(prefix="satchel-bench-") as tmp:
        vault_dir = Path(tmp) / "vault"
        started = time.monotonic()
        _fill(vault_dir, args.credentials)
        print(f"vault of {args.credentials} credentials made in {time.monotonic() - started:.1f} s")
        rows = []
        for label, bare, satchel, metric in (
            ("start-up: process start -> first paint", "bare-start", "satchel-start", "from_start_ms"),
            (f"open wallet ({args.credentials} credentials): window created -> first paint", "bare-open", "satchel-open", "from_window_ms"),
        ):
            times: dict[str, list[float]] = {bare: [], satchel: []}
            for _ in range(args.runs):
                for kind in (bare, satchel):
                    times[kind].append(_run(kind, vault_dir)[metric])
            cold_b, cold_s = times[bare][0], times[satchel][0]
            warm_b = statistics.median(times[bare][1:] or times[bare])
            warm_s = statistics.median(times[satchel][1:] or times[satchel])
            rows.append((label, cold_b, cold_s, warm_b, warm_s))
        print(f"{'':74} {'bare':>9} {'satchel':>9} {'ratio':>6}")
        for label, cold_b, cold_s, warm_b, warm_s in rows:
            print(f"{label + ' (cold)':74} {cold_b:7.0f}ms {cold_s:7.0f}ms {cold_s / cold_b:5.2f}x")
            print(f"{label + ' (warm)':74} {warm_b:7.0f}ms {warm_s:7.0f}ms {warm_s / warm_b:5.2f}x")
        print("goal: warm start-up within 1.3x of bare (about 250 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
