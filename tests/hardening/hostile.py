"""Hostile inputs of issue 14, generated on demand (nothing big is committed).

Each builder writes a small file that asks for gigabytes when read naively.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

MiB = 1 << 20
GiB = 1 << 30


def deflate_bomb(size: int = GiB, fill: bytes = b" ") -> bytes:
    """A zlib stream inflating to `size` bytes of `fill`, built in about a second: full-flushed
    deflate blocks of one MiB are identical, so one is compressed and repeated."""
    chunk = fill * MiB
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(size // MiB):
        checksum = zlib.adler32(chunk, checksum)
    return first + repeated * (size // MiB - 1) + b"\x03\x00" + struct.pack(">I", checksum)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_CATALOG_WITH_ATTACHMENT = (
    b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(credential.jwt) 5 0 R] >> >> >>"
)
_PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"


def pdf_with_attachment_bomb(path: Path, size: int = GiB, *, disguise: bytes = b"") -> Path:
    """A ~1 MB PDF whose attached `credential.jwt` inflates to `size` bytes (`disguise`:
    more of its stream dictionary, e.g. `/Subtype /Image` to claim the image cap)."""
    content = zlib.compress(b"BT ET\n")
    objects = [
        _CATALOG_WITH_ATTACHMENT,
        _PAGES,
        _PAGE,
        _stream(content),
        b"<< /Type /Filespec /F (credential.jwt) /UF (credential.jwt) /EF << /F 6 0 R >> >>",
        _stream(deflate_bomb(size, b"A"), disguise or b"/Type /EmbeddedFile "),
    ]
    path.write_bytes(_pdf(objects))
    return path


def pdf_with_content_bomb(path: Path, size: int = GiB) -> Path:
    """A ~1 MB PDF whose one page's content stream inflates to `size` bytes of spaces."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", _PAGES, _PAGE, _stream(deflate_bomb(size, b" "))]
    path.write_bytes(_pdf(objects))
    return path


def json_array_of_empty_records(path: Path, size: int = 20_000_000) -> Path:
    """`[{},{},...]` of about `size` bytes."""
    count = (size - 2) // 3
    path.write_bytes(b"[" + b",".join([b"{}"] * count) + b"]")
    return path


def csv_with_group_columns(path: Path, columns: int = 100_000, group: str = "packages", field: str = "marks") -> Path:
    """A CSV header with `columns` repeatable-group columns and one data row."""
    header = ",".join(f"{group}.{i}.{field}" for i in range(1, columns + 1))
    path.write_text(header + "\n" + ",".join(["x"] * columns) + "\n", encoding="utf-8")
    return path


def deeply_nested_json(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


def nested_json_file(path: Path, depth: int = 100_000) -> Path:
    path.write_text(deeply_nested_json(depth), encoding="utf-8")
    return path


def bundle_with_nested_manifest(path: Path, depth: int = 100_000) -> Path:
    """A bundle whose manifest is a vc+jwt (unsigned: any signature) whose payload nests `depth` deep."""
    import base64

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    header = b64(json.dumps({"alg": "ES384", "typ": "vc+jwt", "kid": "did:key:z#0"}).encode())
    payload = b64(deeply_nested_json(depth).encode())
    token = f"{header}.{payload}.{b64(b'x' * 96)}"
    body = {"format": "sello-trust-bundle", "version": 1, "manifest": token, "members": []}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path
