"""A batch's worker processes (issue 19): they get signed tokens and the public issuer block,
never the private key; they make each document's TD1 text and PDF; what they cannot make is
a named row, not a stopped batch; the issuing process signs ahead and records in order.
"""

from __future__ import annotations

import pickle
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import sello.core.documents.batch_workers as batch_workers
from sello.core.documents.batch import BatchRecord, issue_batch
from sello.core.documents.issuance import DocumentIssuer, SignedDocument
from sello.core.qr.payload import decode_td1
from tests.e2e.conftest import company, example  # noqa: F401
from tests.hardening.secret_scan import SecretScanner


class _RecordingPool(ProcessPoolExecutor):
    """The real pool, keeping a pickled copy of everything sent to the workers."""

    sent: list[bytes] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _RecordingPool.sent.append(pickle.dumps(kwargs.get("initargs", ())))
        super().__init__(*args, **kwargs)

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        _RecordingPool.sent.append(pickle.dumps((fn, args, kwargs)))
        return super().submit(fn, *args, **kwargs)


def test_the_worker_processes_get_no_private_key_material(company, monkeypatch) -> None:
    issuer = DocumentIssuer(company.db, company)
    monkeypatch.setattr(batch_workers, "ProcessPoolExecutor", _RecordingPool)
    _RecordingPool.sent.clear()
    result = issue_batch(
        issuer, "packing-list", [BatchRecord(i, example("packing-list")) for i in range(1, 6)], workers=2
    )
    assert len(result.issued) == 5 and not result.problems
    sent = b"".join(_RecordingPool.sent)
    assert sum(len(blob) for blob in _RecordingPool.sent[1:]) > 5 * 1000  # the signed credentials went out
    scanner = SecretScanner.for_keys({"signing key": issuer._private})
    assert scanner.scan_bytes(pickle.dumps(issuer._private.private_jwk()), "control")  # the scan finds a key
    assert scanner.scan_bytes(sent, "sent to the workers") == []
    for document in result.issued:  # the workers made the TD1 text: it is the token's
        assert decode_td1(document.td1) == document.vc_jwt


class _InProcessPool(ThreadPoolExecutor):
    """`start_pool` without processes: the workers' code runs on a thread of this process."""

    def __init__(self, issuer: Any) -> None:
        super().__init__(max_workers=1)
        batch_workers._issuer = issuer


def test_a_document_the_workers_cannot_make_is_a_named_row(company, monkeypatch) -> None:
    issuer = DocumentIssuer(company.db, company)
    real_render_jobs = batch_workers.render_jobs
    tasks: list[int] = []

    def render_jobs(jobs: list[Any]) -> list[Any]:  # the second task (row 2) gets a token TD1 cannot carry
        tasks.append(len(jobs))
        if len(tasks) == 2:
            jobs = [(jobs[0][0], jobs[0][1], "not-a-token")] + jobs[1:]
        return real_render_jobs(jobs)

    monkeypatch.setattr(batch_workers, "start_pool", lambda workers, block, doctype_id: _InProcessPool(block))
    monkeypatch.setattr(batch_workers, "render_jobs", render_jobs)
    seen: list[int] = []
    records = [BatchRecord(i, example("packing-list")) for i in range(1, 8)]  # groups of 1, 2, 4
    result = issue_batch(issuer, "packing-list", records, workers=2, progress=lambda done, total: seen.append(done))
    assert [p.row for p in result.problems] == [2]  # the first of the second group
    assert result.problems[0].reason_in("es") != result.problems[0].reason_in("en")
    assert len(result.issued) == 6 and seen == list(range(1, 8))
    assert tasks == [1, 1, 1, 2, 2]  # groups of 1, 2, 4: a task per worker and group (at most TASK documents)
    assert all(document.td1 and document.pdf_path.is_file() for document in result.issued)


def test_render_jobs_returns_each_documents_td1_and_pdf_in_order(company) -> None:
    issuer = DocumentIssuer(company.db, company)
    signed = [s for s in issuer.sign_many("packing-list", [example("packing-list")] * 2, td1=False)]
    assert all(isinstance(s, SignedDocument) and s.td1 == "" for s in signed)
    batch_workers._issuer = issuer.issuer
    out = batch_workers.render_jobs([(s.doctype.id, s.credential, s.vc_jwt) for s in signed])  # type: ignore[union-attr]
    assert len(out) == 2
    for s, item in zip(signed, out, strict=True):
        assert isinstance(item, tuple)
        td1, pdf = item
        assert decode_td1(td1) == s.vc_jwt  # type: ignore[union-attr]
        assert pdf.startswith(b"%PDF-")


def test_without_workers_a_document_that_cannot_be_printed_is_a_named_row_too(company, monkeypatch) -> None:
    from sello.core.errors import InputError
    from sello.core.i18n import Message

    issuer = DocumentIssuer(company.db, company)
    real_render = issuer.render
    rendered: list[str] = []

    def render(signed: Any) -> bytes:
        rendered.append(signed.credential["id"])
        if len(rendered) == 2:
            raise InputError(Message("td1.signature_too_large", size=999, limit=512))
        return real_render(signed)

    monkeypatch.setattr(issuer, "render", render)
    records = [BatchRecord(i, example("packing-list")) for i in range(1, 5)]
    result = issue_batch(issuer, "packing-list", records, workers=1)
    assert [p.row for p in result.problems] == [2] and len(result.issued) == 3
