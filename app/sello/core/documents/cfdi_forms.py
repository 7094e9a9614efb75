"""One builder per document type: the form data an export CFDI prefills (docs/cfdi-import.md)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sello.core.documents import refdata
from sello.core.documents.cfdi_lines import (
    Line,
    Notes,
    compact,
    customs_lines,
    form_decimal,
    invoice_lines,
    single_tariff,
)
from sello.core.documents.cfdi_parties import (
    BUYER,
    CONSIGNEE,
    SELLER,
    consignee_of,
    destination_of,
    incoterm_of,
    number_note,
    party_fields,
    tariff_note,
)
from sello.core.documents.cfdi_records import ExportInvoice
from sello.core.documents.cfdi_xml import show
from sello.core.documents.doctypes import DocType
from sello.core.documents.validation import format_hs


def _amounts(inv: ExportInvoice, lines: list[Line], in_usd: bool, notes: Notes) -> tuple[str | None, Decimal]:
    """The commercial invoice's currency and total."""
    if in_usd:
        if inv.moneda != "USD":
            notes.add(
                f"Los valores son los valores en aduana en USD del complemento, no los "
                f"precios en {inv.moneda} de la factura.",
                f"Values are the complement's customs values in USD, not the invoice's {inv.moneda} prices.",
            )
        if inv.total_usd is not None:
            return "USD", inv.total_usd
        return "USD", sum((m.valor_dolares for m in inv.mercancias), Decimal(0))
    currency = inv.moneda if refdata.is_currency(inv.moneda) else None
    if currency is None:
        notes.add(
            f"La moneda «{show(inv.moneda)}» no está en la lista de Sello; importe con "
            "valores en USD o elija la moneda.",
            f"Currency “{show(inv.moneda)}” is not in Sello's list; import with USD values or choose the currency.",
        )
    if inv.moneda != "USD" and inv.total_usd is not None:
        rate = f" (TipoCambioUSD {inv.tipo_cambio_usd})" if inv.tipo_cambio_usd else ""
        notes.add(
            f"Importes en {inv.moneda} como en el CFDI; su total en USD es {inv.total_usd}{rate}.",
            f"Amounts are in {inv.moneda} as on the CFDI; its USD total is {inv.total_usd}{rate}.",
        )
    elif inv.moneda == "USD" and inv.tipo_cambio is not None:
        notes.add(
            f"Tipo de cambio del CFDI: {inv.tipo_cambio} MXN por USD.",
            f"The CFDI's exchange rate: {inv.tipo_cambio} MXN per USD.",
        )
    line_sum = sum((line.line_total or Decimal(0) for line in lines), Decimal(0))
    if line_sum != inv.total:
        notes.add(
            f"El Total del CFDI ({inv.total}) no es la suma de las partidas ({line_sum}): "
            "incluye impuestos u otros cargos; revise el total.",
            f"The CFDI Total ({inv.total}) is not the sum of its lines ({line_sum}): it "
            "includes taxes or other charges; check the total.",
        )
    return currency, inv.total


def _commercial_invoice(inv: ExportInvoice, doctype: DocType, notes: Notes, in_usd: bool) -> dict[str, Any]:
    lines = customs_lines(inv, notes) if in_usd else invoice_lines(inv, notes)
    currency, total = _amounts(inv, lines, in_usd, notes)
    buyer = inv.receptor
    consignee = consignee_of(inv, notes)
    destination = destination_of(consignee, buyer, notes)
    tariff_note(inv, notes)
    notes.add(
        "Un CFDI no trae puerto de entrada, país de origen, coladas ni pesos brutos: complételos.",
        "A CFDI has no port of entry, country of origin, heat numbers or gross weights: fill them in.",
    )
    items = [
        compact(
            {
                "description": line.description,
                "hs_code": format_hs(line.hs6) if line.hs6 else None,
                "quantity": form_decimal(line.quantity, doctype, "items[].quantity", notes),
                "quantity_unit": line.unit,
                "net_weight": form_decimal(line.net_kg, doctype, "items[].net_weight", notes),
                "unit_price": form_decimal(line.unit_price, doctype, "items[].unit_price", notes, money=True),
                "line_total": form_decimal(line.line_total, doctype, "items[].line_total", notes, money=True),
            }
        )
        for line in lines
    ]
    return compact(
        {
            "invoice": compact(
                {
                    "number": number_note(inv, notes),
                    "date": inv.date,
                    "currency": currency,
                    "incoterm": incoterm_of(inv, notes),
                    "payment_terms": inv.condiciones_pago,
                    "destination_country": destination,
                }
            ),
            "mx_export": compact({"cfdi_folio": inv.uuid}),
            "seller": party_fields(inv.emisor, SELLER, notes),
            "buyer": party_fields(buyer, BUYER, notes),
            "consignee": {} if consignee is None else party_fields(consignee, CONSIGNEE, notes),
            "items": items,
            "totals": {"total_amount": form_decimal(total, doctype, "totals.total_amount", notes, money=True)},
        }
    )


def _packing_list(inv: ExportInvoice, doctype: DocType, notes: Notes, in_usd: bool) -> dict[str, Any]:
    lines = customs_lines(inv, notes) if in_usd else invoice_lines(inv, notes)
    consignee = consignee_of(inv, notes)
    if consignee is None:
        consignee = inv.receptor
        notes.add(
            "El CFDI no tiene destinatario; el consignatario es el receptor de la factura.",
            "The CFDI has no Destinatario; the consignee is the invoice's receiver.",
        )
    tariff_note(inv, notes)
    notes.add(
        "Un CFDI no trae datos de empaque: escriba el número de lista, la fecha de "
        "embarque y, por bulto, las marcas, el número de bultos y el peso bruto.",
        "A CFDI has no packing data: enter the packing list number, the ship date and, "
        "for each package row, the marks, the number of packages and the gross weight.",
    )
    packages = [
        compact(
            {
                "description": line.description,
                "hs_code": format_hs(line.hs6) if line.hs6 else None,
                "net_weight": form_decimal(line.net_kg, doctype, "packages[].net_weight", notes),
            }
        )
        for line in lines
    ]
    weights = [line.net_kg for line in lines if line.net_kg is not None]
    total_net = sum(weights, Decimal(0)) if len(weights) == len(lines) else None
    return compact(
        {
            "packing": compact({"invoice_number": number_note(inv, notes)}),
            "mx_export": compact({"cfdi_folio": inv.uuid}),
            "seller": party_fields(inv.emisor, SELLER, notes),
            "consignee": party_fields(consignee, CONSIGNEE, notes),
            "packages": packages,
            "totals": compact({"total_net_weight": form_decimal(total_net, doctype, "totals.total_net_weight", notes)}),
        }
    )


def _usmca_certification(inv: ExportInvoice, doctype: DocType, notes: Notes, in_usd: bool) -> dict[str, Any]:
    goods: list[dict[str, Any]] = []
    for c in inv.conceptos:
        tariffs = [m for m in inv.mercancias if m.no_identificacion == c.no_identificacion]
        hs6 = single_tariff(tariffs, f"Concepto {c.index}", notes)
        row = compact({"description": c.descripcion, "hs_code": format_hs(hs6) if hs6 else None})
        if row not in goods:
            goods.append(row)
    tariff_note(inv, notes)
    reference = inv.num_certificado_origen
    if reference:
        notes.add(
            f"Referencia tomada de NumCertificadoOrigen ({reference}).",
            f"Reference taken from NumCertificadoOrigen ({reference}).",
        )
    notes.add(
        "El certificador es el emisor del CFDI (el exportador): elija su papel y añada "
        "teléfono, correo, criterio de origen de cada mercancía y la firma.",
        "The certifier is the CFDI's issuer (the exporter): choose its role and add phone, "
        "email, each good's origin criterion and the signature.",
    )
    return compact(
        {
            "certification": compact({"reference": reference}),
            "certifier": party_fields(inv.emisor, {"es": "Certificador", "en": "Certifier"}, notes),
            "importer": party_fields(inv.receptor, {"es": "Importador", "en": "Importer"}, notes),
            "goods": goods,
        }
    )


BUILDERS: dict[str, Callable[[ExportInvoice, DocType, Notes, bool], dict[str, Any]]] = {
    "commercial-invoice": _commercial_invoice,
    "packing-list": _packing_list,
    "usmca-certification": _usmca_certification,
}
