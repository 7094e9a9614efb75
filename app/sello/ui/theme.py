"""The app's look: a readable font size, calm spacing, and the verdict colours.

Kept deliberately small: the platform style draws the widgets; this adds a few
object-name rules (``pageTitle``, ``pageIntro``, ``navigation``, ``verdict``) that
pages use, and the icons. Colours come from the palette so dark mode keeps working;
only the verdict colours are fixed (they carry meaning).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from sello.core.resources import resource_path

MIN_POINT_SIZE = 10
SPACING = 12  # between groups on a page
PAGE_MARGIN = 24
NAV_ICON_SIZE = QSize(22, 22)


@dataclass(frozen=True)
class VerdictColours:
    foreground: str
    background: str
    border: str


# green: all checks passed; amber: genuine but something to look at; blue: cannot confirm
# (the issuer's key could not be had: not an alarm, a next step); red: do not accept.
VERDICT_COLOURS: dict[str, VerdictColours] = {
    "green": VerdictColours("#14532d", "#e7f5ec", "#2e8b57"),
    "amber": VerdictColours("#6b3d00", "#fff4dc", "#d08a00"),
    "blue": VerdictColours("#1e3a5f", "#e8f0fa", "#3b6ea8"),
    "red": VerdictColours("#7f1d1d", "#fdeceb", "#c0392b"),
}


def verdict_style_sheet(level: str) -> str:
    """Style sheet for a widget (``QFrame#verdict``) that shows a verdict banner."""
    colours = VERDICT_COLOURS[level]
    return (
        f"QFrame#verdict {{ background: {colours.background}; border: 2px solid {colours.border};"
        f" border-radius: 8px; }}"
        f" QFrame#verdict QLabel {{ color: {colours.foreground}; background: transparent; }}"
    )


def _style_sheet(palette: QPalette) -> str:
    highlight = palette.color(QPalette.ColorRole.Highlight)
    selected = QColor(highlight)
    selected.setAlpha(48)
    hover = QColor(highlight)
    hover.setAlpha(22)
    rgba = lambda c: f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()})"  # noqa: E731
    text = palette.color(QPalette.ColorRole.WindowText).name()
    return f"""
QListWidget#navigation {{
    border: none;
    background: transparent;
    outline: 0;
    padding: 8px 6px;
}}
QListWidget#navigation::item {{
    padding: 8px 10px;
    margin: 1px 0;
    border-radius: 6px;
    color: {text};
}}
QListWidget#navigation::item:hover {{ background: {rgba(hover)}; }}
QListWidget#navigation::item:selected {{ background: {rgba(selected)}; color: {text}; }}
QFrame#navigationDivider {{ color: {palette.color(QPalette.ColorRole.Mid).name()}; }}
QLabel#pageTitle {{ font-size: {_title_point_size()}pt; font-weight: 600; }}
QLabel#pageIntro {{ color: {palette.color(QPalette.ColorRole.PlaceholderText).name()}; }}
QStatusBar QLabel#statusCaption {{ color: {palette.color(QPalette.ColorRole.PlaceholderText).name()}; }}
QLabel#warningText {{ color: {VERDICT_COLOURS["amber"].foreground}; }}
"""


def _title_point_size() -> int:
    return round(QGuiApplication.font().pointSizeF() * 1.5)


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(_style_sheet(app.palette()))
    app.setWindowIcon(app_icon())


def page_title(text: str = "") -> QLabel:
    """The heading label at the top of a page."""
    label = QLabel(text)
    label.setObjectName("pageTitle")
    label.setAccessibleName(text)
    return label


def page_intro(text: str = "") -> QLabel:
    """One or two calm sentences under a page's heading."""
    label = QLabel(text)
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


# -- icons ---------------------------------------------------------------------------
@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("icons", f"sello-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


@cache
def nav_icon(name: str) -> QIcon:
    """A navigation icon drawn in the palette's text colour (works in dark mode too)."""
    source = QIcon(str(resource_path("icons", "nav", f"{name}.svg")))
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    icon = QIcon()
    for scale in (1, 2):
        size = NAV_ICON_SIZE * scale
        pixmap = source.pixmap(size)
        tinted = QPixmap(pixmap.size())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), colour)
        painter.end()
        icon.addPixmap(tinted)
    return icon
