"""A grid of fields that takes as many columns as fit the width it is given.

    grid = ReflowGridLayout(max_columns=3, min_column_width=180)
    grid.addWidget(number_row); grid.addWidget(remarks_row, full_row=True)

Fields fill the columns left to right, line by line; a full-row field (a multi-line
text) starts a line of its own and takes all of it. With less width there are fewer
columns (down to one), never a row wider than the window: a form needs no sideways
scrolling on a laptop. Each line is as tall as its tallest field at the width that
field gets (a help text or an error under a narrow field wraps and is shown whole),
so the layout reports its height for a width (`heightForWidth`) like a wrapped label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


@dataclass
class _Cell:
    item: QLayoutItem
    full_row: bool


class ReflowGridLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        max_columns: int,
        min_column_width: int,
        horizontal_spacing: int = 16,
        vertical_spacing: int = 8,
    ) -> None:
        super().__init__(parent)
        self.max_columns = max(1, max_columns)
        self.min_column_width = min_column_width
        self.horizontal_spacing = horizontal_spacing
        self.vertical_spacing = vertical_spacing
        self._cells: list[_Cell] = []
        self._heights: dict[int, int] = {}  # width -> height, until the layout is invalidated
        self.setContentsMargins(0, 0, 0, 0)

    # -- filling -----------------------------------------------------------------------------
    def addWidget(self, widget: QWidget, *, full_row: bool = False) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self._cells.append(_Cell(QWidgetItem(widget), full_row))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._cells.append(_Cell(item, False))
        self.invalidate()

    def count(self) -> int:
        return len(self._cells)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._cells[index].item if 0 <= index < len(self._cells) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._cells):
            return None
        cell = self._cells.pop(index)
        self.invalidate()
        return cell.item

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    # -- how many columns ----------------------------------------------------------------------
    def _shown(self) -> list[_Cell]:
        return [cell for cell in self._cells if not cell.item.isEmpty()]

    def column_width_needed(self) -> int:
        """The narrowest a column may be: the given minimum, or the widest field's own minimum."""
        widths = [cell.item.minimumSize().width() for cell in self._shown()]
        return max([self.min_column_width, *widths])

    def columns_for(self, width: int) -> int:
        """How many columns fit ``width`` (the layout's inner width, margins excluded)."""
        column = self.column_width_needed()
        fits = (width + self.horizontal_spacing) // (column + self.horizontal_spacing)
        return max(1, min(self.max_columns, fits))

    # -- placing -------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the fields in ``rect`` (or only measure); returns the height used."""
        margins: QMargins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        width = max(inner.width(), 1)
        columns = self.columns_for(width)
        spacing = self.horizontal_spacing
        cell_width = max((width - spacing * (columns - 1)) // columns, 1)
        lines: list[list[tuple[_Cell, int, int]]] = []  # per line: (cell, column, width)
        column = columns  # (start a new line with the first field)
        for cell in self._shown():
            if cell.full_row or column >= columns:
                lines.append([])
                column = 0
            if cell.full_row:
                lines[-1].append((cell, 0, width))
                column = columns
            else:
                lines[-1].append((cell, column, cell_width))
                column += 1
        y = inner.top()
        for index, line in enumerate(lines):
            heights = [self._item_height(cell.item, w) for cell, _c, w in line]
            if apply:
                for (cell, col, w), h in zip(line, heights, strict=False):
                    x = inner.left() + col * (cell_width + spacing)
                    cell.item.setGeometry(QRect(x, y, w, h))
            y += max(heights)
            if index < len(lines) - 1:
                y += self.vertical_spacing
        return y - inner.top() + margins.top() + margins.bottom()

    @staticmethod
    def _item_height(item: QLayoutItem, width: int) -> int:
        height = item.heightForWidth(width) if item.hasHeightForWidth() else -1
        if height < 0:
            height = item.sizeHint().height()
        return max(height, item.minimumSize().height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- sizes ---------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        shown = self._shown()
        height = max((cell.item.minimumSize().height() for cell in shown), default=0)
        return QSize(
            self.column_width_needed() + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        shown = self._shown()
        column = max([self.column_width_needed(), *(c.item.sizeHint().width() for c in shown if not c.full_row)])
        columns = min(self.max_columns, max(1, len(shown)))
        width = column * columns + self.horizontal_spacing * (columns - 1) + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))
