"""How a new key is identified (did:web or did:key) and, under "Advanced", its algorithm.

Shared by the setup wizard and the Keys page's "New key" dialog. ES384 is the
default (the traceability profile's must); Ed25519 is there for partners who ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sello.core.errors import InputError
from sello.core.keys.profiles import normalize_domain
from sello.ui.keys.passphrase_fields import hint_note

ES384 = "ES384"
EDDSA = "EdDSA"


@dataclass(frozen=True)
class KeyOptions:
    alg: str  # "ES384" | "EdDSA"
    did_method: str  # "web" | "key"
    domain: str  # normalised; "" for did:key


def domain_problem(text: str) -> str | None:
    """None if ``text`` is a usable web domain; else why not (in English, for the log)."""
    if not text.strip():
        return "empty"
    try:
        normalize_domain(text)
    except InputError as exc:
        return str(exc)
    return None


class KeyOptionsWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, domain: str = "", algorithm: str = ES384) -> None:
        super().__init__(parent)
        self.identifier_box = QGroupBox()
        self.web_radio = QRadioButton()
        self.web_radio.setObjectName("didWebRadio")
        self.web_note = hint_note(QLabel())
        self.domain_caption = QLabel()
        self.domain_edit = QLineEdit(domain)
        self.domain_edit.setObjectName("domainEdit")
        self.domain_edit.setPlaceholderText("acerosdelnorte.mx")
        self.domain_caption.setBuddy(self.domain_edit)
        self.domain_error = QLabel()
        self.domain_error.setObjectName("warningText")
        self.domain_error.setWordWrap(True)
        self.key_radio = QRadioButton()
        self.key_radio.setObjectName("didKeyRadio")
        self.key_note = hint_note(QLabel())
        self.method_group = QButtonGroup(self)
        self.method_group.addButton(self.web_radio)
        self.method_group.addButton(self.key_radio)
        (self.web_radio if domain else self.key_radio).setChecked(True)

        domain_form = QFormLayout()
        domain_form.setContentsMargins(24, 0, 0, 0)
        domain_form.addRow(self.domain_caption, self.domain_edit)
        domain_form.addRow("", self.domain_error)
        identifier_layout = QVBoxLayout(self.identifier_box)
        identifier_layout.addWidget(self.web_radio)
        identifier_layout.addWidget(self._indented(self.web_note))
        identifier_layout.addLayout(domain_form)
        identifier_layout.addWidget(self.key_radio)
        identifier_layout.addWidget(self._indented(self.key_note))

        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("advancedButton")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.advanced_box = QGroupBox()
        self.es384_radio = QRadioButton()
        self.es384_radio.setObjectName("es384Radio")
        self.ed25519_radio = QRadioButton()
        self.ed25519_radio.setObjectName("ed25519Radio")
        self.algorithm_group = QButtonGroup(self)
        self.algorithm_group.addButton(self.es384_radio)
        self.algorithm_group.addButton(self.ed25519_radio)
        (self.ed25519_radio if algorithm == EDDSA else self.es384_radio).setChecked(True)
        self.algorithm_note = hint_note(QLabel())
        advanced_layout = QVBoxLayout(self.advanced_box)
        advanced_layout.addWidget(self.es384_radio)
        advanced_layout.addWidget(self.ed25519_radio)
        advanced_layout.addWidget(self.algorithm_note)
        self.advanced_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identifier_box)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_box)

        self.method_group.buttonToggled.connect(self._update)
        self.algorithm_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.domain_edit.textChanged.connect(self._update)
        self.retranslateUi()

    @staticmethod
    def _indented(label: QLabel) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(24, 0, 0, 4)
        box.addWidget(label)
        return holder

    # -- state ---------------------------------------------------------------------------
    def set_domain(self, domain: str) -> None:
        """Pre-fill the website domain (the company's): did:web when there is one, else did:key."""
        self.domain_edit.setText(domain)
        (self.web_radio if domain else self.key_radio).setChecked(True)

    def did_method(self) -> str:
        return "web" if self.web_radio.isChecked() else "key"

    def algorithm(self) -> str:
        return EDDSA if self.ed25519_radio.isChecked() else ES384

    def is_complete(self) -> bool:
        return self.did_method() == "key" or domain_problem(self.domain_edit.text()) is None

    def options(self) -> KeyOptions:
        """The choice; call only when `is_complete()`."""
        method = self.did_method()
        domain = normalize_domain(self.domain_edit.text()) if method == "web" else ""
        return KeyOptions(self.algorithm(), method, domain)

    # -- display -------------------------------------------------------------------------
    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update(self, *_args: object) -> None:
        web = self.did_method() == "web"
        self.domain_edit.setEnabled(web)
        self.domain_caption.setEnabled(web)
        text = self.domain_edit.text()
        problem = domain_problem(text) if web else None
        if problem is None or not text.strip():
            self.domain_error.setText(self.tr("Type your company's website domain.") if web and problem else "")
        else:
            self.domain_error.setText(self.tr("Type only the domain, like acerosdelnorte.mx (no https://, no page)."))
        self.domain_error.setVisible(bool(self.domain_error.text()))
        self.changed.emit()

    def retranslateUi(self) -> None:
        self.identifier_box.setTitle(self.tr("How verifiers find your key"))
        self.web_radio.setText(self.tr("On your website (did:web) \u2014 recommended"))
        self.web_note.setText(self.tr("Your company publishes its key on its website; U.S. CBP verifiers expect this."))
        self.domain_caption.setText(self.tr("&Website domain:"))
        self.key_radio.setText(self.tr("Inside the identifier (did:key)"))
        self.key_note.setText(
            self.tr(
                "No website needed; the key is inside the identifier. Fine to start; CBP-style verifiers "
                "expect did:web."
            )
        )
        self.advanced_button.setText(self.tr("&Advanced: signing algorithm"))
        self.advanced_box.setTitle(self.tr("Signing algorithm"))
        self.es384_radio.setText(self.tr("ES384 (P-384) \u2014 recommended, the one customs verifiers expect"))
        self.ed25519_radio.setText(self.tr("Ed25519 \u2014 only if a partner asks for it"))
        self.algorithm_note.setText(self.tr("A key keeps its algorithm for life."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
