"""Prefill a bill of lading (road) from a CFDI with the Carta Porte 3.1 complement.

The trip read by ``cartaporte_reader`` becomes form data: the carrier (RFC, name, SCT
permit, driver), the truck and trailer plates, the origin and destination (the border
crossing suggested from the pedimento's aduana), the goods with their weights and
pedimentos, and the Mexican references (pedimento, folio fiscal, IdCCP). Every
assumption and every field left to fill is noted, in Spanish and English. The mapping
table is docs/cfdi-import.md.
"""

from __future__ import annotations

from typing import Any

from sello.core.documents import refdata
from sello.core.documents.cartaporte_reader import weight_in_kg
from sello.core.documents.cartaporte_records import CartaPorteTrip, Good, Place
from sello.core.documents.cfdi_lines import Notes, compact, form_decimal
from sello.core.documents.cfdi_parties import CONSIGNEE, party_fields
from sello.core.documents.cfdi_records import Party
from sello.core.documents.cfdi_xml import show
from sello.core.documents.doctypes import DocType
from sello.core.documents.pedimento import PedimentoError, aduanas_rows, parse_pedimento
from sello.core.documents.validation import format_hs

_SHIPPER = {"es": "Remitente", "en": "Shipper"}
# c_ClaveUnidad keys that count packages or pieces (Cantidad is then the number of packages).
_PACKAGE_KEYS = {"H87", "XBX", "XBE", "XBN", "XPK", "XPX", "XCR", "XSK", "C62", "EA", "XCO", "XRO"}


def bill_of_lading_from_trip(trip: CartaPorteTrip, doctype: DocType, notes: Notes) -> dict[str, Any]:
    """Form data for the bill of lading (``doctype``) holding what the Carta Porte says."""
    _trip_notes(trip, notes)
    destination = trip.destinations[-1]
    cargo = [_cargo_row(good, doctype, notes) for good in trip.goods]
    pedimentos = list(dict.fromkeys(row["pedimento"] for row in cargo if "pedimento" in row))
    if len(pedimentos) > 1:
        notes.add(
            f"Las mercancías declaran {len(pedimentos)} pedimentos; cada renglón lleva el suyo y el del "
            "documento quedó vacío: escriba el pedimento de la exportación.",
            f"The goods declare {len(pedimentos)} pedimentos; each row carries its own and the document's "
            "is left empty: enter the export's pedimento.",
        )
    packages = [row.get("package_count") for row in cargo]
    gross_kg = weight_in_kg(trip.gross_weight, trip.weight_unit)
    driver = trip.figura("01")
    carrier = _carrier(trip, notes)
    return compact(
        {
            "bill": compact({"number": trip.number, "date": trip.origin.date_time[:10]}),
            "mx_export": compact(
                {
                    "pedimento": pedimentos[0] if len(pedimentos) == 1 else None,
                    "cfdi_folio": _folio(trip, notes),
                    "carta_porte_id": trip.id_ccp,
                }
            ),
            "carrier": compact(
                {
                    "name": carrier.name,
                    "tax_id": carrier.tax_id,
                    "sct_permit": f"{trip.truck.permit_type} {trip.truck.permit_number}",
                    "driver_name": driver.name if driver else None,
                }
            ),
            "vehicle": compact(
                {
                    "tractor_plates": trip.truck.plates,
                    "trailer_number": " / ".join(trip.truck.trailer_plates) or None,
                }
            ),
            "shipper": party_fields(trip.origin.party, _SHIPPER, notes),
            "consignee": party_fields(destination.party, CONSIGNEE, notes),
            "route": compact({**_place("origin", trip.origin), **_place("destination", destination)})
            | compact({"border_crossing": _crossing(pedimentos, notes)}),
            "cargo": cargo,
            "totals": compact(
                {
                    "total_packages": sum(p for p in packages if p) if all(packages) else None,
                    "total_gross_weight": form_decimal(gross_kg, doctype, "totals.total_gross_weight", notes),
                }
            ),
        }
    )


def _trip_notes(trip: CartaPorteTrip, notes: Notes) -> None:
    if trip.international:
        way = {"Salida": ("salida de mercancías", "exit of goods"), "Entrada": ("entrada", "entry")}.get(
            trip.entrada_salida or "", ("sin EntradaSalidaMerc", "no EntradaSalidaMerc")
        )
        notes.add(
            f"Transporte internacional ({way[0]}, país {show(trip.pais_origen_destino or '—')}).",
            f"International transport ({way[1]}, country {show(trip.pais_origen_destino or '—')}).",
        )
    else:
        notes.add(
            "La Carta Porte declara un traslado nacional (TranspInternac «No»): revise el cruce y el destino.",
            "The Carta Porte declares a domestic trip (TranspInternac “No”): check the crossing and destination.",
        )
    notes.add(
        "Una Carta Porte no trae código SCAC, teléfono del operador, marcas ni sellos: complételos.",
        "A Carta Porte has no SCAC code, driver's phone, marks or seals: fill them in.",
    )


def _carrier(trip: CartaPorteTrip, notes: Notes) -> Party:
    """The carrier: the issuer of an ingreso CFDI (the trucking company bills the trip); for a
    traslado, the truck's owner or lessor when the Carta Porte names one."""
    if trip.kind == "T":
        owner = trip.figura("02") or trip.figura("03")
        if owner is not None:
            return Party(name=owner.name, tax_id=owner.rfc, address=None)
        notes.add(
            "CFDI de traslado sin propietario del vehículo: el transportista es el emisor; revíselo.",
            "Traslado CFDI with no vehicle owner: the carrier is taken to be the issuer; check it.",
        )
    return trip.emisor


def _folio(trip: CartaPorteTrip, notes: Notes) -> str | None:
    """The folio fiscal of the export invoice (UUIDComercioExt of the goods), else of this CFDI."""
    export_uuids = list(dict.fromkeys(g.uuid_comercio_ext for g in trip.goods if g.uuid_comercio_ext))
    if len(export_uuids) == 1:
        return export_uuids[0]
    if trip.uuid:
        notes.add(
            "El folio fiscal es el de este CFDI con Carta Porte; si la factura de exportación es otra, escriba el suyo.",
            "The folio fiscal is this Carta Porte CFDI's; if the export invoice is another CFDI, enter its folio.",
        )
    return trip.uuid


def _place(prefix: str, place: Place) -> dict[str, Any]:
    address = place.party.address
    city = address.city if address else None
    country = address.country if address else None
    locode = next((code for code, _ in refdata.locodes("en") if _is_city(code, city, country)), None)
    return {
        f"{prefix}_name": place.party.name,
        f"{prefix}_locode": locode,
        f"{prefix}_city": city,
        f"{prefix}_region": address.region if address else None,
        f"{prefix}_country": country,
    }


def _is_city(code: str, city: str | None, country: str | None) -> bool:
    known = refdata.locode(code)
    return bool(city and known and code[:2] == country and known.name.casefold() == city.casefold())


def _crossing(pedimentos: list[str], notes: Notes) -> str | None:
    ports = {aduanas_rows()[p[2:4]].get("us_port") for p in pedimentos if p[2:4] in aduanas_rows()}
    if len(ports) == 1 and None not in ports:
        port = ports.pop()
        notes.add(
            f"Cruce fronterizo {port} deducido de la aduana del pedimento; revíselo.",
            f"Border crossing {port} taken from the pedimento's aduana; check it.",
        )
        return port
    notes.add("Escriba el cruce fronterizo.", "Enter the border crossing.")
    return None


def _cargo_row(good: Good, doctype: DocType, notes: Notes) -> dict[str, Any]:
    where = f"Mercancia {good.index}"
    pedimento = None
    for written in good.pedimentos[:1]:
        try:
            pedimento = parse_pedimento(written).digits
        except PedimentoError as error:
            notes.add(
                f"{where}: el pedimento «{show(written)}» {error.message['es']}.",
                f"{where}: pedimento “{show(written)}” {error.message['en']}.",
            )
    if len(good.pedimentos) > 1:
        notes.add(
            f"{where} declara {len(good.pedimentos)} pedimentos; se tomó el primero.",
            f"{where} declares {len(good.pedimentos)} pedimentos; the first was taken.",
        )
    count = (
        int(good.quantity) if good.unit_key in _PACKAGE_KEYS and good.quantity == good.quantity.to_integral() else None
    )
    if count is None:
        notes.add(
            f"{where}: la cantidad está en {show(good.unit_key)}, no en bultos: escriba el número de bultos.",
            f"{where}: the quantity is in {show(good.unit_key)}, not packages: enter the number of packages.",
        )
    return compact(
        {
            "description": good.description,
            "hs_code": format_hs(good.fraccion[:6]) if good.fraccion and len(good.fraccion) >= 6 else None,
            "package_count": count,
            "net_weight": form_decimal(good.net_kg, doctype, "cargo[].net_weight", notes),
            "gross_weight": form_decimal(good.weight_kg, doctype, "cargo[].gross_weight", notes),
            "pedimento": pedimento,
        }
    )
