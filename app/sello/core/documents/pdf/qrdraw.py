"""Draw a planned QR symbol (`sello.core.qr.symbol.QrSymbol`) as PDF vectors.

One filled path per symbol, one rectangle per horizontal run of dark modules, drawn in
module units (a `cm` scale) so every coordinate is an integer and the file stays small.
The symbol is placed on the 150-dpi grid and its module is a whole, even number of
300-dpi printer dots (6 dots = 0.508 mm at least, DESIGN §3): printed at 100 % or
rasterized at 150/300/600 dpi, module edges fall on pixel edges and no module is
smeared over two dots. Filling all runs as one path keeps renderers from drawing
hairline seams between rows.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from sello.core.qr.symbol import MIN_MODULE_MM, QUIET_ZONE_MODULES, QrSymbol

POINTS_PER_INCH = 72.0
DOT_PT = POINTS_PER_INCH / 300  # one 300-dpi printer dot, 0.24 pt
GRID_PT = POINTS_PER_INCH / 150  # symbols start on the 150-dpi grid (2 dots)
MIN_MODULE_DOTS = 6  # 6 × 25.4 / 300 = 0.508 mm
DEFAULT_MAX_SIDE_MM = 58.0  # a version-22 symbol with its quiet zone at 6 dots per module

assert abs(MIN_MODULE_DOTS * 25.4 / 300 - MIN_MODULE_MM) < 1e-9


def module_dots(symbol: QrSymbol, max_side_mm: float = DEFAULT_MAX_SIDE_MM) -> int:
    """Dots (at 300 dpi) per module: the largest even count whose symbol, quiet zone
    included, fits `max_side_mm`, and never below the 6-dot minimum."""
    modules = symbol.size + 2 * QUIET_ZONE_MODULES
    dots = int(max_side_mm / 25.4 * 300 / modules)
    dots -= dots % 2
    return max(MIN_MODULE_DOTS, dots)


def module_pt(symbol: QrSymbol, max_side_mm: float = DEFAULT_MAX_SIDE_MM) -> float:
    """The module side in points for `symbol` (see `module_dots`)."""
    return module_dots(symbol, max_side_mm) * DOT_PT


_DARK_RUN = re.compile(b"\x01+")
_COLUMN_TEXT = [str(n) for n in range(178)]  # a version 40 symbol is 177 modules wide
_RUN_TEXT = [f" {n} 1 re" for n in range(178)]


def dark_runs(symbol: QrSymbol) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    return [
        (row_index, match.start(), match.end() - match.start())
        for row_index, row in enumerate(symbol.rows)
        for match in _DARK_RUN.finditer(row)
    ]


def _path_operators(symbol: QrSymbol) -> str:
    """PDF path operators for the dark runs, in module units, origin at the symbol's
    bottom-left corner (rows count down from the top)."""
    operators: list[str] = []
    add = operators.append
    for row_index, row in enumerate(symbol.rows):  # dark_runs, written from ready-made number texts
        y = f" {symbol.size - 1 - row_index}"
        for match in _DARK_RUN.finditer(row):
            start, end = match.span()
            add(_COLUMN_TEXT[start] + y + _RUN_TEXT[end - start])
    return " ".join(operators)


def draw_qr(canvas: Canvas, symbol: QrSymbol, x: float, y: float, module: float) -> float:
    """Draw `symbol` with its white quiet zone; (x, y) is the bottom-left corner of the
    quiet zone in the canvas's current (unrotated, unscaled) coordinates, nudged by less
    than one grid step to land on the 150-dpi grid. Returns the side length drawn."""
    a, b, c, d, e, f = canvas._currentMatrix  # reportlab tracks the CTM; no public getter
    if (a, b, c, d) == (1, 0, 0, 1):
        x += round((e + x) / GRID_PT) * GRID_PT - (e + x)
        y += round((f + y) / GRID_PT) * GRID_PT - (f + y)
    side = (symbol.size + 2 * QUIET_ZONE_MODULES) * module
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(black)
    canvas.translate(x + QUIET_ZONE_MODULES * module, y + QUIET_ZONE_MODULES * module)
    canvas.scale(module, module)
    # reportlab's path API formats every float; the raw operators stay integers
    canvas.addLiteral(_path_operators(symbol) + " f")
    canvas.restoreState()
    return side


class QrFlowable(Flowable):
    """A QR symbol with its quiet zone, as a platypus flowable of fixed size."""

    def __init__(self, symbol: QrSymbol, module: float) -> None:
        super().__init__()
        self.symbol = symbol
        self.module = module
        self.side = (symbol.size + 2 * QUIET_ZONE_MODULES) * module
        self.width = self.height = self.side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        draw_qr(self.canv, self.symbol, 0, 0, self.module)
