"""Validation: every single-field check and every cross-field rule, with the exact
bilingual message; all problems reported at once; reference lists."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.core.documents import refdata
from sello.core.documents.doctypes import FieldDef, get_doctype, load_doctypes
from sello.core.documents.validation import (
    FieldError,
    InvalidDocumentError,
    canonical_decimal,
    normalize_data,
    normalize_value,
    validate,
    validate_field,
)
from sello.core.resources import load_json_resource


def example(doc_id: str) -> dict[str, Any]:
    return load_json_resource("examples", f"{doc_id}.json")


def field(doc_id: str, pattern: str) -> FieldDef:
    return get_doctype(doc_id).field_ref(pattern).field


@pytest.mark.parametrize("doc_id", sorted(load_doctypes()))
def test_every_example_validates_clean_and_is_canonical(doc_id: str) -> None:
    d = get_doctype(doc_id)
    data = example(doc_id)
    assert validate(d, data) == []
    assert normalize_data(d, data) == data


def test_mill_test_report_example_has_three_heats_with_full_chemistry() -> None:
    heats = example("mill-test-report")["heats"]
    assert len(heats) == 3
    chem_ids = {f.id for f in get_doctype("mill-test-report").section_at("heats[].chemistry").fields}
    assert all(set(h["chemistry"]) == chem_ids for h in heats)


# -- single fields: bad value -> exact message ---------------------------------------------

MTR, CI, USMCA, BOL = "mill-test-report", "commercial-invoice", "usmca-certification", "bill-of-lading"

SINGLE = [
    (MTR, "heats[].heat_number", "  ", "es obligatorio", "is required"),
    (
        MTR,
        "heats[].country_of_melt_and_pour",
        "XX",
        "no es un código de país ISO 3166-1 de dos letras (p. ej. MX, US)",
        "is not a two-letter ISO 3166-1 country code (e.g. MX, US)",
    ),
    (MTR, "heats[].chemistry.c", "120", "debe estar entre 0 y 100 %", "must be between 0 and 100 %"),
    (MTR, "heats[].chemistry.mn", "-0.1", "debe estar entre 0 y 100 %", "must be between 0 and 100 %"),
    (MTR, "heats[].chemistry.b", "0.00021", "admite como máximo 4 decimales", "allows at most 4 decimals"),
    (MTR, "heats[].net_weight", "0", "debe ser mayor que 0 kg", "must be greater than 0 kg"),
    (MTR, "heats[].gross_weight", "-12", "debe ser mayor que 0 kg", "must be greater than 0 kg"),
    (
        MTR,
        "heats[].net_weight",
        "12 t",
        "debe ser un número (use punto decimal, p. ej. 1250.5)",
        "must be a number (use a dot for decimals, e.g. 1250.5)",
    ),
    (MTR, "heats[].pieces", "2.5", "debe ser un número entero", "must be a whole number"),
    (MTR, "heats[].pieces", 0, "debe ser al menos 1", "must be at least 1"),
    (
        MTR,
        "heats[].mechanical.charpy_temperature",
        "-300",
        "debe estar entre -273 y 1000 °C",
        "must be between -273 and 1000 °C",
    ),
    (
        MTR,
        "certificate.en10204_type",
        "3.3",
        "debe ser uno de: 2.1, 2.2, 3.1, 3.2",
        "must be one of: 2.1, 2.2, 3.1, 3.2",
    ),
    (MTR, "certificate.number", "X" * 36, "debe tener como máximo 35 caracteres", "must be at most 35 characters"),
    (
        CI,
        "invoice.port_of_entry",
        "US-LRD",
        "debe tener 5 caracteres: el país y 3 letras o dígitos del 2 al 9 (p. ej. USLRD)",
        "must be 5 characters: the country and 3 letters or digits 2 to 9 (e.g. USLRD)",
    ),
    (
        CI,
        "invoice.port_of_entry",
        "USLR1",
        "debe tener 5 caracteres: el país y 3 letras o dígitos del 2 al 9 (p. ej. USLRD)",
        "must be 5 characters: the country and 3 letters or digits 2 to 9 (e.g. USLRD)",
    ),
    (
        CI,
        "invoice.port_of_entry",
        "ZZLRD",
        "empieza con «ZZ», que no es un código de país",
        "starts with “ZZ”, which is not a country code",
    ),
    (
        CI,
        "items[].hs_code",
        "7208.5",
        "debe tener 6, 8 o 10 dígitos (p. ej. 7208.51.0060)",
        "must have 6, 8 or 10 digits (e.g. 7208.51.0060)",
    ),
    (
        CI,
        "items[].hs_code",
        "7208.51.006A",
        "debe tener 6, 8 o 10 dígitos (p. ej. 7208.51.0060)",
        "must have 6, 8 or 10 digits (e.g. 7208.51.0060)",
    ),
    (
        USMCA,
        "goods[].hs_code",
        "7208.51.00",
        "debe tener 6 dígitos (p. ej. 7208.51)",
        "must have 6 digits (e.g. 7208.51)",
    ),
    (
        CI,
        "seller.tax_id",
        "ANO8503",
        "no es un RFC válido: 12 caracteres para persona moral o 13 para persona física (p. ej. ANO850101AB1)",
        "is not a valid RFC: 12 characters for a company or 13 for an individual (e.g. ANO850101AB1)",
    ),
    (
        CI,
        "seller.tax_id",
        "ANO851312QK7",
        "no es un RFC válido: 12 caracteres para persona moral o 13 para persona física (p. ej. ANO850101AB1)",
        "is not a valid RFC: 12 characters for a company or 13 for an individual (e.g. ANO850101AB1)",
    ),
    (
        CI,
        "invoice.date",
        "2024-02-30",
        "debe ser una fecha válida en formato AAAA-MM-DD",
        "must be a valid date in the form YYYY-MM-DD",
    ),
    (
        CI,
        "invoice.date",
        "14/03/2024",
        "debe ser una fecha válida en formato AAAA-MM-DD",
        "must be a valid date in the form YYYY-MM-DD",
    ),
    (
        CI,
        "invoice.incoterm",
        "FOT",
        "no es un Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
        "is not an Incoterm 2020 (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)",
    ),
    (
        CI,
        "invoice.currency",
        "PES",
        "no es una moneda ISO 4217 admitida (p. ej. USD, MXN)",
        "is not a supported ISO 4217 currency (e.g. USD, MXN)",
    ),
    (
        CI,
        "items[].quantity_unit",
        "KG",
        "no es una unidad UN/CEFACT admitida (p. ej. KGM, TNE, PCE)",
        "is not a supported UN/CEFACT unit (e.g. KGM, TNE, PCE)",
    ),
    (CI, "items[].line_total", "10.001", "admite como máximo 2 decimales", "allows at most 2 decimals"),
    (CI, "seller.email", "ventas@acerosdelnorte", "no es un correo electrónico válido", "is not a valid email address"),
    (
        BOL,
        "carrier.scac",
        "tm1",
        "debe tener de 2 a 4 letras mayúsculas (p. ej. TMXL)",
        "must be 2 to 4 capital letters (e.g. TMXL)",
    ),
    (BOL, "carrier.name", 42, "debe ser texto", "must be text"),
]


@pytest.mark.parametrize(
    ("doc_id", "pattern", "value", "es", "en"), SINGLE, ids=[f"{s[1]}={s[2]!r}"[:60] for s in SINGLE]
)
def test_single_field_check_gives_the_exact_message(doc_id: str, pattern: str, value: Any, es: str, en: str) -> None:
    assert validate_field(field(doc_id, pattern), value) == {"es": es, "en": en}


@pytest.mark.parametrize(
    ("doc_id", "pattern", "value", "canonical"),
    [
        (CI, "invoice.port_of_entry", "us lrd", "USLRD"),
        (CI, "items[].hs_code", "7208510060", "7208.51.0060"),
        (CI, "items[].hs_code", " 7208.51 ", "7208.51"),
        (CI, "seller.tax_id", "ano-850312-qk7", "ANO850312QK7"),
        (CI, "items[].line_total", "1,250.50", "1250.50"),
        (MTR, "heats[].chemistry.c", "0,18", "0.18"),
        (MTR, "heats[].chemistry.c", 0.18, "0.18"),
        (MTR, "heats[].chemistry.c", ".180", "0.180"),
        (MTR, "heats[].pieces", "20", 20),
        (MTR, "heats[].country_of_melt_and_pour", "mx", "MX"),
        (MTR, "certificate.en10204_type", "3.1", "3.1"),
        (USMCA, "certifier.role", "producer", "PRODUCER"),
        (CI, "invoice.date", "2024-02-29", "2024-02-29"),
        (MTR, "heats[].heat_number", "   ", None),
    ],
)
def test_valid_values_become_canonical(doc_id: str, pattern: str, value: Any, canonical: Any) -> None:
    f = field(doc_id, pattern)
    assert normalize_value(f, value) == canonical
    assert validate_field(f, value) is None or (canonical is None and f.required)


def test_normalize_value_raises_for_invalid_values() -> None:
    with pytest.raises(ValueError, match="must be between 0 and 100 %"):
        normalize_value(field(MTR, "heats[].chemistry.c"), "101")


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=Decimal("-1e9"), max_value=Decimal("1e9"))
)
def test_canonical_decimal_keeps_the_value_and_is_idempotent(value: Decimal) -> None:
    text = canonical_decimal(str(value))
    assert Decimal(text) == value
    assert canonical_decimal(text) == text
    assert "e" not in text.lower() and "," not in text


@given(st.text(max_size=12))
def test_canonical_decimal_never_crashes_on_text(text: str) -> None:
    try:
        result = canonical_decimal(text)
    except ValueError:
        return
    Decimal(result)  # whatever it accepts is a plain decimal


# -- whole documents -----------------------------------------------------------------------


def test_a_mill_test_report_with_five_errors_reports_all_five() -> None:
    d = get_doctype(MTR)
    data = copy.deepcopy(example(MTR))
    data["certificate"]["number"] = ""
    data["heats"][1]["chemistry"]["c"] = "120"
    data["heats"][0]["country_of_melt_and_pour"] = "XX"
    data["heats"][2]["net_weight"] = "0"
    del data["customer"]["country"]
    errors = validate(d, data)
    assert [(e.path, e.text("es")) for e in errors] == [
        ("certificate.number", "Certificado › Número de certificado: es obligatorio"),
        ("customer.country", "Cliente › País: es obligatorio"),
        (
            "heats[0].country_of_melt_and_pour",
            "Colada 1 › País de fusión y vaciado: no es un código de país ISO 3166-1 de dos letras (p. ej. MX, US)",
        ),
        ("heats[1].chemistry.c", "Colada 2 › C: debe estar entre 0 y 100 %"),
        ("heats[2].net_weight", "Colada 3 › Peso neto: debe ser mayor que 0 kg"),
    ]
    assert errors[3] == FieldError(
        "heats[1].chemistry.c",
        "c",
        {"es": "Colada 2 › C", "en": "Heat 2 › C"},
        {"es": "debe estar entre 0 y 100 %", "en": "must be between 0 and 100 %"},
    )
    assert errors[3].text("en") == "Heat 2 › C: must be between 0 and 100 %"
    with pytest.raises(InvalidDocumentError) as info:
        normalize_data(d, data)
    assert len(info.value.errors) == 5
    assert str(info.value) == (
        "The document is not complete: Certificate › Certificate number: is required (and 4 more)."
    )


def test_structure_problems_are_reported() -> None:
    d = get_doctype(MTR)
    data = copy.deepcopy(example(MTR))
    data["heats"][0]["colour"] = "blue"
    data["extra"] = {}
    assert [(e.path, e.text("en")) for e in validate(d, data)] == [
        ("extra", "extra: is not a field of this document"),
        ("heats[0].colour", "Heat 1 › colour: is not a field of this document"),
    ]
    data = copy.deepcopy(example(MTR))
    data["heats"] = []
    assert [e.text("es") for e in validate(d, data)] == ["Coladas: debe tener al menos 1 fila"]
    data["heats"] = {"heat_number": "A1"}
    assert [e.text("en") for e in validate(d, data)] == ["Heats: has the wrong format"]
    assert [e.text("en") for e in validate(d, "not a dict")] == ["(document): has the wrong format"]


def test_too_many_rows() -> None:
    d = get_doctype(BOL)
    data = copy.deepcopy(example(BOL))
    data["seals"] = [{"number": f"S{i}"} for i in range(11)]
    assert [e.text("es") for e in validate(d, data)] == ["Sellos: puede tener como máximo 10 filas"]


# -- cross-field rules -----------------------------------------------------------------------


def errors_of(doc_id: str, change: Any) -> list[tuple[str, str, str]]:
    data = copy.deepcopy(example(doc_id))
    change(data)
    return [(e.path, e.text("es"), e.text("en")) for e in validate(get_doctype(doc_id), data)]


def test_blanket_period_must_not_end_before_it_starts() -> None:
    def change(d: dict) -> None:
        d["period"] = {"blanket_from": "2024-06-01", "blanket_to": "2024-05-31"}

    assert errors_of(USMCA, change) == [
        (
            "period.blanket_to",
            "Periodo general (blanket) › Hasta: debe ser igual o posterior a «Desde»",
            "Blanket period › To: must be on or after “From”",
        )
    ]


def test_blanket_period_is_at_most_twelve_months() -> None:
    def exactly_twelve(d: dict) -> None:
        d["period"] = {"blanket_from": "2024-03-15", "blanket_to": "2025-03-14"}

    def one_day_more(d: dict) -> None:
        d["period"] = {"blanket_from": "2024-03-15", "blanket_to": "2025-03-15"}

    assert errors_of(USMCA, exactly_twelve) == []
    assert errors_of(USMCA, one_day_more) == [
        (
            "period.blanket_to",
            "Periodo general (blanket) › Hasta: el periodo desde «Desde» no puede exceder 12 meses "
            "(último día posible: 2025-03-14)",
            "Blanket period › To: the period from “From” cannot exceed 12 months (last possible day: 2025-03-14)",
        )
    ]


def test_blanket_period_needs_both_ends() -> None:
    def change(d: dict) -> None:
        d["period"] = {"blanket_from": "2024-01-01"}

    assert errors_of(USMCA, change) == [
        (
            "period.blanket_to",
            "Periodo general (blanket) › Hasta: es obligatorio cuando se indica «Desde»",
            "Blanket period › To: is required when “From” is given",
        )
    ]


def test_invoice_total_must_equal_the_sum_within_a_cent() -> None:
    def within(d: dict) -> None:
        d["totals"]["total_amount"] = "88972.01"

    def off(d: dict) -> None:
        d["totals"]["total_amount"] = "88972.02"

    assert errors_of(CI, within) == []
    assert errors_of(CI, off) == [
        (
            "totals.total_amount",
            "Totales › Total de la factura: debe ser igual a la suma de los importes de las partidas "
            "más flete y seguro (88972.00)",
            "Totals › Invoice total: must equal the sum of the line totals plus freight and insurance (88972.00)",
        )
    ]


def test_packing_list_package_count_must_add_up() -> None:
    def change(d: dict) -> None:
        d["totals"]["total_packages"] = 4

    assert errors_of("packing-list", change) == [
        (
            "totals.total_packages",
            "Totales › Total de bultos: debe ser igual a la suma de los bultos de cada renglón (3)",
            "Totals › Total packages: must equal the sum of the packages of every row (3)",
        )
    ]


def test_gross_weight_cannot_be_less_than_net_weight() -> None:
    def change(d: dict) -> None:
        d["heats"][1]["gross_weight"] = "100"

    assert errors_of(MTR, change) == [
        (
            "heats[1].gross_weight",
            "Colada 2 › Peso bruto: no puede ser menor que «Peso neto»",
            "Heat 2 › Gross weight: cannot be less than “Net weight”",
        )
    ]


def test_tensile_strength_cannot_be_below_yield_strength() -> None:
    def change(d: dict) -> None:
        d["heats"][0]["mechanical"]["tensile_strength"] = "350"

    assert errors_of(MTR, change) == [
        (
            "heats[0].mechanical.tensile_strength",
            "Colada 1 › Resistencia a la tensión: no puede ser menor que «Límite elástico»",
            "Heat 1 › Tensile strength: cannot be less than “Yield strength”",
        )
    ]


def test_hardness_needs_its_scale() -> None:
    def change(d: dict) -> None:
        del d["heats"][2]["mechanical"]["hardness_scale"]

    assert errors_of(MTR, change) == [
        (
            "heats[2].mechanical.hardness_scale",
            "Colada 3 › Escala de dureza: es obligatorio cuando se indica «Dureza»",
            "Heat 3 › Hardness scale: is required when “Hardness” is given",
        )
    ]


# -- reference lists ------------------------------------------------------------------------------


def test_countries_cover_iso_3166_in_both_languages() -> None:
    es = dict(refdata.countries("es"))
    en = dict(refdata.countries("en"))
    assert len(es) == len(en) == 249
    assert (es["MX"], en["MX"]) == ("México", "Mexico")
    assert (es["US"], en["US"]) == ("Estados Unidos", "United States")
    names = [name for _, name in refdata.countries("es")]
    assert names.index("Alemania") < names.index("Ecuador") < names.index("España")
    assert refdata.is_country("CA") and not refdata.is_country("XZ")


def test_type_ahead_search_prefers_codes_then_names() -> None:
    found = refdata.search(refdata.countries("es"), "mex")
    assert found[0] == ("MX", "México")
    assert refdata.search(refdata.countries("en"), "us")[0][0] == "US"
    assert refdata.search(refdata.locodes("en"), "laredo")[:2] == [
        ("USLRD", "USLRD — Laredo, TX, United States"),
        ("MXNLD", "MXNLD — Nuevo Laredo, TAM, Mexico"),
    ]


def test_locodes_units_incoterms_and_currencies() -> None:
    codes = [code for code, _ in refdata.locodes("es")]
    assert {
        "USLRD",
        "USELP",
        "USBRO",
        "USEGP",
        "USDRT",
        "USNOG",
        "MXNLD",
        "MXMTY",
        "MXSLT",
        "MXLZC",
        "MXVER",
        "MXATM",
        "USHOU",
    } <= set(codes)
    loredo = field(CI, "invoice.port_of_entry")
    assert all(validate_field(loredo, code) is None for code in codes)
    assert [c for c, _ in refdata.locodes("es", border_only=True)][:2] == ["USLRD", "USELP"]
    assert refdata.unit_symbol("P1") == "%" and refdata.unit_symbol("MPA") == "MPa"
    assert [c for c, _ in refdata.units("en", kind="mass")] == ["KGM", "TNE", "LBR", "STN"]
    assert [c for c, _ in refdata.incoterms("es")][:3] == ["EXW", "FCA", "CPT"]
    assert len(refdata.incoterms("en")) == 11
    assert {"MXN", "USD", "CAD", "EUR"} <= {c for c, _ in refdata.currencies("en")}
    assert dict(refdata.currencies("es"))["MXN"] == "MXN — Peso mexicano"
