"""Data Integrity proofs `eddsa-rdfc-2022` and `eddsa-jcs-2022` (W3C vc-di-eddsa 1.0).

Other vendors secure credentials this way; Sello verifies them (and signs them only
in tests). Hashing follows the spec: SHA-256 of the canonical proof configuration
followed by SHA-256 of the canonical document, signed with Ed25519; `proofValue` is
multibase base58btc. RDF canonicalization runs over the offline document loader.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import rfc8785

from sello.core.credentials.credential import format_datetime, now_utc, parse_datetime
from sello.core.credentials.jsonld import OfflineDocumentLoader, canonicalize_rdf
from sello.core.credentials.verdict import CheckError
from sello.core.encoding import base58btc_decode, base58btc_encode
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.keypair import Algorithm, PrivateKey, PublicKey

RDFC = "eddsa-rdfc-2022"
JCS = "eddsa-jcs-2022"
CRYPTOSUITES = (RDFC, JCS)
PROOF_TYPE = "DataIntegrityProof"
ASSERTION = "assertionMethod"


@dataclass(frozen=True)
class DataIntegrityProof:
    cryptosuite: str
    verification_method: str
    proof_purpose: str
    created: datetime | None
    expires: datetime | None
    signature: bytes
    options: dict[str, Any]  # the proof without proofValue: what the proof configuration hashes

    def evidence(self) -> dict[str, Any]:
        return {
            "cryptosuite": self.cryptosuite,
            "verificationMethod": self.verification_method,
            "proofPurpose": self.proof_purpose,
            "created": self.options.get("created"),
            "expires": self.options.get("expires"),
        }


def parse_proof(document: Mapping[str, Any]) -> DataIntegrityProof:
    """The single Data Integrity proof on `document`; raises `CheckError` ("format"/"signature")."""
    proof = document.get("proof")
    if isinstance(proof, list):
        if len(proof) != 1:
            raise CheckError("format", "format.proof_set", count=len(proof))
        proof = proof[0]
    if not isinstance(proof, dict):
        raise CheckError("format", "format.no_proof")
    if proof.get("type") != PROOF_TYPE:
        raise CheckError("format", "format.proof_type", type=str(proof.get("type"))[:60])
    suite = proof.get("cryptosuite")
    if suite not in CRYPTOSUITES:
        raise CheckError("format", "format.cryptosuite", suite=str(suite)[:60])
    method = proof.get("verificationMethod")
    if not isinstance(method, str) or not method:
        raise CheckError("format", "format.no_verification_method")
    value = proof.get("proofValue")
    signature = _decode_proof_value(value)
    created = parse_datetime(proof["created"]) if "created" in proof else None
    if "created" in proof and created is None:
        raise CheckError("format", "format.proof_date", field="created", value=str(proof["created"])[:40])
    expires = parse_datetime(proof["expires"]) if "expires" in proof else None
    if "expires" in proof and expires is None:
        raise CheckError("format", "format.proof_date", field="expires", value=str(proof["expires"])[:40])
    purpose = proof.get("proofPurpose")
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    _check_proof_context(document, options)
    return DataIntegrityProof(suite, method, str(purpose), created, expires, signature, options)


def _decode_proof_value(value: Any) -> bytes:
    if not isinstance(value, str) or not value.startswith("z"):
        raise CheckError("format", "format.proof_value")
    try:
        signature = base58btc_decode(value[1:])
    except InputError:
        raise CheckError("format", "format.proof_value") from None
    return signature


def _check_proof_context(document: Mapping[str, Any], options: Mapping[str, Any]) -> None:
    """Data Integrity: a proof `@context` must be the start of the document's, in order."""
    if "@context" not in options:
        return
    proof_ctx = _as_list(options["@context"])
    doc_ctx = _as_list(document.get("@context"))
    if doc_ctx[: len(proof_ctx)] != proof_ctx:
        raise CheckError("format", "format.proof_context")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def unsecured(document: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    doc = {k: v for k, v in document.items() if k != "proof"}
    if "@context" in options:
        doc["@context"] = options["@context"]
    return doc


def hash_data(
    document: Mapping[str, Any], options: Mapping[str, Any], loader: OfflineDocumentLoader | None = None
) -> bytes:
    """SHA-256(canonical proof configuration) || SHA-256(canonical unsecured document)."""
    doc = unsecured(document, options)
    config = dict(options)
    if "@context" in doc:
        config["@context"] = doc["@context"]
    suite = options.get("cryptosuite")
    try:
        if suite == RDFC:
            config_bytes = canonicalize_rdf(config, loader).encode("utf-8")
            doc_bytes = canonicalize_rdf(doc, loader).encode("utf-8")
        elif suite == JCS:
            config_bytes, doc_bytes = rfc8785.dumps(config), rfc8785.dumps(doc)
        else:
            raise CheckError("format", "format.cryptosuite", suite=str(suite)[:60])
    except rfc8785.CanonicalizationError as exc:
        raise CheckError("format", "format.jcs", reason=str(exc)[:120]) from None
    except CheckError:
        raise
    except InputError as exc:
        raise CheckError("format", "format.jsonld", reason=exc.message) from None
    return hashlib.sha256(config_bytes).digest() + hashlib.sha256(doc_bytes).digest()


def verify_proof_signature(proof: DataIntegrityProof, data: bytes, public: PublicKey) -> bool:
    """True when the Ed25519 proof holds over `data` (from `hash_data`); raises
    `CheckError` ("signature") for a proof not made for issuing or a non-Ed25519 key."""
    if proof.proof_purpose != ASSERTION:
        raise CheckError("signature", "signature.proof_purpose", purpose=proof.proof_purpose[:60])
    if "Ed25519" not in public.allowed_algs:
        raise CheckError("signature", "signature.alg_key_mismatch", alg=proof.cryptosuite, curve=public.curve)
    return len(proof.signature) == 64 and public.verify("Ed25519", data, proof.signature)


def sign_data_integrity(
    document: Mapping[str, Any],
    key: PrivateKey,
    verification_method: str,
    cryptosuite: str = RDFC,
    *,
    created: datetime | None = None,
    expires: datetime | None = None,
    loader: OfflineDocumentLoader | None = None,
) -> dict[str, Any]:
    """A copy of `document` with an Ed25519 Data Integrity proof (tests and interop fixtures)."""
    if key.alg is not Algorithm.EDDSA:
        raise InputError(Message("sign.eddsa_needs_ed25519"))
    if cryptosuite not in CRYPTOSUITES:
        raise InputError(Message("sign.unknown_cryptosuite", cryptosuite=repr(cryptosuite), rdfc=RDFC, jcs=JCS))
    doc = copy.deepcopy({k: v for k, v in document.items() if k != "proof"})
    options: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": cryptosuite,
        "created": format_datetime(created or now_utc()),
        "verificationMethod": verification_method,
        "proofPurpose": ASSERTION,
    }
    if expires is not None:
        options["expires"] = format_datetime(expires)
    if cryptosuite == JCS and "@context" in doc:
        options["@context"] = copy.deepcopy(doc["@context"])
    try:
        data = hash_data(doc, options, loader)
    except CheckError as exc:
        raise InputError(Message("sign.cannot", message=exc)) from None
    doc["proof"] = {**options, "proofValue": "z" + base58btc_encode(key.sign(data))}
    return doc
