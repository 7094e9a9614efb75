"""The mill's outbox at work, for `test_send_kill.py` to SIGKILL at random moments.

Run as ``python -m tests.hardening.send_kill_worker MILL_FOLDER CA_PEM``: a small fork server
(the pattern of `kill_worker.py`) that imports Sello once, then for each line on stdin forks a
child that opens the mill's data folder as a restarted app would and, a few times over, queues
one presentation (prints ``QUEUED <id>`` once it is committed) and delivers what is due
(prints ``DELIVERED <id> <outcome>``). The server prints ``ENDED <pid> <code>``.
"""

from __future__ import annotations

import os
import random
import ssl
import sys
import traceback
from pathlib import Path

from sello.core.exchange.recipients import RecipientBook
from sello.core.exchange.sender import OutboxSender, queue_documents
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import default_profile_id
from sello.core.keys.store import EncryptedFileStore
from sello.core.storage.db import Database
from sello.core.storage.documents import list_documents

PASSPHRASE = "test passphrase"  # tests/verifier_documents.make_mill's store
SENDS_PER_ROUND = 50  # more than any round lives: the test kills it after at most 3 and a moment


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def open_mill(folder: Path) -> tuple[Database, KeyManager]:
    db = Database.in_folder(folder)
    profile_id = default_profile_id(db) or db.query("SELECT id FROM profiles")[0]["id"]
    store = EncryptedFileStore(folder / "keys.sello-store", PASSPHRASE)
    return db, KeyManager(db, profile_id, store)


def round_of_sends(folder: Path, ca_pem: str) -> None:
    db, manager = open_mill(folder)
    book = RecipientBook(db, manager.profile_id, manager.store)
    [recipient] = book.list()
    documents = [d.id for d in list_documents(db, manager.profile_id)]
    context = ssl.create_default_context(cafile=ca_pem)
    with OutboxSender(db, manager.profile_id, book, ssl_context=context, timeout=10.0) as sender:
        say("READY", os.getpid())
        for _ in range(SENDS_PER_ROUND):
            chosen = random.sample(documents, k=random.randint(1, len(documents)))
            entry = queue_documents(db, manager, recipient, chosen)
            say("QUEUED", entry.id)
            for outcome in sender.deliver_due():
                say("DELIVERED", outcome.entry.id, outcome.outcome)


def serve(folder: Path, ca_pem: str) -> None:
    say("SERVING", os.getpid())
    for _line in sys.stdin:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            try:
                round_of_sends(folder, ca_pem)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        say("ENDED", pid, os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    serve(Path(sys.argv[1]), sys.argv[2])
