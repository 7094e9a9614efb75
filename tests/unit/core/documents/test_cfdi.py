"""Importing CFDI 4.0 export invoices (Comercio Exterior) into the document forms."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sello.core.documents.cfdi import (
    MAX_BYTES,
    MAX_DEPTH,
    CfdiError,
    CfdiImport,
    import_cfdi,
    import_cfdi_file,
    read_cfdi,
)
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.validation import check, validate
from sello.core.errors import InputError
from tests.cfdi_builder import (
    CCE20,
    CFDI,
    CfdiSpec,
    Domicilio,
    build_cfdi,
    build_tree,
    find,
    steel_export,
    to_bytes,
)

CI = get_doctype("commercial-invoice")
PL = get_doctype("packing-list")
USMCA = get_doctype("usmca-certification")
CCE = "cfdi:Complemento/cce20:ComercioExterior"


def texts(result: CfdiImport, lang: str = "en") -> str:
    return "\n".join(note[lang] for note in result.notes)


def build_tree_bytes(spec: CfdiSpec) -> bytes:
    return to_bytes(build_tree(spec))


# -- what the forms get ------------------------------------------------------------------------


def complete_invoice(data: dict) -> dict:
    """Add what a CFDI cannot give a commercial invoice."""
    data = copy.deepcopy(data)
    data["invoice"].update(port_of_entry="USLRD", origin_country="MX")
    data["seller"]["city"] = "General Escobedo"
    for item in data["items"]:
        item["country_of_origin"] = "MX"
    return data


def test_usd_invoice_fills_the_commercial_invoice() -> None:
    result = import_cfdi(build_cfdi(steel_export("USD")))
    data = result.data
    assert data["invoice"] == {
        "number": "FEX-912",
        "date": "2024-03-14",
        "currency": "USD",
        "incoterm": "DAP",
        "payment_terms": "Neto 30 días",
        "destination_country": "US",
    }
    assert data["seller"] == {
        "name": "ACEROS DEL NORTE",
        "tax_id": "ANO850312QK7",
        "street": "Av. Industrial Regiomontana 1450",
        "region": "Nuevo León",
        "postal_code": "66062",
        "country": "MX",
    }
    assert data["buyer"] == {
        "name": "Lone Star Steel Fabricators LLC",
        "tax_id": "742987651",
        "street": "8100 Clinton Dr",
        "city": "Houston",
        "region": "TX",
        "postal_code": "77029",
        "country": "US",
    }
    assert data["consignee"]["name"] == "Lone Star Steel Fabricators LLC - Yard 2"
    assert data["consignee"]["city"] == "Laredo"
    assert [
        (i["hs_code"], i["quantity"], i["quantity_unit"], i["net_weight"], i["unit_price"], i["line_total"])
        for i in data["items"]
    ] == [
        ("7208.38", "48.215", "TNE", "48215", "905.00", "43634.58"),
        ("7214.20", "24480", "KGM", "24480", "0.78", "19094.40"),
        ("7306.30", "180", "PCE", "18512.64", "96.50", "17370.00"),
    ]
    assert data["items"][0]["description"].startswith("Lámina rolada en caliente en rollo")
    assert data["totals"] == {"total_amount": "80098.98"}
    assert validate(CI, complete_invoice(data)) == []
    notes = texts(result)
    assert "7208.38.01 NICO 01 → 7208.38" in notes
    assert "H87" in notes and "General Escobedo" not in notes
    assert "Municipio 021, Localidad 07" in notes  # the seller's city is only SAT keys


def test_mxn_invoice_keeps_pesos_and_notes_the_dollar_total() -> None:
    result = import_cfdi(build_cfdi(steel_export("MXN")))
    data = result.data
    assert data["invoice"]["currency"] == "MXN"
    assert [i["line_total"] for i in data["items"]] == ["744022.06", "325584.00", "296179.20"]
    assert data["totals"]["total_amount"] == "1365785.26"
    assert "its USD total is 80099.06 (TipoCambioUSD 17.0512)" in texts(result)
    assert "su total en USD es 80099.06" in texts(result, "es")
    assert validate(CI, complete_invoice(data)) == []


def test_mxn_invoice_in_usd_uses_the_complement_values() -> None:
    xml = build_cfdi(steel_export("MXN"))
    result = import_cfdi(xml, in_usd=True)
    data = result.data
    assert data["invoice"]["currency"] == "USD"
    assert [
        (i["quantity"], i["quantity_unit"], i["unit_price"], i["line_total"], i["net_weight"]) for i in data["items"]
    ] == [
        ("48215", "KGM", "0.905", "43634.58", "48215"),
        ("24480", "KGM", "0.78", "19094.50", "24480"),  # ValorUnitarioAduana 0.780004
        ("18512.64", "KGM", "0.9383", "17369.98", "18512.64"),
    ]
    assert data["totals"]["total_amount"] == "80099.06"  # TotalUSD
    notes = texts(result)
    assert "customs values in USD" in notes
    assert "Unit price: 0.938277 was rounded to 4 decimals." in notes
    assert validate(CI, complete_invoice(data)) == []


def test_packing_list_gets_parties_goods_and_net_weights() -> None:
    result = import_cfdi(build_cfdi(), doctype="packing-list")
    data = result.data
    assert data["packing"] == {"invoice_number": "FEX-912"}
    assert data["consignee"]["name"] == "Lone Star Steel Fabricators LLC - Yard 2"
    assert [(p["hs_code"], p["net_weight"]) for p in data["packages"]] == [
        ("7208.38", "48215"),
        ("7214.20", "24480"),
        ("7306.30", "18512.64"),
    ]
    assert data["totals"] == {"total_net_weight": "91207.64"}
    data = copy.deepcopy(data)
    data["packing"].update(number="PL-912", ship_date="2024-03-15")
    for n, package in enumerate(data["packages"], start=1):
        package.update(marks=f"ADN/LSF {n}", package_count=1, gross_weight=str(Decimal(package["net_weight"]) + 45))
    data["totals"].update(total_packages=3, total_gross_weight="91342.64")
    assert validate(PL, data) == []
    assert "marks" in texts(result)


def test_usmca_certification_gets_certifier_importer_and_goods() -> None:
    xml = build_cfdi(steel_export(certificado_origen="1", num_certificado_origen="TMEC-2024-0007"))
    result = import_cfdi(xml, doctype="usmca-certification")
    data = result.data
    assert data["certification"] == {"reference": "TMEC-2024-0007"}
    assert data["certifier"]["tax_id"] == "ANO850312QK7"
    assert data["importer"]["name"] == "Lone Star Steel Fabricators LLC"
    assert [g["hs_code"] for g in data["goods"]] == ["7208.38", "7214.20", "7306.30"]
    assert "serves as a certificate of origin (TMEC-2024-0007)" in texts(result)
    data = copy.deepcopy(data)
    data["certifier"].update(
        role="EXPORTER", city="General Escobedo", phone="+52 81 8150 4400", email="exportaciones@acerosdelnorte.com.mx"
    )
    for good in data["goods"]:
        good["origin_criterion"] = "C"
    data["signature"] = {"name": "Ricardo Salinas", "title": "Gerente", "date": "2024-03-14"}
    assert validate(USMCA, data) == []


def test_source_identifies_the_cfdi() -> None:
    source = import_cfdi(build_cfdi()).source
    assert source["uuid"] == "5F3C1E2A-9B47-4D8E-A1C6-7E2B0D94F613"
    assert (source["serie"], source["folio"], source["fecha"]) == ("FEX", "912", "2024-03-14T10:22:05")
    assert source["cce_version"] == "2.0"
    assert source["fracciones"][1] == {
        "no_identificacion": "VAR-A615-5",
        "fraccion_arancelaria": "7214200100",
        "hs": "7214.20",
    }


def test_comercio_exterior_11_with_8_digit_fracciones() -> None:
    xml = build_cfdi(steel_export(cce_version="1.1"))
    assert b"cce11:ComercioExterior" in xml
    result = import_cfdi(xml)
    assert result.source["cce_version"] == "1.1"
    assert [i["hs_code"] for i in result.data["items"]] == ["7208.38", "7214.20", "7306.30"]
    assert "7208.38.01 → 7208.38" in texts(result)
    assert validate(CI, complete_invoice(result.data)) == []


def test_file_import(tmp_path: Path) -> None:
    path = tmp_path / "FEX-912.xml"
    path.write_bytes(build_cfdi())
    assert import_cfdi_file(path).data["invoice"]["number"] == "FEX-912"
    assert import_cfdi_file(str(path), doctype="packing-list").doctype == "packing-list"
    with pytest.raises(CfdiError) as missing:
        import_cfdi_file(tmp_path / "nope.xml")
    assert missing.value.reason == "unreadable" and "nope.xml" in str(missing.value)
    big = tmp_path / "big.xml"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(CfdiError) as large:
        import_cfdi_file(big)
    assert large.value.reason == "too_large"


# -- conversions and assumptions -----------------------------------------------------------------


def test_units_incoterms_and_countries_are_converted_or_noted() -> None:
    spec = steel_export(incoterm="DAT", unidad_aduana="14")
    spec.conceptos[1].clave_unidad = "XBX"
    for concepto in spec.conceptos:  # customs quantities in tonnes (UnidadAduana 14)
        concepto.kilos = concepto.kilos / 1000
    spec.receptor_domicilio = Domicilio(
        calle="Rue Peel", numero_exterior="1000", localidad="Montréal", estado="QC", pais="ZZZ", codigo_postal="H3C 2H8"
    )
    result = import_cfdi(build_tree_bytes(spec), in_usd=False)
    data, notes = result.data, texts(result)
    assert data["invoice"]["incoterm"] == "DPU" and "Incoterm DAT" in notes
    assert "quantity_unit" not in data["items"][1]
    assert "Concepto 2: ClaveUnidad “XBX” has no equivalent in Sello" in notes
    assert data["items"][0]["net_weight"] == "48215"  # 48.215 t from the customs data
    assert data["buyer"]["country"] == "US"  # from ResidenciaFiscal
    assert data["buyer"]["city"] == "Montréal"
    assert "country “ZZZ” is not a known ISO code" in notes

    customs = import_cfdi(build_tree_bytes(spec), in_usd=True).data
    assert [(i["quantity"], i["quantity_unit"], i["unit_price"], i["net_weight"]) for i in customs["items"][:2]] == [
        ("48.215", "TNE", "905.0001", "48215"),
        ("24.48", "TNE", "780.00", "24480"),
    ]

    unknown = import_cfdi(build_cfdi(steel_export(incoterm="DDU")))
    assert "incoterm" not in unknown.data["invoice"]
    assert "Incoterm “DDU” is not an Incoterm 2020" in texts(unknown)


def test_discounts_serie_and_missing_consignee() -> None:
    spec = steel_export(serie=None, destinatarios=[])
    spec.conceptos[2].descuento = Decimal("370.00")
    result = import_cfdi(build_tree_bytes(spec))
    data, notes = result.data, texts(result)
    assert data["invoice"]["number"] == "912"
    assert "consignee" not in data
    assert data["invoice"]["destination_country"] == "US"
    assert "taken from the buyer's address" in notes
    assert data["items"][2]["line_total"] == "17000.00" and "370.00 discount" in notes
    assert data["totals"]["total_amount"] == "79728.98"
    assert validate(CI, complete_invoice(data)) == []

    no_number = import_cfdi(build_cfdi(steel_export(serie=None, folio=None)))
    assert "number" not in no_number.data["invoice"]
    assert "5F3C1E2A-9B47-4D8E-A1C6-7E2B0D94F613" in texts(no_number)

    packing = import_cfdi(build_tree_bytes(spec), doctype="packing-list")
    assert packing.data["consignee"]["name"] == "Lone Star Steel Fabricators LLC"


def test_two_conceptos_sharing_one_mercancia() -> None:
    root = build_tree(steel_export())
    conceptos = find(root, "cfdi:Conceptos")
    second = copy.deepcopy(conceptos[0])
    second.set("Descripcion", "Lámina rolada en caliente en rollo, colada 2")
    conceptos.insert(1, second)
    result = import_cfdi(to_bytes(root))
    items = result.data["items"]
    assert len(items) == 4
    # the customs weight covers both lines, so each line's weight comes from its own tonnes
    assert items[0]["net_weight"] == items[1]["net_weight"] == "48215"
    assert items[1]["hs_code"] == "7208.38"


def test_several_fracciones_for_one_concepto_leave_the_hs_code_to_the_user() -> None:
    root = build_tree(steel_export())
    mercancias = find(root, f"{CCE}/cce20:Mercancias")
    extra = copy.deepcopy(mercancias[0])
    extra.set("FraccionArancelaria", "7208399901")
    mercancias.append(extra)
    result = import_cfdi(to_bytes(root))
    assert "hs_code" not in result.data["items"][0]
    assert "several tariff fractions (7208380101, 7208399901)" in texts(result)


# -- refusals, each naming what is wrong ---------------------------------------------------------


def _without(path: str, attribute: str | None = None) -> Callable[[ET.Element], None]:
    def mutate(root: ET.Element) -> None:
        parent_path, _, _ = path.rpartition("/")
        target = find(root, path) if path else root
        if attribute is not None:
            del target.attrib[attribute]
        else:
            parent = find(root, parent_path) if parent_path else root
            parent.remove(target)

    return mutate


def _set(path: str, attribute: str, value: str) -> Callable[[ET.Element], None]:
    def mutate(root: ET.Element) -> None:
        (find(root, path) if path else root).set(attribute, value)

    return mutate


def _empty(path: str) -> Callable[[ET.Element], None]:
    def mutate(root: ET.Element) -> None:
        element = find(root, path)
        for child in list(element):
            element.remove(child)

    return mutate


# (reason, how to break the CFDI, what both the English and the Spanish message must name)
BAD_CFDIS = [
    ("version", _set("", "Version", "3.9"), ["3.9", "CFDI 4.0"]),
    ("kind", _set("", "TipoDeComprobante", "E"), ["TipoDeComprobante", "E"]),
    ("not_export", _set("", "Exportacion", "01"), ["Exportacion", "01", "02"]),
    ("not_export", _without("", "Exportacion"), ["Exportacion", "02"]),
    ("no_complement", _without(CCE), ["Comercio Exterior", "cce20:ComercioExterior"]),
    ("missing", _without("cfdi:Conceptos"), ["cfdi:Conceptos"]),
    ("missing", _empty("cfdi:Conceptos"), ["cfdi:Concepto"]),
    ("missing", _without(f"{CCE}/cce20:Mercancias"), ["cce20:Mercancias"]),
    ("missing", _empty(f"{CCE}/cce20:Mercancias"), ["cce20:Mercancia"]),
    (
        "missing",
        _without(f"{CCE}/cce20:Mercancias/cce20:Mercancia[2]", "FraccionArancelaria"),
        ["FraccionArancelaria", "cce20:Mercancia 2 (NoIdentificacion VAR-A615-5)"],
    ),
    (
        "bad_value",
        _set(f"{CCE}/cce20:Mercancias/cce20:Mercancia[1]", "FraccionArancelaria", "7208"),
        ["FraccionArancelaria", "7208", "8", "10", "NICO"],
    ),
    (
        "missing",
        _without("cfdi:Conceptos/cfdi:Concepto[3]", "Cantidad"),
        ["cfdi:Concepto 3 (NoIdentificacion TUB-A53-4-40)", "Cantidad"],
    ),
    (
        "bad_value",
        _set("cfdi:Conceptos/cfdi:Concepto[1]", "Importe", "1,234.00"),
        ["cfdi:Concepto 1", "Importe", "1,234.00"],
    ),
    (
        "missing",
        _without("cfdi:Conceptos/cfdi:Concepto[2]", "NoIdentificacion"),
        ["cfdi:Concepto 2", "NoIdentificacion"],
    ),
    (
        "unmatched",
        _set("cfdi:Conceptos/cfdi:Concepto[2]", "NoIdentificacion", "VAR-X"),
        ["cfdi:Concepto 2 (NoIdentificacion VAR-X)", "cce20:Mercancia"],
    ),
    (
        "unmatched",
        _set(f"{CCE}/cce20:Mercancias/cce20:Mercancia[3]", "NoIdentificacion", "T-9"),
        ["cfdi:Concepto 3 (NoIdentificacion TUB-A53-4-40)", "cce20:Mercancia"],
    ),
    ("missing", _without("cfdi:Emisor"), ["cfdi:Emisor"]),
    ("missing", _without("cfdi:Receptor", "Nombre"), ["cfdi:Receptor", "Nombre"]),
    ("missing", _without("", "Moneda"), ["cfdi:Comprobante", "Moneda"]),
    ("bad_value", _set("", "Fecha", "14/03/2024"), ["Fecha", "14/03/2024"]),
    ("bad_value", _set("", "Fecha", "2024-02-30T10:00:00"), ["Fecha", "2024-02-30T10:00:00"]),
]


@pytest.mark.parametrize(
    ("reason", "mutate", "names"), BAD_CFDIS, ids=[f"{i}-{case[0]}" for i, case in enumerate(BAD_CFDIS)]
)
def test_refusals_name_the_problem(reason: str, mutate: Callable[[ET.Element], None], names: list[str]) -> None:
    root = build_tree(steel_export())
    mutate(root)
    with pytest.raises(CfdiError) as info:
        import_cfdi(to_bytes(root))
    error = info.value
    assert isinstance(error, InputError)
    assert error.reason == reason
    assert str(error) == error.message == error.messages["en"]
    assert error.message_es == error.messages["es"] != error.message
    for name in names:
        assert name in error.message
        assert name in error.message_es


def test_a_missing_fraccion_reads_well() -> None:
    root = build_tree(steel_export())
    del find(root, f"{CCE}/cce20:Mercancias/cce20:Mercancia[2]").attrib["FraccionArancelaria"]
    with pytest.raises(CfdiError) as info:
        import_cfdi(to_bytes(root))
    assert info.value.message == (
        "cce20:Mercancia 2 (NoIdentificacion VAR-A615-5) has no FraccionArancelaria; Sello needs "
        "the tariff classification of every good."
    )
    assert info.value.message_es == (
        "cce20:Mercancia 2 (NoIdentificacion VAR-A615-5) no tiene FraccionArancelaria; Sello "
        "necesita la fracción arancelaria de cada mercancía."
    )


@pytest.mark.parametrize(
    ("xml", "reason", "expected"),
    [
        (b"", "empty", "empty"),
        (b"   \n", "empty", "empty"),
        (b"hello", "malformed", "not well-formed XML"),
        (b"<a><b></a>", "malformed", "line 1"),
        (b"<factura/>", "not_cfdi", "root element is factura"),
        (b'<Comprobante xmlns="http://www.sat.gob.mx/cfd/3" Version="3.3"/>', "version", "CFDI 3.3"),
        ("<a>é</a>".encode("latin-1"), "encoding", "UTF-8"),
        ("<a>é</a>".encode("utf-16"), "encoding", "UTF-8"),
    ],
)
def test_refusals_of_files_that_are_not_cfdi(xml: bytes, reason: str, expected: str) -> None:
    with pytest.raises(CfdiError) as info:
        import_cfdi(xml)
    assert info.value.reason == reason
    assert expected in info.value.message


def test_unsupported_doctype() -> None:
    with pytest.raises(CfdiError) as info:
        import_cfdi(build_cfdi(), doctype="mill-test-report")
    assert info.value.reason == "unsupported_doctype"
    assert "commercial-invoice, packing-list, usmca-certification" in info.value.message


# -- hostile XML -------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0">&lol9;</cfdi:Comprobante>
"""


@pytest.mark.parametrize(
    "xml",
    [
        BILLION_LAUGHS,
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
        b'\xef\xbb\xbf<!DOCTYPE cfdi:Comprobante SYSTEM "http://example.com/cfdi.dtd"><r/>',
        b"<r><!ENTITY x 'y'></r>",
    ],
)
def test_dtds_and_entities_are_refused_before_parsing(xml: bytes) -> None:
    with pytest.raises(CfdiError) as info:
        import_cfdi(xml)
    assert info.value.reason == "dtd"  # refused before the parser expands anything (no timing here:
    assert "DOCTYPE" in info.value.message  # tests/hardening measures time and memory of bombs)


def test_a_valid_cfdi_with_a_doctype_is_still_refused() -> None:
    xml = build_cfdi().replace(b"?>", b"?><!DOCTYPE cfdi:Comprobante>", 1)
    with pytest.raises(CfdiError) as info:
        import_cfdi(xml)
    assert info.value.reason == "dtd"


def test_size_and_depth_limits() -> None:
    with pytest.raises(CfdiError) as large:
        import_cfdi(b" " * (MAX_BYTES + 1))
    assert large.value.reason == "too_large" and "5 MB" in large.value.message
    deep = b"<a>" * (MAX_DEPTH + 1) + b"</a>" * (MAX_DEPTH + 1)
    with pytest.raises(CfdiError) as nested:
        import_cfdi(deep)
    assert nested.value.reason == "too_deep"
    very_deep = b"<a>" * 200_000 + b"</a>" * 200_000
    with pytest.raises(CfdiError):
        import_cfdi(very_deep)


# -- property tests: nothing but CfdiError escapes -------------------------------------------------


def _import_all(xml: bytes) -> None:
    for doctype in ("commercial-invoice", "packing-list", "usmca-certification"):
        for in_usd in (False, True):
            try:
                result = import_cfdi(xml, doctype=doctype, in_usd=in_usd)
            except CfdiError as error:
                assert error.message and error.message_es
                continue
            check(get_doctype(doctype), result.data)  # well-shaped form data, valid or not


@given(st.binary(max_size=3000))
def test_arbitrary_bytes_raise_only_cfdi_errors(xml: bytes) -> None:
    _import_all(xml)


@given(st.text(max_size=500))
def test_arbitrary_text_in_a_comprobante_raises_only_cfdi_errors(text: str) -> None:
    xml = f'<cfdi:Comprobante xmlns:cfdi="{CFDI}" Version="4.0">{text}</cfdi:Comprobante>'
    _import_all(xml.encode("utf-8"))


VALID = build_tree(steel_export("MXN"))
ELEMENTS = len(list(VALID.iter()))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, ELEMENTS - 1),
            st.integers(0, 40),
            st.one_of(
                st.none(),
                st.text(max_size=12),
                st.sampled_from(
                    [
                        "",
                        "0",
                        "-1",
                        "1e5",
                        "NaN",
                        "MEX",
                        "ZZZ",
                        "99999999999999999999.9999999999",
                        "7208",
                        "01",
                        "XBX",
                        "3.3",
                    ]
                ),
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_cfdis_raise_only_cfdi_errors(mutations: list[tuple[int, int, str | None]]) -> None:
    root = copy.deepcopy(VALID)
    for element_index, attribute_index, value in mutations:
        elements = list(root.iter())
        element = elements[element_index % len(elements)]
        names = sorted(element.attrib)
        if value is None and names:
            del element.attrib[names[attribute_index % len(names)]]
        elif value is None:
            parent = next((p for p in root.iter() if element in list(p)), None)
            if parent is not None:
                parent.remove(element)
        elif names:
            element.set(names[attribute_index % len(names)], value)
    _import_all(to_bytes(root))


@given(st.integers(0, len(build_cfdi()) - 1))
def test_truncated_cfdis_are_refused(length: int) -> None:
    with pytest.raises(CfdiError):
        import_cfdi(build_cfdi()[:length])


def test_read_cfdi_exposes_sat_terms() -> None:
    invoice = read_cfdi(build_cfdi(steel_export("MXN")))
    assert invoice.moneda == "MXN" and invoice.tipo_cambio_usd == Decimal("17.0512")
    assert invoice.mercancias[0].display() == "7208.38.01 NICO 01"
    assert invoice.emisor.address is not None
    assert invoice.emisor.address.city_keys == "Municipio 021, Localidad 07, Colonia 0412"
    assert invoice.receptor.residence == "US"
    assert CCE20 in build_cfdi().decode()


def test_the_declared_encoding_cannot_change_what_was_checked() -> None:
    """The DOCTYPE check and the parser see the same decoded text, whatever the XML
    declaration claims."""
    xml = build_cfdi().replace(b"encoding='utf-8'", b"encoding='ISO-8859-1'", 1)
    assert b"ISO-8859-1" in xml
    items = import_cfdi(xml).data["items"]
    assert items[0]["description"].startswith("Lámina")
