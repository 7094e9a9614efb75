"""The program `test_kill_durability` kills: Sello's real work in a loop, progress on stdout.

Run as ``python -m tests.hardening.kill_worker``, it is a small fork server: it imports
Sello once, then reads one JSON command per line on stdin and forks a child that does
that command's work in a loop (issue, batch issue, draft autosave, key rotation,
revocation), printing ``READY <pid>`` and then a line after every completed step. The
test SIGKILLs the child at a random moment; the server reports ``ENDED <pid> <status>``.
Forking from a warm server keeps the 0.8 s of imports out of every kill, so hundreds
of kills fit in the test's time; the killed process is still a separate process doing
real work on real files (SQLite, PDFs, the key store, the Secret Service).

The server makes itself a child subreaper (Linux), so processes a killed child started
(the batch's rendering workers) are re-parented to it: the test can see whether they
outlive their parent, and the server reaps them.

This module also holds what the test and the children share: the company set-up, the
store passphrase, the draft contents. Importing it has no side effects (the batch's
`spawn` workers import it as their main module).
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import random
import sys
import traceback
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: the batch's spawn workers import this module too
    from sello.core.keys.manager import KeyManager
    from sello.core.keys.store import KeyStore
    from sello.core.storage.db import Database

STORE_PASSPHRASE = "kill test passphrase"
DOCTYPES = ("mill-test-report", "commercial-invoice", "usmca-certification", "packing-list", "bill-of-lading")
BATCH_DOCTYPE = "commercial-invoice"
BATCH_RECORDS = 6
DRAFT_DOCTYPE = "mill-test-report"
DRAFT_FOCUS = "customer.name"
_TYPING = "Lone Star Steel Fabricators LLC, 4400 Navigation Blvd, Houston TX 77011, United States. "
_PR_SET_CHILD_SUBREAPER = 36


# -- what the test and the children share ---------------------------------------------------------
@dataclass(frozen=True)
class Command:
    activity: str  # issue | batch | revoke | draft | draft-qt | rotate
    home: str
    round: int
    seed: int
    profile: str
    store: str = "file"  # "file" | "keyring"
    service: str = ""  # keyring service name (store "keyring")
    draft_id: int = 0
    split_issue: bool = False  # issue: sign, render, say RECORDING, record (the same steps as issue())

    def to_line(self) -> str:
        return json.dumps(asdict(self)) + "\n"


def example(doctype: str) -> dict[str, Any]:
    from sello.core.resources import resource_path

    return json.loads(resource_path("examples", f"{doctype}.json").read_text(encoding="utf-8"))


def open_store(home: Path, store: str = "file", service: str = "") -> KeyStore:
    from sello.core.keys.sealedbox import KdfParams
    from sello.core.keys.store import EncryptedFileStore, KeyringStore, default_file_store_path

    if store == "keyring":
        return KeyringStore(service)
    return EncryptedFileStore(default_file_store_path(home), STORE_PASSPHRASE, kdf=KdfParams.minimum())


def make_company(home: Path, store: str = "file", service: str = "") -> str:
    """A data folder with a company, an ES384 did:web key (the default) and an EdDSA did:key key."""
    from sello.core.keys.manager import KeyManager
    from sello.core.keys.profiles import create_profile, set_default_profile
    from sello.core.storage.db import Database

    with Database.in_folder(home) as db:
        profile = create_profile(
            db,
            "Aceros del Norte S.A. de C.V.",
            rfc="ADN0501014T3",
            web_domain="acerosdelnorte.mx",
            address={
                "street": "Av. Industria Pesada 1200",
                "city": "Monterrey",
                "region": "N.L.",
                "postal_code": "64000",
                "country": "MX",
            },
        )
        set_default_profile(db, profile.id)
        manager = KeyManager(db, profile.id, open_store(home, store, service))
        manager.create_key("ES384", "web", label="ES384 web")
        manager.create_key("EdDSA", "key", label="EdDSA key")
        return profile.id


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()[:16]


def draft_content(round_no: int, n: int) -> dict[str, Any]:
    """What the user has typed after ``n`` key presses in session ``round_no``: a growing
    customer name and a growing list of heats (a few KB after a few hundred presses)."""
    text = (_TYPING * (n // len(_TYPING) + 1))[:n]
    return {
        "certificate": {"number": f"MTR-KILL-{round_no:04d}"},
        "customer": {"name": text},
        "heats": [{"heat_number": f"H{k:05d}", "chemistry": {"c": "0.21", "mn": "0.80"}} for k in range(n // 6)],
    }


# -- the children's work ------------------------------------------------------------------------
def say(*parts: object) -> None:
    """One progress line in one write(2): a kill never leaves half a line (print() writes
    each part separately under PYTHONUNBUFFERED, and the next line would join the half)."""
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), (" ".join(map(str, parts)) + "\n").encode())


def _manager(command: Command) -> tuple[Database, KeyManager]:
    from sello.core.keys.manager import KeyManager
    from sello.core.storage.db import Database

    home = Path(command.home)
    db = Database.in_folder(home)
    return db, KeyManager(db, command.profile, open_store(home, command.store, command.service))


def _key_for(manager: KeyManager, alg: str) -> str:
    return next(k.id for k in manager.list_keys(include_retired=False) if k.alg.value == alg)


def issue_loop(command: Command) -> None:
    from sello.core.documents.issuance import DocumentIssuer

    db, manager = _manager(command)
    issuer = DocumentIssuer(db, manager, key_id=_key_for(manager, "ES384" if command.round % 2 else "EdDSA"))
    rng = random.Random(command.seed)
    say("READY", os.getpid())
    while True:
        doctype = rng.choice(DOCTYPES)
        if command.split_issue:  # DocumentIssuer.issue's own steps, with a mark before the last
            signed = issuer.sign(doctype, example(doctype))
            pdf = issuer.render(signed)
            say("RECORDING", signed.credential["id"])
            doc = issuer.record(signed, pdf)
        else:
            doc = issuer.issue(doctype, example(doctype))
        say("ISSUED", doc.id)


def batch_loop(command: Command) -> None:
    from sello.core.documents.batch import BatchRecord, issue_batch
    from sello.core.documents.issuance import DocumentIssuer

    db, manager = _manager(command)
    issuer = DocumentIssuer(db, manager)
    records = [BatchRecord(i, example(BATCH_DOCTYPE)) for i in range(1, BATCH_RECORDS + 1)]
    say("READY", os.getpid())
    while True:
        result = issue_batch(
            issuer, BATCH_DOCTYPE, records, workers=2, progress=lambda done, total: say("PROGRESS", done, total)
        )
        if result.problems:
            raise AssertionError(f"batch problems: {result.problems}")
        for doc in result.issued:
            say("ISSUED", doc.id)


def revoke_loop(command: Command) -> None:
    from sello.core.documents.issuance import DocumentIssuer
    from sello.core.trust.statuslist import revoke

    db, manager = _manager(command)
    rng = random.Random(command.seed)
    ids = [r["id"] for r in db.query("SELECT id FROM documents WHERE revoked_at IS NULL ORDER BY rowid")]
    rng.shuffle(ids)
    say("READY", os.getpid())
    for document_id in ids:
        revoke(db, document_id, f"kill test round {command.round}")
        say("REVOKED", document_id)
    issuer = DocumentIssuer(db, manager)  # all revoked: issue more to revoke
    while True:
        doc = issuer.issue(BATCH_DOCTYPE, example(BATCH_DOCTYPE))
        say("ISSUED", doc.id)
        revoke(db, doc.id, f"kill test round {command.round}")
        say("REVOKED", doc.id)


def draft_loop(command: Command) -> None:
    """`DraftStore.save` in a tight loop, as the autosaver calls it, the content growing."""
    from sello.core.documents.drafts import DraftStore, DraftUiState
    from sello.core.storage.db import Database

    db = Database.in_folder(Path(command.home))
    store = DraftStore(db, command.profile)
    rng = random.Random(command.seed)
    state = DraftUiState(focus=DRAFT_FOCUS, section="customer", scroll=120)
    n = 0
    say("READY", os.getpid())
    while True:
        n += rng.randint(1, 4)
        data = draft_content(command.round, n)
        say("SAVING", n, content_hash(data))
        store.save(command.draft_id, data, state)
        say("SAVED", n, content_hash(data))


def draft_qt_loop(command: Command) -> None:
    """The real `DraftAutosaver` (timers, the serial database thread), fed a change every 2 ms."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from sello.core.documents.drafts import DraftStore, DraftUiState
    from sello.core.storage.db import Database
    from sello.ui.forms.autosave import DraftAutosaver

    app = QCoreApplication(["kill-worker"])
    db = Database.in_folder(Path(command.home))
    store = DraftStore(db, command.profile)
    typed = {"n": 0}
    queued: deque[tuple[int, str]] = deque()

    def snapshot() -> tuple[dict[str, Any], DraftUiState]:
        data = draft_content(command.round, typed["n"])
        queued.append((typed["n"], content_hash(data)))
        say("SAVING", *queued[-1])
        return data, DraftUiState(focus=DRAFT_FOCUS, section="customer")

    saver = DraftAutosaver(store, snapshot)
    saver._debounce.setInterval(15)  # the app: 1000 / 2000 ms; same mechanism, more saves per second
    saver._deadline.setInterval(30)
    saver.saved.connect(lambda _draft, _when: say("SAVED", *queued.popleft()))
    saver.failed.connect(lambda _draft, exc: (traceback.print_exception(exc), os._exit(3)))
    saver.start(command.draft_id)

    def key_press() -> None:
        typed["n"] += 1
        saver.schedule()

    typing = QTimer()
    typing.setInterval(2)
    typing.timeout.connect(key_press)
    typing.start()
    QTimer.singleShot(0, lambda: say("READY", os.getpid()))
    app.exec()


def rotate_loop(command: Command) -> None:
    db, manager = _manager(command)
    rng = random.Random(command.seed)
    say("READY", os.getpid())
    while True:
        old = _key_for(manager, rng.choice(("ES384", "EdDSA")))
        new = manager.rotate(old)
        say("ROTATED", old, new.id)


ACTIVITIES = {
    "issue": issue_loop,
    "batch": batch_loop,
    "revoke": revoke_loop,
    "draft": draft_loop,
    "draft-qt": draft_qt_loop,
    "rotate": rotate_loop,
}


# -- the fork server ------------------------------------------------------------------------------
def _become_subreaper() -> None:
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _reap_adopted() -> None:
    """Collect processes re-parented to us that have ended (no zombies left behind)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _run_child(command: Command) -> None:
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    try:
        ACTIVITIES[command.activity](command)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)


def _warm_up() -> None:
    """Issue one document in a throwaway folder, so every child starts with Sello's
    modules imported and its caches (document types, fonts) filled, as a running app has."""
    import shutil
    import tempfile

    from sello.core.documents.issuance import DocumentIssuer
    from sello.core.keys.manager import KeyManager
    from sello.core.storage.db import Database

    home = Path(tempfile.mkdtemp(prefix="sello-warm-up-"))
    try:
        profile = make_company(home)
        with Database.in_folder(home) as db:
            issuer = DocumentIssuer(db, KeyManager(db, profile, open_store(home)))
            for doctype in DOCTYPES:
                issuer.issue(doctype, example(doctype))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def serve() -> None:
    _become_subreaper()
    _warm_up()
    say("SERVING", os.getpid())
    for line in sys.stdin:
        _reap_adopted()
        command = Command(**json.loads(line))
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _run_child(command)
        while True:
            ended, status = os.waitpid(-1, 0)  # adopted orphans may end first
            if ended == pid:
                break
        say("ENDED", pid, os.waitstatus_to_exitcode(status))
    _reap_adopted()


if __name__ == "__main__":
    serve()
