"""Fuzz the bounds of issue 14: nested and wide JSON at every JSON entry point, PDF
streams behind every filter chain (bombs included), batch files of every shape, and the
command line's exit status for all of them.

Same rules as tests/hardening/test_fuzz_decoders.py (`fuzz_support.exercise`): a result
or a documented `UserFacingError` with one clear line, within the time and memory caps
per example; each case is counted per entry point in the printed table.
"""

from __future__ import annotations

import base64
import functools
import json
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.cli.main import EXIT_INTERNAL
from sello.cli.main import main as sello_main
from sello.core.documents.batch import read_records
from sello.core.documents.doctypes import get_doctype
from sello.core.limits import LIMITS
from sello.core.storage.db import Database
from sello.core.trust.bundle import BundleContents, BundleMember, import_bundle
from sello.core.trust.lists import import_trust_list
from sello.core.trust.webresolve import FetchedResource, parse_json_body
from sello.core.verification.inputs import payloads_from_bytes
from sello.core.verification.pipeline import verify_input
from tests.hardening import hostile
from tests.hardening.fuzz_support import assert_clear_message, exercise, fuzz_settings
from tests.hardening.test_fuzz_decoders import NOW, RESOLVER, TrustDesk
from tests.server.conftest import Api, api  # noqa: F401 - `api` is the server fixture

PACKING = get_doctype("packing-list")


def b64(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


HEADER = b64(json.dumps({"alg": "ES384", "typ": "vc+jwt", "cty": "vc", "kid": "did:key:zDn#0"}))


# -- hostile JSON --------------------------------------------------------------------------
@st.composite
def hostile_json(draw: st.DrawFn) -> str:
    """Deep, wide or bracket-laden JSON texts (valid or cut short)."""
    kind = draw(st.sampled_from(["arrays", "objects", "mixed", "wide", "wide-objects", "strings", "random"]))
    depth = draw(st.sampled_from([10, 63, 64, 65, 1_000, 100_000]))
    count = draw(st.sampled_from([10, 1_000, 150_000, 600_000]))
    if kind == "arrays":
        text = "[" * depth + "]" * depth
    elif kind == "objects":
        text = '{"a":' * depth + "1" + "}" * depth
    elif kind == "mixed":
        text = '[{"@context":' * (depth // 2) + '"x"' + "}]" * (depth // 2)
    elif kind == "wide":
        text = "[" + ",".join(["0"] * count) + "]"
    elif kind == "wide-objects":
        text = "[" + ",".join(["{}"] * count) + "]"
    elif kind == "strings":
        text = json.dumps({"issuer": "[" * depth, "x": ['\\"{' * (depth // 10)], "id": "urn:uuid:1"})
    else:
        value = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
                max_leaves=40,
            )
        )
        text = json.dumps(value)
    if draw(st.booleans()) and len(text) > 2:
        text = text[: draw(st.integers(1, len(text) - 1))]  # cut short: not JSON any more
    return text


@functools.cache
def trust_db() -> Database:
    import tempfile

    return Database(Path(tempfile.mkdtemp(prefix="sello-fuzz-bounds-")) / "sello.db")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    desk = TrustDesk(tmp_path_factory.mktemp("fuzz-bounds-desk"))
    yield desk
    desk.db.close()


def _did_web_body(text: str) -> Any:
    resource = FetchedResource("https://acerosdelnorte.mx/.well-known/did.json", text.encode(), "application/json", "")
    return parse_json_body(resource, "The DID document")


def _bundle_with_manifest(text: str) -> Any:
    body = {"format": "sello-trust-bundle", "version": 1, "manifest": f"{HEADER}.{b64(text)}.AAAA", "members": []}
    path = Path(trust_db().path).parent / "manifest.sello-bundle"
    path.write_text(json.dumps(body), encoding="utf-8")
    return import_bundle(trust_db(), path, NOW)


def _bundle_file(text: str) -> Any:
    path = Path(trust_db().path).parent / "file.sello-bundle"
    path.write_text(text, encoding="utf-8")
    return import_bundle(trust_db(), path, NOW)


JSON_ENTRY_POINTS: dict[str, Callable[[str], Any]] = {
    "json: verify_input (credential JSON)": lambda text: verify_input(text, resolver=RESOLVER, now=NOW),
    "json: vc+jwt payload": lambda text: verify_input(f"{HEADER}.{b64(text)}.AAAA", resolver=RESOLVER, now=NOW),
    "json: vc+jwt header": lambda text: verify_input(f"{b64(text)}.{b64('{}')}.AAAA", resolver=RESOLVER, now=NOW),
    "json: did:jwk identifier": lambda text: RESOLVER.resolve("did:jwk:" + b64(text)),
    "json: did:web body": _did_web_body,
    "json: trust list": lambda text: import_trust_list(trust_db(), f"{HEADER}.{b64(text)}.AAAA", NOW),
    "json: bundle file": _bundle_file,
    "json: bundle manifest payload": _bundle_with_manifest,
    "json: batch data": lambda text: read_records(text.encode(), PACKING, name="batch.json"),
}


@pytest.mark.parametrize("entry_point", list(JSON_ENTRY_POINTS))
@fuzz_settings(0.3)
@given(text=hostile_json())
def test_every_json_entry_point_is_bounded(entry_point: str, text: str) -> None:
    exercise(entry_point, lambda: JSON_ENTRY_POINTS[entry_point](text))


@fuzz_settings(0.3)
@given(text=hostile_json())
def test_bundle_did_document_member_is_bounded(desk: TrustDesk, text: str) -> None:
    """A bundle correctly signed by the trusted operator whose DID-document member is hostile."""
    contents = BundleContents([BundleMember("did-document", desk.mill_did, "2026-11-01T00:00:00Z", text)])
    path = desk.bundle_file(desk.make_bundle(contents))
    report = exercise("json: bundle DID-document member (signed)", lambda: import_bundle(desk.db, path, NOW))
    if report is not None:
        for _member, reason in report.refused:
            assert_clear_message(reason, where="bundle member")


# -- PDF streams ------------------------------------------------------------------------------
@functools.cache
def bomb(size: int) -> bytes:
    return hostile.deflate_bomb(size)


def _encode(raw_size: int, chain: tuple[str, ...]) -> bytes:
    """`raw_size` spaces through `chain` (the last filter is applied first, as a writer does);
    a MiB or more is a prebuilt deflate bomb behind /FlateDecode alone."""
    if raw_size >= 1 << 20:
        return bomb(raw_size)
    data = b" " * raw_size
    for name in reversed(chain):
        if name == "/FlateDecode":
            data = zlib.compress(data)
        elif name == "/ASCIIHexDecode":
            data = base64.b16encode(data) + b">"
        elif name == "/ASCII85Decode":
            data = base64.a85encode(data) + b"~>"
        elif name == "/RunLengthDecode":
            data = b"".join(b"\x81" + data[i : i + 1] for i in range(0, len(data), 128)) + b"\x80"
    return data


@fuzz_settings(0.3)
@given(
    role=st.sampled_from(["content", "attachment", "image", "object"]),
    raw_size=st.sampled_from([0, 100, 1 << 20, (16 << 20) + 1, 64 << 20, 1 << 30]),
    chain=st.lists(
        st.sampled_from(["/FlateDecode", "/ASCIIHexDecode", "/ASCII85Decode", "/RunLengthDecode"]), max_size=3
    ).map(lambda names: (*[n for n in names if n != "/FlateDecode"], "/FlateDecode")),
    noise=st.sampled_from([b"", b"/Title (obj) ", b"/DecodeParms << /Predictor 1 >> ", b"% comment\n", b"/X 5 0 R "]),
)
def test_pdf_streams_behind_every_filter_chain(role: str, raw_size: int, chain: tuple[str, ...], noise: bytes) -> None:
    if raw_size > 1 << 20 and chain != ("/FlateDecode",):
        chain = ("/FlateDecode",)  # large sizes only as a deflate bomb (built once, in about a second)
    data = _encode(raw_size, chain)
    filters = b"/Filter [" + b" ".join(n.encode() for n in chain) + b"] "
    extra = {"image": b"/Type /XObject /Subtype /Image /Width 10 /Height 10 ", "attachment": b"/Type /EmbeddedFile "}
    stream = b"<< /Length %d %s%s%s>>\nstream\n" % (len(data), noise, filters, extra.get(role, b"")) + data
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(c.jwt) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream + b"\nendstream" if role == "content" else b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /Filespec /F (c.jwt) /EF << /F 6 0 R >> >>",
        stream + b"\nendstream" if role != "content" else b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    pdf = hostile._pdf(objects)
    exercise("pdf: streams (filter chains, bombs)", lambda: payloads_from_bytes(pdf, name="s.pdf"), memory="native")


# -- batch shapes --------------------------------------------------------------------------------
@st.composite
def batch_files(draw: st.DrawFn) -> bytes:
    shape = draw(st.sampled_from(["csv-wide", "csv-deep-group", "csv-many-rows", "json-many", "json-nested-record"]))
    count = draw(st.sampled_from([1, 100, 1_001, 2_001, 5_000]))
    if shape == "csv-wide":
        header = ",".join(f"packages.{i}.marks" for i in range(1, count + 1))
        return (header + "\n" + ",".join(["x"] * min(count, 50)) + "\n").encode()
    if shape == "csv-deep-group":
        return f"packages.{count}.marks,packages.1.description\nx,y\n".encode()
    if shape == "csv-many-rows":
        return ("packages.1.marks\n" + draw(st.sampled_from(["x\n", ",\n", "\n"])) * count).encode()
    if shape == "json-many":
        return json.dumps([{"packages": [{"marks": "x"}]}] * count).encode()
    depth = draw(st.sampled_from([10, 70, 5_000]))
    return json.dumps([{"packages": [{"marks": "x"}]}]).encode()[:-2] + b"[" * depth + b"]" * depth + b"}]"


@fuzz_settings(0.5)
@given(data=batch_files())
def test_batch_shapes_are_bounded(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record limit is lowered to 1,000 here so that every shape crosses it cheaply
    (tracemalloc makes 10,000 CSV rows take 2 s); test_hostile_inputs.py has the real sizes."""
    monkeypatch.setitem(LIMITS, "batch_records", replace(LIMITS["batch_records"], value=1_000))
    exercise("batch: read_records (shapes)", lambda: read_records(data, PACKING, name="batch"))


# -- the command line: exit 70 only for bugs -------------------------------------------------------
@functools.cache
def cli_home() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="sello-fuzz-cli-"))


@fuzz_settings(0.15)
@given(
    command=st.sampled_from(["verify", "bundle import", "trust-list import", "issue"]),
    text=hostile_json(),
)
def test_the_command_line_never_reports_an_internal_error_for_input(
    command: str, text: str, capfd: pytest.CaptureFixture[str]
) -> None:
    home = cli_home()
    path = home / "input.json"
    path.write_text(text, encoding="utf-8")
    args = {
        "verify": ["verify", str(path)],
        "bundle import": ["bundle", "import", str(path)],
        "trust-list import": ["trust-list", "import", str(path)],
        "issue": ["issue", "--type", "packing-list", "--data", str(path), "--out", str(home / "out")],
    }[command]
    code = exercise(f"cli: sello {command}", lambda: sello_main(["--home", str(home), *args]), memory="native")
    err = capfd.readouterr().err
    assert code != EXIT_INTERNAL, err
    if code:
        lines = [line for line in err.splitlines() if line.strip()]
        assert lines, f"exit {code} without a message"
        assert_clear_message(lines[-1], where=f"sello {command}")


# -- the Traceability API (sello serve) -------------------------------------------------------------
API_ENDPOINTS = ["/credentials/issue", "/credentials/verify", "/credentials/status", "/presentations/verify"]


@fuzz_settings(0.15)
@given(path=st.sampled_from(API_ENDPOINTS), text=hostile_json(), in_token=st.booleans())
def test_api_bodies_and_bearer_headers_are_bounded(api: Api, path: str, text: str, in_token: bool) -> None:
    """Hostile JSON as a request body, or as the header of a bearer token: a 4xx with its JSON
    error body, never a 500, and the server keeps serving."""
    if not hasattr(api, "_fuzz_headers"):
        api._fuzz_headers = api.auth()  # type: ignore[attr-defined]
    headers = {**api._fuzz_headers, "Content-Type": "application/json"}  # type: ignore[attr-defined]
    if in_token:
        headers["Authorization"] = f"Bearer {b64(text)[:8000]}.e30.AAAA"

    def call() -> int:
        answer = api.client.post(path, content=b"{}" if in_token else text.encode(), headers=headers)
        assert answer.status_code in ((401,) if in_token else (200, 201, 400, 404, 409, 413)), answer.text
        if answer.status_code >= 400:
            body = answer.json()
            assert body["code"] == answer.status_code and body["message"]
            assert_clear_message(str(body.get("details", body["message"]))[:1000].replace("\n", " "), where=path)
        return int(answer.status_code)

    exercise("api: request bodies and bearer headers", call, memory="native")
    assert api.client.get("/health").json()["status"] == "ok"
