"""Settings → Company: the active company's legal name, RFC, address, website domain and
(optional) logo, editable after setup. Saving goes through `sello.core.keys.profiles.update_profile`
(audited with the values before and after); documents already issued keep what they
were signed with: their credential and their PDF are not touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from sello.core.documents import refdata
from sello.core.errors import InputError
from sello.core.keys.profiles import Profile, address_part, normalize_domain, normalize_rfc, update_profile
from sello.ui import i18n
from sello.ui.context import AppContext
from sello.ui.errors import error_handler
from sello.ui.pages.company_logo import CompanyLogoRow
from sello.ui.tasks import run_task, serial_pool

HOME_COUNTRY = "MX"
ADDRESS_PARTS = ("street", "city", "region", "postal_code")  # the country has its own list
SCHEMA_NAMES = {
    "street": "streetAddress",
    "city": "addressLocality",
    "region": "addressRegion",
    "postal_code": "postalCode",
    "country": "addressCountry",
}


def _problem(check: Any, text: str) -> bool:
    try:
        check(text)
    except InputError:
        return True
    return False


class CompanyBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyBox")
        self._context = context
        self._shown: dict[str, str] = {}
        self._just_saved = False
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("companyNameEdit")
        self.rfc_edit = QLineEdit()
        self.rfc_edit.setObjectName("companyRfcEdit")
        self.part_edits = {part: QLineEdit() for part in ADDRESS_PARTS}
        self.country_combo = QComboBox()
        self.domain_edit = QLineEdit()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("warningText")
        self.problem_label.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("pageIntro")
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCompanyButton")
        self.save_button.clicked.connect(self.save)
        self.logo = CompanyLogoRow(context)

        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        rows: list[tuple[str, QWidget]] = [
            ("name", self.name_edit),
            ("rfc", self.rfc_edit),
            *[(part, edit) for part, edit in self.part_edits.items()],
            ("country", self.country_combo),
            ("domain", self.domain_edit),
        ]
        for key, widget in rows:
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = caption
            form.addRow(caption, widget)
        self.captions["logo"] = QLabel()
        form.addRow(self.captions["logo"], self.logo)
        form.addRow(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.note)
        for edit in (self.name_edit, self.rfc_edit, self.domain_edit, *self.part_edits.values()):
            edit.textChanged.connect(self._update)
        self.country_combo.currentIndexChanged.connect(self._update)
        context.profile_changed.connect(lambda _id: self.load())
        self.retranslateUi()
        self.load()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        profile: Profile | None = self._context.active_profile()
        self.setEnabled(profile is not None)
        values = self._profile_values(profile)
        self._shown = dict(values)
        for widget in (self.name_edit, self.rfc_edit, self.domain_edit, *self.part_edits.values()):
            widget.blockSignals(True)
        self.name_edit.setText(values["name"])
        self.rfc_edit.setText(values["rfc"])
        self.domain_edit.setText(values["domain"])
        for part, edit in self.part_edits.items():
            edit.setText(values[part])
        for widget in (self.name_edit, self.rfc_edit, self.domain_edit, *self.part_edits.values()):
            widget.blockSignals(False)
        self._fill_countries(values["country"])
        self.logo.show_logo()
        self._update()

    @staticmethod
    def _profile_values(profile: Profile | None) -> dict[str, str]:
        if profile is None:
            return {key: "" for key in ("name", "rfc", "domain", "country", *ADDRESS_PARTS)}
        values = {part: address_part(profile.address, part) for part in (*ADDRESS_PARTS, "country")}
        return {"name": profile.legal_name, "rfc": profile.rfc, "domain": profile.web_domain, **values}

    def values(self) -> dict[str, str]:
        out = {
            "name": " ".join(self.name_edit.text().split()),
            "rfc": self.rfc_edit.text().strip().upper(),
            "domain": self.domain_edit.text().strip(),
            "country": self.country_combo.currentData() or "",
        }
        out.update({part: edit.text().strip() for part, edit in self.part_edits.items()})
        return out

    def problems(self) -> list[str]:
        values = self.values()
        found = []
        if not values["name"]:
            found.append(self.tr("The legal name is required."))
        if values["rfc"] and _problem(normalize_rfc, values["rfc"]):
            found.append(self.tr("This is not a valid RFC (12 characters for a company, like ADN980312AB1)."))
        if not values["rfc"] and values["country"] == HOME_COUNTRY:
            found.append(self.tr("A company in Mexico needs its RFC."))
        if values["domain"] and _problem(normalize_domain, values["domain"]):
            found.append(self.tr("Type only the domain, like acerosdelnorte.mx (no https://, no page)."))
        return found

    def save(self) -> None:
        profile = self._context.active_profile()
        if profile is None or self.problems() or self.values() == self._shown:
            return
        values = self.values()
        address = {SCHEMA_NAMES[part]: values[part] for part in (*ADDRESS_PARTS, "country") if values[part]}
        self.save_button.setEnabled(False)
        db, profile_id = self._context.db, profile.id

        def write() -> Profile:
            return update_profile(
                db,
                profile_id,
                legal_name=values["name"],
                rfc=values["rfc"],
                address=address,
                web_domain=values["domain"],
            )

        run_task(
            write,
            on_done=self._saved,
            on_error=self._failed,
            pool=serial_pool(),
            context=self,
        )

    def _saved(self, _profile: Profile) -> None:
        self._context.refresh_profiles()  # the window title, the pages, and this box reload
        self._just_saved = True
        self._show_status()
        self.saved.emit()

    def _show_status(self) -> None:
        saved = self.tr("Saved. New documents use these details; issued ones keep theirs.")
        self.status.setText(saved if self._just_saved else "")

    def _failed(self, exc: BaseException) -> None:
        self._update()
        error_handler(self)(exc)

    # -- display -------------------------------------------------------------------------------
    def _update(self, *_args: object) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        changed = self.values() != self._shown
        self.save_button.setEnabled(changed and not problems)
        if changed:
            self._just_saved = False
        self._show_status()

    def _fill_countries(self, chosen: str) -> None:
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        for code, name in refdata.countries(i18n.manager().language or "en"):
            self.country_combo.addItem(name, code)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(chosen or HOME_COUNTRY)))
        self.country_combo.blockSignals(False)
        if not self._shown.get("country"):
            self._shown["country"] = self.country_combo.currentData() or ""

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Company"))
        captions = {
            "name": self.tr("Legal name *:"),
            "rfc": self.tr("RFC:"),
            "street": self.tr("Street and number:"),
            "city": self.tr("City:"),
            "region": self.tr("State:"),
            "postal_code": self.tr("Postal code:"),
            "country": self.tr("Country:"),
            "domain": self.tr("Website domain:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.save_button.setText(self.tr("Save company details"))
        self.captions["logo"].setText(self.tr("Logo (optional):"))
        self.note.setText(
            self.tr(
                "The issuer block of every new document prints these details. Documents already issued keep "
                "the details they were signed with. Keys already made for a website keep its domain in their "
                "identifier: after changing the domain, make a new key on the Keys page."
            )
        )
        if self._shown:
            self._fill_countries(self.country_combo.currentData() or self._shown.get("country", ""))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
