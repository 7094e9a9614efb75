"""Coverage-guided fuzzing of Sello's decoders with atheris (libFuzzer for Python).

Not part of the test run: a long campaign beside the hypothesis tests
(tests/hardening/test_fuzz_decoders.py), which keep the same rules. `pip install
atheris` first (Linux x86-64 wheels for CPython 3.11), then for example

    .venv/bin/python -m tests.hardening.atheris_targets td1 -max_total_time=600 fuzz-corpus/td1
    .venv/bin/python -m tests.hardening.atheris_targets --list

The corpus folder is created and seeded with real inputs (valid codes, a real CFDI,
a CSV template...) when empty. Every other argument goes to libFuzzer. A decoder may
return or raise the documented `UserFacingError` with a clear one-line sentence
(`fuzz_support.assert_clear_message`); anything else is a crash, and libFuzzer
saves the input as `crash-*` in the working folder. docs/fuzzing.md has the numbers.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import atheris

with atheris.instrument_imports(include=["sello"]):
    from sello.core.bounded_json import loads_bounded
    from sello.core.credentials.jws import parse_compact_jws
    from sello.core.documents.batch import csv_template, read_records
    from sello.core.documents.cfdi import import_cfdi
    from sello.core.documents.doctypes import get_doctype
    from sello.core.encoding import b64url_encode
    from sello.core.errors import UserFacingError
    from sello.core.keys.did import DidResolver, parse_did_document
    from sello.core.qr.base45 import b45decode, b45encode
    from sello.core.qr.payload import decode_td1, encode_td1
    from sello.core.trust.statuslist import decode_encoded_list
    from sello.core.verification.inputs import payloads_from_bytes
    from sello.core.verification.pdf_guard import check_pdf_streams
    from sello.core.verification.pipeline import verify_input

from tests.hardening.fuzz_support import assert_clear_message

RESOLVER = DidResolver()
_DID = "did:web:acerosdelnorte.mx"


def _checked(call: Callable[[], Any]) -> None:
    try:
        call()
    except UserFacingError as exc:
        assert_clear_message(str(exc), where=type(exc).__name__)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _json(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


# target name -> (one fuzz case, seed inputs)
def _td1_seeds() -> list[bytes]:
    from tests.unit.core.td1_samples import issued_vc_jwt

    token = issued_vc_jwt("mill-test-report", method="key")
    return [b45decode(encode_td1(token, mode=mode)[4:]) for mode in ("generic", "schema", "template")]


def _cfdi_seeds() -> list[bytes]:
    from tests.cfdi_builder import build_cfdi

    return [build_cfdi()]


def _csv_seeds() -> list[bytes]:
    return [csv_template(get_doctype("mill-test-report"), rows=2).encode() + b"MTR-1,ok\n"]


def _jwt_seeds() -> list[bytes]:
    from tests.unit.core.td1_samples import issued_vc_jwt

    return [issued_vc_jwt("packing-list", alg="EdDSA", method="key").encode()]


def _did_seeds() -> list[bytes]:
    from sello.core.keys.did import did_web_document
    from sello.core.keys.keypair import generate_key

    return [json.dumps(did_web_document(_DID, [generate_key("ES384").public, generate_key("EdDSA").public])).encode()]


def _pdf_seeds() -> list[bytes]:
    from sello.core.credentials.credential import sign_vc_jwt
    from sello.core.documents.pdf.model import IssuerBlock
    from sello.core.documents.pdf.render import render_document_pdf
    from tests.unit.core.td1_samples import issued_credential

    credential, key, kid = issued_credential("packing-list", alg="EdDSA", method="key")
    issuer = IssuerBlock("Aceros del Norte", "ADN0501014T3", ("Monterrey",), credential["issuer"]["id"], "ABCD")
    return [
        render_document_pdf(get_doctype("packing-list"), credential, sign_vc_jwt(credential, key, kid), issuer=issuer)
    ]


def _peer_seeds() -> list[bytes]:
    """Others' formats (tests/data/peers): the 2023 traceability token, a vp+jwt, the W3C ECDSA vectors."""
    peers = Path(__file__).resolve().parents[1] / "data" / "peers"
    names = [
        "traceability/traceability-2023-es384-did-jwk.jwt",
        "jwcrypto/vp-jose-two-enveloped.jwt",
        "w3c-vc-di-ecdsa/ecdsa-jcs-2019-p256.json",
        "w3c-vc-di-ecdsa/ecdsa-rdfc-2019-p384.json",
    ]
    return [(peers / name).read_bytes() for name in names]


TARGETS: dict[str, tuple[Callable[[bytes], None], Callable[[], list[bytes]]]] = {
    "td1": (lambda data: _checked(lambda: decode_td1("TD1:" + b45encode(data))), _td1_seeds),
    "td1-text": (
        lambda data: _checked(lambda: decode_td1(_text(data))),
        lambda: [b"TD1:" + b45encode(seed).encode() for seed in _td1_seeds()],
    ),
    "base45": (lambda data: _checked(lambda: b45decode(_text(data))), lambda: [b"BB8", b"%69 VD92EX0"]),
    "jws": (lambda data: _checked(lambda: parse_compact_jws(_text(data))), _jwt_seeds),
    "verify-input": (lambda data: _checked(lambda: verify_input(data, resolver=RESOLVER)), _jwt_seeds),
    "verify-peers": (lambda data: _checked(lambda: verify_input(data, resolver=RESOLVER)), _peer_seeds),
    "status-list": (
        lambda data: _checked(lambda: decode_encoded_list("u" + b64url_encode(data))),
        lambda: [gzip.compress(bytes(16384), mtime=0)],
    ),
    "cfdi": (lambda data: _checked(lambda: import_cfdi(data)), _cfdi_seeds),
    "csv": (lambda data: _checked(lambda: read_records(data, get_doctype("mill-test-report"))), _csv_seeds),
    "did-document": (lambda data: _checked(lambda: parse_did_document(_DID, _json(data), source="web")), _did_seeds),
    "pdf": (
        lambda data: _checked(lambda: payloads_from_bytes(b"%PDF-" + data)),
        lambda: [seed[len(b"%PDF-") :] for seed in _pdf_seeds()],
    ),
    "pdf-streams": (
        lambda data: _checked(lambda: check_pdf_streams(b"%PDF-" + data)),
        lambda: [seed[len(b"%PDF-") :] for seed in _pdf_seeds()],
    ),
    "bounded-json": (
        lambda data: _checked(lambda: _json_or_value_error(lambda: loads_bounded(data, "credential"))),
        lambda: [b"[[[]]]", b'{"a": "[{,"}', *_jwt_seeds()],
    ),
}


def _json_or_value_error(call: Callable[[], Any]) -> None:
    """The bounded reader may refuse (a `LimitError`) or find no JSON (`ValueError`)."""
    try:
        call()
    except ValueError:
        pass


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        print(
            "usage: python -m tests.hardening.atheris_targets TARGET [libFuzzer options] [CORPUS_DIR]\n"
            f"targets: {', '.join(TARGETS)}"
        )
        raise SystemExit(0 if "--list" in argv else 2)
    name, options = argv[1], argv[2:]
    run_one, seeds = TARGETS[name]
    corpus = next((Path(arg) for arg in options if not arg.startswith("-")), None)
    if corpus is not None:
        corpus.mkdir(parents=True, exist_ok=True)
        if not any(corpus.iterdir()):
            for number, seed in enumerate(seeds()):
                (corpus / f"seed-{number}").write_bytes(seed)
    atheris.Setup([argv[0], *options], run_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
