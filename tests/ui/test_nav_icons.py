"""Every page of the main window has its own icon: no two navigation icons look alike
(Verificar and Confianza once shared a shield)."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtGui import QImage

from sello.core.resources import resource_path
from sello.ui import theme
from tests.ui.fixtures import sello_app  # noqa: F401

SIZE = 48


def _pixels(name: str) -> QImage:
    return theme.nav_icon(name).pixmap(SIZE, SIZE).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _difference(a: QImage, b: QImage) -> float:
    """Share of pixels whose opacity differs clearly between the two drawings."""
    width, height = min(a.width(), b.width()), min(a.height(), b.height())
    differing = sum(
        abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha()) > 96 for x in range(width) for y in range(height)
    )
    return differing / (width * height)


def test_navigation_icons_are_all_different(sello_app) -> None:
    names = sorted(p.stem for p in resource_path("icons", "nav").glob("*.svg"))
    assert {"verify", "trust", "documents", "keys", "settings", "shipments"} <= set(names)
    images = {name: _pixels(name) for name in names}
    for first, second in combinations(names, 2):
        assert _difference(images[first], images[second]) > 0.05, f"{first} and {second} look alike"
