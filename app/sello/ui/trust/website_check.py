"""What "Check my website" found: files that could not be downloaded (with the reason),
apart from real differences between the live files and this computer's, worded in the
UI language (by the difference's kind; the core's English sentence is the fallback and
the tooltip)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sello.core.trust.publish import WebsiteDifference
from sello.ui import i18n, theme

NOT_DOWNLOADED = {"unreachable", "unchecked"}  # the file did not arrive (or depends on one that did not)


class WebsiteDifferenceTexts(QObject):
    """One sentence per kind of difference (a QObject so that plural forms translate:
    pyside6-lupdate finds numerus only in ``self.tr``)."""

    def describe(self, difference: WebsiteDifference) -> str:
        p, kind = difference.params, difference.kind
        reason, key = p.get("reason", ""), p.get("key", "")
        count = int(p.get("count", "0") or 0)
        if kind == "unreachable":
            return self.tr("Could not be downloaded: {reason}").format(reason=self.download_reason(p))
        if kind == "invalid_did_document":
            return self.tr("Is not a valid DID document: {reason}").format(reason=reason)
        if kind == "unknown_key":
            return self.tr("Lists a key this computer does not have: {key}").format(key=key)
        if kind == "missing_key":
            return self.tr("Is missing the key {key}: upload the new did.json.").format(key=key)
        if kind == "different_key":
            return self.tr("Publishes a different public key under {key}.").format(key=key)
        if kind == "key_not_authorised":
            return self.tr("Does not authorise {key} to sign documents.").format(key=key)
        if kind == "unchecked":
            return self.tr("Cannot be checked until did.json is right.")
        if kind == "invalid_status_list":
            return self.tr("Is not a valid status list: {reason}").format(reason=reason)
        if kind == "size_mismatch":
            return self.tr("Has {live} entries; this computer's list has {ours}.").format(
                live=i18n.format_number(int(p.get("live", "0"))), ours=i18n.format_number(int(p.get("ours", "0")))
            )
        if kind == "revocations_not_published":
            return self.tr(
                "Is out of date: %n revocation(s) are not published yet. Upload the new status list.", "", count
            )
        if kind == "extra_revocations":
            return self.tr("Marks %n document(s) revoked that this computer does not.", "", count)
        return difference.problem  # a kind this UI does not know yet: the core's English sentence

    def download_reason(self, p: dict[str, str]) -> str:
        """Why a download failed, in the UI language (the core's English sentence otherwise)."""
        cause, status = p.get("cause", ""), p.get("status", "")
        if cause == "http" and status == "404":
            return self.tr("the website answered “not found” (HTTP 404): the file is not uploaded there yet.")
        if cause == "http":
            return self.tr("the website answered with an error (HTTP {status}).").format(status=status)
        if cause == "timeout":
            return self.tr("the website did not answer in time.")
        if cause == "network":
            return self.tr("no connection to the website ({reason})").format(reason=p.get("reason", ""))
        if cause == "certificate":
            return self.tr("the website's certificate could not be verified; Sello does not trust it.")
        return p.get("reason", "")


_texts: WebsiteDifferenceTexts | None = None


def describe_difference(difference: WebsiteDifference) -> str:
    """The difference in the UI language."""
    global _texts
    if _texts is None:
        _texts = WebsiteDifferenceTexts()
    return _texts.describe(difference)


class WebsiteCheckView(QFrame):
    """Nothing yet, "checking…", all good (green) or the differences (amber)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self._state: str = "idle"  # idle, checking, done
        self._differences: list[WebsiteDifference] = []
        self._checked_at = ""
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        self._show()

    @property
    def differences(self) -> list[WebsiteDifference]:
        return list(self._differences)

    def show_checking(self) -> None:
        self._state = "checking"
        self._show()

    def show_result(self, differences: Sequence[WebsiteDifference], checked_at: str) -> None:
        self._state = "done"
        self._differences = list(differences)
        self._checked_at = checked_at
        self._show()

    def clear(self) -> None:
        self._state = "idle"
        self._differences = []
        self._show()

    def _show(self) -> None:
        self.setVisible(self._state != "idle")
        if self._state == "checking":
            self.setStyleSheet("")
            self.headline.setText(self.tr("Checking your website\u2026"))
            self.body.setText("")
            self.body.setVisible(False)
            return
        if self._state != "done":
            return
        when = i18n.format_datetime(self._checked_at) if self._checked_at else ""
        self.setStyleSheet(theme.verdict_style_sheet("amber" if self._differences else "green"))
        if not self._differences:
            self.headline.setText(
                self.tr("Your website serves exactly what this computer has ({when}).").format(when=when)
            )
            self.body.setVisible(False)
            return
        # a file that could not be downloaded is not a difference: writing the kit again would not help
        missing = [d for d in self._differences if d.kind in NOT_DOWNLOADED]
        differing = [d for d in self._differences if d.kind not in NOT_DOWNLOADED]
        lines = []
        if missing:
            lines.append(
                self.tr(
                    "%n file(s) could not be downloaded from your website ({when}). Check that the publishing kit "
                    "is uploaded and that this computer is online, then check again.",
                    "",
                    len([d for d in missing if d.kind == "unreachable"]) or len(missing),
                ).format(when=when)
            )
        if differing:
            lines.append(
                self.tr(
                    "%n difference(s) found on your website ({when}). Write the publishing kit again and upload it.",
                    "",
                    len(differing),
                ).format(when=when)
            )
        self.headline.setText("\n".join(lines))
        items = "".join(
            f"<li><b>{html.escape(d.url)}</b><br>{html.escape(describe_difference(d))}</li>"
            for d in [*missing, *differing]
        )
        self.body.setText(f"<ul style='margin-left: -20px'>{items}</ul>")
        self.body.setToolTip("\n".join(str(d) for d in self._differences))
        self.body.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
