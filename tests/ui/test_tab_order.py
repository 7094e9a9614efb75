"""Tab walks every form in reading order: from the first field, each press of Tab moves
right along a visual row or down to the next one, never back up, and reaches every field
(the heats' fields before "Add heat"). Walked by real key presses on all five forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.e2e.conftest import DOCTYPES
from tests.ui.fixtures import app_context, sello_app  # noqa: F401
from tests.ui.shipment_helpers import company_context, new_document, page, settle  # noqa: F401

SAME_ROW_PX = 12  # editors on one visual row differ in height by a few pixels
MAX_STEPS = 400


def _position(widget: QWidget, content: QWidget) -> QPoint:
    return widget.mapTo(content, QPoint(0, 0))


def _walk(form) -> list[QWidget]:
    """Widgets Tab reaches inside the form, from its first field until focus leaves it."""
    content = form.scroll.widget()
    first = form.field_rows()[0].editor.input
    first.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    visited: list[QWidget] = []
    widget = QApplication.focusWidget()
    while widget is not None and content.isAncestorOf(widget) and widget not in visited:
        visited.append(widget)
        assert len(visited) < MAX_STEPS
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    return visited


def _name(widget: QWidget, content: QWidget) -> str:
    at = _position(widget, content)
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}{'(' + text + ')' if text else ''}@{at.x()},{at.y()}"


@pytest.mark.parametrize("doctype", DOCTYPES)
def test_tab_follows_the_visual_order_and_reaches_every_field(qtbot, page, doctype: str) -> None:
    page.show()
    qtbot.waitExposed(page)
    form = new_document(qtbot, page, doctype)
    for box in form._repeatables():  # a second row shows how Tab goes from one row to the next
        box.add_row()
    settle()
    content = form.scroll.widget()
    page_height = content.height()
    visited = _walk(form)
    settle()
    # walking leaves every required field empty behind it ("is required"): nothing moves
    assert content.height() == page_height
    for before, after in zip(visited, visited[1:], strict=False):
        a, b = _position(before, content), _position(after, content)
        same_row = abs(a.y() - b.y()) <= SAME_ROW_PX
        assert (same_row and b.x() > a.x()) or b.y() > a.y() + SAME_ROW_PX, (
            f"Tab went from {_name(before, content)} back to {_name(after, content)}"
        )
    inputs = [row.editor.input for row in form.field_rows() if row.editor.input.isVisibleTo(content)]
    missed = [row.path for row in form.field_rows() if row.editor.input in inputs and row.editor.input not in visited]
    assert missed == []
    for box in form._repeatables():  # a row's fields come before the button that adds another row
        last_field = max(visited.index(r.editor.input) for r in box.field_rows() if r.editor.input in visited)
        assert visited.index(box.add_button) > last_field
