"""`Table`, measured once per width.

platypus asks a table for its size more than once at the same width: a `KeepTogether`
measures its content with the whole page as height, the frame then measures it again with
the room left, and a table nested in a cell is measured each time its parent is (a mill
test report: 24 measurements of 13 tables, 11 of them repeats). reportlab redoes the whole
layout each time (issue 19: a tenth of the render). A measurement that laid out every row
(its height fits the height it was given) holds for any later call at the same width whose
height also fits it, so `Table.wrap` returns it again; anything else is measured afresh.
"""

from __future__ import annotations

from reportlab.platypus import Table as _ReportlabTable


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
