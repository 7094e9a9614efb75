"""Data Integrity proofs: `eddsa-rdfc-2022`, `eddsa-jcs-2022` (W3C vc-di-eddsa 1.0) and
`ecdsa-rdfc-2019`, `ecdsa-jcs-2019` on P-256 and P-384 (W3C vc-di-ecdsa 1.0).

Other vendors secure credentials this way; Sello verifies them (and signs them only
in tests). Hashing follows the specs: hash of the canonical proof configuration
followed by hash of the canonical document -- SHA-256, or SHA-384 for a P-384 key --
then Ed25519 or ECDSA (raw r||s) over that; `proofValue` is multibase base58btc. RDF
canonicalization runs over the offline document loader. Because the ECDSA hash depends
on the key's curve, canonical bytes are made when the proof is read (canonicalization
problems are format problems) and hashed once the key is known.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sello.core import jcs
from sello.core.credentials.credential import format_datetime, now_utc, parse_datetime
from sello.core.credentials.jsonld import ContextNotAvailableError, OfflineDocumentLoader, canonicalize_rdf
from sello.core.credentials.verdict import CheckError
from sello.core.encoding import base58btc_decode, base58btc_encode
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.keypair import PrivateKey, PublicKey

RDFC = "eddsa-rdfc-2022"
JCS = "eddsa-jcs-2022"
ECDSA_RDFC = "ecdsa-rdfc-2019"
ECDSA_JCS = "ecdsa-jcs-2019"
CRYPTOSUITES = (RDFC, JCS, ECDSA_RDFC, ECDSA_JCS)
_RDFC_SUITES = (RDFC, ECDSA_RDFC)
_HASHES = {"Ed25519": "sha256", "P-256": "sha256", "P-384": "sha384"}
_SUITE_CURVES = {RDFC: ("Ed25519",), JCS: ("Ed25519",), ECDSA_RDFC: ("P-256", "P-384"), ECDSA_JCS: ("P-256", "P-384")}
_JOSE_ALG = {"Ed25519": "Ed25519", "P-256": "ES256", "P-384": "ES384"}


class ContextNotCarried(CheckError):
    """Canonicalizing the proof needs a JSON-LD context Sello does not carry offline.

    Not proof of anything bad: the signature simply cannot be checked here. The
    pipeline reports it as "cannot confirm" (ISSUE-12 JOIN: the fourth verdict state).
    """

    def __init__(self, url: str) -> None:
        super().__init__("signature", "cannot_confirm.context_not_carried", {"context": url}, context=url)
        self.url = url
        # what was read before canonicalization failed (set by the reader, shown unconfirmed)
        self.document: dict[str, Any] | None = None
        self.issuer: str | None = None
        self.issuer_name: str | None = None


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
    canonical: tuple[bytes, bytes] = (b"", b"")  # (proof configuration, document), once read

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
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    _check_proof_context(document, options)
    return DataIntegrityProof(suite, method, str(proof.get("proofPurpose")), created, expires, signature, options)


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


def canonical_forms(
    document: Mapping[str, Any], options: Mapping[str, Any], loader: OfflineDocumentLoader | None = None
) -> tuple[bytes, bytes]:
    """(canonical proof configuration, canonical unsecured document) for the proof's suite."""
    doc = unsecured(document, options)
    config = dict(options)
    if "@context" in doc:
        config["@context"] = doc["@context"]
    suite = options.get("cryptosuite")
    try:
        if suite in _RDFC_SUITES:
            return canonicalize_rdf(config, loader).encode("utf-8"), canonicalize_rdf(doc, loader).encode("utf-8")
        if suite in (JCS, ECDSA_JCS):
            return jcs.dumps(config), jcs.dumps(doc)
        raise CheckError("format", "format.cryptosuite", suite=str(suite)[:60])
    except jcs.CanonicalizationError as exc:
        raise CheckError("format", "format.jcs", reason=str(exc)[:120]) from None
    except CheckError:
        raise
    except ContextNotAvailableError as exc:
        raise ContextNotCarried(exc.url) from None
    except InputError as exc:
        raise CheckError("format", "format.jsonld", reason=exc) from None


def hash_data(
    document: Mapping[str, Any],
    options: Mapping[str, Any],
    loader: OfflineDocumentLoader | None = None,
    curve: str = "Ed25519",
) -> bytes:
    """H(canonical proof configuration) || H(canonical unsecured document), H by the key's curve."""
    return _hash_pair(canonical_forms(document, options, loader), curve)


def _hash_pair(canonical: tuple[bytes, bytes], curve: str) -> bytes:
    name = _HASHES[curve]
    return hashlib.new(name, canonical[0]).digest() + hashlib.new(name, canonical[1]).digest()


def verify_proof_signature(proof: DataIntegrityProof, public: PublicKey, purpose: str = ASSERTION) -> bool:
    """True when the proof holds over its canonical bytes for `public`; raises `CheckError`
    ("signature") for a proof not made for issuing or a key the cryptosuite does not use."""
    if proof.proof_purpose != purpose:
        raise CheckError("signature", "signature.proof_purpose", purpose=proof.proof_purpose[:60])
    if public.curve not in _SUITE_CURVES[proof.cryptosuite]:
        raise CheckError("signature", "signature.alg_key_mismatch", alg=proof.cryptosuite, curve=public.curve)
    data = _hash_pair(proof.canonical, public.curve)
    return public.verify(_JOSE_ALG[public.curve], data, proof.signature)


def read_proof(document: Mapping[str, Any], loader: OfflineDocumentLoader | None = None) -> DataIntegrityProof:
    """`parse_proof` plus the canonical bytes; raises `CheckError` (incl. `ContextNotCarried`)."""
    proof = parse_proof(document)
    return dataclasses.replace(proof, canonical=canonical_forms(document, proof.options, loader))


def sign_data_integrity(
    document: Mapping[str, Any],
    key: PrivateKey,
    verification_method: str,
    cryptosuite: str = RDFC,
    *,
    created: datetime | None = None,
    expires: datetime | None = None,
    loader: OfflineDocumentLoader | None = None,
    purpose: str = ASSERTION,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A copy of `document` with a Data Integrity proof (tests and interop fixtures only).
    `purpose` is "assertionMethod" for credentials, "authentication" for presentations."""
    if cryptosuite not in CRYPTOSUITES:
        raise InputError(
            Message("sign.unknown_cryptosuite", cryptosuite=repr(cryptosuite), value=", ".join(CRYPTOSUITES))
        )
    if key.public.curve not in _SUITE_CURVES[cryptosuite]:
        raise InputError(Message("sign.suite_curve", cryptosuite=cryptosuite, curve=key.public.curve))
    doc = copy.deepcopy({k: v for k, v in document.items() if k != "proof"})
    options: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": cryptosuite,
        "created": format_datetime(created or now_utc()),
        "verificationMethod": verification_method,
        "proofPurpose": purpose,
        **dict(extra or {}),
    }
    if expires is not None:
        options["expires"] = format_datetime(expires)
    if cryptosuite in (JCS, ECDSA_JCS) and "@context" in doc:
        options["@context"] = copy.deepcopy(doc["@context"])
    try:
        data = hash_data(doc, options, loader, key.public.curve)
    except CheckError as exc:
        raise InputError(Message("sign.cannot", message=exc)) from None
    doc["proof"] = {**options, "proofValue": "z" + base58btc_encode(key.sign(data))}
    return doc
