""" "Trust → Trust an operator from a file…": pin a trust-list operator on an offline desk.

The operator hands over its DID document (a USB stick, an e-mail) and reads its short
fingerprint by phone; the officer sees the file's fingerprint in groups and confirms only
when every group matches (Kleopatra's certification dialog does the same). The operator
is then trusted with that document pinned, and its bundles can be imported.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sello.core.errors import UserFacingError
from sello.core.trust.pinning import operator_fingerprint, pin_operator_from_document, read_did_document
from sello.ui import dialogs
from sello.ui.errors import error_handler, report_error
from sello.ui.tasks import run_task, serial_pool


def operator_name(did: str) -> str:
    """What the trusted-operators list shows for an operator pinned from a file."""
    if did.startswith("did:web:"):
        return urllib.parse.unquote(did.split(":")[2])
    return did[:48] + ("…" if len(did) > 48 else "")


class OperatorPinning(QObject):
    pinned = Signal(str)  # the operator's DID

    def __init__(self, db: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent

    def start(self) -> None:
        dialogs.choose_open_file(
            self._parent,
            title=self.tr("The operator's DID document"),
            name_filters=[self.tr("DID documents (*.json)"), self.tr("All files (*)")],
            on_chosen=self._chosen,
        )

    def _chosen(self, path: Path) -> None:

        try:
            document = read_did_document(path)
        except UserFacingError as exc:
            report_error(exc, self._parent)
            return
        did, fingerprint = str(document["id"]), operator_fingerprint(document)
        dialogs.confirm(
            self._parent,
            title=self.tr("Trust this operator?"),
            message=self.tr(
                "Ask the operator to read its fingerprint to you by phone and compare it group by group:\n\n"
                "{fingerprint}\n\nTrust {did} only if every group matches."
            ).format(fingerprint=fingerprint, did=did),
            verb=self.tr("They match: trust it"),
            on_confirmed=lambda: self._pin(document, fingerprint),
        )

    def _pin(self, document: dict[str, Any], fingerprint: str) -> None:

        db, did = self._db, str(document["id"])
        run_task(
            pin_operator_from_document,
            db,
            document,
            operator_name(did),
            fingerprint,
            on_done=lambda _operator: self.pinned.emit(did),
            on_error=error_handler(self._parent),
            pool=serial_pool(),
            context=self,
        )
