"""Mill Test Report values against physics and against the named specification: the
tables load and cite their sources, the standard and grade a clerk types are recognised,
impossible values are form errors, out-of-grade values are deviations, both in es/en."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.spec_checks import OutOfGradeError, check_spec
from sello.core.documents.spec_tables import designation_of, find_table, grade_key, plausibility, spec_tables
from sello.core.documents.validation import check, validate
from sello.core.resources import load_json_resource

MTR = get_doctype("mill-test-report")
REQUIRED_SPECS = {"A36", "A572", "A992", "A1011", "A1018", "A653", "A500", "A615", "A706", "A513"}


def mtr(standard: str = "ASTM A572/A572M-21", grade: str = "50", **heat0: str) -> dict[str, Any]:
    data = copy.deepcopy(load_json_resource("examples", "mill-test-report.json"))
    data["product"]["standard"], data["product"]["grade"] = standard, grade
    for path, value in heat0.items():
        group, _, name = path.rpartition("__")
        data["heats"][0][group][name] = value
    return data


def test_every_table_loads_cites_or_says_it_cannot_and_fits_inside_physics() -> None:
    tables = spec_tables()
    assert {n for t in tables for n in t.numbers} >= REQUIRED_SPECS
    physics = plausibility()
    for table in tables:
        assert table.edition and table.note and table.grades, table.file
        if table.cited:
            assert table.sources and all(s.startswith("http") for s in table.sources), table.file
        else:
            assert "NOT CITED" in table.note, table.file
        for grade in table.grades:
            for symbol, limit in grade.chemistry.items():
                top = physics.chemistry[symbol].max
                assert top is not None and (limit.max is None or limit.max <= top), (table.file, symbol)
            assert set(grade.mechanical) <= {"yield_strength", "tensile_strength", "elongation"}


@pytest.mark.parametrize(
    ("standard", "number"),
    [
        ("ASTM A572/A572M-21", "A572"),
        ("astm a 36 / a36m-19", "A36"),
        ("ASTM-A1011/A1011M-18a", "A1011"),
        ("ASTM A500/A500M", "A500"),
        ("NMX-B-254-CANACERO", None),
        ("EN 10025-2 S355JR", None),
    ],
)
def test_designation_in_what_a_clerk_types(standard: str, number: str | None) -> None:
    assert designation_of(standard) == number


def test_grade_spellings_meet_the_same_grade() -> None:
    table = find_table("ASTM A572/A572M-21")
    assert table is not None
    for typed in ("50", "Gr 50", "GR. 50", "Grade 50", "Grado 50", "50 [345]", "gr50"):
        grade = table.grade_named(typed)
        assert grade is not None and grade.id == "50", typed
    assert table.grade_named("70") is None
    assert grade_key("SS Grade 36 [250]") == "SS36"


def test_the_example_a572_50_report_is_within_grade_and_earns_the_conformity_line() -> None:
    canonical, errors = check(MTR, mtr())
    assert errors == []
    report = check_spec(MTR, canonical)
    assert report is not None and report.status == "within_grade" and report.heats == 3
    line = report.conformity()
    assert line == {
        "es": "Conforme a ASTM A572/A572M Gr 50: las 3 coladas cumplen los límites químicos y mecánicos del grado.",
        "en": "Conforms to ASTM A572/A572M Gr 50: all 3 heats meet the chemical and mechanical limits of the grade.",
    }


def test_manganese_85_percent_is_an_error_naming_the_element_and_its_range() -> None:
    errors = validate(MTR, mtr(chemistry__mn="85"))
    assert [(e.path, e.text("es"), e.text("en")) for e in errors] == [
        (
            "heats[0].chemistry.mn",
            "Colada 1 › Mn: 85 % de Mn es imposible en un acero (intervalo físico de Mn: 0 a 30 %)",
            "Heat 1 › Mn: 85 % Mn is impossible in a steel (physical range of Mn: 0 to 30 %)",
        )
    ]


def test_impossible_mechanical_value_and_an_iron_free_chemistry_are_errors() -> None:
    errors = validate(MTR, mtr(mechanical__yield_strength="9000", mechanical__tensile_strength="9100"))
    assert {e.path for e in errors} == {"heats[0].mechanical.yield_strength", "heats[0].mechanical.tensile_strength"}
    assert "9000 MPa es imposible en un acero" in errors[0].text("es")
    crowded = mtr(chemistry__cr="29", chemistry__ni="29", chemistry__mn="1")
    [error] = validate(MTR, crowded)
    assert error.message["en"].startswith("the elements add up to ")
    assert "el hierro es la base" in error.message["es"]


def test_manganese_1_45_on_a36_plate_is_a_deviation_not_an_error() -> None:
    canonical, errors = check(MTR, mtr("ASTM A36/A36M-19", "A36", chemistry__mn="1.45"))
    assert errors == []
    report = check_spec(MTR, canonical)
    assert report is not None and report.status == "out_of_grade" and report.conformity() is None
    [deviation] = report.deviations
    assert deviation.path == "heats[0].chemistry.mn"
    assert deviation.text("es") == "Colada 1 › Mn: 1.45 % está fuera de ASTM A36/A36M (máximo 1.35 %)"
    assert deviation.text("en") == "Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)"
    error = OutOfGradeError(report)
    assert "outside ASTM A36/A36M" in str(error) and "confirm" in str(error)
    assert error.texts()["es"] == deviation.text("es")


def test_manganese_allowance_for_lower_carbon_follows_the_footnote() -> None:
    grade = find_table("ASTM A36").grade_named("A36")  # type: ignore[union-attr]  # A36 is shipped
    assert grade is not None and grade.manganese_for_carbon is not None
    allowance = grade.manganese_for_carbon
    assert allowance.manganese_max(Decimal("1.20"), Decimal("0.25")) == Decimal("1.20")
    assert allowance.manganese_max(Decimal("1.20"), Decimal("0.23")) == Decimal("1.32")
    assert allowance.manganese_max(Decimal("1.20"), Decimal("0.10")) == Decimal("1.35")  # the cap
    canonical, _ = check(MTR, mtr("ASTM A36/A36M-19", "A36", chemistry__mn="1.30", chemistry__c="0.23"))
    report = check_spec(MTR, canonical)
    assert report is not None and report.deviations == ()


def test_mechanical_minimum_is_checked_against_the_grade() -> None:
    canonical, _ = check(MTR, mtr(mechanical__yield_strength="330"))
    report = check_spec(MTR, canonical)
    assert report is not None
    assert [d.text("en") for d in report.deviations] == [
        "Heat 1 › Yield strength: 330 MPa is outside ASTM A572/A572M Gr 50 (at least 345 MPa)"
    ]


def test_unknown_standard_and_unknown_grade_are_allowed_and_say_so() -> None:
    canonical, errors = check(MTR, mtr("NMX-B-254-CANACERO-2008", "B-254"))
    report = check_spec(MTR, canonical)
    assert errors == [] and report is not None and report.status == "unknown_spec"
    assert report.conformity() is None and report.deviations == ()
    assert report.notice()["es"].startswith("Sello no tiene tabla para la norma «NMX-B-254-CANACERO-2008»")
    canonical, _ = check(MTR, mtr("ASTM A572/A572M-21", "70"))
    report = check_spec(MTR, canonical)
    assert report is not None and report.status == "unknown_grade" and report.conformity() is None
    assert "has no grade “70” in Sello's tables (known: Gr 42, Gr 50, Gr 55, Gr 60, Gr 65)" in report.notice()["en"]


def test_an_uncited_table_warns_but_never_prints_conformity() -> None:
    canonical, _ = check(MTR, mtr("ASTM A1011/A1011M", "SS Grade 50"))
    report = check_spec(MTR, canonical)
    assert report is not None and report.table is not None and not report.table.cited
    assert report.status == "within_grade" and report.conformity() is None
    assert "tabla sin fuente verificada" in report.notice()["es"]


def test_other_document_types_have_no_spec_check() -> None:
    invoice = get_doctype("commercial-invoice")
    assert check_spec(invoice, load_json_resource("examples", "commercial-invoice.json")) is None
