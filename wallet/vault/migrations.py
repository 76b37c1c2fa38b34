"""Numbered schema migrations. Step N takes a version N-1 database to version N.

The version lives in ``PRAGMA user_version``, changed in the same transaction as the step, so a
crash mid-migration leaves the previous version intact. Released versions are never edited: a
change is always a new step, tested against a committed vault of every earlier version.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from wallet.errors import SchemaError

Step = Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    for statement in (
        """CREATE TABLE credential (
            id INTEGER PRIMARY KEY,
            content_hash VARCHAR NOT NULL UNIQUE,
            format VARCHAR NOT NULL,
            container VARCHAR NOT NULL DEFAULT 'json',
            original BLOB NOT NULL,
            source_name VARCHAR,
            record_json VARCHAR NOT NULL,
            title VARCHAR NOT NULL DEFAULT '',
            awarding_body VARCHAR NOT NULL DEFAULT '',
            issuer_id VARCHAR,
            issuer_country VARCHAR,
            issued VARCHAR,
            ects FLOAT,
            eqf INTEGER,
            search_text VARCHAR NOT NULL DEFAULT '',
            verdict VARCHAR NOT NULL DEFAULT 'unverifiable',
            trust VARCHAR NOT NULL DEFAULT 'unknown',
            checked_at DATETIME,
            imported_at DATETIME NOT NULL,
            accepted_invalid BOOLEAN NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX ix_credential_content_hash ON credential (content_hash)",
        "CREATE INDEX ix_credential_issued ON credential (issued)",
        "CREATE INDEX ix_credential_imported_at ON credential (imported_at)",
        """CREATE TABLE verification_check (
            id INTEGER PRIMARY KEY,
            credential_id INTEGER NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            check_id VARCHAR NOT NULL,
            outcome VARCHAR NOT NULL,
            detail VARCHAR NOT NULL,
            code VARCHAR NOT NULL DEFAULT '',
            data_json VARCHAR NOT NULL DEFAULT '{}',
            checked_at DATETIME NOT NULL
        )""",
        "CREATE INDEX ix_verification_check_credential_id ON verification_check (credential_id)",
        """CREATE TABLE verification_report (
            credential_id INTEGER PRIMARY KEY REFERENCES credential (id) ON DELETE CASCADE,
            report_json VARCHAR NOT NULL
        )""",
        "CREATE TABLE tag (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE)",
        "CREATE INDEX ix_tag_name ON tag (name)",
        """CREATE TABLE credential_tag (
            credential_id INTEGER NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (credential_id, tag_id)
        )""",
    ):
        conn.execute(text(statement))


def _v2(conn: Connection) -> None:
    # Version 2: the learner's own notes on a credential, and issuers the learner trusts.
    conn.execute(text("ALTER TABLE credential ADD COLUMN note VARCHAR NOT NULL DEFAULT ''"))
    conn.execute(text("CREATE TABLE trusted_issuer (issuer_id VARCHAR PRIMARY KEY, name VARCHAR, added_at DATETIME NOT NULL)"))


STEPS: tuple[Step, ...] = (_v1, _v2)
LATEST = len(STEPS)


def current_version(conn: Connection) -> int:
    return int(conn.execute(text("PRAGMA user_version")).scalar_one())


def migrate(conn: Connection, *, target: int = LATEST) -> int:
    """Bring the database to ``target``, one transaction per step. Returns the version reached.

    Raises :class:`SchemaError` for a database newer than this program knows.
    """
    version = current_version(conn)
    conn.commit()  # end the read's implicit transaction; each step below is its own
    if version > LATEST:
        raise SchemaError(f"the vault was written by a newer Satchel (schema {version})", version=version)
    while version < target:
        step = STEPS[version]
        with conn.begin():
            step(conn)
            conn.execute(text(f"PRAGMA user_version = {version + 1}"))
        version += 1
    return version
