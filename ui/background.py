"""The one way the UI does work off the GUI thread (STYLE rule 3).

A :class:`Runner` owns a single-worker :class:`~concurrent.futures.ThreadPoolExecutor` and the object
that lives on that worker (the vault holder, see :mod:`ui.session`). A :class:`WalletOp` runs a
function on it and delivers the result or the exception on the GUI thread through a queued
``Signal``::

    WalletOp(self, runner, lambda holder: holder.vault.summaries()).success(model.set_summaries).run()

The function never touches widgets; the callbacks never touch the vault. Because there is one
worker, operations run in the order they were submitted, and the vault's database connection is
only ever used from that one thread. No nested event loops, no ``QThread`` per dialog.

Long work reports progress and honours a Cancel button through the same operation: the function
calls ``op.report(...)`` (any values, delivered in order to the ``progress`` callbacks on the GUI
thread) and asks ``op.cancelled()`` between steps; the GUI calls ``op.cancel()``::

    op = WalletOp(self, runner, lambda h: import_paths(h.vault, paths, ctx,
                                                        progress=lambda *a: op.report(*a), cancelled=op.cancelled))
    op.progress(dialog.set_progress).success(show_summary).run()
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

T = TypeVar("T")


class GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collection, run only on the GUI thread.

    Automatic collection runs in whichever thread happens to allocate: on the worker it can free a
    cycle holding the last reference to a Qt object, whose C++ destructor then runs off the GUI
    thread and may crash the app. So automatic collection is off, and this timer collects by the
    same generation thresholds on the GUI thread (the pattern of pyqtgraph's and calibre's
    collectors); a full collection at most every :data:`FULL_EVERY_S` seconds.
    """

    INTERVAL_MS = 1000
    FULL_EVERY_S = 10.0

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 <= self.threshold[0]:
            return
        if count1 <= self.threshold[1]:
            gc.collect(0)
        elif count2 <= self.threshold[2] or time.monotonic() - self._last_full < self.FULL_EVERY_S:
            gc.collect(1)
        else:
            gc.collect(2)
            self._last_full = time.monotonic()

    @classmethod
    def install(cls) -> GuiThreadGarbageCollector | None:
        """Once per application, from the GUI thread; ``None`` before a QCoreApplication exists.
        Each :class:`Runner` installs it and :meth:`release` s it at shutdown; when the last one
        has gone, automatic collection is back (a test run goes on with other tests)."""
        app = QCoreApplication.instance()
        if app is None:
            return None
        collector = app.findChild(cls) or cls(app)
        collector.users += 1
        return collector

    users = 0

    def release(self) -> None:
        self.users -= 1
        if self.users <= 0:
            self.timer.stop()
            self.setParent(None)
            self.deleteLater()
            gc.enable()


class Runner(QObject):
    """The single worker thread and the ``context`` object every operation receives.

    ``busy_changed(bool)`` tells windows when work is pending, so they can show a busy indicator.
    """

    busy_changed = Signal(bool)
    _delivered = Signal(object, object, object)  # op, value, exception
    _progressed = Signal(object, object)  # op, tuple of values

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="satchel-wallet")
        self._pending = 0
        self._closed = False
        self._collector = GuiThreadGarbageCollector.install()  # before the worker exists: see its docstring
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, op: WalletOp[Any]) -> Future[Any]:
        """Queue ``op`` on the worker (GUI thread only)."""
        if self._closed:
            raise RuntimeError("the background runner has been shut down")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        return self._executor.submit(self._call, op)

    def _call(self, op: WalletOp[Any]) -> Any:
        # Runs on the worker thread.
        try:
            value = op.fn(self._context)
        except BaseException as exc:
            self._delivered.emit(op, None, exc)
            raise
        self._delivered.emit(op, value, None)
        return value

    @Slot(object, object, object)
    def _deliver(self, op: WalletOp[Any], value: Any, exc: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        op.deliver(value, exc)

    @Slot(object, object)
    def _deliver_progress(self, op: WalletOp[Any], values: tuple[Any, ...]) -> None:
        op.deliver_progress(values)

    def run_blocking(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn`` on the worker and wait for it, for shutdown and start-up code only.

        The GUI freezes while it waits, so never use it for anything slow a learner started.
        """
        return self._executor.submit(fn, self._context).result()

    def shutdown(self, final: Callable[[Any], Any] | None = None) -> None:
        """Run ``final`` (e.g. lock the vault) after everything queued, then stop the worker."""
        if self._closed:
            return
        self._closed = True
        if final is not None:
            self._executor.submit(final, self._context)
        self._executor.shutdown(wait=True)
        if self._collector is not None and shiboken6.isValid(self._collector):
            self._collector.release()
        self._collector = None


class WalletOp(Generic[T]):
    """One operation for the worker: ``WalletOp(parent, runner, fn).success(cb).failure(cb).run()``.

    ``fn(context)`` runs on the worker. Callbacks run on the GUI thread, in the order they were
    added, unless ``parent`` has been destroyed in the meantime (then the result is dropped).
    Without a failure callback, a core error (:class:`wallet.errors.WalletError`) is shown to the
    learner as a message and anything else goes to the crash dialog (``sys.excepthook``).
    """

    def __init__(self, parent: QObject | None, runner: Runner, fn: Callable[[Any], T]) -> None:
        self.parent = parent
        self.runner = runner
        self.fn = fn
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: list[Callable[[BaseException], object]] = []
        self._on_progress: list[Callable[..., object]] = []
        self._cancel = threading.Event()
        self._future: Future[Any] | None = None

    def success(self, callback: Callable[[T], object]) -> WalletOp[T]:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> WalletOp[T]:
        self._on_failure.append(callback)
        return self

    def progress(self, callback: Callable[..., object]) -> WalletOp[T]:
        """Call ``callback(*values)`` on the GUI thread for every ``report(*values)`` from the worker."""
        self._on_progress.append(callback)
        return self

    def report(self, *values: Any) -> None:
        """From ``fn`` on the worker: hand ``values`` to the progress callbacks (queued, in order)."""
        if self._on_progress:
            self.runner._progressed.emit(self, values)

    def cancel(self) -> None:
        """Ask the operation to stop at its next check of :meth:`cancelled` (GUI thread)."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called; ``fn`` asks this between steps (any thread)."""
        return self._cancel.is_set()

    def run(self) -> WalletOp[T]:
        self._future = self.runner.submit(self)
        return self

    @property
    def done(self) -> bool:
        return self._future is not None and self._future.done()

    def deliver_progress(self, values: tuple[Any, ...]) -> None:
        """Called by the runner on the GUI thread."""
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return
        for callback in self._on_progress:
            callback(*values)

    def deliver(self, value: Any, exc: BaseException | None) -> None:
        """Called by the runner on the GUI thread."""
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return
        if exc is None:
            for callback in self._on_success:
                callback(value)
            return
        if self._on_failure:
            for failure in self._on_failure:
                failure(exc)
            return
        from wallet.errors import WalletError

        if isinstance(exc, WalletError):
            from ui.errors import show_error

            show_error(self.parent if self.parent is not None and self.parent.isWidgetType() else None, exc)  # type: ignore[arg-type]
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


__all__ = ["GuiThreadGarbageCollector", "Runner", "WalletOp"]
