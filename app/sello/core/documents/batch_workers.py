"""The worker processes of a batch: everything after the signature, nothing before it.

A worker gets signed tokens only (the private key never leaves the issuing process):
it makes each token's TD1 text and PDF. The issuer block (public: name, address, DID,
logo) is sent once, when the worker starts, not with every document; the worker imports
the renderer while the issuing process validates and signs the first records, and takes
a few documents per task so the issuing process hands out fewer, larger messages.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from sello.core.documents.doctypes import get_doctype
from sello.core.errors import UserFacingError
from sello.core.i18n import LANGUAGES

# one document to render: (doctype id, credential, vc+jwt); its result: (TD1 text, PDF bytes),
# or the es/en texts of the user-facing error that stopped it (the row is reported, not issued)
Job = tuple[str, dict[str, Any], str]
Rendered = tuple[str, bytes] | dict[str, str]

_issuer: Any = None  # this worker's IssuerBlock, set by `_start`


def _end_with_parent() -> None:
    """End this rendering process when the process that started it dies. A killed app
    (SIGKILL, a crash) never tells its pool to stop, and the workers would otherwise
    wait for work forever."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _start(issuer: Any, doctype_id: str) -> None:
    """Worker initializer: watch the parent, keep the issuer block, load the renderer now."""
    global _issuer
    _end_with_parent()
    _issuer = issuer
    import sello.core.documents.pdf.render  # imported here, while the first records are signed
    import sello.core.qr.payload  # noqa: F401

    get_doctype(doctype_id)


def _ready() -> None:
    """A task that does nothing: submitted once per worker so every worker starts at once."""


def render_jobs(jobs: list[Job]) -> list[Rendered]:
    """Worker task: the TD1 text and PDF of each signed document, in order."""
    from sello.core.documents.pdf.render import render_document_pdf
    from sello.core.qr.payload import encode_td1

    out: list[Rendered] = []
    for doctype_id, credential, vc_jwt in jobs:
        try:
            td1 = encode_td1(vc_jwt)
            out.append(
                (td1, render_document_pdf(get_doctype(doctype_id), credential, vc_jwt, issuer=_issuer, td1_text=td1))
            )
        except UserFacingError as exc:  # plain text crosses the process boundary; the exception may not
            out.append({lang: exc.text(lang) for lang in LANGUAGES})
    return out


def start_pool(workers: int, issuer: Any, doctype_id: str) -> ProcessPoolExecutor:
    """A pool of `workers` rendering processes, all of them starting now (spawn, not fork:
    the app may have threads). The caller shuts it down (`with pool:`)."""
    import multiprocessing

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        initargs=(issuer, doctype_id),
    )
    for _ in range(workers):  # a pool starts a process per task submitted while none is idle
        pool.submit(_ready)
    return pool
