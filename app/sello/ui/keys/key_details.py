"""The selected key in full: name, status, algorithm, identifier, fingerprint (grouped,
monospaced, with a copy button), creation date, where the private part is kept,
how many documents it signed and, for did:web, where to publish did.json."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sello.core.keys.did import did_web_url
from sello.core.keys.manager import KeyRecord
from sello.ui import i18n
from sello.ui.detail_panels import VerticalScrollArea
from sello.ui.keys.texts import (
    algorithm_name,
    identifier_kind,
    key_title,
    monospace_font,
    status_explanation,
    store_name,
)


def did_json_url(record: KeyRecord) -> str | None:
    """Where a did:web key's DID document is published."""
    return did_web_url(record.did) if record.did_method == "web" else None


class KeyDetailsPanel(QGroupBox):
    publish_requested = Signal()  # "Publish website kit…" for a did:web key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyDetails")
        self.record: KeyRecord | None = None
        self.signed_count = 0
        self.store_description = ""

        self.name_value = self._value()
        self.status_value = self._value()
        self.algorithm_value = self._value()
        self.identifier_value = QLineEdit()
        self.identifier_value.setObjectName("identifierValue")
        self.identifier_value.setReadOnly(True)
        self.identifier_kind = self._value()
        self.copy_identifier_button = QPushButton()
        self.copy_identifier_button.setObjectName("copyIdentifierButton")
        self.copy_identifier_button.clicked.connect(self.copy_identifier)
        self.fingerprint_value = self._value()
        self.fingerprint_value.setObjectName("fingerprintValue")
        self.fingerprint_value.setFont(monospace_font())
        self.copy_fingerprint_button = QPushButton()
        self.copy_fingerprint_button.setObjectName("copyFingerprintButton")
        self.copy_fingerprint_button.clicked.connect(self.copy_fingerprint)
        self.created_value = self._value()
        self.stored_value = self._value()
        self.signed_value = self._value()
        self.publish_value = self._value()
        self.publish_value.setObjectName("publishValue")
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishKitButton")
        self.publish_button.clicked.connect(self.publish_requested)
        publish_row = QVBoxLayout()  # (the address gets the whole width: fewer lines)
        publish_row.addWidget(self.publish_value)
        publish_row.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)

        identifier_row = QHBoxLayout()
        identifier_row.addWidget(self.identifier_value, 1)
        identifier_row.addWidget(self.copy_identifier_button)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_value, 1)
        fingerprint_row.addWidget(self.copy_fingerprint_button)

        self.captions: dict[str, QLabel] = {}
        fields = QWidget()
        fields.setObjectName("keyDetailsFields")
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        rows: list[tuple[str, QWidget | QHBoxLayout | QVBoxLayout]] = [
            ("name", self.name_value),
            ("status", self.status_value),
            ("algorithm", self.algorithm_value),
            ("identifier", identifier_row),
            ("kind", self.identifier_kind),
            ("fingerprint", fingerprint_row),
            ("created", self.created_value),
            ("stored", self.stored_value),
            ("signed", self.signed_value),
            ("publish", publish_row),
        ]
        for key, field in rows:
            caption = QLabel()
            self.captions[key] = caption
            form.addRow(caption, field)
        self._form = form
        # on a short window the panel scrolls instead of cutting the fingerprint's second line
        layout = QVBoxLayout(self)
        layout.addWidget(VerticalScrollArea(fields))
        self.retranslateUi()

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- content -------------------------------------------------------------------------
    def show_key(self, record: KeyRecord | None, *, signed_count: int = 0, store_description: str = "") -> None:
        self.record = record
        self.signed_count = signed_count
        self.store_description = store_description
        self._fill()

    def copy_fingerprint(self) -> None:
        if self.record is not None:
            QGuiApplication.clipboard().setText(self.record.id)

    def copy_identifier(self) -> None:
        if self.record is not None:
            QGuiApplication.clipboard().setText(self.record.did)

    def _fill(self) -> None:
        record = self.record
        self.setEnabled(record is not None)
        if record is None:
            for label in (
                self.name_value,
                self.status_value,
                self.algorithm_value,
                self.identifier_kind,
                self.fingerprint_value,
                self.created_value,
                self.stored_value,
                self.signed_value,
                self.publish_value,
            ):
                label.setText("")
            self.identifier_value.clear()
            return
        self.name_value.setText(key_title(record))
        self.status_value.setText(status_explanation(record))
        self.algorithm_value.setText(algorithm_name(record.alg))
        self.identifier_value.setText(record.did)
        self.identifier_value.setCursorPosition(0)
        self.identifier_kind.setText(identifier_kind(record))
        # two lines of groups, so the whole fingerprint reads at a glance
        groups = record.fingerprint_groups
        half = (len(groups) + 1) // 2
        self.fingerprint_value.setText(" ".join(groups[:half]) + "\n" + " ".join(groups[half:]))
        self.fingerprint_value.setAccessibleName(record.fingerprint)
        self.created_value.setText(i18n.format_datetime(record.created_at))
        stored = store_name(record.store)
        if record.deleted_at:
            stored = self.tr("Nowhere: the private part was deleted on {date}").format(
                date=i18n.format_date(record.deleted_at)
            )
        elif self.store_description and record.store in ("keyring", "file"):
            stored = f"{stored} \u2014 {self.store_description}"
        self.stored_value.setText(stored)
        self.signed_value.setText(self.tr("%n document(s)", "", self.signed_count))
        url = did_json_url(record)
        self.publish_value.setText(self.tr("Publish did.json at {url}").format(url=url) if url else "")
        self._form.setRowVisible(self.captions["publish"], url is not None)
        self.publish_value.setVisible(url is not None)
        self.publish_button.setVisible(url is not None)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Selected key"))
        captions = {
            "name": self.tr("Name:"),
            "status": self.tr("Status:"),
            "algorithm": self.tr("Algorithm:"),
            "identifier": self.tr("Identifier:"),
            "kind": "",
            "fingerprint": self.tr("Fingerprint:"),
            "created": self.tr("Created:"),
            "stored": self.tr("Private key kept in:"),
            "signed": self.tr("Signed:"),
            "publish": self.tr("Website:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.copy_identifier_button.setText(self.tr("Copy"))
        self.copy_identifier_button.setToolTip(self.tr("Copy the identifier (DID)"))
        self.copy_fingerprint_button.setText(self.tr("Copy"))
        self.copy_fingerprint_button.setToolTip(self.tr("Copy the fingerprint"))
        self.publish_button.setText(self.tr("Publish website kit…"))
        self.publish_button.setToolTip(
            self.tr("Write did.json and the revocation list into a folder to upload to the company website")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
