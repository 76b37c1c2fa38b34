"""Crash safety: a process killed with SIGKILL at random moments never costs a committed change.

``make stress`` runs the same tests with ``SATCHEL_STRESS_KILLS=1000``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.conftest import PASSWORD
from wallet.errors import InvalidPassword
from wallet.vault import KdfParams, Vault

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SATCHEL_STRESS_KILLS", "50"))
OTHER = "the other password"


def _run_and_kill(args: list[str], rng: random.Random, max_delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_child", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "ready", first
    time.sleep(rng.uniform(0, max_delay))
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    assert child.returncode == -signal.SIGKILL
    return rest.splitlines()


@pytest.mark.slow
def test_killed_edits_never_lose_a_committed_change(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSWORD, kdf=KdfParams.floor())[0].lock()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    present: set[str] = set()
    deleted: set[str] = set()
    for round_ in range(KILLS):
        lines = _run_and_kill(["edit", str(vault_dir), PASSWORD, str(round_ * 100_000)], rng, max_delay=0.15)
        in_flight: set[str] = set()
        for line in lines:
            # A line cut by the kill may be the last one; a change is only claimed once its line is whole.
            verb, _, digest = line.partition(" ")
            if len(digest) != 64:
                continue
            if verb == "added":
                present.add(digest)
            elif verb == "deleting":
                in_flight.add(digest)
            elif verb == "deleted":
                in_flight.discard(digest)
                present.discard(digest)
                deleted.add(digest)
        vault = Vault.unlock(vault_dir, PASSWORD)
        report = vault.check()
        assert report.ok, report.problems
        stored = {s.content_hash for s in vault.summaries()}
        assert present - in_flight <= stored, "a committed credential was lost"
        assert not (deleted & stored), "a committed delete was undone"
        present -= in_flight - stored  # the delete that was under way did commit
        vault.lock()


@pytest.mark.slow
def test_a_killed_password_change_leaves_the_old_or_the_new_password(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSWORD, kdf=KdfParams.floor())[0].lock()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    current = PASSWORD
    for _ in range(max(10, KILLS // 2)):
        lines = _run_and_kill(["passwd", str(vault_dir), current, OTHER if current == PASSWORD else PASSWORD], rng, max_delay=0.4)
        claimed = [line.split(" ", 1)[1] for line in lines if line.startswith("password ") and line.split(" ", 1)[1] in (PASSWORD, OTHER)]
        last_known = claimed[-1] if claimed else current
        candidates = [last_known, OTHER if last_known == PASSWORD else PASSWORD]
        opened = None
        for candidate in candidates:
            try:
                opened = Vault.unlock(vault_dir, candidate)
            except InvalidPassword:
                continue
            current = candidate
            break
        assert opened is not None, "neither the old nor the new password opens the vault"
        assert opened.check().ok
        opened.lock()
        leftovers = [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a temporary file from the killed write may remain; it is never read
            assert name.startswith(".vault.json.")
