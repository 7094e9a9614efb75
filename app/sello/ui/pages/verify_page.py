"""The main window's Verify page: the verifier and its history, as in `sello verify-window`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sello.ui import theme
from sello.ui.context import AppContext
from sello.ui.verifier.history_page import HistoryPage
from sello.ui.verifier.verifier_view import VerifierView


class VerifyPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, online: bool = True, start_camera: bool = True
    ) -> None:
        super().__init__(parent)
        self.title_label = theme.page_title()
        self.view = VerifierView(context, online=online, start_camera=start_camera)
        self.history = HistoryPage(context.db)
        self.view.controller.history_changed.connect(self.history.refresh)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        self.retranslateUi()

    def page_shown(self) -> None:
        self.view.scan_field.setFocus()

    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Verify a document"))
        self.tabs.setTabText(0, self.tr("Verify"))
        self.tabs.setTabText(1, self.tr("History"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
