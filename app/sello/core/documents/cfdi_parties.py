"""The parties, Incoterm and notes of an export CFDI as form fields (shared by the form builders)."""

from __future__ import annotations

from typing import Any

from sello.core.documents import refdata
from sello.core.documents.cfdi_lines import Notes, compact
from sello.core.documents.cfdi_places import Address
from sello.core.documents.cfdi_records import ExportInvoice, Party
from sello.core.documents.cfdi_xml import Message, show
from sello.core.documents.validation import format_hs

_INCOTERM_SUCCESSORS = {"DAT": "DPU"}


def party_fields(party: Party, who: Message, notes: Notes) -> dict[str, Any]:
    address = party.address or Address()
    if party.address is None:
        notes.add(
            f"{who['es']}: el CFDI no trae su domicilio; escríbalo.",
            f"{who['en']}: the CFDI has no address for it; enter it.",
        )
    elif address.city_keys:
        notes.add(
            f"{who['es']}: el CFDI da la ciudad solo con claves del catálogo del SAT "
            f"({address.city_keys}); escriba la ciudad.",
            f"{who['en']}: the CFDI gives the city only as SAT catalogue keys ({address.city_keys}); enter the city.",
        )
    if address.sat_country and address.country is None:
        notes.add(
            f"{who['es']}: el país «{show(address.sat_country)}» no es un código ISO conocido; elija el país.",
            f"{who['en']}: country “{show(address.sat_country)}” is not a known ISO code; choose the country.",
        )
    return compact(
        {
            "name": party.name,
            "tax_id": party.tax_id,
            "street": address.street,
            "city": address.city,
            "region": address.region,
            "postal_code": address.postal_code,
            "country": address.country or party.residence,
        }
    )


SELLER = {"es": "Vendedor", "en": "Seller"}
BUYER = {"es": "Comprador", "en": "Buyer"}
CONSIGNEE = {"es": "Consignatario", "en": "Consignee"}


def consignee_of(inv: ExportInvoice, notes: Notes) -> Party | None:
    if len(inv.destinatarios) > 1:
        notes.add(
            f"El CFDI tiene {len(inv.destinatarios)} destinatarios; se usó el primero.",
            f"The CFDI has {len(inv.destinatarios)} Destinatario nodes; the first was used.",
        )
    return inv.destinatarios[0] if inv.destinatarios else None


def incoterm_of(inv: ExportInvoice, notes: Notes) -> str | None:
    code = inv.incoterm
    if code is None or refdata.is_incoterm(code):
        return code
    successor = _INCOTERM_SUCCESSORS.get(code)
    if successor:
        notes.add(
            f"El Incoterm {code} ya no existe en Incoterms 2020; se usó {successor}.",
            f"Incoterm {code} is not in Incoterms 2020; {successor} was used instead.",
        )
        return successor
    notes.add(
        f"El Incoterm «{show(code)}» no es un Incoterm 2020; elija uno.",
        f"Incoterm “{show(code)}” is not an Incoterm 2020; choose one.",
    )
    return None


def tariff_note(inv: ExportInvoice, notes: Notes) -> None:
    shown = "; ".join(dict.fromkeys(f"{m.display()} → {format_hs(m.hs6)}" for m in inv.mercancias))
    notes.add(
        f"Los códigos HS son los primeros 6 dígitos de cada fracción arancelaria mexicana "
        f"(TIGIE): {shown}. La fracción de EE. UU. (HTS) puede precisarlos.",
        f"HS codes are the first 6 digits of each Mexican tariff fraction (TIGIE): {shown}. "
        "The US HTS code may refine them.",
    )


def number_note(inv: ExportInvoice, notes: Notes) -> str | None:
    number = inv.number
    if number is None:
        notes.add(
            f"El CFDI no tiene Serie ni Folio; escriba el número de factura (folio fiscal "
            f"{inv.uuid or 'desconocido'}).",
            f"The CFDI has no Serie or Folio; enter the invoice number (fiscal folio {inv.uuid or 'unknown'}).",
        )
    return number


def destination_of(consignee: Party | None, buyer: Party, notes: Notes) -> str | None:
    """The country the goods go to: the consignee's, else the buyer's."""
    for party, es, en in ((consignee, "del consignatario", "consignee's"), (buyer, "del comprador", "buyer's")):
        if party is not None and party.address is not None and party.address.country:
            country = party.address.country
            notes.add(
                f"País de destino tomado del domicilio {es} ({country}).",
                f"Country of destination taken from the {en} address ({country}).",
            )
            return country
    if buyer.residence:
        notes.add(
            f"País de destino tomado de la ResidenciaFiscal del comprador ({buyer.residence}).",
            f"Country of destination taken from the buyer's ResidenciaFiscal ({buyer.residence}).",
        )
    return buyer.residence
