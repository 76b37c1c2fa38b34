"""Compile Qt Linguist sources (resources/i18n/*.ts) into .qm files beside them.

Generated files are built, never committed (``make translations`` runs this before the app and tests).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def lrelease() -> str | None:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "lrelease"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def main() -> int:
    sources = sorted(I18N.glob("*.ts"))
    if not sources:
        return 0
    tool = lrelease()
    if tool is None:
        print("lrelease not found: translations not built", file=sys.stderr)
        return 1
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
