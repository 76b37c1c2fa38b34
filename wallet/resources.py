"""Where the bundled resources live: ``resources/`` beside the ``wallet`` package.

``resources/`` is a top-level folder (contexts, trust anchors, icons, translations), not a Python
package; every module finds it through :func:`resource_path` so that packaging has one place to change.
"""

from __future__ import annotations

from pathlib import Path

import wallet


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``; the file need not exist (callers report what is missing).

    Raises ``ValueError`` when a part would leave the resources folder (an absolute path or ``..``).
    """
    root = Path(wallet.__file__).resolve().parent.parent / "resources"
    path = root.joinpath(*parts)
    if any(p in ("..", "") or Path(p).is_absolute() for p in parts):
        raise ValueError(f"not a resource path: {parts!r}")
    return path
