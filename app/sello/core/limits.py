"""One table of the limits that keep hostile input bounded (docs/limits.md explains each).

Every limit is checked *before* the work it bounds: a PDF stream is inflated through a
capped reader that stops at its cap, JSON is measured before Python's recursive decoder
sees it, a batch is counted before any record is validated. The CLI, the desktop app
and the server all read these numbers from here, and each refusal is a `LimitError`
with its own message code in Spanish and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sello.core.errors import InputError
from sello.core.i18n import Message, register, tr

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    """One bound: its value, why it is that value, and what the user reads when it is hit."""

    name: str
    value: int
    unit: str
    reason: str
    message: dict[str, str]

    @property
    def code(self) -> str:
        return f"limit.{self.name}"


class LimitError(InputError):
    """Input over one of the limits below; `code` names it, `texts` has es/en."""

    def __init__(self, which: Limit, /, **params: Any) -> None:
        params = {"limit": f"{which.value:,}", **params}
        super().__init__(Message(which.code, **params))
        self.limit = which
        self.code = which.code
        self.params = params
        self.texts = {lang: tr(which.code, lang, **params) for lang in ("en", "es")}


def _limit(name: str, value: int, unit: str, reason: str, en: str, es: str) -> Limit:
    return Limit(name, value, unit, reason, {"en": en, "es": es})


_TABLE = [
    # -- files --------------------------------------------------------------------------
    _limit(
        "input_file_bytes",
        64 * MiB,
        "bytes",
        "A document, its photo or its PDF is a few MB; a larger file is refused before it is read.",
        "{what} is {size} bytes; Sello reads files of at most {limit} bytes.",
        "{what} mide {size} bytes; Sello lee archivos de a lo más {limit} bytes.",
    ),
    # -- PDF ----------------------------------------------------------------------------
    _limit(
        "pdf_stream_bytes",
        16 * MiB,
        "bytes inflated",
        "A page's drawing, a font or an attachment of a trade document is well under 16 MiB once "
        "inflated; each stream is inflated through a counter that stops here, before PDFium sees it.",
        "{what} holds a compressed part that inflates to more than {limit} bytes; it is not a document Sello reads.",
        "{what} contiene una parte comprimida que ocupa más de {limit} bytes al descomprimirse; no es un "
        "documento que Sello lea.",
    ),
    _limit(
        "pdf_image_bytes",
        32 * MiB,
        "bytes inflated",
        "A lossless 300 dpi colour scan of a Letter or A4 page is 25-26 MiB of pixels. Not more: a stream "
        "that only claims to be an image may be an attachment PDFium would inflate whole.",
        "{what} holds an image that inflates to more than {limit} bytes; it is not a document scan.",
        "{what} contiene una imagen que ocupa más de {limit} bytes al descomprimirse; no es un documento escaneado.",
    ),
    _limit(
        "pdf_total_bytes",
        160 * MiB,
        "bytes inflated",
        "All streams of one PDF together: bounds the time spent measuring a file of many streams.",
        "{what} inflates to more than {limit} bytes in all; it is not a document Sello reads.",
        "{what} ocupa más de {limit} bytes al descomprimirse; no es un documento que Sello lea.",
    ),
    _limit(
        "pdf_dictionary_bytes",
        4 * MiB,
        "bytes",
        "The stream dictionaries of a hundred pages are well under 1 MiB; reading them is the guard's "
        "own work, so it is bounded too.",
        "{what} has more stream dictionaries than Sello reads ({limit} bytes); it is not a document Sello reads.",
        "{what} tiene más diccionarios de flujos de los que Sello lee ({limit} bytes); no es un documento que "
        "Sello lea.",
    ),
    _limit(
        "pdf_streams",
        20_000,
        "streams",
        "A hundred pages with their fonts and images have a few thousand streams.",
        "{what} has more than {limit} streams; it is not a document Sello reads.",
        "{what} tiene más de {limit} flujos de datos; no es un documento que Sello lea.",
    ),
    _limit(
        "pdf_encrypted",
        0,
        "",
        "Sello never encrypts its PDFs, and an encrypted stream cannot be measured before PDFium inflates it.",
        "{what} is encrypted or password-protected; Sello cannot read its pages.",
        "{what} está cifrado o protegido con contraseña; Sello no puede leer sus páginas.",
    ),
    # -- JSON ---------------------------------------------------------------------------
    _limit(
        "json_depth",
        64,
        "levels",
        "A credential, DID document, trust list or bundle is under 15 levels deep; Python's decoder "
        "recurses once per level, so depth is measured first.",
        "{what} is JSON nested more than {limit} levels deep; it is not something Sello reads.",
        "{what} es JSON anidado a más de {limit} niveles; no es algo que Sello lea.",
    ),
    _limit(
        "json_bytes",
        0,
        "bytes",
        "Each JSON entry point has its own size (see the JSON table in docs/limits.md).",
        "{what} is {size} bytes of JSON; at most {limit} are read here.",
        "{what} mide {size} bytes de JSON; aquí se leen a lo más {limit}.",
    ),
    _limit(
        "json_values",
        0,
        "values",
        "Each parsed value costs Python memory (a dict is 64+ bytes); each entry point has its own count.",
        "{what} holds more than {limit} JSON values; it is not something Sello reads.",
        "{what} contiene más de {limit} valores JSON; no es algo que Sello lea.",
    ),
    # -- batches ------------------------------------------------------------------------
    _limit(
        "batch_bytes",
        50_000_000,
        "bytes",
        "10,000 records of a few kB each; checked before the file is decoded.",
        "{what} is {size} bytes; a batch file has at most {limit} bytes.",
        "{what} mide {size} bytes; un archivo de lote tiene a lo más {limit} bytes.",
    ),
    _limit(
        "bundle_bytes",
        32 * MiB,
        "bytes",
        "A chamber's bundle of a few hundred members' DID documents and status lists is a few MB.",
        "{what} is {size} bytes; a trust bundle has at most {limit} bytes.",
        "{what} mide {size} bytes; un paquete de confianza tiene a lo más {limit} bytes.",
    ),
    _limit(
        "batch_records",
        10_000,
        "records",
        "A day's shipments are tens to hundreds of documents; ten thousand is a large batch, more "
        "is split into several files.",
        "{what} holds {count} records; a batch has at most {limit}. Split it into several files.",
        "{what} contiene {count} registros; un lote tiene a lo más {limit}. Divídalo en varios archivos.",
    ),
    _limit(
        "batch_columns",
        2_000,
        "columns",
        "A Mill Test Report with 50 heats and full chemistry has about 1,200 columns.",
        "{what} has {count} columns; a batch file has at most {limit}.",
        "{what} tiene {count} columnas; un archivo de lote tiene a lo más {limit}.",
    ),
    _limit(
        "batch_group_rows",
        500,
        "rows per group",
        "A repeatable group (heats, packages, items) of one document has at most a few hundred rows.",
        "{what}: column {column} numbers a row over {limit}; a group has at most {limit} rows.",
        "{what}: la columna {column} numera un renglón mayor que {limit}; un grupo tiene a lo más {limit} renglones.",
    ),
    _limit(
        "report_rows",
        200,
        "problems",
        "A report lists the first problems with their reasons and then counts the rest; a person "
        "fixes the first ones and runs the batch again.",
        "… and {more} more problem(s) in {rows} row(s), not listed.",
        "… y {more} problema(s) más en {rows} renglón(es), sin detallar.",
    ),
    _limit(
        "screen_problems",
        20,
        "problems",
        "The command line prints the first problems and a count; the report file lists more.",
        "… and {more} more problem(s) in {rows} row(s).",
        "… y {more} problema(s) más en {rows} renglón(es).",
    ),
    _limit(
        "problems_per_record",
        20,
        "problems",
        "One record with hundreds of problems is one wrong file; its first problems say which.",
        "… and {more} more problem(s) in this record.",
        "… y {more} problema(s) más en este registro.",
    ),
]

LIMITS: dict[str, Limit] = {limit.name: limit for limit in _TABLE}
register({limit.code: limit.message for limit in _TABLE})


def limit(name: str) -> Limit:
    return LIMITS[name]


def value(name: str) -> int:
    return LIMITS[name].value


def refuse(name: str, **params: Any) -> LimitError:
    """The error for limit `name` (raise it); `params` fill its message."""
    return LimitError(LIMITS[name], **params)


@dataclass(frozen=True)
class JsonBounds:
    """The bounds of one JSON entry point."""

    name: str
    max_bytes: int
    max_values: int
    max_depth: int = 64
    reason: str = ""


JSON_ENTRY_POINTS: dict[str, JsonBounds] = {
    b.name: b
    for b in (
        JsonBounds("credential", 1 * MiB, 100_000, reason="a vc+jwt payload or a credential JSON (1 MiB: text input)"),
        JsonBounds("did-document", 256 * 1024, 20_000, reason="a DID document (did:web fetch limit)"),
        JsonBounds("web-body", 4 * MiB, 200_000, reason="a DID document, status list or trust list fetched over HTTPS"),
        JsonBounds("bundle", 32 * MiB, 200_000, reason="a trust bundle (members are JSON in strings)"),
        JsonBounds("batch", 50_000_000, 400_000, reason="a batch data file (10,000 records of ~40 values)"),
        JsonBounds("key-file", 1 * MiB, 10_000, reason="a key backup or key store file"),
        JsonBounds("api-body", 2 * MiB, 100_000, reason="a request body of the Traceability API"),
        JsonBounds("qr-payload", 1 * MiB, 50_000, reason="JSON rebuilt from a TD1 code"),
    )
}


def json_bounds(entry_point: str) -> JsonBounds:
    return JSON_ENTRY_POINTS[entry_point]


def read_bounded(path: Path, *, what: str | None = None, limit_name: str = "input_file_bytes") -> bytes:
    """A file's bytes, refused by its size before it is read (OSError propagates)."""
    size = path.stat().st_size
    cap = value(limit_name)
    if size > cap:
        raise refuse(limit_name, what=what or path.name, size=f"{size:,}")
    chunks: list[bytes] = []
    total = 0
    with path.open("rb") as handle:  # in chunks: read(cap) would allocate the whole cap up front
        while chunk := handle.read(min(1 << 20, cap + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > cap:  # the file grew after it was measured
                raise refuse(limit_name, what=what or path.name, size=f"more than {cap:,}")
    return b"".join(chunks)
