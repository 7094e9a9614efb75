"""From a CFDI's conceptos and Comercio Exterior mercancías to form lines: units, weights, prices.

Codes are converted (c_ClaveUnidad and c_UnidadAduana to UN/CEFACT units, TIGIE fractions
to HS subheadings) and every conversion or assumption is noted for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from sello.core.documents import refdata
from sello.core.documents.cfdi_records import ExportInvoice, Mercancia
from sello.core.documents.cfdi_xml import Message, show
from sello.core.documents.doctypes import DocType

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


class Notes:
    def __init__(self) -> None:
        self.items: list[Message] = []

    def add(self, es: str, en: str) -> None:
        note = {"es": es, "en": en}
        if note not in self.items:
            self.items.append(note)


@dataclass(frozen=True)
class Line:
    description: str
    hs6: str | None
    quantity: Decimal | None
    unit: str | None
    unit_price: Decimal | None
    line_total: Decimal | None
    net_kg: Decimal | None


def _unit_from_clave(clave: str | None, where: str, notes: Notes) -> str | None:
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


def _unit_from_aduana(key: str | None, where: str, notes: Notes) -> str | None:
    """c_UnidadAduana -> one of Sello's units."""
    name, code = _UNIDAD_ADUANA.get(key or "", (None, None))
    if code and refdata.is_unit(code):
        return code
    _unknown_unit("UnidadAduana", key, name, where, notes)
    return None


def _unknown_unit(attribute: str, key: str | None, name: str | None, where: str, notes: Notes) -> None:
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


def single_tariff(goods: list[Mercancia], where: str, notes: Notes) -> str | None:
    tariffs = sorted({g.fraccion for g in goods})
    if len(tariffs) == 1:
        return goods[0].hs6
    shown = ", ".join(tariffs)
    notes.add(
        f"{where}: el CFDI da varias fracciones arancelarias ({shown}); elija el código HS.",
        f"{where}: the CFDI gives several tariff fractions ({shown}); choose the HS code.",
    )
    return None


def invoice_lines(inv: ExportInvoice, notes: Notes) -> list[Line]:
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
            Line(
                description=c.descripcion,
                hs6=single_tariff(goods, f"Concepto {c.index}", notes),
                quantity=c.cantidad,
                unit=unit,
                unit_price=c.valor_unitario,
                line_total=c.importe - c.descuento,
                net_kg=net,
            )
        )
    return lines


def customs_lines(inv: ExportInvoice, notes: Notes) -> list[Line]:
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
            Line(
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


def form_decimal(
    value: Decimal | None, doctype: DocType, pattern: str, notes: Notes, *, money: bool = False
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


def compact(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != {} and v != []}
