"""Form data <-> credentialSubject: round trips, only terms the traceability context
defines, and real JSON-LD processing (PyLD, offline) that keeps every value."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from pyld import jsonld

from sello.core.documents.doctypes import get_doctype, load_doctypes
from sello.core.documents.mapping import (
    build_subject,
    credential_types,
    new_form_data,
    subject_to_data,
    summary_of,
    undefined_terms,
)
from sello.core.documents.validation import InvalidDocumentError, validate
from sello.core.resources import load_json_resource

DOC_IDS = sorted(load_doctypes())
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://w3id.org/traceability/v1": "traceability-v1.jsonld",
}


def example(doc_id: str) -> dict[str, Any]:
    return load_json_resource("examples", f"{doc_id}.json")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_round_trip_of_each_example(doc_id: str) -> None:
    d = get_doctype(doc_id)
    data = example(doc_id)
    subject = build_subject(d, data)
    assert subject_to_data(d, subject) == data
    # and the other way: a subject we built is rebuilt byte for byte from its data
    assert build_subject(d, subject_to_data(d, subject)) == subject


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_subjects_use_only_terms_the_traceability_context_defines(doc_id: str) -> None:
    d = get_doctype(doc_id)
    subject = build_subject(d, example(doc_id))
    assert undefined_terms(subject) == []
    types = subject["type"] if isinstance(subject["type"], list) else [subject["type"]]
    assert types == list(d.subject_types)


def test_undefined_terms_finds_keys_outside_their_type() -> None:
    subject = build_subject(get_doctype("mill-test-report"), example("mill-test-report"))
    subject["items"][0]["product"]["meltPractice"] = "EAF"  # not a term at all
    subject["items"][1]["heatNumber"] = "A24-11874"  # SteelProduct's term on a TradeLineItem
    subject["customer"]["type"] = "Company"  # not a class
    assert undefined_terms(subject) == [
        "credentialSubject.customer.type='Company'",
        "credentialSubject.customer.taxId",
        "credentialSubject.customer.location",
        "credentialSubject.items[0].product.meltPractice",
        "credentialSubject.items[1].heatNumber",
    ]


def _offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    return {"contextUrl": None, "documentUrl": url, "document": load_json_resource("contexts", CONTEXT_FILES[url])}


def _leaf_values(node: Any) -> int:
    if isinstance(node, list):
        return sum(_leaf_values(n) for n in node)
    if isinstance(node, dict):
        return sum(_leaf_values(v) for k, v in node.items() if k != "type")
    return 1


def _expanded_values(node: Any) -> list[Any]:
    found: list[Any] = []
    if isinstance(node, list):
        for n in node:
            found += _expanded_values(n)
    elif isinstance(node, dict):
        if "@value" in node:
            return [node["@value"]]
        for v in node.values():
            found += _expanded_values(v)
    return found


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_json_ld_expansion_keeps_every_value_with_a_defined_meaning(doc_id: str) -> None:
    d = get_doctype(doc_id)
    subject = build_subject(d, example(doc_id))
    credential = {
        "@context": list(CONTEXT_FILES),
        "type": credential_types(d),
        "issuer": "did:web:aceros-del-norte.example.mx",
        "credentialSubject": subject,
    }
    expanded = jsonld.expand(credential, {"documentLoader": _offline_loader})
    text = json.dumps(expanded)
    assert "issuer-dependent#" not in text  # nothing fell through to @vocab
    assert len(_expanded_values(expanded)) == _leaf_values(subject)  # nothing dropped
    assert "https://w3id.org/traceability#" + d.credential_type in text


def test_credential_types() -> None:
    assert credential_types(get_doctype("usmca-certification")) == [
        "VerifiableCredential",
        "USMCACertificationOfOrigin",
    ]


def test_mill_test_report_subject_shape() -> None:
    subject = build_subject(get_doctype("mill-test-report"), example("mill-test-report"))
    assert subject["type"] == "Purchase"
    assert subject["internalCertificateNo"] == "MTR-2024-031187"
    qualification = subject["product"]["inspection"]["inspectors"]["qualification"]
    assert qualification == {"type": "Qualification", "qualificationCategory": "EN 10204", "qualificationValue": "3.1"}
    heat = subject["items"][1]
    assert heat["type"] == "TradeLineItem" and heat["itemCount"] == 18
    assert heat["netWeight"] == {"type": "QuantitativeValue", "unitCode": "KGM", "value": "26670"}
    product = heat["product"]
    assert (product["heatNumber"], product["originalCountryOfMeltAndPour"]) == ("A24-11874", "MX")
    chemistry = product["inspection"]["chemicalObservation"]
    assert len(chemistry) == 15
    assert chemistry[0] == {
        "type": "Observation",
        "property": {"type": "ChemicalProperty", "formula": "C"},
        "measurement": {"type": "MeasuredValue", "unitCode": "P1", "value": "0.17"},
    }
    assert chemistry[8]["measurement"]["value"] == "0.09"  # Cr, precision kept as typed
    mechanical = {o["property"]["name"]: o["measurement"] for o in product["inspection"]["mechanicalObservation"]}
    assert mechanical["Yield strength"] == {"type": "MeasuredValue", "unitCode": "MPA", "value": "376"}
    assert mechanical["Hardness"] == {"type": "MeasuredValue", "value": "152", "unitCode": "HBW"}


def test_usmca_subject_carries_the_statement_and_hs_type() -> None:
    d = get_doctype("usmca-certification")
    subject = build_subject(d, example("usmca-certification"))
    assert subject["description"] == d.statement.en  # type: ignore[union-attr]
    assert subject["goods"][0] == {
        "type": "USMCAProduct",
        "commodityCodeType": "HS",
        "description": example("usmca-certification")["goods"][0]["description"],
        "commodityCode": "7208.51",
        "originCriterion": "C",
        "countryOfOrigin": "MX",
    }
    assert (subject["effectiveDate"], subject["anniversaryDate"]) == ("2024-01-01", "2024-12-31")
    assert subject["certifierDetails"]["contactPoint"]["jobTitle"] == "Gerente de Comercio Exterior"


def test_bill_of_lading_seals_hang_on_the_trailer() -> None:
    subject = build_subject(get_doctype("bill-of-lading"), example("bill-of-lading"))
    trailer = subject["utilizedTransportEquipment"]
    assert trailer["equipmentReference"] == "TRGF-5312 / 45-UJ-9P"
    assert [s["sealNumber"] for s in trailer["seals"]] == ["MX-HS-0048812", "MX-HS-0048813"]
    assert subject["mainCarriageTransportMovement"]["modeOfTransport"] == "TRUCK"


def test_build_subject_canonicalizes_and_rejects_invalid_data() -> None:
    d = get_doctype("commercial-invoice")
    data = copy.deepcopy(example("commercial-invoice"))
    data["invoice"]["port_of_entry"] = "us lrd"
    data["items"][0]["hs_code"] = "7208510060"
    subject = build_subject(d, data)
    assert subject["portOfEntry"] == {"type": "Place", "unLocode": "USLRD"}
    assert subject["itemsShipped"][0]["product"]["commodity"]["commodityCode"] == "7208.51.0060"
    data["invoice"]["port_of_entry"] = "Laredo"
    with pytest.raises(InvalidDocumentError, match="Port of entry"):
        build_subject(d, data)


def test_subject_to_data_is_lenient_with_credentials_from_elsewhere() -> None:
    d = get_doctype("packing-list")
    subject = build_subject(d, example("packing-list"))
    subject["items"] = subject["items"][0]  # a single object instead of a list
    subject["items"]["packageQuantity"] = "1"  # a number written as text
    subject["items"]["netWeight"]["value"] = 29633  # a decimal written as a number
    subject["totalNumberOfPackages"] = "three"  # not valid: kept as text to show
    subject["somethingElse"] = {"x": 1}  # unknown: ignored
    data = subject_to_data(d, subject)
    assert len(data["packages"]) == 1
    assert data["packages"][0]["package_count"] == 1
    assert data["packages"][0]["net_weight"] == "29633"
    assert data["totals"]["total_packages"] == "three"
    assert validate(d, data)  # and the form says what is wrong with it
    assert subject_to_data(d, "not a subject") == {}  # type: ignore[arg-type]


def test_empty_optional_sections_are_left_out() -> None:
    d = get_doctype("commercial-invoice")
    data = copy.deepcopy(example("commercial-invoice"))
    del data["consignee"]
    subject = build_subject(d, data)
    assert "consignee" not in subject
    assert subject_to_data(d, subject) == data


def test_summary_and_new_form() -> None:
    d = get_doctype("commercial-invoice")
    summary = summary_of(d, example("commercial-invoice"))
    assert (summary.title, summary.counterparty, summary.date) == (
        "FEX-2024-0912",
        "Lone Star Steel Fabricators LLC",
        "2024-03-14",
    )
    form = new_form_data(get_doctype("mill-test-report"))
    assert form["certificate"] == {"en10204_type": "3.1"}
    assert form["heats"] == [{"country_of_manufacture": "MX", "country_of_melt_and_pour": "MX"}]
