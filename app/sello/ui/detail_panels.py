"""Panels that fit a laptop window: shown whole when there is room, scrolled up and
down when there is not -- never squeezed (a wrapped value losing its second line) and
never sideways.

    fields = VerticalScrollArea(fields_widget)       # a form, a group box's fields, a column
    splitter = DetailsSplitter(); splitter.addWidget(table); splitter.addWidget(details)

`VerticalScrollArea`: the content is as wide as the area, and the area is never narrower
than the content's minimum (its longest unbreakable word), so nothing is cut at the
right edge; its size hint is the content's height at the width it has.

`DetailsSplitter`: a list above, the selected item's details below. The details get
the height they ask for and the list the rest (but never less than its minimum height),
until the user drags the handle; from then on their choice is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTableView, QWidget

MIN_VISIBLE_LINES = 3  # the least a squeezed panel still shows before it scrolls
MAX_HINT_LINES = 32  # the most it asks for (a long form asks for this much and scrolls)


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{content.objectName() or 'panel'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # the panel keeps the look of what it sits in (a group box, a page)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # the content's size changed: so does what this area asks for, and (a wrapped line
            # more or less) the content's height, which QScrollArea sets only when told to
            self.updateGeometry()
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped values take fewer lines when wider: ask for less height

    def _chrome_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * MIN_VISIBLE_LINES
        return QSize(content.minimumSizeHint().width() + self._chrome_width(), min(lines, content.sizeHint().height()))

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized)  # (else its width means nothing yet)
        width = self.viewport().width() if laid_out else hint.width()
        height = hint.height()
        if content.hasHeightForWidth():
            height = content.heightForWidth(max(width, content.minimumSizeHint().width()))
        height = min(height, self.fontMetrics().lineSpacing() * MAX_HINT_LINES)  # (as QScrollArea's hint)
        return QSize(hint.width() + self._chrome_width(), height + 2 * self.frameWidth())


class DetailsSplitter(QSplitter):
    """Two panes, one above the other: the list (index 0) and the details (index 1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 1)
        self.user_sized = False
        self.splitterMoved.connect(self._moved_by_user)

    def _moved_by_user(self, _position: int, _index: int) -> None:
        self.user_sized = True

    def fit_details(self) -> None:
        """Give the details the height they need (the list keeps at least its minimum)."""
        if self.user_sized or self.count() < 2:
            return
        total = sum(self.sizes())
        if total <= 0:
            return
        main, details = self.widget(0), self.widget(1)
        main_minimum = max(main.minimumHeight(), main.minimumSizeHint().height())
        details_minimum = max(details.minimumHeight(), details.minimumSizeHint().height())
        wanted = min(details.sizeHint().height(), total - main_minimum)
        height = max(wanted, details_minimum)
        if self.sizes()[1] != height:
            self.setSizes([total - height, height])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_details()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a pane's size hint changed (other details shown)
            self.fit_details()
        return handled


def visible_rows_height(table: QTableView, rows: int) -> int:
    """The height a table needs to show its header and ``rows`` rows."""
    header = table.horizontalHeader()
    header_height = header.sizeHint().height() if not header.isHidden() else 0
    return header_height + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
