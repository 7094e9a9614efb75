"""Prefill Sello's forms from a Mexican export invoice (CFDI 4.0 with the Comercio
Exterior complement): a commercial invoice, a packing list or a USMCA certification.

``import_cfdi`` reads the XML with ``sello.core.documents.cfdi_reader`` and maps SAT's terms to the
document types' fields, converting codes (c_Pais alpha-3 to alpha-2, c_ClaveUnidad and
c_UnidadAduana to UN/CEFACT units, TIGIE fractions to HS subheadings) and noting every
conversion, assumption and field left to fill. The mapping table is docs/cfdi-import.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any

from sello.core.documents import refdata
from sello.core.documents.cfdi_reader import (
    MAX_BYTES,
    MAX_DEPTH,
    Address,
    CfdiError,
    ExportInvoice,
    Mercancia,
    Message,
    Party,
    read_cfdi,
    show,
    too_large,
)
from sello.core.documents.doctypes import DocType, get_doctype
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

SUPPORTED_DOCTYPES = ("commercial-invoice", "packing-list", "usmca-certification")

# c_UnidadAduana (Anexo 22, apéndice 7): key -> (name, UN/CEFACT Rec. 20 code or None).
_UNIDAD_ADUANA = {
    "01": ("kilo", "KGM"),
    "02": ("gramo", None),
    "03": ("metro lineal", "MTR"),
    "04": ("metro cuadrado", "MTK"),
    "05": ("metro cúbico", "MTQ"),
    "06": ("pieza", "PCE"),
    "07": ("cabeza", None),
    "08": ("litro", None),
    "09": ("par", None),
    "10": ("kilowatt", None),
    "11": ("millar", None),
    "12": ("juego", None),
    "13": ("kilowatt/hora", None),
    "14": ("tonelada", "TNE"),
    "15": ("barril", None),
    "16": ("gramo neto", None),
    "17": ("decenas", None),
    "18": ("cientos", None),
    "19": ("docenas", None),
    "20": ("caja", None),
    "21": ("botella", None),
    "22": ("carat", None),
    "99": ("servicio", None),
}
# c_ClaveUnidad keys that name a piece without being Sello's PCE.
_PIECE_KEYS = {"H87": "pieza", "EA": "elemento", "C62": "uno"}
_KG_PER_UNIT = {"KGM": Decimal(1), "TNE": Decimal(1000), "LBR": Decimal("0.45359237"), "STN": Decimal("907.18474")}
_INCOTERM_SUCCESSORS = {"DAT": "DPU"}


@dataclass(frozen=True)
class CfdiImport:
    """Form data for ``doctype`` holding only what the CFDI provides; ``notes`` says what was
    converted or assumed and what is left to fill ({"es", "en"} each); ``source`` identifies
    the CFDI (uuid, serie, folio, fecha, ...)."""

    doctype: str
    data: dict[str, Any]
    notes: list[Message]
    source: dict[str, Any]


# -- from SAT terms to form lines -----------------------------------------------------------


class _Notes:
    def __init__(self) -> None:
        self.items: list[Message] = []

    def add(self, es: str, en: str) -> None:
        note = {"es": es, "en": en}
        if note not in self.items:
            self.items.append(note)


@dataclass(frozen=True)
class _Line:
    description: str
    hs6: str | None
    quantity: Decimal | None
    unit: str | None
    unit_price: Decimal | None
    line_total: Decimal | None
    net_kg: Decimal | None


def _unit_from_clave(clave: str | None, where: str, notes: _Notes) -> str | None:
    """c_ClaveUnidad (UN/CEFACT Rec. 20 keys) -> one of Sello's units."""
    if clave in _PIECE_KEYS and refdata.is_unit("PCE"):
        notes.add(
            f"ClaveUnidad {clave} ({_PIECE_KEYS[clave]}) se muestra como PCE (pieza).",
            f"ClaveUnidad {clave} ({_PIECE_KEYS[clave]}) is shown as PCE (piece).",
        )
        return "PCE"
    if clave and refdata.is_unit(clave):
        return clave
    _unknown_unit("ClaveUnidad", clave, None, where, notes)
    return None


def _unit_from_aduana(key: str | None, where: str, notes: _Notes) -> str | None:
    """c_UnidadAduana -> one of Sello's units."""
    name, code = _UNIDAD_ADUANA.get(key or "", (None, None))
    if code and refdata.is_unit(code):
        return code
    _unknown_unit("UnidadAduana", key, name, where, notes)
    return None


def _unknown_unit(attribute: str, key: str | None, name: str | None, where: str, notes: _Notes) -> None:
    if key is None:
        notes.add(f"{where} no tiene {attribute}: elija la unidad.", f"{where} has no {attribute}: choose the unit.")
        return
    named = f" ({name})" if name else ""
    notes.add(
        f"{where}: {attribute} «{show(key)}»{named} no tiene equivalente en Sello: elija la unidad.",
        f"{where}: {attribute} “{show(key)}”{named} has no equivalent in Sello: choose the unit.",
    )


def _customs_kg(goods: list[Mercancia]) -> Decimal | None:
    """The goods' customs quantity in kilograms, when it is a weight."""
    total = Decimal(0)
    for g in goods:
        unit = _UNIDAD_ADUANA.get(g.unidad_aduana or "", (None, None))[1]
        if g.cantidad_aduana is None or unit not in ("KGM", "TNE"):
            return None
        total += g.cantidad_aduana * _KG_PER_UNIT[unit]
    return total


def _single_tariff(goods: list[Mercancia], where: str, notes: _Notes) -> str | None:
    tariffs = sorted({g.fraccion for g in goods})
    if len(tariffs) == 1:
        return goods[0].hs6
    shown = ", ".join(tariffs)
    notes.add(
        f"{where}: el CFDI da varias fracciones arancelarias ({shown}); elija el código HS.",
        f"{where}: the CFDI gives several tariff fractions ({shown}); choose the HS code.",
    )
    return None


def _invoice_lines(inv: ExportInvoice, notes: _Notes) -> list[_Line]:
    """One line per cfdi:Concepto, in the invoice's currency."""
    lines = []
    for c in inv.conceptos:
        goods = [m for m in inv.mercancias if m.no_identificacion == c.no_identificacion]
        siblings = sum(1 for o in inv.conceptos if o.no_identificacion == c.no_identificacion)
        unit = _unit_from_clave(c.clave_unidad, f"Concepto {c.index}", notes)
        net = _customs_kg(goods) if siblings == 1 else None
        if net is None and unit in _KG_PER_UNIT:
            net = c.cantidad * _KG_PER_UNIT[unit]
        if net is None:
            notes.add(
                f"Concepto {c.index}: el CFDI no da su peso neto; escríbalo.",
                f"Concepto {c.index}: the CFDI does not give its net weight; enter it.",
            )
        if c.descuento:
            notes.add(
                f"Concepto {c.index}: el importe es neto del descuento de {c.descuento}.",
                f"Concepto {c.index}: the line total is net of the {c.descuento} discount.",
            )
        lines.append(
            _Line(
                description=c.descripcion,
                hs6=_single_tariff(goods, f"Concepto {c.index}", notes),
                quantity=c.cantidad,
                unit=unit,
                unit_price=c.valor_unitario,
                line_total=c.importe - c.descuento,
                net_kg=net,
            )
        )
    return lines


def _customs_lines(inv: ExportInvoice, notes: _Notes) -> list[_Line]:
    """One line per Mercancia, with the customs quantity and the USD values."""
    lines = []
    for m in inv.mercancias:
        concepts = [c for c in inv.conceptos if c.no_identificacion == m.no_identificacion]
        unit = _unit_from_aduana(m.unidad_aduana, f"Mercancia {m.index}", notes)
        if m.cantidad_aduana is None or m.valor_unitario_aduana is None:
            notes.add(
                f"Mercancia {m.index}: el complemento no da CantidadAduana o "
                "ValorUnitarioAduana; escriba la cantidad y el precio unitario.",
                f"Mercancia {m.index}: the complement gives no CantidadAduana or "
                "ValorUnitarioAduana; enter the quantity and unit price.",
            )
        net = _customs_kg([m])
        if net is None and len(concepts) == 1 and concepts[0].clave_unidad in _KG_PER_UNIT:
            net = concepts[0].cantidad * _KG_PER_UNIT[concepts[0].clave_unidad or ""]
        if net is None:
            notes.add(
                f"Mercancia {m.index}: el CFDI no da su peso neto; escríbalo.",
                f"Mercancia {m.index}: the CFDI does not give its net weight; enter it.",
            )
        lines.append(
            _Line(
                description=concepts[0].descripcion,
                hs6=m.hs6,
                quantity=m.cantidad_aduana,
                unit=unit,
                unit_price=m.valor_unitario_aduana,
                line_total=m.valor_dolares,
                net_kg=net,
            )
        )
    return lines


def _decimal(
    value: Decimal | None, doctype: DocType, pattern: str, notes: _Notes, *, money: bool = False
) -> str | None:
    """``value`` as the form writes it, rounded to the field's decimals (with a note)."""
    if value is None:
        return None
    places = doctype.field_ref(pattern).field.validation.max_decimals
    if places is not None:
        with localcontext(prec=60):  # SAT numbers have up to 20 + 10 digits
            rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if rounded != value:
            label = doctype.field_ref(pattern).field.label
            notes.add(
                f"{label.es}: {value} se redondeó a {places} decimales.",
                f"{label.en}: {value} was rounded to {places} decimals.",
            )
        value = rounded
    text = format(value.normalize(), "f")
    if money:
        whole, _, frac = text.partition(".")
        text = f"{whole}.{frac.ljust(2, '0')}"
    return text


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != {} and v != []}


def _party_fields(party: Party, who: Message, notes: _Notes) -> dict[str, Any]:
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
    return _compact(
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


_SELLER = {"es": "Vendedor", "en": "Seller"}
_BUYER = {"es": "Comprador", "en": "Buyer"}
_CONSIGNEE = {"es": "Consignatario", "en": "Consignee"}


def _consignee(inv: ExportInvoice, notes: _Notes) -> Party | None:
    if len(inv.destinatarios) > 1:
        notes.add(
            f"El CFDI tiene {len(inv.destinatarios)} destinatarios; se usó el primero.",
            f"The CFDI has {len(inv.destinatarios)} Destinatario nodes; the first was used.",
        )
    return inv.destinatarios[0] if inv.destinatarios else None


def _incoterm(inv: ExportInvoice, notes: _Notes) -> str | None:
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


def _tariff_note(inv: ExportInvoice, notes: _Notes) -> None:
    shown = "; ".join(dict.fromkeys(f"{m.display()} → {format_hs(m.hs6)}" for m in inv.mercancias))
    notes.add(
        f"Los códigos HS son los primeros 6 dígitos de cada fracción arancelaria mexicana "
        f"(TIGIE): {shown}. La fracción de EE. UU. (HTS) puede precisarlos.",
        f"HS codes are the first 6 digits of each Mexican tariff fraction (TIGIE): {shown}. "
        "The US HTS code may refine them.",
    )


def _number_note(inv: ExportInvoice, notes: _Notes) -> str | None:
    number = inv.number
    if number is None:
        notes.add(
            f"El CFDI no tiene Serie ni Folio; escriba el número de factura (folio fiscal "
            f"{inv.uuid or 'desconocido'}).",
            f"The CFDI has no Serie or Folio; enter the invoice number (fiscal folio {inv.uuid or 'unknown'}).",
        )
    return number


# -- one builder per document type ----------------------------------------------------------


def _amounts(inv: ExportInvoice, lines: list[_Line], in_usd: bool, notes: _Notes) -> tuple[str | None, Decimal]:
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


def _destination(consignee: Party | None, buyer: Party, notes: _Notes) -> str | None:
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


def _commercial_invoice(inv: ExportInvoice, doctype: DocType, notes: _Notes, in_usd: bool) -> dict[str, Any]:
    lines = _customs_lines(inv, notes) if in_usd else _invoice_lines(inv, notes)
    currency, total = _amounts(inv, lines, in_usd, notes)
    buyer = inv.receptor
    consignee = _consignee(inv, notes)
    destination = _destination(consignee, buyer, notes)
    _tariff_note(inv, notes)
    notes.add(
        "Un CFDI no trae puerto de entrada, país de origen, coladas ni pesos brutos: complételos.",
        "A CFDI has no port of entry, country of origin, heat numbers or gross weights: fill them in.",
    )
    items = [
        _compact(
            {
                "description": line.description,
                "hs_code": format_hs(line.hs6) if line.hs6 else None,
                "quantity": _decimal(line.quantity, doctype, "items[].quantity", notes),
                "quantity_unit": line.unit,
                "net_weight": _decimal(line.net_kg, doctype, "items[].net_weight", notes),
                "unit_price": _decimal(line.unit_price, doctype, "items[].unit_price", notes, money=True),
                "line_total": _decimal(line.line_total, doctype, "items[].line_total", notes, money=True),
            }
        )
        for line in lines
    ]
    return _compact(
        {
            "invoice": _compact(
                {
                    "number": _number_note(inv, notes),
                    "date": inv.date,
                    "currency": currency,
                    "incoterm": _incoterm(inv, notes),
                    "payment_terms": inv.condiciones_pago,
                    "destination_country": destination,
                }
            ),
            "seller": _party_fields(inv.emisor, _SELLER, notes),
            "buyer": _party_fields(buyer, _BUYER, notes),
            "consignee": {} if consignee is None else _party_fields(consignee, _CONSIGNEE, notes),
            "items": items,
            "totals": {"total_amount": _decimal(total, doctype, "totals.total_amount", notes, money=True)},
        }
    )


def _packing_list(inv: ExportInvoice, doctype: DocType, notes: _Notes, in_usd: bool) -> dict[str, Any]:
    lines = _customs_lines(inv, notes) if in_usd else _invoice_lines(inv, notes)
    consignee = _consignee(inv, notes)
    if consignee is None:
        consignee = inv.receptor
        notes.add(
            "El CFDI no tiene destinatario; el consignatario es el receptor de la factura.",
            "The CFDI has no Destinatario; the consignee is the invoice's receiver.",
        )
    _tariff_note(inv, notes)
    notes.add(
        "Un CFDI no trae datos de empaque: escriba el número de lista, la fecha de "
        "embarque y, por bulto, las marcas, el número de bultos y el peso bruto.",
        "A CFDI has no packing data: enter the packing list number, the ship date and, "
        "for each package row, the marks, the number of packages and the gross weight.",
    )
    packages = [
        _compact(
            {
                "description": line.description,
                "hs_code": format_hs(line.hs6) if line.hs6 else None,
                "net_weight": _decimal(line.net_kg, doctype, "packages[].net_weight", notes),
            }
        )
        for line in lines
    ]
    weights = [line.net_kg for line in lines if line.net_kg is not None]
    total_net = sum(weights, Decimal(0)) if len(weights) == len(lines) else None
    return _compact(
        {
            "packing": _compact({"invoice_number": _number_note(inv, notes)}),
            "seller": _party_fields(inv.emisor, _SELLER, notes),
            "consignee": _party_fields(consignee, _CONSIGNEE, notes),
            "packages": packages,
            "totals": _compact({"total_net_weight": _decimal(total_net, doctype, "totals.total_net_weight", notes)}),
        }
    )


def _usmca_certification(inv: ExportInvoice, doctype: DocType, notes: _Notes, in_usd: bool) -> dict[str, Any]:
    goods: list[dict[str, Any]] = []
    for c in inv.conceptos:
        tariffs = [m for m in inv.mercancias if m.no_identificacion == c.no_identificacion]
        hs6 = _single_tariff(tariffs, f"Concepto {c.index}", notes)
        row = _compact({"description": c.descripcion, "hs_code": format_hs(hs6) if hs6 else None})
        if row not in goods:
            goods.append(row)
    _tariff_note(inv, notes)
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
    return _compact(
        {
            "certification": _compact({"reference": reference}),
            "certifier": _party_fields(inv.emisor, {"es": "Certificador", "en": "Certifier"}, notes),
            "importer": _party_fields(inv.receptor, {"es": "Importador", "en": "Importer"}, notes),
            "goods": goods,
        }
    )


_BUILDERS: dict[str, Callable[[ExportInvoice, DocType, _Notes, bool], dict[str, Any]]] = {
    "commercial-invoice": _commercial_invoice,
    "packing-list": _packing_list,
    "usmca-certification": _usmca_certification,
}


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
    """Form data for ``doctype`` prefilled from the export CFDI in ``xml``.

    ``in_usd`` takes the line values from the Comercio Exterior complement (customs
    quantity and unit, ValorUnitarioAduana, ValorDolares, TotalUSD) instead of the
    invoice's own prices and currency. Raises CfdiError.
    """
    if doctype not in _BUILDERS:
        names = ", ".join(SUPPORTED_DOCTYPES)
        raise CfdiError(
            "unsupported_doctype",
            f"Un CFDI no puede llenar «{show(doctype)}»; sí puede llenar: {names}.",
            f"A CFDI cannot prefill “{show(doctype)}”; it can prefill: {names}.",
        )
    invoice = read_cfdi(xml)
    notes = _Notes()
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
    data = _BUILDERS[doctype](invoice, get_doctype(doctype), notes, in_usd)
    return CfdiImport(doctype=doctype, data=data, notes=notes.items, source=_source(invoice))


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
