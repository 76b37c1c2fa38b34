"""The core never sees Qt: importing every module of ``wallet`` loads no PySide6 or ui module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, pkgutil, sys
import wallet
for info in pkgutil.walk_packages(wallet.__path__, "wallet."):
    importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print("\\n".join(bad))
"""


def test_importing_the_whole_core_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_no_core_source_imports_qt_or_the_ui() -> None:
    offenders = []
    for path in (ROOT / "wallet").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and stripped.split()[1].split(".")[0] in ("PySide6", "shiboken6", "ui"):
                offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert offenders == []


def test_only_the_explicit_cache_command_reaches_the_network_module() -> None:
    """Reading, verifying and importing never load ``wallet.online``; only ``satchel cache fetch`` does."""
    allowed = {ROOT / "wallet" / "cli_cache.py"}
    offenders = []
    for path in [*(ROOT / "wallet").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        if path in allowed or (ROOT / "wallet" / "online") in path.parents:
            continue
        if "wallet.online" in path.read_text(encoding="utf-8"):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
