import sqlite3

import pytest

from sello.core.storage.db import Database


def test_migrations_wal_and_foreign_keys(tmp_path):
    db = Database.in_folder(tmp_path)
    assert db.schema_version >= 1
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    assert db.query_one("PRAGMA foreign_keys")[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO keys (id, profile_id, alg, public_jwk, did, kid, store, created_at)"
            " VALUES ('k', 'no-such-profile', 'ES384', '{}', 'did:x', 'did:x#k', 'keyring', 'now')"
        )
    assert db.integrity_ok()


def test_audit_chain_detects_tampering(tmp_path):
    db = Database.in_folder(tmp_path)
    db.audit("key.create", "k1", {"alg": "ES384"})
    db.audit("issue", "urn:uuid:1")
    assert db.verify_audit_chain() == (True, "audit chain intact")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET subject = 'x' WHERE seq = 1")
    # bypass the trigger the way an attacker with the file would, then detect it
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET subject = 'forged' WHERE seq = 1")
    ok, reason = db.verify_audit_chain()
    assert not ok and "altered" in reason


def test_reopen_keeps_data(tmp_path):
    with Database.in_folder(tmp_path) as db:
        db.audit("x")
    with Database.in_folder(tmp_path) as db:
        assert [e.action for e in db.audit_entries()] == ["x"]
