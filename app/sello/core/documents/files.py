"""Issued PDFs on disk: where they go, and removing what an interrupted issue left.

`DocumentIssuer.record` commits a note (`pending`, kind "pdf") naming the PDF it is
about to write, then writes the PDF while holding the database's write lock and
commits the document row together with the note's removal. So after a crash:

- a note without its document row names a PDF (or a partial ``.name.*.part`` file)
  that no record points to: `reconcile_documents` removes it, in any folder the PDF
  was written to, and never touches a file Sello was not writing;
- with ``folder`` (Sello's own documents folder), PDFs named like Sello's
  (``TYPE-number-1a2b3c4d.pdf``) that no row points to are removed as well.

It runs under the write lock, so another Sello's issue in progress is never mistaken
for a leftover. The app runs `reconcile_data_folder` when it opens its data folder,
and every `DocumentIssuer` runs `reconcile_documents` when it opens.

A document row whose PDF was later deleted by hand is left alone (the record is the
legal trail; the PDF can be printed again from it).
"""

from __future__ import annotations

import glob
import logging
import re
from pathlib import Path

from sello.core.keys.profiles import list_profiles
from sello.core.storage import pending
from sello.core.storage.db import Database
from sello.core.storage.documents import document_exists, recorded_pdf_paths

log = logging.getLogger(__name__)

PDF_WRITE = "pdf"  # pending-note kind: detail {"path": absolute path of the PDF}
_OWN_PDF_NAME = re.compile(r"^[A-Z]{2,6}-[A-Za-z0-9._-]+-[0-9a-f]{8}\.pdf$")


def documents_folder(data_dir: Path, profile_id: str) -> Path:
    return data_dir / "documents" / profile_id


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:  # e.g. read-only folder: keep going, try again next start
        log.warning("could not remove %s left by an interrupted issue: %s", path.name, exc.strerror or exc)
        return False
    return True


def _partial_files(target: Path) -> list[Path]:
    """`atomic_write`'s temporary files for ``target`` (``.name.XXXX.part``)."""
    try:
        return list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return []


def reconcile_documents(db: Database, folder: Path | None = None) -> list[Path]:
    """Remove PDFs an interrupted issue wrote but never recorded (see the module notes).
    Returns the PDFs removed (partial files are removed silently)."""
    removed: list[Path] = []
    with db.transaction() as conn:
        for note in pending.pending_writes(db, PDF_WRITE):
            path = Path(str(note.detail.get("path") or ""))
            recorded = document_exists(conn, note.subject)
            if path.name and not recorded:
                if _remove(path):
                    removed.append(path)
                for partial in _partial_files(path):
                    _remove(partial)
            pending.clear(conn, PDF_WRITE, note.subject)
        if folder is not None and folder.is_dir():
            known = {Path(recorded_path).name for recorded_path in recorded_pdf_paths(conn)}
            for path in sorted(folder.glob("*.pdf")):
                # only Sello's own file names (TYPE-number-1a2b3c4d.pdf): never touch a user's files
                if path.name not in known and _OWN_PDF_NAME.match(path.name) and _remove(path):
                    removed.append(path)
            for partial in folder.glob(".*.pdf.*.part"):
                if _OWN_PDF_NAME.match(partial.name[1:].rsplit(".", 2)[0]):
                    _remove(partial)
    if removed:
        log.warning("removed %d PDF(s) left without a record by an interrupted issue", len(removed))
    return removed


def reconcile_data_folder(db: Database, data_dir: Path) -> list[Path]:
    """At start: `reconcile_documents` for every company profile's documents folder."""
    removed = reconcile_documents(db)
    for profile in list_profiles(db):
        removed += reconcile_documents(db, documents_folder(data_dir, profile.id))
    return removed
