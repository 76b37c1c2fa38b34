"""App preferences in one QSettings INI file; every key declared here, once (STYLE rule 7).

Each :class:`Key` names its type, default and scope. ``ROAMING`` keys follow the learner (language,
lock timeout); ``LOCAL`` keys describe this machine (window geometry). Both live in the one file
today; the scope is what a future sync or export must respect. Everything about credentials lives
in the encrypted vault, never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T")

FILE_NAME = "satchel.ini"


class Scope(Enum):
    ROAMING = "roaming"
    LOCAL = "local"


@dataclass(frozen=True)
class Key(Generic[T]):
    """A declared setting. ``choices`` (when given) are the only values accepted."""

    name: str
    type: type[T]
    default: T
    scope: Scope
    doc: str
    choices: tuple[T, ...] = ()


LOCK_TIMEOUT_MINUTES: Key[int] = Key(
    "security/lock_timeout_minutes", int, 5, Scope.ROAMING, "Lock the vault after this many idle minutes (0: never)."
)
WINDOW_GEOMETRY: Key[bytes] = Key("window/geometry", bytes, b"", Scope.LOCAL, "The main window's geometry (QWidget.saveGeometry).")
LANGUAGE: Key[str] = Key("ui/language", str, "", Scope.ROAMING, "The interface language (BCP 47, e.g. 'nl'); empty: the system's.")
THEME: Key[str] = Key("ui/theme", str, "system", Scope.ROAMING, "Colour scheme.", ("system", "light", "dark"))

KEYS: tuple[Key[Any], ...] = (LOCK_TIMEOUT_MINUTES, WINDOW_GEOMETRY, LANGUAGE, THEME)

MAX_LOCK_TIMEOUT_MINUTES = 24 * 60


def default_path() -> Path:
    from wallet.paths import config_dir

    return config_dir() / FILE_NAME


class Settings(QObject):
    """Typed access to the declared keys. ``changed(name)`` is emitted after a value is set."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or default_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat, self)

    def get(self, key: Key[T]) -> T:
        """The stored value converted to the key's type; the default when absent or unreadable."""
        raw = self._store.value(key.name)
        if raw is None:
            return key.default
        value = _convert(raw, key.type)
        if value is None or (key.choices and value not in key.choices):
            return key.default
        if key is LOCK_TIMEOUT_MINUTES:
            value = max(0, min(int(value), MAX_LOCK_TIMEOUT_MINUTES))
        return value  # type: ignore[no-any-return]

    def set(self, key: Key[T], value: T) -> None:
        if not isinstance(value, key.type):
            raise TypeError(f"{key.name} takes {key.type.__name__}, not {type(value).__name__}")
        if key.choices and value not in key.choices:
            raise ValueError(f"{key.name} must be one of {key.choices}")
        self._store.setValue(key.name, QByteArray(value) if isinstance(value, bytes) else value)
        self.changed.emit(key.name)

    def reset(self, key: Key[Any]) -> None:
        self._store.remove(key.name)
        self.changed.emit(key.name)

    def sync(self) -> None:
        self._store.sync()


def _convert(raw: Any, kind: type[Any]) -> Any:
    try:
        if kind is bytes:
            return bytes(raw.data()) if isinstance(raw, QByteArray) else None
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
        if kind is int:
            return int(raw)
        if kind is str:
            return str(raw)
    except (TypeError, ValueError):
        return None
    return None


__all__ = ["KEYS", "LANGUAGE", "LOCK_TIMEOUT_MINUTES", "THEME", "WINDOW_GEOMETRY", "Key", "Scope", "Settings"]
