"""Temporary pages that say what will come there. Each is replaced by pointing its
`PageSpec.factory` (in `sello.ui.pages`) at the real page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sello.ui import theme
from sello.ui.context import AppContext

CONTEXT = "PlaceholderPage"  # (lupdate needs the literal in each translate call)


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_source = title
        self._description_source = description
        self.title_label = theme.page_title()
        self.description_label = theme.page_intro()
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coming_label = QLabel()
        self.coming_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.coming_label)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title_label.setText(QCoreApplication.translate(CONTEXT, self._title_source))
        self.description_label.setText(QCoreApplication.translate(CONTEXT, self._description_source))
        self.coming_label.setText(
            QCoreApplication.translate(
                "PlaceholderPage", "This page is being built; it comes in the next version of Sello."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def shipments_placeholder(context: AppContext, parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Shipments"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Here you will create a shipment and fill in its documents: Mill Test Report, "
            "Commercial Invoice, USMCA Certification of Origin, Packing List and Bill of "
            "Lading. Then you issue them, signed, and print them with their QR code.",
        ),
        parent,
    )


def documents_placeholder(context: AppContext, parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Documents"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Here you will find every document you have issued: print it again, issue a "
            "corrected version, or revoke it so that verifiers reject it.",
        ),
        parent,
    )


def keys_placeholder(context: AppContext, parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Keys"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Here you will create your company's signing key, see its fingerprint, keep an "
            "encrypted backup of it and replace it when needed.",
        ),
        parent,
    )


def verify_placeholder(context: AppContext, parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Verify"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Here you will check a printed document: scan its QR code with a webcam or a "
            "scanner, or open an image or a PDF, and see at once whether it is genuine, "
            "unaltered and still valid.",
        ),
        parent,
    )
