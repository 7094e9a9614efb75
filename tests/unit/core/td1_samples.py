"""Realistic signed credentials for the TD1 codec and QR planning tests.

A Mill Test Report shaped like the W3C CCG traceability examples, issued by a Mexican
mill, with a Bitstring Status List entry, signed as a real VC-JOSE compact JWS (ES384
or Ed25519) over its RFC 8785 (JCS) bytes.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import rfc8785
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from sello.core.qr.payload import Td1Schema

ISSUER_DID = "did:web:aceros-del-norte.example.mx"
CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/traceability/v1"]

# The document-type table a Mill Test Report definition would freeze (append-only).
MTR_SCHEMA = Td1Schema(
    code=1,
    credential_type="MillTestReportCredential",
    terms=(
        "MillTestReport",
        "inspections",
        "Inspection",
        "heatNumber",
        "chemicalComposition",
        "ChemicalComposition",
        "mechanicalProperties",
        "MechanicalProperties",
        "tensile",
        "yield",
        "elongation",
        "pieces",
        "totalWeight",
        "c",
        "mn",
        "p",
        "s",
        "si",
        "cu",
        "nb",
        "v",
        "MPA",
        "TNE",
        "certificateNumber",
        "certification",
        "purchaseOrderNumber",
        "countryOfMeltAndPour",
        "countryOfManufacture",
        "remarks",
        "EN 10204 3.1",
    ),
)


def _heat(number: int) -> dict[str, Any]:
    def measured(value: str, unit: str) -> dict[str, str | list[str]]:
        return {"type": ["MeasuredValue"], "value": value, "unitCode": unit}

    return {
        "type": ["Inspection"],
        "heatNumber": f"H24-{3391 + number}",
        "pieces": 12 + number,
        "totalWeight": {"type": ["QuantitativeValue"], "value": f"{28.45 + number:.3f}", "unitCode": "TNE"},
        "chemicalComposition": {
            "type": ["ChemicalComposition"],
            "c": 0.18 + number / 100,
            "mn": 1.21,
            "p": 0.012,
            "s": 0.004,
            "si": 0.22,
            "cu": 0.11,
            "nb": 0.021,
            "v": 0.003,
        },
        "mechanicalProperties": {
            "type": ["MechanicalProperties"],
            "tensile": measured(str(498 + number), "MPA"),
            "yield": measured(str(372 + number), "MPA"),
            "elongation": measured("24", "P1"),
        },
    }


def mill_test_report(heats: int = 1) -> dict[str, Any]:
    """A Mill Test Report credential (about 25 fields with one heat)."""
    return {
        "@context": CONTEXTS,
        "type": ["VerifiableCredential", "MillTestReportCredential"],
        "id": "urn:uuid:6a1f3c2e-8b4d-4f7a-9c3e-2d5b8e1f0a47",
        "issuer": {"id": ISSUER_DID, "name": "Aceros del Norte S.A. de C.V."},
        "validFrom": "2025-03-14T16:20:00Z",
        "credentialStatus": {
            "id": "https://aceros-del-norte.example.mx/status/1#8342",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "8342",
            "statusListCredential": "https://aceros-del-norte.example.mx/status/1",
        },
        "credentialSubject": {
            "type": ["MillTestReport"],
            "certificateNumber": "MTR-2025-004817",
            "certification": "EN 10204 3.1",
            "purchaseOrderNumber": "PO-88213",
            "manufacturer": {
                "type": ["Organization"],
                "name": "Aceros del Norte S.A. de C.V.",
                "taxId": "ADN930512K41",
                "location": {
                    "type": ["Place"],
                    "address": {
                        "type": ["PostalAddress"],
                        "streetAddress": "Av. Industrial 1500",
                        "addressLocality": "San Nicolás de los Garza",
                        "addressRegion": "Nuevo León",
                        "postalCode": "66480",
                        "addressCountry": "MX",
                    },
                },
            },
            "customer": {"type": ["Organization"], "name": "Lone Star Fabricators LLC"},
            "product": {
                "type": ["SteelProduct"],
                "description": "Hot-rolled steel plate",
                "specification": "ASTM A572/A572M-21",
                "grade": "50",
                "commodity": {"type": ["Commodity"], "commodityCode": "7208.51", "commodityCodeType": "HS"},
            },
            "countryOfMeltAndPour": "MX",
            "countryOfManufacture": "MX",
            "inspections": [_heat(number) for number in range(heats)],
        },
    }


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _header(alg: str) -> bytes:
    return rfc8785.dumps({"alg": alg, "typ": "vc+jwt", "cty": "vc", "kid": f"{ISSUER_DID}#key-1"})


def sign_es384(credential: Any, key: ec.EllipticCurvePrivateKey | None = None, header: bytes | None = None) -> str:
    """A real ES384 compact JWS over the JCS bytes of `credential`."""
    key = key or ec.generate_private_key(ec.SECP384R1())
    signing_input = f"{_b64url(header or _header('ES384'))}.{_b64url(rfc8785.dumps(credential))}"
    r, s = decode_dss_signature(key.sign(signing_input.encode("ascii"), ec.ECDSA(hashes.SHA384())))
    return f"{signing_input}.{_b64url(r.to_bytes(48, 'big') + s.to_bytes(48, 'big'))}"


def sign_ed25519(credential: Any, key: ed25519.Ed25519PrivateKey | None = None, header: bytes | None = None) -> str:
    """A real EdDSA (Ed25519) compact JWS over the JCS bytes of `credential`."""
    key = key or ed25519.Ed25519PrivateKey.generate()
    signing_input = f"{_b64url(header or _header('EdDSA'))}.{_b64url(rfc8785.dumps(credential))}"
    return f"{signing_input}.{_b64url(key.sign(signing_input.encode('ascii')))}"


def count_fields(value: Any) -> int:
    """Leaf values of a JSON document (what a person would call its fields)."""
    if isinstance(value, dict):
        return sum(count_fields(item) for item in value.values())
    if isinstance(value, list):
        return sum(count_fields(item) for item in value)
    return 1


if __name__ == "__main__":  # pragma: no cover - a quick look at the sample
    print(json.dumps(mill_test_report(), indent=2, ensure_ascii=False))


# --- real issued documents (every document type, as Sello issues them) -------------------

ISSUE_DOMAIN = "aceros-del-norte.example.mx"
ISSUER_NAME = "Aceros del Norte S.A. de C.V."
ISSUE_TIME = "2025-03-14T16:20:00Z"
DOCUMENT_TYPE_IDS = (
    "bill-of-lading",
    "commercial-invoice",
    "mill-test-report",
    "packing-list",
    "usmca-certification",
)


def example_data(doctype_id: str) -> dict[str, Any]:
    """The shipped example form data of a document type (resources/examples)."""
    from sello.core.resources import load_json_resource

    return load_json_resource(f"examples/{doctype_id}.json")


def issued_credential(
    doctype_id: str,
    data: dict[str, Any] | None = None,
    *,
    alg: str = "ES384",
    method: str = "web",
    status_index: int | None = 91_237,
    credential_id: str = "urn:uuid:3f0c9a7e-5d21-4c6b-8e4f-a1b2c3d4e5f6",
) -> tuple[dict[str, Any], Any, str]:
    """(credential, private key, kid) built exactly as `DocumentIssuer.sign` builds it:
    validated form data → `build_subject`, `build_credential`, a status list entry."""
    from datetime import datetime

    from sello.core.credentials.credential import build_credential
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.mapping import build_subject, credential_types
    from sello.core.keys.did import identifiers_for_key
    from sello.core.keys.keypair import generate_key
    from sello.core.trust.statuslist import status_entry, status_list_url

    doctype = get_doctype(doctype_id)
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, method, ISSUE_DOMAIN if method == "web" else None)
    status = None
    if status_index is not None:
        status = status_entry(status_list_url(did, 1), status_index)
    credential = build_credential(
        types=credential_types(doctype),
        subject=build_subject(doctype, example_data(doctype_id) if data is None else data),
        issuer={"id": did, "name": ISSUER_NAME},
        valid_from=datetime.fromisoformat(ISSUE_TIME.replace("Z", "+00:00")),
        credential_id=credential_id,
        status=status,
    )
    return credential, key, kid


def issued_vc_jwt(doctype_id: str, data: dict[str, Any] | None = None, **kwargs: Any) -> str:
    """A real `vc+jwt` of an issued document (see `issued_credential`)."""
    from sello.core.credentials.credential import sign_vc_jwt

    credential, key, kid = issued_credential(doctype_id, data, **kwargs)
    return sign_vc_jwt(credential, key, kid)


def unseen_mill_test_report() -> dict[str, Any]:
    """A second Mill Test Report (3 heats, full chemistry) written independently of the
    shipped example and of the TD1 template dictionary: other customer, product,
    people and wording. Benchmarks report it beside the example to show that the
    dictionary is not tuned to one document."""

    def heat(
        number: str, chemistry: tuple[str, ...], mechanical: tuple[str, ...], pieces: int, net: str
    ) -> dict[str, Any]:
        elements = ("c", "mn", "p", "s", "si", "al", "cu", "ni", "cr", "mo", "v", "nb", "ti", "b", "n")
        names = (
            "yield_strength",
            "tensile_strength",
            "elongation",
            "hardness",
            "hardness_scale",
            "charpy_energy",
            "charpy_temperature",
        )
        return {
            "heat_number": number,
            "product_id": f"CL-{number[-5:]}",
            "dimensions": "6.35 mm x 1524 mm coil",
            "pieces": pieces,
            "net_weight": net,
            "gross_weight": str(int(net) + 31),
            "country_of_manufacture": "MX",
            "country_of_melt_and_pour": "MX",
            "melt_practice": "BOF",
            "chemistry": dict(zip(elements, chemistry, strict=True)),
            "mechanical": dict(zip(names, mechanical, strict=True)),
        }

    return {
        "certificate": {
            "number": "QC-25-118406",
            "en10204_type": "3.1",
            "purchase_order": "4500981123",
            "invoice_number": "F-77120",
            "inspector_name": "Rogelio Castañeda Ibarra",
            "inspector_title": "Quality Control Supervisor",
            "remarks": "Tested per ASTM A370. Certified free of mercury contamination.",
        },
        "customer": {
            "name": "Great Plains Tank & Vessel Co.",
            "tax_id": "47-1180234",
            "street": "2200 W Industrial Blvd",
            "city": "Wichita",
            "region": "KS",
            "postal_code": "67213",
            "country": "US",
        },
        "product": {
            "standard": "ASTM A1011/A1011M-18a",
            "grade": "SS Grade 40",
            "description": "Hot-rolled pickled and oiled coil",
            "heat_treatment": "Controlled rolling",
            "hs_code": "7208.27.0060",
        },
        "heats": [
            heat(
                "B5-20931",
                (
                    "0.07",
                    "0.48",
                    "0.009",
                    "0.006",
                    "0.03",
                    "0.041",
                    "0.12",
                    "0.05",
                    "0.06",
                    "0.01",
                    "0.002",
                    "0.001",
                    "0.001",
                    "0.0001",
                    "0.0062",
                ),
                ("302", "389", "33", "118", "HRB", "41", "0"),
                4,
                "41870",
            ),
            heat(
                "B5-20935",
                (
                    "0.06",
                    "0.51",
                    "0.011",
                    "0.004",
                    "0.02",
                    "0.038",
                    "0.10",
                    "0.04",
                    "0.05",
                    "0.01",
                    "0.003",
                    "0.002",
                    "0.001",
                    "0.0002",
                    "0.0058",
                ),
                ("297", "381", "35", "114", "HRB", "44", "0"),
                4,
                "40315",
            ),
            heat(
                "B5-20942",
                (
                    "0.08",
                    "0.46",
                    "0.010",
                    "0.007",
                    "0.03",
                    "0.044",
                    "0.14",
                    "0.06",
                    "0.07",
                    "0.02",
                    "0.002",
                    "0.001",
                    "0.002",
                    "0.0001",
                    "0.0066",
                ),
                ("311", "395", "32", "121", "HRB", "39", "0"),
                3,
                "31180",
            ),
        ],
    }


def golden_template_jws() -> str:
    """A fixed `vc+jwt`-shaped string (the MTR example, fixed key id, signature bytes
    0…95) whose template-mode TD1 text is pinned in the tests: a code printed today
    must decode in every later Sello."""
    import hashlib

    from sello.core.credentials.credential import vc_jwt_header

    credential, _, _ = issued_credential("mill-test-report")
    did = credential["issuer"]["id"]
    kid = f"{did}#{_b64url(hashlib.sha256(b'sello td1 golden key').digest())}"
    header = rfc8785.dumps(vc_jwt_header("ES384", kid))
    return ".".join(_b64url(part) for part in (header, rfc8785.dumps(credential), bytes(range(96))))


_COMPACT_JWS = re.compile(r"[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")  # the codec carries empty segments too


def assert_accepted_code_is_exact(decoded: str, schemas: Any = None) -> None:
    """What a TD1 decoder accepts from damaged or arbitrary input is never garbage: a compact
    JWS that the encoder turns back into a code decoding to the very same string."""
    from sello.core.qr.payload import decode_td1, encode_td1

    assert isinstance(decoded, str) and _COMPACT_JWS.fullmatch(decoded), decoded[:80]
    assert decode_td1(encode_td1(decoded, schemas=schemas), schemas=schemas) == decoded


def signature_holds(jws: str, public: Any, alg: str) -> bool:
    """Whether `jws` still carries a valid signature by `public` (a sello PublicKey)."""
    header, payload, signature = jws.split(".")
    try:
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except ValueError:
        return False
    return bool(public.verify(alg, f"{header}.{payload}".encode("ascii"), raw))
