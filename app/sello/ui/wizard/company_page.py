"""Step 2: the company's legal identity: legal name, RFC, address and website domain.

The RFC is checked as it is typed (shape and date, `sello.core.keys.profiles.normalize_rfc`);
it is required for a company in Mexico. The address uses schema.org PostalAddress
field names, as the documents do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from sello.core.documents import refdata
from sello.core.errors import InputError
from sello.core.keys.profiles import normalize_rfc
from sello.ui import i18n
from sello.ui.keys.key_options import domain_problem
from sello.ui.keys.passphrase_fields import hint_note
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices

HOME_COUNTRY = "MX"
ADDRESS_FIELDS = ("streetAddress", "addressLocality", "addressRegion", "postalCode")


def rfc_is_valid(text: str) -> bool:
    try:
        normalize_rfc(text)
    except InputError:
        return False
    return True


class CompanyPage(SetupPage):
    step_id = flow.COMPANY

    def __init__(self, choices: SetupChoices, parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("legalNameEdit")
        self.name_edit.setMaxLength(200)
        self.rfc_edit = QLineEdit()
        self.rfc_edit.setObjectName("rfcEdit")
        self.rfc_edit.setMaxLength(16)
        self.rfc_edit.setPlaceholderText("ADN980312AB1")
        self.rfc_error = QLabel()
        self.rfc_error.setObjectName("warningText")
        self.rfc_error.setWordWrap(True)
        self.address_edits = {name: QLineEdit() for name in ADDRESS_FIELDS}
        for name, edit in self.address_edits.items():
            edit.setObjectName(f"{name}Edit")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        self.domain_edit = QLineEdit()
        self.domain_edit.setObjectName("companyDomainEdit")
        self.domain_edit.setPlaceholderText("acerosdelnorte.mx")
        self.domain_error = QLabel()
        self.domain_error.setObjectName("warningText")
        self.domain_error.setWordWrap(True)
        self.domain_note = hint_note(QLabel())

        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        rows: list[tuple[str, QWidget]] = [
            ("name", self.name_edit),
            ("rfc", self.rfc_edit),
            ("rfc_error", self.rfc_error),
            *[(name, edit) for name, edit in self.address_edits.items()],
            ("country", self.country_combo),
            ("domain", self.domain_edit),
            ("domain_error", self.domain_error),
            ("domain_note", self.domain_note),
        ]
        for key, widget in rows:
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = caption
            form.addRow(caption, widget)

        for edit in (self.name_edit, self.rfc_edit, self.domain_edit):
            edit.textChanged.connect(self._update)
        self.country_combo.currentIndexChanged.connect(self._update)
        self.retranslateUi()

    # -- QWizardPage ---------------------------------------------------------------------
    def country(self) -> str:
        return self.country_combo.currentData() or HOME_COUNTRY

    def rfc_required(self) -> bool:
        return self.country() == HOME_COUNTRY

    def _rfc_ok(self) -> bool:
        text = self.rfc_edit.text().strip()
        return rfc_is_valid(text) if text else not self.rfc_required()

    def _domain_ok(self) -> bool:
        return not self.domain_edit.text().strip() or domain_problem(self.domain_edit.text()) is None

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip()) and self._rfc_ok() and self._domain_ok()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        choices = self.choices
        choices.legal_name = " ".join(self.name_edit.text().split())
        choices.rfc = normalize_rfc(self.rfc_edit.text())
        address = {name: edit.text().strip() for name, edit in self.address_edits.items() if edit.text().strip()}
        choices.address = {**address, "addressCountry": self.country()}
        domain = self.domain_edit.text().strip()
        choices.web_domain = domain.lower().removeprefix("https://").removeprefix("http://").rstrip("/")
        return True

    # -- display -------------------------------------------------------------------------
    def _update(self, *_args: object) -> None:
        rfc = self.rfc_edit.text().strip()
        if rfc and not rfc_is_valid(rfc):
            self.rfc_error.setText(
                self.tr(
                    "An RFC has 12 characters for a company: 3 letters, the date of incorporation as YYMMDD and "
                    "a 3-character homoclave, like ADN980312AB1."
                )
            )
        else:
            self.rfc_error.setText("")
        self.rfc_error.setVisible(bool(self.rfc_error.text()))
        self.captions["rfc_error"].setVisible(bool(self.rfc_error.text()))
        self.captions["rfc"].setText(self.tr("&RFC *:") if self.rfc_required() else self.tr("&RFC:"))
        domain_bad = not self._domain_ok()
        self.domain_error.setText(
            self.tr("Type only the domain, like acerosdelnorte.mx (no https://, no page).") if domain_bad else ""
        )
        self.domain_error.setVisible(domain_bad)
        self.captions["domain_error"].setVisible(domain_bad)
        self.completeChanged.emit()

    def _fill_countries(self) -> None:
        chosen = self.country_combo.currentData() or HOME_COUNTRY
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        for code, name in refdata.countries(i18n.manager().language or "en"):
            self.country_combo.addItem(name, code)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(chosen)))
        self.country_combo.blockSignals(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your company"))
        self.setSubTitle(self.tr("As it appears on your invoices. Fields marked * are required."))
        captions = {
            "name": self.tr("&Legal name *:"),
            "rfc_error": "",
            "streetAddress": self.tr("&Street and number:"),
            "addressLocality": self.tr("&City:"),
            "addressRegion": self.tr("S&tate:"),
            "postalCode": self.tr("&Postal code:"),
            "country": self.tr("C&ountry:"),
            "domain": self.tr("&Website domain:"),
            "domain_error": "",
            "domain_note": "",
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.name_edit.setPlaceholderText(self.tr("Aceros del Norte, S.A. de C.V."))
        self.domain_note.setText(self.tr("Only if your company has a website. You can leave it empty."))
        self._fill_countries()
        self._update()
