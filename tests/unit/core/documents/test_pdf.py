"""The printed PDF, read back as a border desk would: rasterized with pdfium, the QR code
decoded with zxing-cpp, the text layer searched, the attachments opened.

Every document type is issued from its example data (did:web, fresh ES384 key), so the
tests fail when a definition, the mapping, the TD1 codec or the layout breaks the chain.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.documents import refdata
from sello.core.documents.doctypes import DocType, FieldDef, get_doctype, load_doctypes
from sello.core.documents.mapping import build_subject, credential_types
from sello.core.documents.pdf import IssuerBlock, render_document_pdf, write_document_pdf
from sello.core.documents.pdf.fonts import register_fonts
from sello.core.documents.pdf.layout import group_thousands, header_label
from sello.core.documents.pdf.qrdraw import _path_operators, dark_runs
from sello.core.documents.pdf.render import PdfWriteError, pretty_json
from sello.core.documents.pedimento import spaced_pedimento
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import PrivateKey, generate_key
from sello.core.qr.parts import PartCollector
from sello.core.qr.payload import decode_td1, encode_td1
from sello.core.qr.symbol import MIN_MODULE_MM, PART_MAX_VERSION, QrSymbol, plan_qr
from sello.core.resources import load_json_resource

DOCTYPE_IDS = sorted(load_doctypes())
DOMAIN = "acerosdelnorte.mx"
ISSUER_NAME = "Aceros del Norte S.A. de C.V."
ISSUER_RFC = "ANO850312QK7"


@dataclass(frozen=True)
class Printed:
    doctype: DocType
    data: dict[str, Any]
    credential: dict[str, Any]
    vc_jwt: str
    td1: str
    pdf: bytes


def _issuer(key: PrivateKey, did: str) -> IssuerBlock:
    return IssuerBlock(
        ISSUER_NAME, ISSUER_RFC, ("Av. Industrial Regiomontana 1450", "66062 Monterrey, N.L., México"), did, key.key_id
    )


def _print(doctype_id: str, key: PrivateKey, data: dict[str, Any] | None = None, **render: Any) -> Printed:
    doctype = get_doctype(doctype_id)
    data = data if data is not None else load_json_resource("examples", f"{doctype_id}.json")
    did, kid = identifiers_for_key(key.public, "web", DOMAIN)
    credential = build_credential(
        types=credential_types(doctype), subject=build_subject(doctype, data), issuer={"id": did, "name": ISSUER_NAME}
    )
    vc_jwt = sign_vc_jwt(credential, key, kid)
    td1 = encode_td1(vc_jwt)
    pdf = render_document_pdf(doctype, credential, vc_jwt, issuer=_issuer(key, did), td1_text=td1, **render)
    return Printed(doctype, data, credential, vc_jwt, td1, pdf)


@pytest.fixture(scope="module")
def es384_key() -> PrivateKey:
    return generate_key("ES384")


@pytest.fixture(scope="module")
def printed(es384_key: PrivateKey) -> dict[str, Printed]:
    """Each document type printed once for the module's tests."""
    return {doctype_id: _print(doctype_id, es384_key) for doctype_id in DOCTYPE_IDS}


def _raster(pdf: bytes, dpi: int, page: int = 0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        document.close()


def _texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _qr_texts(image: Image.Image) -> list[str]:
    return [barcode.text for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _values_of_type(doctype: DocType, data: dict[str, Any], kinds: set[str], ids: set[str] = frozenset()) -> list[str]:
    """Every value in form data whose field has one of `kinds` or one of `ids`."""
    found: list[str] = []
    for ref in doctype.fields():
        if ref.field.type not in kinds and ref.field.id not in ids:
            continue
        nodes: list[Any] = [data]
        for part in ref.pattern.split("."):
            key, many = part.removesuffix("[]"), part.endswith("[]")
            nodes = [
                child
                for node in nodes
                if isinstance(node, dict)
                for child in ((node.get(key) or []) if many else [node.get(key)])
                if child is not None
            ]
        found += [str(value) for value in nodes]
    return found


# -- every document type ---------------------------------------------------------------------


@pytest.mark.parametrize("doctype_id", DOCTYPE_IDS)
def test_qr_on_page_one_decodes_at_150_dpi_to_the_signed_token(printed: dict[str, Printed], doctype_id: str) -> None:
    item = printed[doctype_id]
    plan = plan_qr(item.td1)
    texts = _qr_texts(_raster(item.pdf, 150))
    if plan.is_multipart:  # the parts are printed together on page 1, in any order
        collector = PartCollector()
        for text in texts:
            collector.add(text)
        assert collector.complete, (collector.progress, len(plan.symbols))
        assert decode_td1(collector.assemble()) == item.vc_jwt
    else:
        assert texts == [item.td1]
        assert decode_td1(texts[0]) == item.vc_jwt


@pytest.mark.parametrize("doctype_id", DOCTYPE_IDS)
def test_attachments_are_the_token_and_the_credential(printed: dict[str, Printed], doctype_id: str) -> None:
    item = printed[doctype_id]
    stem = item.credential["id"].removeprefix("urn:uuid:")
    document = pdfium.PdfDocument(item.pdf)
    try:
        files = {
            document.get_attachment(i).get_name(): bytes(document.get_attachment(i).get_data())
            for i in range(document.count_attachments())
        }
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert set(files) == {f"{stem}.jwt", f"{stem}.json"}
    assert files[f"{stem}.jwt"].decode("ascii") == item.vc_jwt
    assert json.loads(files[f"{stem}.json"]) == item.credential
    assert metadata["Creator"] == "Sello"
    assert metadata["Author"] == ISSUER_NAME
    assert item.doctype.title.en in metadata["Title"]
    assert item.credential["id"] in metadata["Subject"]


@pytest.mark.parametrize("doctype_id", DOCTYPE_IDS)
def test_text_layer_carries_the_key_fields(printed: dict[str, Printed], doctype_id: str) -> None:
    item = printed[doctype_id]
    text = "\n".join(_texts(item.pdf))
    section, field = item.doctype.summary.title.split(".")
    number = item.data[section][field]
    expected = [
        number,
        item.credential["id"],
        ISSUER_NAME,
        ISSUER_RFC,
        item.doctype.title.es,
        item.doctype.title.en,
        *_values_of_type(item.doctype, item.data, {"hs_code"}, {"heat_number", "heat_numbers"}),
    ]
    missing = [value for value in expected if value not in text]
    assert not missing, missing
    assert "Página 1 de" in text and "Page 1 of" in text
    assert "Huella de la clave de firma / Signing key fingerprint" in text
    if item.doctype.statement:
        assert " ".join(item.doctype.statement.en.split()[:8]) in " ".join(text.split())


def _field_values(doctype: DocType, data: dict[str, Any]) -> list[tuple[FieldDef, Any]]:
    """Every (field, value) of form data, rows of repeatable sections included."""
    found: list[tuple[FieldDef, Any]] = []
    for ref in doctype.fields():
        nodes: list[Any] = [data]
        for part in ref.pattern.split("."):
            key, many = part.removesuffix("[]"), part.endswith("[]")
            nodes = [
                child
                for node in nodes
                if isinstance(node, dict)
                for child in ((node.get(key) or []) if many else [node.get(key)])
                if child not in (None, "")
            ]
        found += [(ref.field, value) for value in nodes]
    return found


@pytest.mark.parametrize("doctype_id", DOCTYPE_IDS)
def test_every_signed_value_is_on_paper(printed: dict[str, Printed], doctype_id: str) -> None:
    item = printed[doctype_id]
    text = " ".join("\n".join(_texts(item.pdf)).split())
    plain = text.replace(",", "")  # numbers are printed with thousands separators
    missing = []
    for field, value in _field_values(item.doctype, item.data):
        shown = " ".join(str(value).split())
        if field.type == "enum":
            option = field.option(shown)
            ok = shown in text or (option is not None and option.label.es in text)
        elif field.type == "unit":
            ok = refdata.unit_symbol(shown) in text
        elif field.type in ("integer", "decimal", "percent"):
            ok = shown in plain
        elif field.type == "pedimento":  # printed spaced as on the pedimento: 24  24  3420  4001234
            ok = " ".join(spaced_pedimento(shown).split()) in text
        else:
            ok = shown in text
        if not ok:
            missing.append((field.id, shown))
    assert not missing, missing


def test_mill_test_report_prints_every_heat_and_element(printed: dict[str, Printed]) -> None:
    item = printed["mill-test-report"]
    text = "\n".join(_texts(item.pdf))
    for heat in item.data["heats"]:
        assert heat["heat_number"] in text
        for element, value in heat["chemistry"].items():
            assert value in text, (element, value)
    assert "COMPOSICIÓN QUÍMICA (%) / CHEMICAL COMPOSITION (%)" in text


def test_certification_statement_and_signature_line(printed: dict[str, Printed]) -> None:
    text = " ".join(" ".join(_texts(printed["usmca-certification"].pdf)).split())
    assert "CERTIFICACIÓN / CERTIFICATION" in text
    assert "Certifico que las mercancías descritas" in text
    assert "Electronically signed: signature and full document in the QR code" in text
    assert "Lic. Ricardo Salinas Cantú" in text  # the signature section, under the statement


def test_print_rules_next_to_a_single_code(printed: dict[str, Printed]) -> None:
    single = next(item for item in printed.values() if not plan_qr(item.td1).is_multipart)
    first_page = " ".join(_texts(single.pdf)[0].split())  # the note may wrap beside a narrow code
    assert "Imprimir al 100 % — no ajustar a la página" in first_page
    assert "Print at 100 % — do not fit to page" in first_page


# -- the QR symbol on paper -----------------------------------------------------------------------


def _finder_module_px(image: Image.Image) -> float:
    """Pixels per module, measured on the top-left finder pattern of the first QR code:
    its top edge is a run of 7 dark modules."""
    barcode = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)[0]
    corner = barcode.position.top_left
    pixels = image.load()
    x0, y0 = corner.x - 10, corner.y - 10
    # the first dark pixel scanning diagonally from outside the corner: the finder's corner
    for step in range(40):
        if pixels[x0 + step, y0 + step] < 128:
            x, y = x0 + step, y0 + step
            break
    else:
        raise AssertionError("no finder pattern near the reported corner")
    while pixels[x - 1, y] < 128:
        x -= 1
    while pixels[x, y - 1] < 128:
        y -= 1
    run = 0
    while pixels[x + run, y + 1] < 128:
        run += 1
    return run / 7


def test_modules_are_at_least_0_508_mm_at_300_dpi(printed: dict[str, Printed]) -> None:
    for doctype_id, item in printed.items():
        image = _raster(item.pdf, 300)
        module_px = _finder_module_px(image)
        assert module_px >= 6, (doctype_id, module_px)
        assert module_px / 300 * 25.4 >= MIN_MODULE_MM - 1e-9
        symbols = plan_qr(item.td1).symbols
        assert sorted(_qr_texts(image)) == sorted(symbol.text for symbol in symbols), doctype_id


def test_qr_is_drawn_as_vector_paths_not_an_image(printed: dict[str, Printed]) -> None:
    document = pdfium.PdfDocument(printed["packing-list"].pdf)
    try:
        kinds = [obj.type for obj in document[0].get_objects()]
    finally:
        document.close()
    assert pdfium_raw.FPDF_PAGEOBJ_IMAGE not in kinds
    assert pdfium_raw.FPDF_PAGEOBJ_PATH in kinds


def _symbol(modules: list[list[bool]]) -> QrSymbol:
    return QrSymbol.from_modules("", 1, "M", modules)


@given(
    st.integers(1, 12).flatmap(
        lambda n: st.lists(st.lists(st.booleans(), min_size=n, max_size=n), min_size=n, max_size=n)
    )
)
def test_dark_runs_cover_exactly_the_dark_modules(modules: list[list[bool]]) -> None:
    rebuilt = [[False] * len(modules) for _ in modules]
    runs = dark_runs(_symbol(modules))
    for row, column, length in runs:
        assert length >= 1
        for offset in range(length):
            assert not rebuilt[row][column + offset]
            rebuilt[row][column + offset] = True
    assert rebuilt == modules
    # maximal runs: two runs of one row never touch
    ends = {(row, column + length) for row, column, length in runs}
    assert not any((row, column) in ends for row, column, _ in runs)
    # the drawn path is those runs, rows counted from the bottom
    size = len(modules)
    expected = " ".join(f"{column} {size - 1 - row} {length} 1 re" for row, column, length in runs)
    assert _path_operators(_symbol(modules)) == expected


# -- big documents: several QR parts, tables over several pages --------------------------------------


def _many_packages(count: int) -> dict[str, Any]:
    data = copy.deepcopy(load_json_resource("examples", "packing-list.json"))
    template = data["packages"][0]
    data["packages"] = []
    for index in range(count):
        row = copy.deepcopy(template)
        row["marks"] = f"ADN/LSF PKG-{index:04d}"
        row["heat_number"] = f"B25-{20000 + index * 7}"
        row["net_weight"] = str(1000 + index)
        row["gross_weight"] = str(1010 + index)
        row["package_count"] = 1
        data["packages"].append(row)
    data["totals"]["total_packages"] = count
    data["totals"]["total_net_weight"] = str(sum(Decimal(row["net_weight"]) for row in data["packages"]))
    data["totals"]["total_gross_weight"] = str(sum(Decimal(row["gross_weight"]) for row in data["packages"]))
    return data


@pytest.fixture(scope="module")
def long_packing_list(es384_key: PrivateKey) -> Printed:
    return _print("packing-list", es384_key, _many_packages(60))


def test_huge_document_prints_numbered_parts_that_all_decode(long_packing_list: Printed) -> None:
    item = long_packing_list
    plan = plan_qr(item.td1)
    assert len(plan.symbols) >= 2
    assert all(symbol.version <= PART_MAX_VERSION for symbol in plan.symbols)
    collector = PartCollector()
    document = pdfium.PdfDocument(item.pdf)
    try:
        pages = len(document)
    finally:
        document.close()
    for page in range(pages):
        for text in _qr_texts(_raster(item.pdf, 150, page)):
            collector.add(text)
    assert collector.complete, collector.missing
    assert decode_td1(collector.assemble()) == item.vc_jwt
    first = _texts(item.pdf)[0]
    count = len(plan.symbols)
    for index in range(1, count + 1):
        assert f"Parte {index} de {count} / Part {index} of {count}" in first


def test_long_table_flows_over_pages_with_its_header_repeated(long_packing_list: Printed) -> None:
    texts = _texts(long_packing_list.pdf)
    total = len(texts)
    assert total >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Página {number} de {total} / Page {number} of {total}" in text
    pages = [" ".join(text.split()) for text in texts]  # wrapped cells rejoined
    with_rows = [text for text in pages if "B25-2" in text]  # heat numbers: rows of the packages table
    assert len(with_rows) >= 2
    for text in with_rows:
        assert "Número de colada Heat number" in text  # the header row, again on every page
    every_row = "\n".join(texts)
    assert all(f"PKG-{index:04d}" in every_row for index in range(60))


# -- options, keys and files -----------------------------------------------------------------------


def _page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(round(v) for v in document[i].get_size()) for i in range(len(document))]  # type: ignore[misc]
    finally:
        document.close()


def test_page_size_letter_by_default_a4_on_request_landscape_from_the_definition(printed: dict[str, Printed]) -> None:
    key = generate_key("EdDSA")  # an Ed25519 signature prints and decodes the same way
    a4 = _print("commercial-invoice", key, page_size="a4")
    assert set(_page_sizes(printed["commercial-invoice"].pdf)) == {(612, 792)}
    assert set(_page_sizes(a4.pdf)) == {(595, 842)}
    assert _qr_texts(_raster(a4.pdf, 150)) == [a4.td1]
    assert decode_td1(a4.td1) == a4.vc_jwt
    for doctype_id, item in printed.items():
        landscape = item.doctype.pdf.orientation == "landscape"
        assert set(_page_sizes(item.pdf)) == {(792, 612) if landscape else (612, 792)}, doctype_id


def test_write_document_pdf_is_atomic_and_byte_exact(printed: dict[str, Printed], tmp_path: Path) -> None:
    target = tmp_path / "out" / "MTR.pdf"
    pdf = printed["mill-test-report"].pdf
    assert write_document_pdf(target, pdf) == target
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["MTR.pdf"]  # no temp file left behind
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


def test_write_failure_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(PdfWriteError, match=r"Could not save the PDF as .*not-a-folder.*MTR\.pdf"):
        write_document_pdf(blocker / "MTR.pdf", b"%PDF-1.4")


@pytest.mark.parametrize(
    ("text", "grouped"),
    [
        ("29633", "29,633"),
        ("-1234567.50", "-1,234,567.50"),
        ("980.00", "980.00"),
        ("0.0081", "0.0081"),
        ("7208.51.0060", "7208.51.0060"),
        ("12 pcs", "12 pcs"),
    ],
)
def test_numbers_are_grouped_like_mexican_and_us_paper(text: str, grouped: str) -> None:
    assert group_thousands(text) == grouped


def test_vague_header_labels_get_their_section() -> None:
    usmca = get_doctype("usmca-certification")
    period = usmca.section("period")
    assert header_label(period, period.field("blanket_from")).en.lower().endswith(": from")
    carrier = get_doctype("bill-of-lading").section("carrier")
    assert header_label(carrier, carrier.field("name")).en == carrier.label.en


def test_fonts_are_registered_once() -> None:
    assert register_fonts() is register_fonts()


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=20,
    )
)
def test_pretty_json_is_the_standard_indented_text(value: object) -> None:
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
