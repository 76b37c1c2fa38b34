"""Lock after a period without input (STYLE rule 12; KeePassXC locks after idle too).

An event filter on the application restarts a single-shot timer on every key press, click, wheel
turn or touch. The filter is installed only while the wallet is open, so a locked app pays nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleLock(QObject):
    """Emits ``timed_out`` after ``timeout_ms`` without user input, while started. 0 disables it."""

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._running = False
        self._filtering = False
        self.set_timeout_ms(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def active(self) -> bool:
        return self._running

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(0, timeout_ms)
        if self._running:
            self.start()

    def set_timeout_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def start(self) -> None:
        """Start watching (after unlocking)."""
        self._running = True
        if self._timeout_ms == 0:
            self._timer.stop()
            self._set_filter(False)
            return
        self._timer.start(self._timeout_ms)
        self._set_filter(True)

    def stop(self) -> None:
        """Stop watching (after locking, or at exit)."""
        self._running = False
        self._timer.stop()
        self._set_filter(False)

    def _set_filter(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _expire(self) -> None:
        self.stop()
        self.timed_out.emit()


__all__ = ["IdleLock"]
