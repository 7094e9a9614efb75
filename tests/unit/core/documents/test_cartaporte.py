"""Carta Porte 3.1 import: a CFDI with the complement prefills the bill of lading.

Test files are built by tests/cartaporte_builder.py from SAT's CartaPorte31.xsd / .xslt.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core.documents.cfdi import CfdiError, import_cfdi
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.validation import normalize_data
from tests.cartaporte_builder import CP31, Good, build_carta_porte, build_tree, steel_trip, to_bytes

BOL = get_doctype("bill-of-lading")


def _import(xml: bytes) -> dict:
    return import_cfdi(xml, doctype="bill-of-lading").data


def test_a_carta_porte_prefills_the_bill_of_lading() -> None:
    imported = import_cfdi(build_carta_porte(), doctype="bill-of-lading")
    data = imported.data
    assert data["mx_export"] == {
        "pedimento": "242434204001234",
        "cfdi_folio": "5FB2822E-396D-4725-8521-CDC4BDD20CCF",  # the export invoice's (UUIDComercioExt)
        "carta_porte_id": "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0",
    }
    assert data["carrier"] == {
        "name": "TRANSPORTES REGIOMONTANOS DEL GOLFO",
        "tax_id": "TRG990514HB3",
        "sct_permit": "TPAF01 0345821",
        "driver_name": "José Luis Martínez Rodríguez",
    }
    assert data["vehicle"] == {"tractor_plates": "NL87AK3", "trailer_number": "45UJ9P"}
    assert data["route"]["border_crossing"] == "USLRD"  # aduana 24, Nuevo Laredo
    assert data["route"]["destination_locode"] == "USLRD"
    assert data["cargo"] == [
        {
            "description": "Placa de acero al carbono A572 Gr. 50 (3 atados)",
            "hs_code": "7208.51",
            "package_count": 3,
            "gross_weight": "89035",
            "pedimento": "242434204001234",
        }
    ]
    assert data["totals"] == {"total_packages": 3, "total_gross_weight": "89035"}
    assert imported.source["transp_internac"] == "Sí" and imported.source["entrada_salida_merc"] == "Salida"
    assert {"es", "en"} == set(imported.notes[0]) and "International transport (exit of goods" in imported.notes[0][
        "en"
    ]


def test_what_a_carta_porte_lacks_is_all_that_is_left_to_fill() -> None:
    data = _import(build_carta_porte())
    data["carrier"]["scac"] = "TRGF"
    data["shipper"]["city"] = "Monterrey"
    data["route"]["origin_city"] = "Monterrey"
    data["seals"] = [{"number": "MX-HS-0048812"}]
    canonical = normalize_data(BOL, data)
    assert canonical["mx_export"]["pedimento"] == "242434204001234"


def test_a_traslado_takes_the_vehicle_owner_as_carrier() -> None:
    root = build_tree(steel_trip().replace(kind="T"))
    figuras = root.find(f".//{{{CP31}}}FiguraTransporte")
    assert figuras is not None
    ET.SubElement(
        figuras, f"{{{CP31}}}TiposFigura", TipoFigura="02", RFCFigura="ARR010101AB2", NombreFigura="ARRENDADORA"
    )
    assert _import(to_bytes(root))["carrier"]["name"] == "ARRENDADORA"


def test_a_malformed_pedimento_in_the_carta_porte_is_noted_naming_the_part() -> None:
    spec = steel_trip().replace(goods=[Good("Placa", "3", "XBE", "1000", pedimentos=("24  99  3420  4001234",))])
    imported = import_cfdi(build_carta_porte(spec), doctype="bill-of-lading")
    assert "pedimento" not in imported.data["cargo"][0]
    assert any("la aduana «99»" in n["es"] and "customs office (aduana) “99”" in n["en"] for n in imported.notes)


def test_goods_not_counted_in_packages_leave_the_count_to_fill() -> None:
    spec = steel_trip().replace(goods=[Good("Alambrón", "24500", "KGM", "24500")])
    imported = import_cfdi(build_carta_porte(spec), doctype="bill-of-lading")
    assert "package_count" not in imported.data["cargo"][0]
    assert any("not packages" in n["en"] for n in imported.notes)


def _without(path: str) -> bytes:
    root = build_tree(steel_trip())
    parent = root.find(f".//{{{CP31}}}{path.rsplit('/', 1)[0]}") if "/" in path else root
    assert parent is not None
    for element in list(parent):
        if element.tag == f"{{{CP31}}}{path.rsplit('/', 1)[-1]}":
            parent.remove(element)
    return to_bytes(root)


@pytest.mark.parametrize(
    ("xml", "es", "en"),
    [
        (
            lambda: _without("Mercancias/Autotransporte"),
            "cartaporte31:Autotransporte",
            "no cartaporte31:Autotransporte node",
        ),
        (
            lambda: _without("CartaPorte/Mercancias"),
            "no tiene el nodo cartaporte31:Mercancias",
            "has no cartaporte31:Mercancias node",
        ),
        (
            lambda: build_carta_porte(steel_trip().replace(with_destination=False)),
            "TipoUbicacion «Destino»",
            "whose TipoUbicacion is “Destino”",
        ),
        (
            lambda: build_carta_porte(steel_trip().replace(id_ccp="")),
            "no tiene el atributo IdCCP",
            "has no IdCCP attribute",
        ),
        (
            lambda: build_carta_porte(
                steel_trip().replace(namespace="http://www.sat.gob.mx/CartaPorte30", version="3.0")
            ),
            "lleva Carta Porte 3.0",
            "carries Carta Porte 3.0",
        ),
        (lambda: build_carta_porte(steel_trip().replace(version="3.0")), "Version «3.0»", "Version “3.0”"),
    ],
    ids=["no truck", "no goods", "no destination", "no IdCCP", "Carta Porte 3.0", "wrong Version"],
)
def test_a_missing_or_wrong_node_is_named_in_both_languages(xml, es: str, en: str) -> None:
    with pytest.raises(CfdiError) as info:
        _import(xml())
    assert es in info.value.messages["es"], info.value.messages["es"]
    assert en in info.value.messages["en"], info.value.messages["en"]


def test_a_cfdi_without_the_complement_is_refused() -> None:
    root = build_tree(steel_trip())
    complemento = root.find("{http://www.sat.gob.mx/cfd/4}Complemento")
    assert complemento is not None
    for element in list(complemento):
        if element.tag.startswith(f"{{{CP31}}}"):
            complemento.remove(element)
    with pytest.raises(CfdiError) as info:
        _import(to_bytes(root))
    assert info.value.reason == "no_complement" and "Carta Porte 3.1" in info.value.messages["es"]


def test_same_safety_as_the_invoice_reader_no_entities() -> None:
    xml = build_carta_porte()
    evil = xml.replace(b"\n", b'\n<!DOCTYPE r [<!ENTITY x "boom">]>\n', 1)
    with pytest.raises(CfdiError) as info:
        _import(evil)
    assert info.value.reason == "dtd"
    deep = copy.copy(xml).replace(b"</cfdi:Comprobante>", b"<a>" * 80 + b"</a>" * 80 + b"</cfdi:Comprobante>")
    with pytest.raises(CfdiError) as info:
        _import(deep)
    assert info.value.reason == "too_deep"


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_damaged_carta_porte_is_imported_or_refused_with_a_cfdi_error(data: st.DataObject) -> None:
    """Any element or attribute removed or given another value: a bill of lading or a
    CfdiError with both languages, never another exception."""
    root = build_tree(steel_trip())
    elements = list(root.iter())
    element = data.draw(st.sampled_from(elements[1:]))
    parent = next(p for p in elements if element in list(p))
    if element.attrib and data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(element.attrib)))
        if data.draw(st.booleans()):
            del element.attrib[name]
        else:
            element.set(name, data.draw(st.text(max_size=20)))
    else:
        parent.remove(element)
    try:
        imported = import_cfdi(to_bytes(root), doctype="bill-of-lading")
    except CfdiError as error:
        assert error.messages["es"] and error.messages["en"]
    else:
        assert all(note["es"] and note["en"] for note in imported.notes)
