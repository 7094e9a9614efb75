"""Trust: how verifiers come to trust this company's documents, and whom this computer
trusts. Four tabs: publishing the did:web kit (and checking the website), trust lists
with their operators, trust lists this company operates, and offline bundles."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sello.ui import theme
from sello.ui.context import AppContext
from sello.ui.trust.bundle_panel import BundlePanel
from sello.ui.trust.operated_lists_panel import OperatedListsPanel
from sello.ui.trust.publish_panel import PublishPanel
from sello.ui.trust.trust_lists_panel import TrustListsPanel


class TrustPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.title_label = theme.page_title()
        self.intro_label = theme.page_intro()
        self.publish_panel = PublishPanel(context)
        self.lists_panel = TrustListsPanel(context)
        self.operated_panel = OperatedListsPanel(context)
        self.bundle_panel = BundlePanel(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel in (self.publish_panel, self.lists_panel, self.operated_panel, self.bundle_panel):
            self.tabs.addTab(panel, "")
        self.bundle_panel.bundle_imported.connect(lambda _report: self.lists_panel.refresh())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.tabs, 1)
        context.profile_changed.connect(lambda _profile: self.refresh_all())
        context.keys_changed.connect(self.refresh_all)
        self.retranslateUi()
        self.refresh_all()

    def page_shown(self) -> None:
        self.refresh_all()

    def refresh_all(self) -> None:
        self.publish_panel.refresh()
        self.lists_panel.refresh()
        self.operated_panel.refresh()
        self.bundle_panel.refresh()

    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Trust"))
        self.intro_label.setText(
            self.tr(
                "A signature proves a document is unaltered; trust says who signed it. Publish your keys so "
                "verifiers can check your documents, and choose whose trust lists this computer accepts."
            )
        )
        for index, text in enumerate(
            (self.tr("&Publishing"), self.tr("Trust &lists"), self.tr("Lists I &operate"), self.tr("Offline &bundles"))
        ):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
