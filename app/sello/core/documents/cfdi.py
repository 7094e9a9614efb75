"""Prefill Sello's forms from a Mexican export invoice (CFDI 4.0 with the Comercio
Exterior complement): a commercial invoice, a packing list or a USMCA certification; and
the bill of lading from a CFDI with the Carta Porte 3.1 complement (``cartaporte``).

``import_cfdi`` reads the XML with ``sello.core.documents.cfdi_reader`` and maps SAT's terms to the
document types' fields, converting codes (c_Pais alpha-3 to alpha-2, c_ClaveUnidad and
c_UnidadAduana to UN/CEFACT units, TIGIE fractions to HS subheadings) and noting every
conversion, assumption and field left to fill. The mapping table is docs/cfdi-import.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sello.core.documents.cartaporte import bill_of_lading_from_trip
from sello.core.documents.cartaporte_reader import read_carta_porte
from sello.core.documents.cfdi_forms import BUILDERS
from sello.core.documents.cfdi_lines import Notes
from sello.core.documents.cfdi_reader import read_cfdi
from sello.core.documents.cfdi_records import ExportInvoice
from sello.core.documents.cfdi_xml import MAX_BYTES, MAX_DEPTH, CfdiError, Message, show, too_large
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.validation import format_hs

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "SUPPORTED_DOCTYPES",
    "CfdiError",
    "CfdiImport",
    "ExportInvoice",
    "import_cfdi",
    "import_cfdi_file",
    "read_cfdi",
]

SUPPORTED_DOCTYPES = ("commercial-invoice", "packing-list", "usmca-certification", "bill-of-lading")


@dataclass(frozen=True)
class CfdiImport:
    """Form data for ``doctype`` holding only what the CFDI provides; ``notes`` says what was
    converted or assumed and what is left to fill ({"es", "en"} each); ``source`` identifies
    the CFDI (uuid, serie, folio, fecha, ...)."""

    doctype: str
    data: dict[str, Any]
    notes: list[Message]
    source: dict[str, Any]


def _source(inv: ExportInvoice) -> dict[str, Any]:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "uuid": inv.uuid,
        "serie": inv.serie,
        "folio": inv.folio,
        "fecha": inv.fecha,
        "version": "4.0",
        "cce_version": inv.cce_version,
        "rfc_emisor": inv.emisor.tax_id,
        "moneda": inv.moneda,
        "total": text(inv.total),
        "total_usd": text(inv.total_usd),
        "tipo_cambio_usd": text(inv.tipo_cambio_usd),
        "fracciones": [
            {"no_identificacion": m.no_identificacion, "fraccion_arancelaria": m.fraccion, "hs": format_hs(m.hs6)}
            for m in inv.mercancias
        ],
    }


# -- public API -------------------------------------------------------------------------------


def import_cfdi(xml: bytes, *, doctype: str = "commercial-invoice", in_usd: bool = False) -> CfdiImport:
    """Form data for ``doctype`` prefilled from the export CFDI in ``xml``; for the bill of
    lading, from a CFDI with the Carta Porte 3.1 complement.

    ``in_usd`` takes the line values from the Comercio Exterior complement (customs
    quantity and unit, ValorUnitarioAduana, ValorDolares, TotalUSD) instead of the
    invoice's own prices and currency. Raises CfdiError.
    """
    if doctype == "bill-of-lading":  # a CFDI with the Carta Porte complement
        return _import_carta_porte(xml)
    if doctype not in BUILDERS:
        names = ", ".join(SUPPORTED_DOCTYPES)
        raise CfdiError(
            "unsupported_doctype",
            f"Un CFDI no puede llenar «{show(doctype)}»; sí puede llenar: {names}.",
            f"A CFDI cannot prefill “{show(doctype)}”; it can prefill: {names}.",
        )
    invoice = read_cfdi(xml)
    notes = Notes()
    if invoice.kind == "T":
        notes.add(
            "Es un CFDI de traslado: sus precios pueden ser cero; revise los importes.",
            "This is a traslado (transfer) CFDI: its prices may be zero; check the amounts.",
        )
    if invoice.certificado_origen:
        number = f" ({invoice.num_certificado_origen})" if invoice.num_certificado_origen else ""
        notes.add(
            f"El CFDI declara que funge como certificado de origen{number}.",
            f"The CFDI states that it serves as a certificate of origin{number}.",
        )
    data = BUILDERS[doctype](invoice, get_doctype(doctype), notes, in_usd)
    return CfdiImport(doctype=doctype, data=data, notes=notes.items, source=_source(invoice))


def _import_carta_porte(xml: bytes) -> CfdiImport:
    trip = read_carta_porte(xml)
    notes = Notes()
    data = bill_of_lading_from_trip(trip, get_doctype("bill-of-lading"), notes)
    source = {
        "uuid": trip.uuid,
        "serie": trip.serie,
        "folio": trip.folio,
        "fecha": trip.fecha,
        "version": "4.0",
        "carta_porte_version": "3.1",
        "id_ccp": trip.id_ccp,
        "transp_internac": "Sí" if trip.international else "No",
        "entrada_salida_merc": trip.entrada_salida,
        "pais_origen_destino": trip.pais_origen_destino,
        "regimenes_aduaneros": list(trip.regimenes),
        "rfc_emisor": trip.emisor.tax_id,
        "pedimentos": [p for good in trip.goods for p in good.pedimentos],
    }
    return CfdiImport(doctype="bill-of-lading", data=data, notes=notes.items, source=source)


def import_cfdi_file(path: str | Path, *, doctype: str = "commercial-invoice", in_usd: bool = False) -> CfdiImport:
    """``import_cfdi`` on a file; an unreadable or oversized file is a CfdiError too."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise too_large(size)
        data = file.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise CfdiError(
            "unreadable", f"No se puede leer {file.name}: {reason}.", f"Cannot read {file.name}: {reason}."
        ) from None
    return import_cfdi(data, doctype=doctype, in_usd=in_usd)
