"""The list on the left of the main window: one entry per page, with its icon."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from sello.ui import theme
from sello.ui.pages import PageSpec

KEY_ROLE = Qt.ItemDataRole.UserRole


class NavigationList(QListWidget):
    page_requested = Signal(str)  # PageSpec.key

    def __init__(self, pages: tuple[PageSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.setObjectName("navigation")
        self.setIconSize(theme.NAV_ICON_SIZE)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        for spec in pages:
            item = QListWidgetItem(theme.nav_icon(spec.icon), "")
            item.setData(KEY_ROLE, spec.key)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.retranslateUi()

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                self.setCurrentRow(row)
                return
        raise KeyError(key)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.count():
            self.page_requested.emit(self.item(row).data(KEY_ROLE))

    def retranslateUi(self) -> None:
        for row, spec in enumerate(self._pages):
            title = spec.translated_title()
            item = self.item(row)
            item.setText(title)
            item.setToolTip(title)
        self._fit_width()

    def _fit_width(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(r).text()) for r in range(self.count())), default=0)
        # icon + gap + text + item padding (2 x 10) + list padding (2 x 6) + slack for bold/hover
        self.setFixedWidth(max(170, theme.NAV_ICON_SIZE.width() + 10 + widest + 20 + 12 + 32))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
