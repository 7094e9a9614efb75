"""Realistic signed credentials for the TD1 codec and QR planning tests.

A Mill Test Report shaped like the W3C CCG traceability examples, issued by a Mexican
mill, with a Bitstring Status List entry, signed as a real VC-JOSE compact JWS (ES384
or Ed25519) over its RFC 8785 (JCS) bytes.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import rfc8785
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from sello.core.qrpayload import Td1Schema

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
            "c": 0.18 + number / 100, "mn": 1.21, "p": 0.012, "s": 0.004,
            "si": 0.22, "cu": 0.11, "nb": 0.021, "v": 0.003,
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
