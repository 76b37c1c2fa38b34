"""The learner's session: the vault (or none, when locked), owned by the worker thread.

:class:`VaultHolder` lives on the worker (:class:`ui.background.Runner`); only operations touch it.
:class:`Session` is its GUI-thread face: it starts the operations that change the lock state and
emits ``locked`` / ``unlocked``. Windows never hold a :class:`~wallet.vault.Vault` themselves.

``wallet.vault`` (SQLCipher, SQLAlchemy, Argon2) costs a few hundred milliseconds to import, so it
is imported on the worker, after the first window has painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ui.background import Runner, WalletOp
from wallet.errors import VaultLocked

if TYPE_CHECKING:
    from wallet.vault import KdfParams, RecoveryCode, Vault

T = TypeVar("T")

HEADER_NAME = "vault.json"
"""``wallet.vault.vault.HEADER_NAME``, repeated so that start-up need not import the vault (a test
keeps the two equal)."""


def vault_exists(path: Path) -> bool:
    """Whether ``path`` holds a vault (the cheap check :func:`wallet.vault.vault_exists` makes)."""
    return (path / HEADER_NAME).is_file()


class VaultHolder:
    """The worker-side state: the open vault or ``None``. Only ever used on the worker thread."""

    def __init__(self, path: Path, kdf: KdfParams | None = None) -> None:
        self.path = path
        self.kdf = kdf
        self._vault: Vault | None = None

    @property
    def vault(self) -> Vault:
        """The open vault; raises :class:`VaultLocked` when there is none."""
        if self._vault is None or self._vault.locked:
            raise VaultLocked("the vault is locked")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None and not self._vault.locked

    def warm_up(self) -> None:
        """Import the core's heavy modules ahead of the first unlock."""
        import wallet.vault  # noqa: F401

    def create(self, password: str) -> RecoveryCode:
        from wallet.vault import Vault

        self._vault, code = Vault.create(self.path, password, kdf=self.kdf)
        return code

    def unlock(self, password: str) -> int:
        from wallet.vault import Vault

        self._vault = Vault.unlock(self.path, password)
        return self._vault.count()

    def recover(self, code_text: str, new_password: str) -> int:
        from wallet.vault import RecoveryCode, Vault

        code = RecoveryCode.parse(code_text)
        self._vault = Vault.recover(self.path, code, new_password)
        return self._vault.count()

    def adopt(self, vault: Vault) -> None:
        """Take an already unlocked vault (benchmarks and tests)."""
        self._vault = vault

    def lock(self) -> None:
        if self._vault is not None:
            self._vault.lock()
        self._vault = None


class Session(QObject):
    """The current vault's lock state on the GUI side, and the operations that change it.

    ``unlocked`` is emitted once an unlock, recovery or creation has succeeded; ``locked`` as soon
    as a lock is asked for (the vault itself closes on the worker right after whatever is running).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, path: Path, *, kdf: KdfParams | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.holder = VaultHolder(path, kdf)
        self.runner = Runner(self.holder, self)
        self._unlocked = False

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked

    def exists(self) -> bool:
        return vault_exists(self.path)

    def op(self, parent: QObject | None, fn: Callable[[VaultHolder], T]) -> WalletOp[T]:
        """An operation on the worker; ``fn`` receives the :class:`VaultHolder`."""
        return WalletOp(parent, self.runner, fn)

    def warm_up(self) -> None:
        self.op(None, lambda h: h.warm_up()).failure(lambda _exc: None).run()

    def create(self, parent: QObject | None, password: str) -> WalletOp[RecoveryCode]:
        """Create the vault (calibrating Argon2id unless the session was given parameters)."""
        return self.op(parent, lambda h: h.create(password)).success(self._set_unlocked)

    def unlock(self, parent: QObject | None, password: str) -> WalletOp[int]:
        """Unlock; succeeds with the number of credentials, fails with ``InvalidPassword``."""
        return self.op(parent, lambda h: h.unlock(password)).success(self._set_unlocked)

    def recover(self, parent: QObject | None, code_text: str, new_password: str) -> WalletOp[int]:
        """Open with the recovery code and set a new password; fails with ``InvalidRecoveryCode``."""
        return self.op(parent, lambda h: h.recover(code_text, new_password)).success(self._set_unlocked)

    def adopt(self, vault: Vault) -> None:
        """Hand an unlocked vault to the worker (benchmarks, tests) and report the session unlocked."""
        self.runner.run_blocking(lambda h: h.adopt(vault))
        self._set_unlocked(None)

    def lock(self) -> None:
        """Lock now: the GUI forgets at once, the worker closes the vault after its current job."""
        if not self.runner.closed:
            self.op(None, lambda h: h.lock()).run()
        if self._unlocked:
            self._unlocked = False
            self.locked.emit()

    def shutdown(self) -> None:
        """Lock the vault and stop the worker (at exit)."""
        self._unlocked = False
        self.runner.shutdown(final=lambda h: h.lock())

    def _set_unlocked(self, _value: Any) -> None:
        if not self._unlocked:
            self._unlocked = True
            self.unlocked.emit()


__all__ = ["Session", "VaultHolder", "vault_exists"]
