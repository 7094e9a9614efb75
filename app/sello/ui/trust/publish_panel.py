"""Publishing: write the did:web kit (did.json, status lists, bilingual README) into a
folder, and check that the website serves what this computer has."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sello.core.keys.did import did_web_url
from sello.core.trust.publish import WebsiteDifference, check_website
from sello.core.trust.webresolve import iso, system_clock
from sello.ui import theme
from sello.ui.context import AppContext
from sello.ui.documents.notice import NoticeLabel
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task
from sello.ui.trust.actions import web_identifiers
from sello.ui.trust.publishing import publish_kit_interactively
from sello.ui.trust.website_check import WebsiteCheckView


def _note() -> QLabel:
    label = QLabel()
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


class PublishPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.fetcher_factory: Callable[[], Any] | None = None  # tests give an HttpsFetcher trusting their CA
        self._web_dids: list[str] = []
        self.explanation = _note()
        self.identifiers_caption = QLabel()
        self.identifiers_value = QLabel()
        self.identifiers_value.setWordWrap(True)
        self.identifiers_value.setTextFormat(Qt.TextFormat.RichText)
        self.identifiers_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.identifiers_value.setOpenExternalLinks(True)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self.publish)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.last_written = NoticeLabel()
        self.check_view = WebsiteCheckView()
        self.no_web_note = QLabel()
        self.no_web_note.setObjectName("warningText")
        self.no_web_note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.explanation)
        layout.addWidget(self.identifiers_caption)
        layout.addWidget(self.identifiers_value)
        layout.addWidget(self.no_web_note)
        layout.addLayout(buttons)
        layout.addWidget(self.last_written)
        layout.addWidget(self.check_view)
        layout.addStretch(1)
        self.retranslateUi()

    def refresh(self) -> None:
        self._web_dids = web_identifiers(self._context.db, self._context.profile_id)
        self.check_view.clear()
        self._show_identifiers()

    def _show_identifiers(self) -> None:
        has_web = bool(self._web_dids)
        self.publish_button.setEnabled(has_web)
        self.check_button.setEnabled(has_web)
        self.no_web_note.setVisible(not has_web)
        self.identifiers_caption.setVisible(has_web)
        self.identifiers_value.setVisible(has_web)
        lines = []
        for did in self._web_dids:
            url = did_web_url(did)
            link = f"<a href='{html.escape(url)}'>{html.escape(url)}</a>"
            lines.append(f"<b>{html.escape(did)}</b><br>" + self.tr("published at {url}").format(url=link))
        self.identifiers_value.setText("<br>".join(lines))

    # -- actions ---------------------------------------------------------------------------
    def publish(self) -> None:
        publish_kit_interactively(self, self._context, on_published=self._published)

    def _published(self, folder: Path, files: list[Path]) -> None:
        shown = [str(p.relative_to(folder)) for p in files]
        self.last_written.show_notice(
            lambda: self.tr("Written to {folder}: {files}").format(folder=folder, files=", ".join(shown))
        )

    def check(self) -> None:
        manager = self._context.key_manager
        if manager is None:
            return
        fetcher = self.fetcher_factory() if self.fetcher_factory is not None else None
        self.check_view.show_checking()
        self.check_button.setEnabled(False)
        run_task(self._check_now, manager, fetcher, on_done=self._checked, on_error=self._check_failed, context=self)

    def _check_now(self, manager: Any, fetcher: Any) -> tuple[list[WebsiteDifference], str]:
        now = system_clock()
        return check_website(self._context.db, manager.profile_id, manager, fetcher=fetcher, now=now), iso(now)

    def _checked(self, result: tuple[list[WebsiteDifference], str]) -> None:
        self.check_button.setEnabled(bool(self._web_dids))
        self.check_view.show_result(*result)

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(bool(self._web_dids))
        self.check_view.clear()
        error_handler(self)(exc)

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.explanation.setText(
            self.tr(
                "Verifiers find your public keys and your revocation status list on your website (did:web). "
                "Write the publishing kit into a folder and upload it to your website; do it again after you "
                "revoke a document or change your key. The kit includes instructions for your webmaster in "
                "Spanish and English."
            )
        )
        self.identifiers_caption.setText(self.tr("Your identifier:"))
        self.no_web_note.setText(
            self.tr(
                "This company has no did:web identifier, so there is nothing to publish on a website. Its documents "
                "verify on their own (did:key), and verifiers get its revocation status list in a trust bundle "
                "(Offline bundles tab). Customs verifiers expect did:web: create a did:web key on the Keys page."
            )
        )
        self.publish_button.setText(self.tr("&Write publishing kit\u2026"))
        self.check_button.setText(self.tr("&Check my website"))
        self._show_identifiers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
