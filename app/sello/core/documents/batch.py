"""Batch issuance: one document per record of a CSV or JSON file.

CSV columns are the field paths of the document type with 1-based row numbers for
repeatable groups: `certificate.number`, `heats.1.heat_number`, `heats.2.chemistry.c`.
Blank cells are absent values. A bad row never stops the batch: the good rows are
issued and every bad row is reported with its row number, column and reason.

Validating, signing and recording run in this process (the private key never leaves
it); the TD1 text and the PDF, the slow part, are made from the signed token in worker
processes (`batch_workers`) so both cores are used.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.documents.doctypes import DocType, get_doctype
from sello.core.errors import InputError, Localized, UserFacingError, one_line
from sello.core.i18n import LANGUAGES, Bilingual, Message
from sello.core.limits import read_bounded, refuse, value

MAX_BATCH_BYTES = value("batch_bytes")
_INDEX = re.compile(r"^\d+$")


@dataclass(frozen=True)
class BatchRecord:
    row: int  # 1-based data row (CSV: the header is row 0); JSON: position in the list
    data: dict[str, Any]


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    reason: str  # English: batch-report.csv and logs
    localized: Bilingual | None = field(default=None, compare=False)  # what the UI shows

    @classmethod
    def of(cls, row: int, column: str, reason: Localized) -> RowProblem:
        """A problem whose reason is a catalogue message or an error (kept as plain es/en text,
        which crosses process boundaries)."""
        texts = {lang: reason.text(lang) for lang in LANGUAGES}
        return cls(row, column, texts["en"], Bilingual(texts))

    def reason_in(self, lang: str) -> str:
        return self.localized.text(lang) if self.localized is not None else self.reason

    def text(self) -> str:
        return f"row {self.row}, {self.column or 'record'}: {self.reason}"


@dataclass
class BatchResult:
    issued: list[Any] = field(default_factory=list)  # IssuedDocument
    problems: list[RowProblem] = field(default_factory=list)
    cancelled: bool = False

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    def report_csv(self) -> str:
        """The first `report_rows` problems with their reasons, then one line counting the rest."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["row", "column", "reason"])
        shown, rest = capped_problems(self.problems)
        for p in shown:
            writer.writerow([p.row, p.column, p.reason])
        if rest:
            writer.writerow(["", "", rest])
        return out.getvalue()


def capped_problems(problems: list[RowProblem], cap: int | None = None) -> tuple[list[RowProblem], str]:
    """The first `cap` problems (default: the `report_rows` limit) and a sentence counting
    the others ("" when none is left out): what a screen or a report lists."""
    cap = value("report_rows") if cap is None else cap
    if len(problems) <= cap:
        return problems, ""
    rows = len({p.row for p in problems[cap:]})
    return problems[:cap], refuse("report_rows", more=f"{len(problems) - cap:,}", rows=f"{rows:,}").message


# -- reading ----------------------------------------------------------------------
def read_records(data: bytes, doctype: DocType, *, name: str = "input") -> tuple[list[BatchRecord], list[RowProblem]]:
    """Records from CSV or JSON bytes; structural problems per row, not exceptions."""
    if len(data) > MAX_BATCH_BYTES:
        raise refuse("batch_bytes", what=name, size=f"{len(data):,}")
    text = _decode_text(data, name)
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return _json_records(stripped, name), []
    return _csv_records(text, doctype, name)


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(Message("batch.bad_utf16", name=name)) from None
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves CSV as cp1252
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(Message("batch.not_text", name=name))  # pragma: no cover - cp1252 decodes most


def _json_records(text: str, name: str) -> list[BatchRecord]:
    try:
        parsed = loads_bounded(text, "batch", what=name)
    except ValueError as exc:
        raise InputError(Message("batch.bad_json", name=name, exc=str(exc))) from None
    except RecursionError:
        raise InputError(Message("batch.json_too_deep", name=name)) from None
    items = parsed if isinstance(parsed, list) else [parsed]
    if len(items) > value("batch_records"):
        raise refuse("batch_records", what=name, count=f"{len(items):,}")
    records = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(Message("batch.record_not_object", name=name, i=i))
        records.append(BatchRecord(i, item))
    if not records:
        raise InputError(Message("batch.no_records", name=name))
    return records


def _csv_records(text: str, doctype: DocType, name: str) -> tuple[list[BatchRecord], list[RowProblem]]:
    sample = "\n".join(text[:4096].splitlines()[:32])  # the Sniffer costs lines x characters: 32 lines tell
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        return _csv_rows(reader, doctype, name)
    except csv.Error as exc:  # a cell over csv.field_size_limit(), a quote left open...
        raise InputError(Message("batch.bad_csv", name=name, line_num=reader.line_num, exc=str(exc))) from None


def _csv_rows(reader: Iterator[list[str]], doctype: DocType, name: str) -> tuple[list[BatchRecord], list[RowProblem]]:
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(Message("batch.empty", name=name)) from None
    if len(header) > value("batch_columns"):
        raise refuse("batch_columns", what=name, count=f"{len(header):,}")
    known = {ref.pattern for ref in doctype.fields()}
    columns: list[tuple[str, list[str | int] | None]] = []
    unknown = []
    for column in header:
        column = column.strip()
        path = _column_path(column)
        if any(isinstance(p, int) and p >= value("batch_group_rows") for p in path):
            raise refuse("batch_group_rows", what=name, column=_shown(column))
        pattern = ".".join("[]" if isinstance(p, int) else p for p in path).replace(".[]", "[]")
        if pattern not in known:
            unknown.append(column)
            columns.append((column, None))
        else:
            columns.append((column, path))
    if unknown:
        raise InputError(
            Message(
                "batch.unknown_columns",
                name=name,
                doctype=doctype.title,
                columns=", ".join(_shown(column) for column in unknown[:5]),
                more=" …" if len(unknown) > 5 else "",
                examples=", ".join(sorted(known)[:3]),
            )
        )
    records: list[BatchRecord] = []
    problems: list[RowProblem] = []
    cap = value("batch_records")
    for row_number, row in enumerate(reader, start=1):
        if len(records) >= cap or row_number > 10 * cap:  # blank lines count too, more loosely
            raise refuse("batch_records", what=name, count=f"more than {cap:,}")
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            problems.append(
                RowProblem.of(row_number, "", Message("batch.too_many_cells", cells=len(row), columns=len(columns)))
            )
            continue
        data: dict[str, Any] = {}
        for (_column, field_path), cell in zip(columns, row, strict=False):
            if cell.strip() and field_path is not None:
                _put(data, field_path, cell.strip())
        records.append(BatchRecord(row_number, _lists(data)))
    return records, problems


def _shown(text: str, limit: int = 40) -> str:
    """A cell of the file as quoted in a message: one line, at most `limit` characters."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _column_path(column: str) -> list[str | int]:
    return [int(p) - 1 if _INDEX.match(p) else p for p in column.split(".")]


def _put(target: dict[str, Any], path: list[str | int], value: str) -> None:
    node: Any = target
    for part, following in zip(path, path[1:], strict=False):
        key = ("#", part) if isinstance(part, int) else part
        node = node.setdefault(key, {})
        del following
    last = path[-1]
    node[("#", last) if isinstance(last, int) else last] = value


def _lists(node: Any) -> Any:
    """Turn {("#", 0): ..., ("#", 1): ...} maps into lists, in index order."""
    if not isinstance(node, dict):
        return node
    if node and all(isinstance(k, tuple) for k in node):
        return [_lists(node[k]) for k in sorted(node, key=lambda k: k[1])]
    return {k: _lists(v) for k, v in node.items()}


def flatten_record(data: Any, prefix: str = "") -> dict[str, str]:
    """Form data as CSV columns (the inverse of reading a CSV row): `heats.2.chemistry.c`."""
    out: dict[str, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(flatten_record(value, f"{prefix}{key}."))
    elif isinstance(data, list):
        for i, value in enumerate(data, start=1):
            out.update(flatten_record(value, f"{prefix}{i}."))
    elif data is not None:
        out[prefix[:-1]] = str(data)
    return out


def csv_template(doctype: DocType, rows: int = 1) -> str:
    """A header row for a CSV batch file of this type (repeatable groups with `rows` rows)."""
    columns: list[str] = []
    for ref in doctype.fields():
        if "[]" in ref.pattern:
            columns.extend(ref.pattern.replace("[]", f".{i}", 1) for i in range(1, rows + 1))
        else:
            columns.append(ref.pattern)
    return ",".join(columns) + "\n"


# -- issuing ----------------------------------------------------------------------
GROUP = 16  # documents signed, and recorded, per commit (issue 19: one fsync per group, not four per document)
AHEAD = 4 * GROUP  # documents signed before the oldest of them is recorded (the workers' queue)
TASK = 4  # documents per worker task at most (the last task of a batch keeps one worker busy alone)


def issue_batch(
    issuer: Any,
    doctype: DocType | str,
    records: list[BatchRecord],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    confirm_out_of_grade: bool = False,
) -> BatchResult:
    """Issue every valid record with `issuer` (a DocumentIssuer); collect the bad ones.

    Records go in groups growing from 1 to `GROUP` (the first documents, and a stop, are not
    held up by a large group): a group is validated and signed here (its revocation
    indexes reserved in one transaction), its TD1 texts and PDFs made in the worker processes
    (started first, so they load while the first groups are signed) while the next groups
    are signed, and recorded with one group commit (`DocumentIssuer.record_many`);
    a group that cannot be recorded whole is recorded one by one, so each bad row is named,
    as is a document whose TD1 text or PDF cannot be made (a user-facing error there).
    A row with values outside its named grade is reported, not issued, unless
    `confirm_out_of_grade` (each confirmation is then in the audit log).
    """
    from sello.core.documents.spec_checks import OutOfGradeError
    from sello.core.documents.validation import InvalidDocumentError

    doctype = get_doctype(doctype) if isinstance(doctype, str) else doctype
    result = BatchResult()
    total = len(records)
    workers = workers if workers is not None else max(1, min(2, os.cpu_count() or 1))
    done = 0

    def _tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    def signed_groups(td1: bool = True) -> Iterator[list[tuple[BatchRecord, Any]]]:
        first, size = 0, 1
        while first < total:
            if cancelled and cancelled():
                result.cancelled = True
                return
            group = records[first : first + size]
            first, size = first + size, min(GROUP, size * 2)  # 1, 2, 4 ... GROUP: the first PDFs come at once
            good = []
            signed_group = issuer.sign_many(
                doctype, [r.data for r in group], confirm_out_of_grade=confirm_out_of_grade, td1=td1
            )
            for record, signed in zip(group, signed_group, strict=True):
                if isinstance(signed, InvalidDocumentError):
                    shown = value("problems_per_record")
                    result.problems.extend(
                        RowProblem.of(record.row, e.path, Bilingual(e.message)) for e in signed.errors[:shown]
                    )
                    if len(signed.errors) > shown:
                        more = refuse("problems_per_record", more=f"{len(signed.errors) - shown:,}")
                        result.problems.append(RowProblem.of(record.row, "", more))
                    _tick()
                elif isinstance(signed, OutOfGradeError):
                    result.problems.extend(
                        RowProblem.of(record.row, d.path, Message("batch.out_of_grade", deviation=Bilingual(d.message)))
                        for d in signed.report.deviations
                    )
                    _tick()
                elif isinstance(signed, UserFacingError):
                    result.problems.append(RowProblem.of(record.row, "", signed))
                    _tick()
                else:
                    good.append((record, signed))
            if good:
                yield good

    def record_group(group: list[tuple[BatchRecord, Any]], pdfs: list[bytes]) -> None:
        try:
            result.issued.extend(
                issuer.record_many([(signed, pdf) for (_, signed), pdf in zip(group, pdfs, strict=True)])
            )
            for _ in group:
                _tick()
            return
        except UserFacingError:
            pass  # one by one below, to name the row
        for (record, signed), pdf in zip(group, pdfs, strict=True):
            try:
                result.issued.append(issuer.record(signed, pdf))
            except UserFacingError as exc:
                result.problems.append(RowProblem.of(record.row, "", exc))
            _tick()

    def stopped() -> bool:
        """Whether to record no more: asked to stop (signed but unrecorded groups are dropped)."""
        if not result.cancelled and cancelled and cancelled():
            result.cancelled = True
        return result.cancelled

    if workers <= 1 or total < 4:
        for group in signed_groups():
            ready, pdfs = [], []
            for record, signed in group:
                try:
                    pdfs.append(issuer.render(signed))
                    ready.append((record, signed))
                except UserFacingError as exc:  # as from a worker: the row is named, the batch goes on
                    result.problems.append(RowProblem.of(record.row, "", exc))
                    _tick()
            if ready:
                record_group(ready, pdfs)
        return result

    from sello.core.documents.batch_workers import render_jobs, start_pool

    # Signed groups whose PDFs are being made, oldest first: this process signs ahead (while
    # the workers start, and while they render) up to AHEAD documents, and records each group
    # as soon as its PDFs are back.
    in_flight: deque[tuple[list[tuple[BatchRecord, Any]], list[Future[list[Any]]]]] = deque()

    def record_done(group: list[tuple[BatchRecord, Any]], futures: list[Future[list[Any]]]) -> None:
        rendered = [item for future in futures for item in future.result()]
        ready, pdfs = [], []
        for (record, signed), item in zip(group, rendered, strict=True):
            if isinstance(item, dict):  # the worker could not make its TD1 text or PDF
                result.problems.append(RowProblem.of(record.row, "", Bilingual(item)))
                _tick()
                continue
            td1, pdf = item
            ready.append((record, dataclasses.replace(signed, td1=td1)))
            pdfs.append(pdf)
        if ready:
            record_group(ready, pdfs)

    with start_pool(workers, issuer.issuer, doctype.id) as pool:
        try:
            for group in signed_groups(td1=False):
                size = min(TASK, -(-len(group) // workers))  # fewer, larger messages; a short last wait
                chunks = [group[i : i + size] for i in range(0, len(group), size)]
                jobs = [
                    [(signed.doctype.id, signed.credential, signed.vc_jwt) for _, signed in chunk] for chunk in chunks
                ]
                in_flight.append((group, [pool.submit(render_jobs, job) for job in jobs]))
                while in_flight and (
                    sum(len(g) for g, _ in in_flight) > AHEAD or all(f.done() for f in in_flight[0][1])
                ):
                    if stopped():
                        break
                    record_done(*in_flight.popleft())
                if result.cancelled:
                    break
            while in_flight:
                group, futures = in_flight.popleft()
                if stopped():
                    for future in futures:
                        future.cancel()
                    continue
                record_done(group, futures)
        except BaseException:  # a worker gone, a full disk: render no more (the pool is left at once)
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return result


def read_batch_file(path: str | Path, doctype: DocType | str) -> tuple[list[BatchRecord], list[RowProblem]]:
    doctype = get_doctype(doctype) if isinstance(doctype, str) else doctype
    path = Path(path)
    try:
        data = read_bounded(path, limit_name="batch_bytes")
    except OSError as exc:
        raise InputError(Message("batch.unreadable", path=str(path), reason=exc.strerror or str(exc))) from None
    return read_records(data, doctype, name=path.name)
