"""A handheld keyboard-wedge scanner typing into the verifier: real key events into the
real field, and the repair rules (Caps Lock, line breaks, keyboard layouts) on their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sello.core.qr.base45 import ALPHABET
from sello.core.verification.wedge import LAYOUT_REPAIRS, normalize_scan
from sello.ui.verifier.verifier_view import VerifierView
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.verifier_documents import Mill, make_mill

VERDICT_TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mill]:
    made = make_mill(tmp_path_factory.mktemp("mill"), print_pdfs=False)
    yield made
    made.close()


@pytest.fixture
def view(qtbot, app_context) -> Iterator[VerifierView]:
    widget = VerifierView(app_context, online=False, start_camera=False)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.scan_field.setFocus()
    yield widget
    widget.shutdown()


def type_like_a_scanner(widget, text: str) -> None:
    """Key presses as a wedge scanner sends them: printable ASCII as key clicks, CR as Return,
    LF as Enter, other characters (what a non-US layout makes of them) as key events
    carrying that text."""
    run = ""
    for char in text:
        if " " <= char <= "~":
            run += char
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if char == "\r":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Enter)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
    if run:
        QTest.keyClicks(widget, run)


def scan_and_wait(qtbot, view: VerifierView, text: str):
    with qtbot.waitSignal(view.controller.verified, timeout=VERDICT_TIMEOUT_MS) as verified:
        type_like_a_scanner(view.scan_field, text + "\r\n")
    return verified.args[0]


# -- what layouts do to a US scanner's key presses (the inverse of LAYOUT_REPAIRS) --------------


def typed_on(layout: str, text: str) -> str:
    forward: dict[str, str] = {}
    for typed, meant in LAYOUT_REPAIRS[layout].items():  # the first entry is the key's plain output
        if len(meant) == 1 and meant not in forward:
            forward[meant] = typed
    return "".join(forward.get(c, c) for c in text)


# -- in the real widget ---------------------------------------------------------------------


def test_a_scanned_code_is_verified_after_its_enter(qtbot, view: VerifierView, mill: Mill) -> None:
    outcome = scan_and_wait(qtbot, view, mill.mtr.td1)
    assert outcome.source == "scanner" and outcome.verdict.color == "amber"
    assert outcome.verdict.check("signature").outcome == "passed"
    assert view.verdict_panel.color == "amber" and not view.scan_notice.isVisible()
    assert view.scan_field.toPlainText() == ""  # ready for the next document


def test_caps_lock_lower_case_is_repaired_and_said(qtbot, view: VerifierView, mill: Mill) -> None:
    outcome = scan_and_wait(qtbot, view, mill.packing_list.td1.lower())
    assert outcome.verdict.check("signature").outcome == "passed" and outcome.verdict.vc_jwt == mill.packing_list.vc_jwt
    assert "Caps Lock" in view.scan_notice.text() and view.scan_notice.isVisible()


def test_line_breaks_inside_the_code_do_not_cut_it(qtbot, view: VerifierView, mill: Mill) -> None:
    text = mill.mtr.td1
    broken = text[:300] + "\r\n" + text[300:700] + "\r" + text[700:]
    outcome = scan_and_wait(qtbot, view, broken)
    assert outcome.verdict.vc_jwt == mill.mtr.vc_jwt and outcome.verdict.color == "amber"


def test_azerty_scanner_is_repaired_and_the_officer_is_told_how_to_fix_it(qtbot, view, mill: Mill) -> None:
    mangled = typed_on("french", mill.mtr.td1)
    assert mangled.startswith("TD&M") and any(c in mangled for c in "éèçà")
    outcome = scan_and_wait(qtbot, view, mangled)
    assert outcome.verdict.vc_jwt == mill.mtr.vc_jwt and outcome.verdict.check("signature").outcome == "passed"
    notice = view.scan_notice.text()
    assert "French (AZERTY)" in notice and "US keyboard layout" in notice and "keyboard emulation: US" in notice
    assert "“&” instead of “1”" in notice
    with language("es"):
        assert "francesa (AZERTY)" in view.scan_notice.text() and "EE. UU." in view.scan_notice.text()


def test_a_damaged_scan_is_refused_with_the_layout_named(qtbot, view: VerifierView, mill: Mill) -> None:
    # Spanish layout, and the dead key ate a character: no repair rebuilds it
    damaged = typed_on("spanish", mill.mtr.td1)[:40] + "´" + typed_on("spanish", mill.mtr.td1)[40:]
    type_like_a_scanner(view.scan_field, damaged + "\r")
    qtbot.waitUntil(lambda: view.verdict_panel.state == "problem", timeout=VERDICT_TIMEOUT_MS)
    problem = view.verdict_panel.summary.text()
    assert "“Ñ”" in problem and "Spanish" in problem and "US keyboard layout" in problem
    assert not view.scan_notice.isVisible()  # said once, in the banner
    with language("es"):
        assert "distribución española" in view.verdict_panel.summary.text()
    assert view.controller.running is False


def test_multipart_code_typed_part_by_part(qtbot, view: VerifierView, mill: Mill) -> None:
    from sello.core.qr.parts import split_td1

    parts = split_td1(mill.mtr.td1, 320)
    assert len(parts) == 3
    progress: list[tuple[int, int]] = []
    view.controller.parts_progress.connect(lambda have, total: progress.append((have, total)))
    for count, part in enumerate((parts[2], parts[0]), start=1):
        type_like_a_scanner(view.scan_field, part + "\r")
        qtbot.waitUntil(lambda: len(progress) == count, timeout=VERDICT_TIMEOUT_MS)
    assert view.camera_panel.progress_text == "2 of 3 parts read: show the next code"
    outcome = scan_and_wait(qtbot, view, parts[1])
    assert progress == [(1, 3), (2, 3), (3, 3)] and outcome.verdict.vc_jwt == mill.mtr.vc_jwt


# -- the repair rules ------------------------------------------------------------------------------


def test_plain_and_non_td1_texts() -> None:
    assert normalize_scan("TD1:ABC").text == "TD1:ABC" and not normalize_scan("TD1:ABC").repaired
    jwt = "eyJhbGciOiJFUzM4NCJ9.eyJ4Ijoxfq.c2ln\r\n"
    assert normalize_scan(jwt).text == jwt.strip() and not normalize_scan(jwt).looks_like_td1  # case kept
    assert normalize_scan('{"vc_jwt":\n "aB"}').text == '{"vc_jwt": "aB"}'
    part = "TD1/2/3/0A1B2C3D:AB "
    assert normalize_scan(part + "\r\n").text == part  # a part may end with a space
    junk = normalize_scan("td1:abc\x7fdef")
    assert junk.text == "TD1:ABCDEF" and junk.upper_cased and junk.removed_breaks


@pytest.mark.parametrize("layout, marker", [("spanish", "TD1Ñ"), ("german", "TD1Ö"), ("french", "TD&M")])
def test_each_layout_is_recognised_from_the_prefix(layout: str, marker: str) -> None:
    text = "TD1:Y9Z-/*+$%. :"
    typed = typed_on(layout, text)
    assert typed.startswith(marker)
    result = normalize_scan(typed)
    assert result.text == text and result.layout == layout and result.usable


base45_body = st.text(alphabet=ALPHABET, min_size=1, max_size=200)


@settings(max_examples=150, deadline=None)
@given(body=base45_body, layout=st.sampled_from(sorted(LAYOUT_REPAIRS)), caps=st.booleans())
def test_any_code_typed_on_any_layout_comes_back(body: str, layout: str, caps: bool) -> None:
    text = ("TD1:" + body).rstrip()
    typed = typed_on(layout, text)
    if caps:  # Caps Lock swaps the letters' case (ß has no one-letter capital: it stays)
        typed = "".join(c.swapcase() if len(c.swapcase()) == 1 else c for c in typed)
    result = normalize_scan(typed)
    assert result.text == text and result.layout == layout


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_input_never_crashes(text: str) -> None:
    result = normalize_scan(text)
    assert isinstance(result.text, str)
    if result.usable and result.looks_like_td1:
        assert set(result.text) <= set(ALPHABET) | {"/"}


def test_screenshot_of_the_layout_notice(view: VerifierView, mill: Mill, tmp_path: Path, qtbot) -> None:
    from tests.ui.screenshots import save_screenshot

    scan_and_wait(qtbot, view, typed_on("german", mill.packing_list.td1))
    for lang in ("en", "es"):
        with language(lang):
            path = save_screenshot(view.scanner_box, "verifier_scanner_layout_notice", lang, tmp_path)
            assert path.stat().st_size > 1000
