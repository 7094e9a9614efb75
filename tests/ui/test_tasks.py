"""sello.ui.tasks: results and errors come back on the GUI thread; serial pool order; cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from sello.core.errors import InputError
from sello.ui.tasks import run_task, serial_pool, single_thread_pool


def test_result_arrives_on_the_calling_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        return a * b

    results: list[int] = []
    done = threading.Event()

    def on_done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        results.append(value)
        done.set()

    handle = run_task(work, 6, 7, on_done=on_done)
    qtbot.waitUntil(done.is_set, timeout=5000)
    assert results == [42] and handle.finished and not handle.cancelled
    assert seen["worker"] != gui and seen["callback"] == gui


def test_errors_reach_on_error(qtbot) -> None:
    def fail() -> None:
        raise InputError("The file is damaged.")

    errors: list[BaseException] = []
    run_task(fail, on_done=lambda _: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], InputError) and errors[0].message == "The file is damaged."


def test_serial_pool_runs_one_at_a_time_in_order(qtbot) -> None:
    pool = serial_pool()
    assert pool is serial_pool() and pool.maxThreadCount() == 1
    order: list[int] = []
    running = []

    def write(n: int) -> int:
        running.append(n)
        assert len(running) == 1, "two serial tasks ran at once"
        running.remove(n)
        return n

    for n in range(20):
        run_task(write, n, on_done=order.append, pool=pool)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))


def test_cancel_drops_a_queued_task_and_silences_a_running_one(qtbot) -> None:
    pool = single_thread_pool("test-cancel")
    gate = threading.Event()
    started = threading.Event()
    calls: list[str] = []

    def blocking() -> str:
        started.set()
        gate.wait(5)
        return "first"

    first = run_task(blocking, on_done=calls.append, pool=pool)
    second = run_task(lambda: calls.append("second ran") or "second", on_done=calls.append, pool=pool)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert second.cancel() is True  # still queued: removed from the pool
    assert first.cancel() is False  # already running: it finishes, its callback is skipped
    gate.set()
    probe: list[str] = []
    run_task(lambda: "probe", on_done=probe.append, pool=pool)  # delivered after anything the first queued
    qtbot.waitUntil(lambda: probe == ["probe"], timeout=5000)
    assert calls == [] and first.cancelled and second.cancelled


def test_callbacks_are_skipped_when_the_context_is_gone(qtbot) -> None:
    context = QObject()
    gate = threading.Event()
    calls: list[str] = []
    pool = single_thread_pool("test-context")
    run_task(lambda: gate.wait(5) and "late", on_done=calls.append, pool=pool, context=context)
    with qtbot.waitSignal(context.destroyed, timeout=5000):
        context.deleteLater()
    gate.set()
    assert pool.waitForDone(5000)
    probe: list[str] = []
    run_task(lambda: "probe", on_done=probe.append, pool=pool)  # queued behind the first one's delivery
    qtbot.waitUntil(lambda: probe == ["probe"], timeout=5000)
    assert calls == []


def test_tasks_survive_their_dropped_handles(qtbot) -> None:
    """Callers often drop the handle at once; a job must not be collected before it runs
    (it crashed the process: a segfault when the global pool started several such jobs)."""
    import gc

    gate = threading.Event()
    results: list[int] = []

    def work(n: int) -> int:
        gate.wait(5)
        return n

    for n in range(5):
        run_task(work, n, on_done=results.append)  # handles dropped
    gc.collect()
    gate.set()
    qtbot.waitUntil(lambda: sorted(results) == [0, 1, 2, 3, 4], timeout=5000)
