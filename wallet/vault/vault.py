"""The vault's life cycle: create, unlock, lock, change password, recover, check.

A vault is a folder with ``vault.db`` (SQLCipher, WAL) and ``vault.json`` (the header). Unlocking
derives a key from the password (Argon2id), unwraps the data key and opens the database. Changing
the password or the recovery code rewrites only ``vault.json``, atomically; the database is never
re-encrypted, so no credential is ever at risk during a password change.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from wallet.atomic import atomic_write
from wallet.errors import IntegrityError, InvalidPassword, VaultExists, VaultLocked, VaultNotFound
from wallet.vault import header as header_mod
from wallet.vault.db import open_engine
from wallet.vault.header import KdfParams, VaultHeader
from wallet.vault.migrations import LATEST, migrate
from wallet.vault.recovery import RecoveryCode
from wallet.vault.repository import Repository

DB_NAME = "vault.db"
HEADER_NAME = "vault.json"


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of :meth:`Vault.check`: an empty ``problems`` list means the vault is sound."""

    problems: tuple[str, ...]
    credentials: int

    @property
    def ok(self) -> bool:
        return not self.problems


def vault_exists(path: Path) -> bool:
    return (path / HEADER_NAME).is_file()


def read_header(path: Path) -> VaultHeader:
    """The parsed header of the vault at ``path``. Raises :class:`VaultNotFound` / :class:`HeaderError`."""
    try:
        data = (path / HEADER_NAME).read_bytes()
    except FileNotFoundError:
        raise VaultNotFound(f"no vault in {path}", path=str(path)) from None
    return header_mod.parse(data)


class Vault(Repository):
    """An unlocked vault. Obtain one with :meth:`create`, :meth:`unlock` or :meth:`recover`."""

    def __init__(self, path: Path, header: VaultHeader, data_key: bytes, engine: Engine) -> None:
        super().__init__(engine)
        self.path = path
        self._header = header
        self._data_key: bytes | None = data_key

    # -- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, password: str, *, kdf: KdfParams | None = None, schema: int = LATEST) -> tuple[Vault, RecoveryCode]:
        """Create a vault in ``path`` (an empty or missing folder) and return it unlocked, with the
        recovery code to show the learner once.

        ``kdf`` defaults to parameters calibrated on this machine (about 0.6 s per unlock).
        Raises :class:`VaultExists` if ``path`` already holds a vault.
        """
        path = Path(path)
        if vault_exists(path) or (path / DB_NAME).exists():
            raise VaultExists(f"a vault already exists in {path}", path=str(path))
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = secrets.token_bytes(32)
        recovery = RecoveryCode.generate()
        header = VaultHeader.new(data_key, password, recovery, kdf or header_mod.calibrate())
        engine = open_engine(path / DB_NAME, data_key)
        with engine.connect() as conn:
            migrate(conn, target=schema)
        # The header goes last: a crash before this line leaves a folder that is not yet a vault.
        atomic_write(path / HEADER_NAME, header_mod.serialize(header))
        return cls(path, header, data_key, engine), recovery

    @classmethod
    def unlock(cls, path: Path | str, password: str) -> Vault:
        """Unlock with the password. Raises :class:`InvalidPassword` (files untouched),
        :class:`VaultNotFound`, :class:`HeaderError`."""
        path = Path(path)
        header = read_header(path)
        return cls._open(path, header, header.unwrap_with_password(password))

    @classmethod
    def unlock_with_recovery(cls, path: Path | str, code: RecoveryCode) -> Vault:
        path = Path(path)
        header = read_header(path)
        return cls._open(path, header, header.unwrap_with_recovery(code))

    @classmethod
    def recover(cls, path: Path | str, code: RecoveryCode, new_password: str) -> Vault:
        """Open with the recovery code and set ``new_password``; the recovery code stays valid."""
        vault = cls.unlock_with_recovery(path, code)
        vault.set_password(new_password)
        return vault

    @classmethod
    def _open(cls, path: Path, header: VaultHeader, data_key: bytes) -> Vault:
        if not (path / DB_NAME).is_file():
            raise VaultNotFound(f"the vault database is missing in {path}", path=str(path))
        try:
            engine = open_engine(path / DB_NAME, data_key)
        except InvalidPassword:
            # The header's MAC proved the data key right, so a database it cannot open is damaged.
            raise IntegrityError("the vault database is damaged and cannot be opened", problems=["database header"]) from None
        with engine.connect() as conn:
            migrate(conn)
        return cls(path, header, data_key, engine)

    def lock(self) -> None:
        """Close the database and forget the data key. Further use raises :class:`VaultLocked`."""
        if self._data_key is None:
            return
        self._engine.dispose()
        self._data_key = None

    @property
    def locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    # -- keys -------------------------------------------------------------------------------

    def set_password(self, new_password: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key under ``new_password`` and rewrite ``vault.json`` atomically."""
        new_header = self._header.with_password(self._key(), new_password, kdf)
        atomic_write(self.path / HEADER_NAME, header_mod.serialize(new_header))
        self._header = new_header

    def change_password(self, current: str, new_password: str) -> None:
        """Like :meth:`set_password`, after confirming ``current`` (raises :class:`InvalidPassword`)."""
        read_header(self.path).unwrap_with_password(current)
        self.set_password(new_password)

    def new_recovery_code(self) -> RecoveryCode:
        """Replace the recovery code (the old one stops working) and return the new one."""
        code = RecoveryCode.generate()
        new_header = self._header.with_recovery(self._key(), code)
        atomic_write(self.path / HEADER_NAME, header_mod.serialize(new_header))
        self._header = new_header
        return code

    @property
    def header(self) -> VaultHeader:
        return self._header

    @property
    def data_key_for_backup(self) -> bytes:
        """The data key, for :mod:`wallet.vault.backup` only; never log or show it."""
        return self._key()

    # -- health -----------------------------------------------------------------------------

    def check(self) -> IntegrityReport:
        """SQLCipher's page authentication (``cipher_integrity_check``) and SQLite's own check."""
        self._key()
        problems: list[str] = []
        count = 0
        with self._engine.connect() as conn:
            problems += [str(r[0]) for r in conn.execute(text("PRAGMA cipher_integrity_check"))]
            # SQLite's own check reads every page; on a page whose authentication fails it stops
            # with an error rather than a row, which is a finding, not a crash.
            for statement, label in (("PRAGMA integrity_check", ""), ("PRAGMA foreign_key_check", "foreign key: ")):
                try:
                    rows = [" ".join(str(v) for v in r) for r in conn.execute(text(statement))]
                except DatabaseError as exc:
                    problems.append(f"{label}{exc.orig}")
                    continue
                problems += [f"{label}{r}" for r in rows if r != "ok"]
            try:
                count = int(conn.execute(text("SELECT count(*) FROM credential")).scalar_one())
            except DatabaseError as exc:
                problems.append(str(exc.orig))
        return IntegrityReport(tuple(problems), count)

    def check_or_raise(self) -> IntegrityReport:
        report = self.check()
        if not report.ok:
            raise IntegrityError("the vault failed its integrity check", problems=list(report.problems))
        return report
