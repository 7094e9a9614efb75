"""The one way to run slow work off the GUI thread (STYLE 6).

    handle = run_task(render_pdf, draft, on_done=self._show_pdf, on_error=self._show_error)

`fn(*args)` runs on a `QThreadPool` (the global one unless `pool` is given);
its return value reaches `on_done(value)` and any exception `on_error(exc)`, both
called in the thread that called `run_task` (the GUI thread in practice), by a
queued signal. Without `on_error`, the exception goes to `sys.excepthook`, which
the app routes to its error tiers (STYLE 9). Copy mutable inputs before handing
them over: the worker shares nothing else with the caller.

`serial_pool()` runs one task at a time, in submission order: every write to the
database or the keyring goes through it. `handle.cancel()` drops a task that has not
started and silences one that has; `context=` ties the callbacks to a QObject and
skips them if it was destroyed meanwhile.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

_SERIAL_POOL: QThreadPool | None = None
_DISPATCHERS = threading.local()
# Jobs waiting in a pool are referenced here until they start: a caller may drop the
# TaskHandle at once, and a queued QRunnable whose Python side was collected crashes
# the pool's thread (AttributeError in run(), or a segfault) when its turn comes.
_QUEUED: set[_Job] = set()


class TaskHandle:
    """What `run_task` returns: the task's state, and `cancel()`."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._finished = False
        self._pool: QThreadPool | None = None
        self._job: _Job | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def finished(self) -> bool:
        """True once its callback ran (or would have, had it not been cancelled)."""
        return self._finished

    def cancel(self) -> bool:
        """Drop the task if it has not started (True), else let it run and skip its callbacks."""
        self._cancelled.set()
        pool, job = self._pool, self._job
        self._job = None
        if pool is not None and job is not None and shiboken6.isValid(pool) and shiboken6.isValid(job):
            taken = bool(pool.tryTake(job))
            if taken:
                _QUEUED.discard(job)
            return taken
        return False


class _Dispatcher(QObject):
    """Lives in the calling thread; carries results there by a queued signal."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: tuple[Callable[[], None], TaskHandle]) -> None:
        callback, handle = outcome
        handle._finished = True
        handle._job = None
        if not handle.cancelled:
            callback()


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        handle: TaskHandle,
        dispatcher: _Dispatcher,
    ) -> None:
        super().__init__()
        self._fn, self._on_done, self._on_error = fn, on_done, on_error
        self._handle, self._dispatcher = handle, dispatcher

    def run(self) -> None:
        _QUEUED.discard(self)  # running: this frame, then the delivered callback, keep it alive
        if self._handle.cancelled:
            return
        try:
            value = self._fn()
        except BaseException as exc:
            error = exc
            self._dispatcher.delivered.emit((lambda: self._on_error(error), self._handle))
        else:
            self._dispatcher.delivered.emit((lambda: self._on_done(value), self._handle))


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    context: QObject | None = None,
) -> TaskHandle:
    """Run `fn(*args)` on a worker thread; see the module docstring."""
    handle = TaskHandle()
    dispatcher = _dispatcher()
    done = on_done or _ignore
    failed = on_error or _to_excepthook
    if context is not None:
        done, failed = _bound_to(context, done), _bound_to(context, failed)
    job = _Job(lambda: fn(*args), done, failed, handle, dispatcher)
    target = pool if pool is not None else QThreadPool.globalInstance()
    handle._pool, handle._job = target, job
    _QUEUED.add(job)
    target.start(job)
    return handle


def serial_pool() -> QThreadPool:
    """The single-thread pool for database and keyring writes (in submission order)."""
    global _SERIAL_POOL
    if _SERIAL_POOL is None or not shiboken6.isValid(_SERIAL_POOL):
        _SERIAL_POOL = QThreadPool(QCoreApplication.instance())
        _SERIAL_POOL.setObjectName("sello-serial")
        _SERIAL_POOL.setMaxThreadCount(1)
    return _SERIAL_POOL


def single_thread_pool(name: str, parent: QObject | None = None) -> QThreadPool:
    """A private one-thread pool (the camera decoder has its own, so it never waits behind a PDF)."""
    pool = QThreadPool(parent)
    pool.setObjectName(name)
    pool.setMaxThreadCount(1)
    return pool


def wait_for_tasks(msecs: int = 5000) -> bool:
    """Wait for the global and serial pools to drain (at shutdown); True if they did."""
    drained = QThreadPool.globalInstance().waitForDone(msecs)
    if _SERIAL_POOL is not None and shiboken6.isValid(_SERIAL_POOL):
        drained = _SERIAL_POOL.waitForDone(msecs) and drained
    return drained


def _dispatcher() -> _Dispatcher:
    dispatcher = getattr(_DISPATCHERS, "instance", None)
    if dispatcher is None or not shiboken6.isValid(dispatcher):
        if QCoreApplication.instance() is None:
            raise RuntimeError("run_task needs a running QCoreApplication")
        dispatcher = _Dispatcher()
        if QThread.currentThread() is QCoreApplication.instance().thread():
            dispatcher.setParent(QCoreApplication.instance())
        _DISPATCHERS.instance = dispatcher
    return dispatcher


def _bound_to(context: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def call_if_alive(value: Any) -> None:
        if shiboken6.isValid(context):
            callback(value)

    return call_if_alive


def _ignore(_value: Any) -> None:
    return None


def _to_excepthook(exc: BaseException) -> None:
    sys.excepthook(type(exc), exc, exc.__traceback__)
