"""A draft survives the app being killed mid-edit.

A child process (the script below) opens the Shipments page, types a Mill Test Report,
reports each autosave on stdout, then keeps typing until this test kills it with
SIGKILL. Reopening the data folder restores everything up to the last autosave report,
and the page comes back on the same draft and field.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from sello.core.documents.drafts import DraftStore, DraftUiState
from sello.ui.forms import autosave
from tests.ui.fixtures import app_context, sello_app  # noqa: F401
from tests.ui.shipment_helpers import company_context, make_page  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT_S = 30  # a line from the child; the whole exchange takes about two seconds

CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sello.ui.app import configure_application
from sello.ui.context import AppContext
from sello.ui.pages.shipments_page import ShipmentsPage

app = QApplication(["autosave-child", "-platform", "offscreen"])
configure_application(app)
context = AppContext.open()
page = ShipmentsPage(context)
page.resize(1100, 800)
page.show()
page.activateWindow()

def say(*parts):
    print(*parts, flush=True)

def field(path):
    row = page.editor.form.field_row(path)
    widget = row.editor.input
    return widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget

def type_into(path, text):
    page.editor.form.focus_field(path)
    QTest.keyClicks(field(path), text)

saves = []
extra = iter("Lone Star Steel Fabricators LLC and more text typed until the end " * 20)

def saved(_draft_id, _when):
    data, state = page.editor.snapshot()
    stored = page.editor.store.get(page.editor.draft_id)
    saves.append(stored)
    say("SAVED", json.dumps({"data": stored.data, "focus": stored.ui_state.focus}))
    if len(saves) == 1:
        say("TYPING")
        keep_typing()

def keep_typing():
    char = next(extra)
    QTest.keyClicks(field("customer.name"), char)
    QTimer.singleShot(15, keep_typing)

def opened(_draft_id):
    editor = page.editor
    # shorter intervals than the app's 1 s / 2 s, so the test is quick; the mechanism is the same
    editor.autosaver._debounce.setInterval(int(sys.argv[1]))
    editor.autosaver._deadline.setInterval(int(sys.argv[2]))
    editor.autosaver.saved.connect(saved)
    type_into("certificate.number", "MTR-CRASH-1")
    type_into("heats[0].chemistry.c", "0.21")
    type_into("customer.name", "")
    say("TYPED")

page.draft_opened.connect(opened)
QTimer.singleShot(0, lambda: page.new_document("mill-test-report"))
app.exec()
"""


def read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], LINE_TIMEOUT_S)
    if not ready:
        raise AssertionError("the child process said nothing for too long")
    line = process.stdout.readline()
    if not line:
        raise AssertionError(f"the child process ended early: {process.wait()}")
    return line.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_draft_survives_sigkill_mid_edit(qtbot, company_context, sello_home: Path, tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "app")}
    process = subprocess.Popen(
        [sys.executable, str(script), "300", "600"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    saves: list[dict] = []
    try:
        assert read_line(process) == "TYPED"
        while True:
            line = read_line(process)
            if line.startswith("SAVED "):
                saves.append(json.loads(line[len("SAVED ") :]))
            # an autosave made while the user was still typing: kill right after it
            if len(saves) >= 2 and saves[-1]["data"].get("customer", {}).get("name"):
                break
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=LINE_TIMEOUT_S) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stdout is not None
        process.stdout.close()

    first, last = saves[0], saves[-1]
    assert first["data"]["certificate"]["number"] == "MTR-CRASH-1"
    typed_before_kill = last["data"]["customer"]["name"]
    assert "Lone Star".startswith(typed_before_kill[:9])

    # Sello starts again on the same data folder
    page = make_page(qtbot, company_context)
    assert page.editor is not None, "the draft that was open is reopened"
    restored = page.editor.form.data()
    assert restored["certificate"]["number"] == "MTR-CRASH-1"
    assert restored["heats"][0]["chemistry"]["c"] == "0.21"
    name = restored["customer"]["name"]
    assert name.startswith(typed_before_kill), "nothing saved before the kill is lost"
    assert "Lone Star Steel Fabricators LLC and more text".startswith(name[:40])
    qtbot.waitUntil(lambda: page.editor.form.focused_path() == "customer.name")
    drafts = DraftStore(company_context.db, company_context.profile_id).list()
    assert len(drafts) == 1 and drafts[0].title == "MTR-CRASH-1"


def test_changes_that_never_pause_are_still_saved(qtbot, company_context) -> None:
    """Typing without a one-second pause must not postpone saving forever (the deadline)."""
    store = DraftStore(company_context.db, company_context.profile_id)
    draft = store.create("bill-of-lading")
    typed: list[str] = []
    saver = autosave.DraftAutosaver(store, lambda: ({"bill": {"number": "".join(typed)}}, DraftUiState()))
    saver._debounce.setInterval(200)  # (the app: 1000 and 2000 ms; same mechanism, shorter wait)
    saver._deadline.setInterval(400)
    saver.start(draft.id)
    timer = QTimer()
    timer.setInterval(20)  # a change every 20 ms: the quiet-time timer alone would never fire

    def key() -> None:
        typed.append("x")
        saver.schedule()

    timer.timeout.connect(key)
    timer.start()
    with qtbot.waitSignal(saver.saved, timeout=3000):
        pass
    keys_when_saved = len(typed)
    qtbot.waitUntil(lambda: len(typed) > keys_when_saved + 5)  # still typing after the save
    timer.stop()
    saved = store.get(draft.id).data["bill"]["number"]
    assert 0 < len(saved) <= keys_when_saved
    assert autosave.DEBOUNCE_MS == 1000 and autosave.MAX_WAIT_MS == 2000
    saver.stop()  # the last changes are written when the form closes
    qtbot.waitUntil(lambda: not saver.pending)
    assert store.get(draft.id).data["bill"]["number"] == "".join(typed)
