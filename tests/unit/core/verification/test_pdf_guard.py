"""PDF streams are measured through capped decoders before PDFium opens the file."""

from __future__ import annotations

import base64
import binascii
import zlib
from pathlib import Path

import pytest

from sello.core.limits import LimitError, value
from sello.core.verification.inputs import payloads_from_bytes
from sello.core.verification.pdf_decoders import lzw as _lzw
from sello.core.verification.pdf_guard import check_pdf_streams
from sello.core.verification.scan import scan_pdf
from tests.hardening import hostile

CAP = value("pdf_stream_bytes")
BIG = CAP + 1024  # just over the cap: cheap to build, must be refused


def _page_pdf(content_object: bytes) -> bytes:
    return hostile._pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            content_object,
        ]
    )


def _stream(data: bytes, dictionary: bytes) -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


def _lzw_encode(data: bytes) -> bytes:
    """A minimal PDF LZW encoder (early change 1), enough to test the decoder."""
    table = {bytes([i]): i for i in range(256)}
    codes: list[int] = []
    current = b""
    for byte in data:
        candidate = current + bytes([byte])
        if candidate in table:
            current = candidate
            continue
        codes.append(table[current])
        if len(table) + 2 < 4096:
            table[candidate] = len(table) + 2
        current = bytes([byte])
    return _pack_lzw([*codes, table[current], 257])


def _lzw_spaces(count: int) -> bytes:
    """LZW of `count` spaces, made from its codes (one per growing run, then the longest)."""
    codes = [32, *range(258, 4096)]
    done = sum(max(1, code - 256) for code in codes)
    codes += [4095] * ((count - done) // 3839 + 1)
    return _pack_lzw([*codes, 257])


def _pack_lzw(codes: list[int]) -> bytes:
    out, bits, buffer = bytearray(), 0, 0
    for index, code in enumerate([256, *codes]):
        size = min(4096, 258 + max(0, index - 2))  # the decoder's table when it reads this code
        width = 9 if index == 0 else 12 if size >= 2047 else 11 if size >= 1023 else 10 if size >= 511 else 9
        buffer = buffer << width | code
        bits += width
        while bits >= 8:
            bits -= 8
            out.append(buffer >> bits & 0xFF)
    if bits:
        out.append(buffer << (8 - bits) & 0xFF)
    return bytes(out)


def test_a_small_ordinary_pdf_passes() -> None:
    content = zlib.compress(b"0 0 m 100 100 l S\n" * 100)
    assert check_pdf_streams(_page_pdf(_stream(content, b"/Filter /FlateDecode"))) == 1800


@pytest.mark.parametrize(
    "encode, filters",
    [
        (lambda raw: zlib.compress(raw), b"/Filter /FlateDecode"),
        (lambda raw: zlib.compress(raw), b"/Filter [/FlateDecode]"),
        (lambda raw: zlib.compress(raw), b"/Filter /Fl"),
        (lambda raw: binascii.hexlify(zlib.compress(raw)) + b">", b"/Filter [/ASCIIHexDecode /FlateDecode]"),
        (lambda raw: base64.a85encode(zlib.compress(raw)) + b"~>", b"/Filter [/A85 /Fl]"),
        (lambda raw: zlib.compress(zlib.compress(raw)), b"/Filter [/FlateDecode /FlateDecode]"),
        (lambda raw: zlib.compress(raw), b"/Title (obj) /Filter /FlateDecode /Note (<< [ \\) >>)"),
        (lambda raw: zlib.compress(raw), b"/Filter 9 0 R"),  # indirect: inflated anyway when it looks like zlib
        (lambda raw: zlib.compress(raw), b""),  # no /Filter declared but zlib data: measured too
        (lambda raw: b"\x81\x20" * 140_000 + b"\x80", b"/Filter /RunLengthDecode"),
        (lambda raw: _lzw_spaces(len(raw)), b"/Filter /LZWDecode"),
    ],
)
def test_every_filter_chain_is_stopped_at_the_cap(encode: object, filters: bytes) -> None:
    raw = b" " * BIG
    stream = encode(raw)  # type: ignore[operator]
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(_page_pdf(_stream(stream, filters)))
    assert caught.value.code == "limit.pdf_stream_bytes"


def test_images_have_their_own_larger_cap() -> None:
    pixels = zlib.compress(b"\x00" * BIG)
    image = _stream(pixels, b"/Type /XObject /Subtype /Image /Width 4096 /Height 4097 /Filter /FlateDecode")
    assert check_pdf_streams(_page_pdf(image)) == BIG


def test_lzw_decoder_round_trips() -> None:
    data = b"TOBEORNOTTOBEORTOBEORNOT" * 500 + bytes(range(256)) * 20
    assert _lzw(_lzw_encode(data), 10**9) == data
    assert _lzw(_lzw_spaces(5_000_000), 10**9)[:5_000_000] == b" " * 5_000_000


@pytest.mark.parametrize("key", [b"/Encrypt 5 0 R", b"/Encr#79pt 5 0 R", b"/#45ncrypt << /V 1 >>"])
def test_encrypted_pdfs_are_refused(key: bytes) -> None:
    pdf = _page_pdf(_stream(b"x", b"")).replace(b"/Root 1 0 R", b"/Root 1 0 R " + key)
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(pdf)
    assert caught.value.code == "limit.pdf_encrypted"


def test_total_inflated_bytes_are_bounded() -> None:
    part = zlib.compress(b" " * (CAP - 10))
    objects = b"".join(
        b"%d 0 obj\n" % (10 + i) + _stream(part, b"/Filter /FlateDecode") + b"\nendobj\n" for i in range(11)
    )
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(_page_pdf(_stream(b"", b"")) + objects)
    assert caught.value.code == "limit.pdf_total_bytes"


def test_the_verifier_refuses_a_bomb_before_pdfium(tmp_path: Path) -> None:
    pdf = hostile.pdf_with_attachment_bomb(tmp_path / "bomb.pdf", size=64 << 20).read_bytes()
    with pytest.raises(LimitError, match="inflates to more than 16,777,216 bytes"):
        payloads_from_bytes(pdf, name="bomb.pdf")
    content = hostile.pdf_with_content_bomb(tmp_path / "content.pdf", size=64 << 20)
    with pytest.raises(LimitError):
        scan_pdf(content)


@pytest.mark.parametrize(
    "stream",
    [
        _stream(zlib.compress(b" " * BIG), b"/Filter /Fl#61teDecode"),  # a name with a #xx escape
        _stream(zlib.compress(b" " * BIG), b"/Filter /FlateDecode").replace(b">>\nstream\n", b">>stream\r\n"),
        _stream(zlib.compress(b" " * BIG), b"/Filter /FlateDecode").replace(b"stream\n", b"stream  \r\n", 1),
        _stream(zlib.compress(b" " * BIG), b"/Filter /NoSuchFilter"),
    ],
)
def test_what_pdfium_reads_as_a_stream_is_measured(stream: bytes) -> None:
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(_page_pdf(stream))
    assert caught.value.code == "limit.pdf_stream_bytes"


def test_streams_without_endstream_are_bounded_by_the_bytes_read() -> None:
    pdf = b"%PDF-1.7\n" + b"1 0 obj << >>\nstream\nx\n" * 20_000 + b"y" * 1_000_000
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(pdf)
    assert caught.value.code in ("limit.pdf_total_bytes", "limit.pdf_streams")


def test_reading_dictionaries_is_bounded() -> None:
    big_dictionary = b"<< /Filter /FlateDecode /Pad [" + b"0 " * 4000 + b"] >>"
    one = b"1 0 obj " + big_dictionary + b"\nstream\nx\nendstream\nendobj\n"
    with pytest.raises(LimitError) as caught:
        check_pdf_streams(b"%PDF-1.7\n" + one * 600)
    assert caught.value.code == "limit.pdf_dictionary_bytes"


def test_an_indirect_or_repeated_filter_is_measured_as_pdfium_may_read_it() -> None:
    hex_bomb = binascii.hexlify(zlib.compress(b" " * BIG)) + b">"
    indirect = _stream(hex_bomb, b"/Filter 9 0 R")
    pdf = _page_pdf(indirect) + b"9 0 obj\n[/ASCIIHexDecode /FlateDecode]\nendobj\n"
    with pytest.raises(LimitError):
        check_pdf_streams(pdf)
    twice = _stream(hex_bomb, b"/Filter /ASCIIHexDecode /Filter [/AHx /Fl]")
    with pytest.raises(LimitError):
        check_pdf_streams(_page_pdf(twice))
