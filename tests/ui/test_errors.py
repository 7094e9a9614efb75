"""Error tiers (STYLE 9): a user-facing sentence, silent cancellation, the crash dialog for bugs."""

from __future__ import annotations

import concurrent.futures
import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from sello.core.errors import InputError, KeyStoreError
from sello.ui import dialogs, errors
from sello.ui.crash_dialog import CrashDialog
from sello.ui.tasks import run_task
from tests.ui.fixtures import language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot


def compute_weight(heats: list[int]) -> float:
    return sum(heats) / len(heats)  # ZeroDivisionError for an empty list: a bug


def raise_bug() -> None:
    compute_weight([])


def crash_dialogs() -> list[CrashDialog]:
    return [d for d in dialogs.open_dialogs() if isinstance(d, CrashDialog)]


def test_user_facing_error_shows_only_its_sentence(sello_app) -> None:
    exc = KeyStoreError("The OS keyring is locked.", hint="Unlock it and try again.")
    errors.report_error(exc)
    [box] = dialogs.open_dialogs()
    assert isinstance(box, QMessageBox)
    assert box.text() == "The OS keyring is locked. Unlock it and try again."
    assert box.informativeText() == "" and box.detailedText() == ""
    assert "Traceback" not in box.text()
    assert [r.kind for r in dialogs.history] == ["error"]


def test_a_limit_is_shown_in_the_ui_language(sello_app) -> None:
    from sello.core.limits import refuse

    with language("es"):
        errors.report_error(refuse("batch_columns", what="lote.csv", count="100,000"))
        [box] = dialogs.open_dialogs()
        assert box.text() == "lote.csv tiene 100,000 columnas; un archivo de lote tiene a lo más 2,000."


@pytest.mark.parametrize("exc", [concurrent.futures.CancelledError(), KeyboardInterrupt()])
def test_cancellation_is_silent(sello_app, exc: BaseException) -> None:
    errors.report_error(exc)
    assert dialogs.history == [] and dialogs.open_dialogs() == []


def test_unexpected_error_is_logged_and_shown_with_copyable_details(
    qtbot, sello_app, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise_bug()
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="sello.ui.errors"):
            errors.report_error(exc)
    [dialog] = crash_dialogs()
    qtbot.waitExposed(dialog)
    assert dialog.summary_label.text() == "ZeroDivisionError: division by zero"
    assert not dialog.details.isVisible()
    assert dialog.toggle_button.text() == "Show details"

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and dialog.toggle_button.text() == "Hide details"
    QApplication.processEvents()
    assert dialog.details.geometry().right() < dialog.width()  # the dialog grew to fit, nothing clipped
    details = dialog.details.toPlainText()
    assert "Traceback (most recent call last)" in details
    assert "in compute_weight" in details and "in raise_bug" in details
    assert details.startswith("Sello ")

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("ZeroDivisionError: division by zero") and "in compute_weight" in copied
    assert dialog.copy_button.text() == "Copied"

    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert crash_dialogs() == [] and dialogs.history[-1].answer is dialogs.Answer.OK


def test_only_one_crash_dialog_at_a_time(sello_app) -> None:
    for _ in range(3):
        errors.report_error(RuntimeError("boom"))
    assert len(crash_dialogs()) == 1


def test_excepthook_routes_uncaught_exceptions(monkeypatch: pytest.MonkeyPatch, sello_app) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthook()
    assert sys.excepthook is errors.excepthook
    try:
        raise_bug()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    [dialog] = crash_dialogs()
    assert "in raise_bug" in dialog.details_text
    sys.excepthook(InputError, InputError("That file is not a PDF."), None)
    assert dialogs.history[-1].kind == "error" and dialogs.history[-1].text == "That file is not a PDF."


def test_errors_from_another_thread_reach_the_gui_thread(qtbot, monkeypatch: pytest.MonkeyPatch, sello_app) -> None:
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthook()
    worker = threading.Thread(target=raise_bug, name="pdf-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "Thread: MainThread" in crash_dialogs()[0].details_text  # shown by the GUI thread
    assert "in compute_weight" in crash_dialogs()[0].details_text


def test_run_task_errors_go_through_the_tiers(qtbot, sello_app) -> None:
    def locked() -> None:
        raise KeyStoreError("The OS keyring is locked.")

    run_task(locked, on_error=errors.error_handler())
    qtbot.waitUntil(lambda: len(dialogs.history) == 1)
    assert dialogs.history[0].kind == "error" and dialogs.history[0].text == "The OS keyring is locked."

    run_task(raise_bug, on_error=errors.error_handler())
    qtbot.waitUntil(lambda: len(dialogs.history) == 2)
    assert dialogs.history[1].kind == "crash"

    def cancelled() -> None:
        raise concurrent.futures.CancelledError()

    done: list[bool] = []
    run_task(cancelled, on_error=lambda exc: (errors.report_error(exc), done.append(True)))
    qtbot.waitUntil(lambda: done == [True])
    assert len(dialogs.history) == 2


@pytest.mark.parametrize("lang", ["es", "en"])
def test_crash_dialog_screenshot(qtbot, tmp_path: Path, sello_app, lang: str) -> None:
    with language(lang):
        try:
            raise_bug()
        except ZeroDivisionError as exc:
            errors.report_error(exc)
        [dialog] = crash_dialogs()
        qtbot.waitExposed(dialog)
        save_screenshot(dialog, "crash_dialog", lang, tmp_path)
        dialog.toggle_button.click()
        assert dialog.toggle_button.text() == ("Ocultar detalles" if lang == "es" else "Hide details")
        assert dialog.copy_button.text() == ("Copiar detalles" if lang == "es" else "Copy details")
        save_screenshot(dialog, "crash_dialog_details", lang, tmp_path)
        dialog.close()
    QApplication.processEvents()
