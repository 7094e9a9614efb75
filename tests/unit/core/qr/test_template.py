"""TD1 template mode: issued documents travel as their form values and come back exact."""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
import zlib
from typing import Any

import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sello.core.credentials.credential import sign_vc_jwt, vc_jwt_header
from sello.core.documents import td1
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.mapping import build_subject, subject_to_data
from sello.core.documents.validation import InvalidDocumentError, normalize_data
from sello.core.qr import installed
from sello.core.qr import template as qrtemplate
from sello.core.qr.base45 import b45decode, b45encode
from sello.core.qr.payload import MODE_TEMPLATE, Td1Error, decode_td1, encode_td1
from sello.core.qr.symbol import smallest_version
from sello.core.qr.tables import TEMPLATE_DEFLATE_DICTIONARY
from sello.core.qr.wire import b64url as wire_b64url
from sello.core.trust.statuslist import status_entry, status_list_url
from tests.unit.core.td1_samples import (
    DOCUMENT_TYPE_IDS,
    assert_accepted_code_is_exact,
    example_data,
    golden_template_jws,
    issued_credential,
    issued_vc_jwt,
    signature_holds,
    unseen_mill_test_report,
)

MTR = "mill-test-report"


def raw_form(text: str) -> bytes:
    return b45decode(text.removeprefix("TD1:"))


def mode_of(text: str) -> int:
    return raw_form(text)[1]


def payload_of(jws: str) -> dict[str, Any]:
    segment = jws.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def resign(credential: dict[str, Any], key: Any, kid: str, header: dict[str, Any] | None = None) -> str:
    """`credential` signed as another issuer might: any shape, optionally another
    protected header (`sign_vc_jwt` refuses credentials Sello would not issue)."""
    header_bytes = (
        rfc8785.dumps(vc_jwt_header(key.alg.value, kid))
        if header is None
        else json.dumps(header, separators=(",", ":")).encode()
    )
    b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()  # noqa: E731
    signing_input = f"{b64(header_bytes)}.{b64(rfc8785.dumps(credential))}"
    return f"{signing_input}.{b64(key.sign(signing_input.encode()))}"


def reason_of(text: str, **kwargs: Any) -> str:
    with pytest.raises(Td1Error) as caught:
        decode_td1(text, **kwargs)
    assert caught.value.message
    return caught.value.reason


# --- every issued document type, every key kind ------------------------------------------


@pytest.mark.parametrize("doctype_id", DOCUMENT_TYPE_IDS)
@pytest.mark.parametrize(("alg", "method"), [("ES384", "web"), ("EdDSA", "web"), ("ES384", "key"), ("EdDSA", "key")])
def test_issued_documents_round_trip_exactly_in_template_mode(doctype_id: str, alg: str, method: str) -> None:
    credential, key, kid = issued_credential(doctype_id, alg=alg, method=method)
    jws = sign_vc_jwt(credential, key, kid)
    text = encode_td1(jws)
    assert mode_of(text) == MODE_TEMPLATE
    rebuilt = decode_td1(text)
    assert rebuilt == jws
    signing_input, _, signature = rebuilt.rpartition(".")
    assert key.public.verify(alg, signing_input.encode(), base64.urlsafe_b64decode(signature + "=="))
    assert payload_of(rebuilt) == credential


@pytest.mark.parametrize("method", ["web", "key", "jwk"])
def test_key_ids_and_status_lists_of_every_did_method_are_compact(method: str) -> None:
    jws = issued_vc_jwt(MTR, method=method)
    text = encode_td1(jws)
    assert mode_of(text) == MODE_TEMPLATE and decode_td1(text) == jws
    raw = raw_form(text)  # version, mode, code, 4-byte fingerprint, 96-byte signature, header byte, forms
    assert raw[2] == get_doctype(MTR).td1.code and raw[7] == 96
    forms = int.from_bytes(raw[105:107], "little")
    kid_form = forms >> 13 & 3
    status_form = forms >> 10 & 3
    assert kid_form == {"web": qrtemplate.KID_WEB, "key": qrtemplate.KID_KEY, "jwk": qrtemplate.KID_JWK}[method]
    assert status_form == (qrtemplate.STATUS_WEB_LIST if method == "web" else qrtemplate.STATUS_UUID_LIST)


def test_a_mill_test_report_with_three_heats_fits_version_22_at_ecc_m() -> None:
    for data in (example_data(MTR), unseen_mill_test_report()):
        assert len(data["heats"]) == 3 and len(data["heats"][0]["chemistry"]) == 15
        text = encode_td1(issued_vc_jwt(MTR, data))
        version = smallest_version(len(text), "M")
        assert version is not None and version <= 22, (len(text), version)


def test_a_credential_over_the_inflated_size_cap_still_travels_as_its_form_values() -> None:
    """20 heats make a 100 KB vc+jwt, more than generic and schema modes may inflate to;
    the template form is a few kilobytes of values and carries it (in parts)."""
    data = example_data(MTR)
    data["heats"] = [dict(copy.deepcopy(data["heats"][i % 3]), heat_number=f"A24-{11900 + i}") for i in range(20)]
    jws = issued_vc_jwt(MTR, data)
    assert len(jws.split(".")[1]) * 3 // 4 > 64 * 1024
    text = encode_td1(jws)
    assert mode_of(text) == MODE_TEMPLATE and decode_td1(text) == jws
    with pytest.raises(Td1Error) as caught:
        encode_td1(jws, mode="generic")
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize("doctype_id", DOCUMENT_TYPE_IDS)
def test_every_document_type_fits_version_20_and_beats_schema_mode(doctype_id: str) -> None:
    jws = issued_vc_jwt(doctype_id)
    template = encode_td1(jws, mode="template")
    schema = encode_td1(jws, mode="schema")
    assert mode_of(template) == MODE_TEMPLATE and mode_of(schema) == 1
    assert len(template) < 0.8 * len(schema)
    version = smallest_version(len(template), "M")
    assert version is not None and version <= 20, (len(template), version)


def test_golden_template_code_still_decodes() -> None:
    """A template-mode code printed with today's definitions. If this fails, a change to
    the MTR definition, the mapping or the format has orphaned every printed MTR code:
    keep the old definition readable (or bump the template) before shipping.

    The expected vc+jwt is pinned by its SHA-256, not rebuilt by today's mapping code (a
    change in that code must not move the expectation along with it)."""
    decoded = decode_td1(GOLDEN_MTR_TEXT)
    assert hashlib.sha256(decoded.encode("ascii")).hexdigest() == GOLDEN_MTR_JWS_SHA256
    assert decoded.split(".")[2] == wire_b64url(bytes(range(96)))  # the pinned signature bytes 0…95
    assert mode_of(GOLDEN_MTR_TEXT) == MODE_TEMPLATE


def test_the_pinned_golden_jws_is_the_sample_issuers_mtr() -> None:
    """How the pinned string was made (documentation, not the pin): today it still equals
    `golden_template_jws()`; if the samples change, only this test needs a new look."""
    assert hashlib.sha256(golden_template_jws().encode("ascii")).hexdigest() == GOLDEN_MTR_JWS_SHA256


GOLDEN_MTR_JWS_SHA256 = "40ade7d2c1150f233e29544495db029d3bff18390f4716f57f72812bbde7cb7a"


GOLDEN_MTR_TEXT = (
    "TD1:X50/50XCM13O100KB0*M0DY0W016C1PN1:Y1I12$C2BO2UZ2423ND3.O3G 3Z249E4SP42$4L35+E5EQ5X$5746QF60R6J%6%47CG7VR75*7"
    "O58/G8HS8 *8A69TH93T9M+9-6AFIAYTA8-AR7B1JBKUB*-BN10ZR4-/DQCD/G7YH7JCIGF5HW3NA0EQ8WCOOLEJ35/1C472F3JK34VQ1*/FJ94*"
    "QD03A/QM6-QY6V:$Q43692TNS0Z9R%:O0C5ID7-GFU$05.BGW0/%NIA9+LV.RTVDKBKG-49W.Q./F58R:9D.HIX2MNKM*IKGOVW*4G7CB.RP4GJMAQ"
    "7CP/VI.PEC02QDX6D.GD1SVFC0:9F.Y1R7071TA4H*3T0KQY*4LA2Z585VO43SW63QEO/G9-NGO+I*OB*GAY463IGGAG AEOOJIFTEDB7DJG701-DX"
    "8C1ALXZJVA1/IJ2$MCOJJWHDC8HFO3*K9X0AVF/$6P41A2CRID/.C2198GQLOGUIVGBG43M471A$1AT1CBW4I3RHJLTL0W6FYFUV7CVRQH2.S1XFJ"
    "CIM-MIG.C9%P6EHFE6LH4**4%M8$-9+KN EBI$B1EHI0657G$*O1HO EK0EQWIV+U0LQIFOML*8- D+D7L+DP9C4B1+0LES5QTCEL6FL65IM0TMDKC"
    "5*O7DHRLTGCVP0J%4JBTOLV17I1X73JCM$BL0Q66A4WE001B+TJ*KUQC9%JO:WVQ029LS9Y7QFD D7 XFADE3YTI:HMWDHAJQ963Y6T:5F$E3CBIS"
    "PI741A8KVSQ2RLQT4N1E28000"
)


# --- the rest of the credential: compact when standard, literal otherwise ---------------------


def _variant(change: str, credential: dict[str, Any]) -> dict[str, Any] | None:
    """A credential changed in one member; None: keep the standard one."""
    if change == "context":
        credential["@context"] = [*credential["@context"], "https://www.w3.org/ns/credentials/examples/v2"]
    elif change == "type":
        credential["type"] = [*credential["type"], "ExtraCredential"]
    elif change == "id":
        credential["id"] = "https://aceros-del-norte.example.mx/credentials/88213"
    elif change == "no_id":
        del credential["id"]
    elif change == "issuer_string":
        credential["issuer"] = credential["issuer"]["id"]
    elif change == "issuer_id_only":
        credential["issuer"] = {"id": credential["issuer"]["id"]}
    elif change == "issuer_more":
        credential["issuer"]["url"] = "https://aceros-del-norte.example.mx"
    elif change == "issuer_other_did":
        credential["issuer"]["id"] = "did:web:someone-else.example"
    elif change == "time_fraction":
        credential["validFrom"] = "2025-03-14T16:20:00.250Z"
    elif change == "time_offset":
        credential["validFrom"] = "2025-03-14T10:20:00-06:00"
    elif change == "valid_until":
        credential["validUntil"] = "2027-03-14T16:20:00Z"
    elif change == "no_valid_from":
        del credential["validFrom"]
    elif change == "status_suspension":
        credential["credentialStatus"]["statusPurpose"] = "suspension"
    elif change == "status_other_list":
        entry = status_entry("https://status.example.org/lists/7", 12)
        credential["credentialStatus"] = entry
    elif change == "status_leading_zero":
        credential["credentialStatus"]["statusListIndex"] = "091237"
    elif change == "status_list":
        credential["credentialStatus"] = [credential["credentialStatus"]]
    elif change == "no_status":
        del credential["credentialStatus"]
    elif change == "extras":
        credential["credentialSchema"] = {"id": "https://example.org/mtr.json", "type": "JsonSchema"}
        credential["evidence"] = [{"type": ["Evidence"], "note": 1.5}]
    else:
        return None
    return credential


CHANGES = [
    "context",
    "type",
    "id",
    "no_id",
    "issuer_string",
    "issuer_id_only",
    "issuer_more",
    "issuer_other_did",
    "time_fraction",
    "time_offset",
    "valid_until",
    "no_valid_from",
    "status_suspension",
    "status_other_list",
    "status_leading_zero",
    "status_list",
    "no_status",
    "extras",
]


@pytest.mark.parametrize("change", CHANGES)
def test_non_standard_members_travel_literally_and_exactly(change: str) -> None:
    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    credential = _variant(change, copy.deepcopy(credential))
    assert credential is not None
    jws = resign(credential, key, kid)
    text = encode_td1(jws, mode="template")
    assert mode_of(text) == MODE_TEMPLATE
    assert decode_td1(text) == jws


@pytest.mark.parametrize(
    "header",
    [
        {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": "KID"},  # DESIGN order: layout 1
        {"alg": "EdDSA", "kid": "KID"},
        {"alg": "EdDSA", "cty": "vc", "kid": "did:web:aceros-del-norte.example.mx#key-1", "typ": "vc+jwt"},
        {"alg": "EdDSA", "kid": "KID", "x5t": "abc"},  # not a compact header: carried as text
        {"alg": "EdDSA", "typ": "vc+jwt"},  # no kid: the issuer cannot be implied
    ],
)
def test_other_headers_round_trip(header: dict[str, Any]) -> None:
    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    header = {name: (kid if value == "KID" else value) for name, value in header.items()}
    jws = resign(credential, key, kid, header)
    text = encode_td1(jws, mode="template")
    assert mode_of(text) == MODE_TEMPLATE
    assert decode_td1(text) == jws


# --- falling back: never a wrong rebuild --------------------------------------------------


def _subject_change(change: str, subject: dict[str, Any]) -> None:
    if change == "extra_member":
        subject["vendorExtension"] = "kept by generic and schema modes"
    elif change == "number_instead_of_text":
        subject["purchaseOrderNo"] = 58213
    elif change == "invalid_country":
        subject["customer"]["location"]["address"]["addressCountry"] = "Estados Unidos"
    elif change == "trailing_space":
        subject["internalCertificateNo"] += " "
    elif change == "decimal_as_number":
        subject["items"][0]["netWeight"]["value"] = 29633.5
    elif change == "empty_rows":
        subject["items"] = []
    elif change == "other_subject_type":
        subject["type"] = "Product"


@pytest.mark.parametrize(
    "change",
    [
        "extra_member",
        "number_instead_of_text",
        "trailing_space",
        "decimal_as_number",
        "empty_rows",
        "other_subject_type",
    ],
)
def test_a_subject_the_mapping_does_not_rebuild_falls_back(change: str) -> None:
    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    _subject_change(change, credential["credentialSubject"])
    jws = resign(credential, key, kid)
    text = encode_td1(jws, mode="template")
    assert mode_of(text) != MODE_TEMPLATE
    assert decode_td1(text) == jws


def test_a_value_today_s_rules_reject_is_still_carried_exactly() -> None:
    """Decoding does not validate: a rule tightened after printing must not make a
    signed document unreadable (the signature, not the form rules, decides)."""
    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    _subject_change("invalid_country", credential["credentialSubject"])
    jws = resign(credential, key, kid)
    text = encode_td1(jws, mode="template")
    assert mode_of(text) == MODE_TEMPLATE
    assert decode_td1(text) == jws


def test_a_credential_of_an_unknown_type_is_not_templated() -> None:
    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    credential["type"] = ["VerifiableCredential", "SomethingElseCredential"]
    jws = resign(credential, key, kid)
    assert mode_of(encode_td1(jws, mode="template")) != MODE_TEMPLATE


def test_the_self_check_catches_a_template_that_rebuilds_differently() -> None:
    """A mapping that rebuilds something else than the signed subject must never reach a
    printed code: the encoder reads its form back and falls back to another mode."""
    real = td1.template_for_doctype(get_doctype(MTR))
    calls = {"count": 0}

    def drifting_build(data: dict[str, Any]) -> dict[str, Any]:
        calls["count"] += 1
        subject = real.build_subject(data)
        subject["internalCertificateNo"] = "MTR-0000-000000"
        return subject

    drifting = dataclasses.replace(real, build_subject=drifting_build)
    jws = issued_vc_jwt(MTR, alg="EdDSA")
    text = encode_td1(jws, templates=[drifting])
    assert mode_of(text) != MODE_TEMPLATE and calls["count"] >= 1
    assert decode_td1(text, templates=[drifting]) == jws


# --- the definition the code was made with ------------------------------------------------


def test_a_code_made_with_another_definition_is_refused() -> None:
    doctype = get_doctype(MTR)
    text = encode_td1(issued_vc_jwt(MTR, alg="EdDSA"))
    section = doctype.sections[0]
    changed_field = dataclasses.replace(section.fields[0], jsonld="certificateNumber")
    other = dataclasses.replace(
        doctype,
        sections=(dataclasses.replace(section, fields=(changed_field, *section.fields[1:])), *doctype.sections[1:]),
    )
    other_template = td1.template_for_doctype(other)
    assert other_template.fingerprint != td1.doctype_fingerprint(doctype)
    with pytest.raises(Td1Error, match="another definition of the Mill Test Report") as caught:
        decode_td1(text, templates=[other_template])
    assert caught.value.reason == "schema_unknown"
    assert reason_of(text, templates=[]) == "schema_unknown"


def test_the_fingerprint_covers_what_the_rebuild_depends_on_and_nothing_else() -> None:
    doctype = get_doctype(MTR)
    base = td1.doctype_fingerprint(doctype)
    section = doctype.sections[0]
    first = section.fields[0]

    def with_first_field(**changes: Any) -> bytes:
        field = dataclasses.replace(first, **changes)
        sections = (dataclasses.replace(section, fields=(field, *section.fields[1:])), *doctype.sections[1:])
        return td1.doctype_fingerprint(dataclasses.replace(doctype, sections=sections))

    assert with_first_field(id="certificate_number") != base
    assert with_first_field(type="multiline") != base
    assert with_first_field(required=False) != base
    reordered = (dataclasses.replace(section, fields=(*section.fields[1:], first)), *doctype.sections[1:])
    assert td1.doctype_fingerprint(dataclasses.replace(doctype, sections=reordered)) != base
    assert td1.doctype_fingerprint(dataclasses.replace(doctype, credential_type="X")) != base
    # labels, help and the PDF layout do not change how a subject is rebuilt
    assert with_first_field(label=dataclasses.replace(first.label, en="Certificate no.")) == base
    assert td1.doctype_fingerprint(dataclasses.replace(doctype, pdf=None)) == base


def test_without_document_types_template_codes_are_refused_and_others_still_work() -> None:
    jws = issued_vc_jwt(MTR, alg="EdDSA")
    text = encode_td1(jws)
    installed.uninstall()  # the bare codec: no document types installed
    try:
        assert reason_of(text) == "schema_unknown"
        fallback = encode_td1(jws)
        assert mode_of(fallback) != MODE_TEMPLATE and decode_td1(fallback) == jws
    finally:
        td1.install()


def test_the_status_entry_matches_the_issuers() -> None:
    for did in ("did:web:aceros-del-norte.example.mx", "did:web:example.com%3A8443:mill"):
        assert qrtemplate.web_status_base(did) + "3" == status_list_url(did, 3)
    assert qrtemplate.status_entry("https://a.example/status/1", 7) == status_entry("https://a.example/status/1", 7)
    assert qrtemplate.web_status_base("did:key:z6Mk") is None


# --- values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "packed"),
    [("0.0081", 81 * 2 * 16 + 4), ("-20", 39 * 16), ("0", 0), ("0.180", 180 * 2 * 16 + 3), ("12500", 25000 * 16)],
)
def test_decimals_are_packed_exactly(text: str, packed: int) -> None:
    assert qrtemplate.pack_decimal(text) == packed
    assert qrtemplate.unpack_decimal(packed) == text


@given(st.from_regex(r"-?[0-9]{1,20}(\.[0-9]{1,16})?", fullmatch=True) | st.text(max_size=12))
def test_decimal_packing_is_exact_or_refused(text: str) -> None:
    packed = qrtemplate.pack_decimal(text)
    if packed is not None:
        assert qrtemplate.unpack_decimal(packed) == text and packed % 16 != qrtemplate.DECIMAL_AS_TEXT


# --- random form data -------------------------------------------------------------------


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


def _field_value(field: Any) -> st.SearchStrategy[Any]:
    kind = field.type
    if kind in ("text", "multiline"):
        return _TEXT
    if kind == "integer":
        return st.integers(0, 10**6)
    if kind == "percent":
        return st.decimals(0, 100, places=4).map(lambda d: format(d, "f"))
    if kind == "decimal":
        return (
            st.integers(0, 3)
            .flatmap(lambda places: st.decimals(-1000, 10**7, places=places))
            .map(lambda number: format(number, "f"))
        )
    if kind == "date":
        return st.dates().map(lambda d: d.isoformat())
    if kind == "enum":
        return st.sampled_from([o.value for o in field.validation.options])
    choices = {
        "country": ["MX", "US", "CA", "de"],
        "locode": ["USLRD", "MXMTY"],
        "hs_code": ["7208.51", "7208510060"],
        "currency": ["USD", "MXN"],
        "incoterm": ["FCA", "dap"],
        "unit": ["KGM", "TNE"],
        "rfc": ["ANO850312QK7"],
        "email": ["ventas@example.mx"],
        "pedimento": ["262434206001234", "26  24  3420  6001234"],
    }
    return st.sampled_from(choices[kind])


def _field_slots(doctype: Any, data: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    """(the dict holding a field's value, the field) for every field of every row."""
    slots: list[tuple[dict[str, Any], Any]] = []

    def sections(items: Any, node: dict[str, Any]) -> None:
        for section in items:
            rows = node.get(section.id, []) if section.repeatable else [node.setdefault(section.id, {})]
            for row in rows:
                slots.extend((row, f) for f in section.fields)
                sections(section.sections, row)

    sections(doctype.sections, data)
    return slots


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(DOCUMENT_TYPE_IDS))
def test_random_valid_forms_round_trip_or_fall_back(data: st.DataObject, doctype_id: str) -> None:
    """Starting from the example, change or clear random fields (keeping the form valid),
    issue, encode: the code always rebuilds the identical JWS, and it is a template code
    whenever the mapping gives the subject back."""
    doctype = get_doctype(doctype_id)
    form = example_data(doctype_id)
    for _ in range(data.draw(st.integers(1, 12))):
        slots = _field_slots(doctype, form)
        holder, field = slots[data.draw(st.integers(0, len(slots) - 1))]
        before = copy.deepcopy(form)
        if not field.required and data.draw(st.booleans()):
            holder.pop(field.id, None)
        else:
            holder[field.id] = data.draw(_field_value(field))
        try:
            normalize_data(doctype, form)
        except InvalidDocumentError:
            form = before
    jws = issued_vc_jwt(doctype_id, normalize_data(doctype, form), alg="EdDSA", method="key")
    text = encode_td1(jws)
    assert decode_td1(text) == jws
    subject = payload_of(jws)["credentialSubject"]
    if build_subject(doctype, subject_to_data(doctype, subject)) == subject:
        assert mode_of(text) == MODE_TEMPLATE


# --- hostile input ------------------------------------------------------------------------


def _template_head(code: int = 1, fingerprint: bytes | None = None) -> bytes:
    if fingerprint is None:
        fingerprint = td1.doctype_fingerprint(get_doctype(MTR))
    return bytes([1, MODE_TEMPLATE, code]) + fingerprint


def _deflate_template(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, TEMPLATE_DEFLATE_DICTIONARY)
    return compressor.compress(data) + compressor.flush()


@settings(deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_in_a_template_body_only_raise_td1_error(body: bytes) -> None:
    try:
        decoded = decode_td1("TD1:" + b45encode(_template_head() + body))
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 0x7FFF), st.binary(max_size=60), st.binary(max_size=400))
def test_arbitrary_value_streams_only_raise_td1_error(forms: int, binary: bytes, values: bytes) -> None:
    """A well-formed container around arbitrary member forms, binary members and an
    arbitrary (properly deflated) value stream: the value reader and the rebuild only
    ever refuse with a Td1Error."""
    head = _template_head() + bytes([0]) + bytes([0x00]) + forms.to_bytes(2, "little")
    try:
        decoded = decode_td1("TD1:" + b45encode(head + binary + _deflate_template(values)))
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded)


@settings(deadline=None)
@given(st.data())
def test_damaged_template_codes_only_raise_td1_error(data: st.DataObject) -> None:
    raw = bytearray(raw_form(_REAL_TEMPLATE_TEXT))
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(2, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    try:
        decoded = decode_td1("TD1:" + b45encode(bytes(raw)))
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded)
    if decoded != _REAL_TEMPLATE_JWS:  # a damaged code that still decodes carries no valid signature
        assert not signature_holds(decoded, _REAL_TEMPLATE_KEY.public, "EdDSA")


def _real_template_code() -> tuple[str, Any, str]:
    from sello.core.credentials.credential import sign_vc_jwt

    credential, key, kid = issued_credential(MTR, alg="EdDSA")
    jws = sign_vc_jwt(credential, key, kid)
    return jws, key, encode_td1(jws)


_REAL_TEMPLATE_JWS, _REAL_TEMPLATE_KEY, _REAL_TEMPLATE_TEXT = _real_template_code()


def test_row_counts_are_bounded() -> None:
    body = bytearray()
    body += b"aceros.example\xff"  # kid domain (did:web form)
    body += b"Aceros\xff"  # issuer name
    # certificate: presence bits of the 4 optional fields, number, EN 10204 type (3.1), order
    body += bytes([0]) + b"MTR-1\xff" + bytes([2]) + b"PO-1\xff"
    body += bytes([0]) + b"Buyer\xff" + b"US\xff"  # customer: presence bits, name, country
    body += bytes([0]) + b"A36\xff50\xffPlate\xff"  # product
    body += bytes([0xFF, 0xFF, 0xFF, 0x7F])  # heats: 268 million rows
    forms = qrtemplate.KID_WEB << 13 | qrtemplate.ID_ABSENT << 2 | qrtemplate.TIME_ABSENT << 6
    head = _template_head() + bytes([0, 0]) + forms.to_bytes(2, "little") + hashlib.sha256(b"k").digest()
    text = "TD1:" + b45encode(head + _deflate_template(bytes(body)))
    assert reason_of(text) == "too_large"


def test_unknown_document_type_code_is_refused() -> None:
    text = "TD1:" + b45encode(_template_head(code=99) + bytes(10))
    with pytest.raises(Td1Error, match="document type 99") as caught:
        decode_td1(text)
    assert caught.value.reason == "schema_unknown"


def _split_real_code() -> tuple[bytes, bytes]:
    """(everything before the DEFLATE stream, the inflated value stream) of the real code:
    version, mode, code, fingerprint, signature (EdDSA: 64 bytes), header byte, forms,
    then thumbprint 32, id 16, validFrom 4, status list 1 and index 3 bytes."""
    raw = raw_form(_REAL_TEMPLATE_TEXT)
    head_length = 2 + 1 + 4 + 1 + 64 + 1 + 2 + 32 + 16 + 4 + 1 + 3
    inflater = zlib.decompressobj(-15, zdict=TEMPLATE_DEFLATE_DICTIONARY)
    values = inflater.decompress(raw[head_length:])
    assert inflater.eof and not inflater.unused_data
    return raw[:head_length], values


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_value_streams_only_raise_td1_error(data: st.DataObject) -> None:
    """Change, insert or drop bytes of a real value stream (then deflate it properly):
    values that reach the form's validation and the mapping are refused with a Td1Error."""
    head, values = _SPLIT_REAL
    stream = bytearray(values)
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, len(stream) - 1))
        action = data.draw(st.sampled_from(["change", "insert", "drop"]))
        if action == "change":
            stream[position] = data.draw(st.integers(0, 255))
        elif action == "insert":
            stream.insert(position, data.draw(st.integers(0, 255)))
        else:
            del stream[position]
    try:
        decoded = decode_td1("TD1:" + b45encode(head + _deflate_template(bytes(stream))))
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded)
    if bytes(stream) != values:  # other form values under the same signature never verify
        assert not signature_holds(decoded, _REAL_TEMPLATE_KEY.public, "EdDSA")


_SPLIT_REAL = _split_real_code()
