"""Opening the encrypted database: SQLCipher 4 with a raw 256-bit key, behind SQLAlchemy.

The key is given as a raw key (``PRAGMA key = "x'…'"``) so SQLCipher runs no second KDF, and it
reaches SQLCipher through ``creator=`` — never through a URL, where it could end up in a log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from wallet.errors import InvalidPassword, VaultError


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # Damage is reported through check() and typed errors; SQLCipher's own stderr log would only
    # confuse the command line.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise InvalidPassword() from None
    # Temporary tables and sort spills stay in memory: nothing plaintext ever reaches a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives power loss, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cipher_memory_security = ON")
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine over one connection to the vault database at ``path``.

    Raises :class:`InvalidPassword` if ``key`` does not open it, :class:`VaultError` if the file is
    not a database at all.
    """
    if len(key) != 32:
        raise VaultError("a data key is 32 bytes")
    probe = _connect(path, key)  # fail early, with a clear error, before handing out an engine
    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, creator=lambda: probe, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy's BEGIN
        # is issued here so that every session really is one SQLite transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
