"""`Table`, measured once per width, drawing its one-line text cells directly.

platypus asks a table for its size more than once at the same width: a `KeepTogether`
measures its content with the whole page as height, the frame then measures it again with
the room left, and a table nested in a cell is measured each time its parent is (a mill
test report: 24 measurements of 13 tables, 11 of them repeats). reportlab redoes the whole
layout each time (issue 19: a tenth of the render). A measurement that laid out every row
(its height fits the height it was given) holds for any later call at the same width whose
height also fits it, so `Table.wrap` returns it again; anything else is measured afresh.

A cell holding one line of text is drawn by writing its text object's operators
(`text.text_operators`) where reportlab builds a text object through `drawString` for
each (a data table of heats has a couple of hundred such cells); the font, colour and
position are reportlab's own. Anything else (several lines, decimal alignment, links,
shaping) is left to reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table as _ReportlabTable

from sello.core.documents.pdf.text import Segment, text_operators

_ALIGNED = ("LEFT", "RIGHT", "CENTRE", "CENTER")


class Table(_ReportlabTable):
    """reportlab's Table with its last complete measurement kept (see the module's notes)."""

    _measured: tuple[float, float, float] | None = None  # width given, width and height found

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        measured = self._measured
        if measured is not None and measured[0] == availWidth and measured[2] <= availHeight:
            return measured[1], measured[2]
        width, height = super().wrap(availWidth, availHeight)
        self._measured = (availWidth, width, height) if height <= availHeight else None
        return width, height

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        style = cellstyle
        if (
            type(cellval) is not str
            or "\n" in cellval
            or style.alignment not in _ALIGNED
            or style.valign not in ("TOP", "MIDDLE", "BOTTOM")
            or style.href
            or style.destination
            or style.direction
            or style.shaping
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas = self.canv
        current: Any = self._curcellstyle  # type: ignore[has-type]  # set by reportlab's draw()
        if current is not style:  # font and colour set as reportlab sets them
            if current is None or style.color != current.color:
                canvas.setFillColor(style.color)
            if (
                current is None
                or style.leading != current.leading
                or style.fontname != current.fontname
                or style.fontsize != current.fontsize
            ):
                canvas.setFont(style.fontname, style.fontsize, style.leading)
            self._curcellstyle = style
        (left, bottom), (width, height) = pos, size
        if style.alignment == "LEFT":
            x = left + style.leftPadding
        elif style.alignment == "RIGHT":
            x = left + width - style.rightPadding - stringWidth(cellval, style.fontname, style.fontsize)
        else:
            x = left + (width + style.leftPadding - style.rightPadding) * 0.5
            x -= stringWidth(cellval, style.fontname, style.fontsize) * 0.5
        if style.valign == "BOTTOM":
            y = bottom + style.bottomPadding + style.leading - style.fontsize
        elif style.valign == "TOP":
            y = bottom + height - style.topPadding - style.fontsize
        else:
            y = bottom + (style.bottomPadding + height - style.topPadding + style.leading) / 2.0 - style.fontsize
        canvas.addLiteral(text_operators(canvas, [Segment(cellval, style.fontname, None)], style.fontsize, x, y))
