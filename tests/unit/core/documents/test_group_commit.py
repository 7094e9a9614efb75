"""Batch group commit (issue 19): signing and recording a group at once keeps the one-record rules.

A group's invalid records come back in place, the valid ones get distinct revocation
indexes; recording a group is all or none (no PDF without its row, no row without its PDF);
`atomic_write_many` leaves no temp file behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sello.core.documents.batch import BatchRecord, issue_batch
from sello.core.documents.issuance import DocumentIssuer, SignedDocument
from sello.core.documents.validation import InvalidDocumentError
from sello.core.paths import atomic_write_many
from sello.core.storage.documents import find_document
from tests.e2e.conftest import company, example  # noqa: F401


def test_sign_many_keeps_each_invalid_record_in_its_place(company) -> None:
    issuer = DocumentIssuer(company.db, company)
    bad = example("packing-list")
    bad.pop("shipment", None)
    bad["document"] = {}
    out = issuer.sign_many("packing-list", [example("packing-list"), bad, example("packing-list")])
    assert isinstance(out[0], SignedDocument) and isinstance(out[2], SignedDocument)
    assert isinstance(out[1], InvalidDocumentError) and out[1].errors
    assert (out[0].status_list, out[0].status_index) != (out[2].status_list, out[2].status_index)
    assert out[0].credential["id"] != out[2].credential["id"]


def test_record_many_records_every_pdf_of_the_group(company) -> None:
    issuer = DocumentIssuer(company.db, company)
    signed = [s for s in issuer.sign_many("packing-list", [example("packing-list")] * 3)]
    issued = issuer.record_many([(s, issuer.render(s)) for s in signed])  # type: ignore[arg-type]
    assert [d.id for d in issued] == [s.credential["id"] for s in signed]  # type: ignore[union-attr]
    for document in issued:
        assert document.pdf_path.read_bytes().startswith(b"%PDF-")
        assert find_document(company.db, document.id) is not None
    assert not list(issuer.out_dir.glob(".*.part"))


def test_a_group_that_cannot_be_recorded_leaves_no_pdf_and_no_row(company, monkeypatch) -> None:
    issuer = DocumentIssuer(company.db, company)
    signed = issuer.sign_many("packing-list", [example("packing-list")] * 2)
    items = [(s, issuer.render(s)) for s in signed]  # type: ignore[arg-type]
    import sello.core.documents.issuance as issuance

    calls = []

    def failing_insert(conn, document) -> None:
        calls.append(document.id)
        if len(calls) == 2:
            raise OSError("disk full")
        issuance_insert(conn, document)

    issuance_insert = issuance.insert_document
    monkeypatch.setattr(issuance, "insert_document", failing_insert)
    with pytest.raises(OSError):
        issuer.record_many(items)  # type: ignore[arg-type]
    assert not list(issuer.out_dir.glob("*.pdf")) and not list(issuer.out_dir.glob(".*.part"))
    assert all(find_document(company.db, s.credential["id"]) is None for s in signed)  # type: ignore[union-attr]


def test_batch_in_groups_issues_each_good_row_and_names_each_bad_one(company, monkeypatch) -> None:
    import sello.core.documents.batch as batch

    monkeypatch.setattr(batch, "GROUP", 2)  # several groups, one of them with a bad row
    issuer = DocumentIssuer(company.db, company)
    bad = example("packing-list")
    bad["document"] = {}
    records = [BatchRecord(i + 1, bad if i == 2 else example("packing-list")) for i in range(5)]
    seen: list[int] = []
    result = issue_batch(issuer, "packing-list", records, workers=1, progress=lambda done, total: seen.append(done))
    assert len(result.issued) == 4 and {p.row for p in result.problems} == {3}
    assert seen == [1, 2, 3, 4, 5]


def test_atomic_write_many_writes_whole_files_and_no_temp_files(tmp_path: Path) -> None:
    files = [(tmp_path / f"a{i}.pdf", bytes([i]) * (1000 + i)) for i in range(5)] + [(tmp_path / "sub" / "b.pdf", b"x")]
    atomic_write_many(files)
    assert all(path.read_bytes() == data for path, data in files)
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]
