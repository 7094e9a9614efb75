"""Measure what a person would see as cut off: a horizontal scroll bar, a control whose
right edge is outside the area that shows it, a label too short for its wrapped text or
too narrow for its one line.

    problems = clipped_widgets(page) + horizontal_scroll_bars(page)
    assert not problems, "\\n".join(problems)

Only what is on screen counts: hidden widgets, the parts of a scroll area's content that
are scrolled out of view vertically, and the internals of item views (cells elide by
design, with a tooltip) are left out.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

CONTROLS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
TOLERANCE = 1  # px: rounding in layouts


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}"


def _inside_internals(widget: QWidget, root: QWidget) -> bool:
    """Part of an item view, a tab bar or a scroll bar (they manage their own parts), a
    combo box's / spin box's own line edit, or a line edit's own button (a calendar)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractItemView, QTabBar, QScrollBar, QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _showing_area(widget: QWidget, root: QWidget) -> tuple[QWidget, QRect]:
    """The widget that shows ``widget`` on screen (a scroll area's viewport, else ``root``),
    and that area's rectangle."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent, parent.rect()
        parent = grand
    return root, root.rect()


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"needs {needed}px of height, has {label.height()}px"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or "\n" in label.text():
        needed_h = label.sizeHint().height()
        if needed_h > label.height() + TOLERANCE:
            return f"needs {needed_h}px of height, has {label.height()}px"
    needed_w = label.sizeHint().width()
    if needed_w > label.width() + TOLERANCE:
        return f"needs {needed_w}px of width, has {label.width()}px"
    if label.sizeHint().height() > label.height() + TOLERANCE:
        return f"needs {label.sizeHint().height()}px of height, has {label.height()}px"
    return None


def clipped_widgets(root: QWidget) -> list[str]:
    """Every visible control under ``root`` that is cut off (one line each)."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if _inside_internals(widget, root):
            continue
        area, rect = _showing_area(widget, root)
        top_left = widget.mapTo(area, QPoint(0, 0))
        if top_left.x() < rect.left() - TOLERANCE or top_left.x() + widget.width() > rect.right() + 1 + TOLERANCE:
            problems.append(
                f"{describe(widget)}: x {top_left.x()}..{top_left.x() + widget.width()} outside "
                f"0..{rect.width()} of {area.objectName() or type(area).__name__}"
            )
            continue
        if area is root and top_left.y() + widget.height() > rect.bottom() + 1 + TOLERANCE:
            problems.append(f"{describe(widget)}: bottom {top_left.y() + widget.height()} below {rect.height()}")
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(f"{describe(widget)}: {problem}")
        elif isinstance(widget, QAbstractButton) and widget.sizeHint().width() > widget.width() + TOLERANCE:
            problems.append(f"{describe(widget)}: needs {widget.sizeHint().width()}px of width, has {widget.width()}px")
    return problems


def horizontal_scroll_bars(root: QWidget) -> list[str]:
    """Scroll areas under ``root`` (forms, panels) that show a horizontal scroll bar."""
    out = []
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    for area in areas:
        bar = area.horizontalScrollBar()
        if area.isVisibleTo(root) and bar.isVisibleTo(root) and bar.maximum() > 0:
            out.append(f"{area.objectName() or type(area).__name__}: horizontal scroll bar (0..{bar.maximum()})")
    return out
