"""The pedimento number: structure, SAT's catalogue of aduanas, a sentence per wrong part."""

from __future__ import annotations

import pytest

from sello.core.documents.doctype_model import FIELD_TYPES
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.field_type_extensions import FIELD_TYPE_EXTENSIONS
from sello.core.documents.pedimento import (
    PedimentoError,
    aduana_name,
    aduanas,
    canonical_pedimento,
    parse_pedimento,
    spaced_pedimento,
)
from sello.core.documents.validation import InvalidDocumentError, normalize_data, validate
from sello.core.resources import load_json_resource


def test_the_four_parts_are_read_and_printed_spaced() -> None:
    found = parse_pedimento("26  24  3420  6001234")
    assert (found.year, found.aduana, found.patente, found.consecutive) == ("26", "24", "3420", "6001234")
    assert found.digits == "262434206001234"
    assert found.spaced() == "26  24  3420  6001234"
    assert aduana_name("24") == "NUEVO LAREDO, NUEVO LAREDO, TAMAULIPAS"


@pytest.mark.parametrize(
    "typed", ["262434206001234", "26 24 3420 6001234", "26-24-3420-6001234", " 26.24.3420.6001234 "]
)
def test_the_usual_ways_of_typing_it_give_the_same_value(typed: str) -> None:
    assert canonical_pedimento(typed) == "262434206001234"


@pytest.mark.parametrize(
    ("typed", "part", "es", "en"),
    [
        ("26 24 3420 600123", "length", "tiene 14 dígitos", "has 14 digits"),
        ("26 24 3420 60012345", "length", "tiene 16 dígitos", "has 16 digits"),
        ("26 99 3420 6001234", "aduana", "la aduana «99»", "customs office (aduana) “99”"),
        ("26 03 3420 6001234", "aduana", "catálogo de aduanas del SAT", "SAT's catalogue of aduanas"),
        ("26 24 0000 6001234", "patente", "la patente", "patente (digits 5 to 8)"),
        ("26 24 3420 5001234", "consecutive", "debe empezar con 6", "must start with 6"),
        ("26 24 34A0 6001234", "characters", "solo puede llevar dígitos", "digits only"),
    ],
)
def test_a_malformed_number_names_the_wrong_part_in_both_languages(typed: str, part: str, es: str, en: str) -> None:
    with pytest.raises(PedimentoError) as info:
        parse_pedimento(typed)
    assert info.value.part == part
    assert es in info.value.message["es"]
    assert en in info.value.message["en"]


def test_the_form_refuses_it_with_the_field_label_and_the_part() -> None:
    doctype = get_doctype("commercial-invoice")
    data = load_json_resource("examples", "commercial-invoice.json")
    data["mx_export"]["pedimento"] = "26 99 3420 6001234"
    errors = validate(doctype, data)
    assert [e.path for e in errors] == ["mx_export.pedimento"]
    assert (
        errors[0]
        .text("es")
        .startswith("Referencias de la exportación (México) › Pedimento de exportación: la aduana «99»")
    )
    assert "the customs office (aduana) “99”" in errors[0].text("en")
    with pytest.raises(InvalidDocumentError):
        normalize_data(doctype, data)
    data["mx_export"]["pedimento"] = "24  24  3420  4001234"
    assert normalize_data(doctype, data)["mx_export"]["pedimento"] == "242434204001234"


def test_a_stored_value_that_is_not_a_pedimento_is_shown_as_it_is() -> None:
    assert spaced_pedimento("242434204001234") == "24  24  3420  4001234"
    assert spaced_pedimento("ABC") == "ABC"  # a credential from elsewhere: never hidden


def test_the_catalogue_names_its_source_and_has_two_digit_keys() -> None:
    raw = load_json_resource("data", "aduanas.json")
    assert "Anexo 22" in raw["$comment"] and "c_Aduana" in raw["$comment"]
    assert len(aduanas()) == 49
    assert all(len(code) == 2 and code.isdigit() for code in aduanas())


def test_every_extension_type_is_a_known_field_type() -> None:
    assert set(FIELD_TYPE_EXTENSIONS) <= FIELD_TYPES
