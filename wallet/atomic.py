"""Atomic file replacement: write a temporary file in the same folder, fsync, rename, fsync the folder.

A crash at any instant leaves either the old file or the new one, never a mix or nothing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[BinaryIO, bytes], None]


def _write_all(f: BinaryIO, data: bytes) -> None:
    f.write(data)


def atomic_write(path: Path, data: bytes, *, writer: Writer = _write_all, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically. ``writer`` is a seam for tests that fail mid-write.

    On any error the temporary file is removed and ``path`` is untouched.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            writer(f, data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories; the rename itself is still atomic
    finally:
        os.close(dir_fd)
