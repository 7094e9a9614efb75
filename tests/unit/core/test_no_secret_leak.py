"""After real key workflows, no private key may appear anywhere outside its store:
not in the database (+ WAL/SHM), not in any file of the data folder or the test's
temp folder, and not in the log output, in raw, base64url, base64, hex or decimal form."""

import base64
import json
import logging

from sello.core.encoding import b64url_decode
from sello.core.keys.keypair import Algorithm, generate_key
from sello.core.keys.manager import KeyManager, backup_filename
from sello.core.keys.profiles import create_profile
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.core.paths import atomic_write
from sello.core.storage.db import Database
from tests.unit.core.key_fixtures import TEST_KDF, db, key_store, manager, profile  # noqa: F401


def _forms(d: str) -> dict[str, bytes]:
    raw = b64url_decode(d)
    return {
        "raw": raw,
        "base64url": d.encode(),
        "base64": base64.b64encode(raw),
        "base64-unpadded": base64.b64encode(raw).rstrip(b"="),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
        "decimal": str(int.from_bytes(raw, "big")).encode(),
    }


def _leaks(blob: bytes, secrets: dict[str, str], where: str) -> list[str]:
    return [
        f"{name} ({form}) in {where}"
        for name, d in secrets.items()
        for form, pattern in _forms(d).items()
        if pattern in blob
    ]


def test_scanner_finds_a_planted_secret():
    d = generate_key(Algorithm.ES384).private_jwk()["d"]
    raw = b64url_decode(d)
    for planted in (d.encode(), raw.hex().encode(), base64.b64encode(raw), b"x" + raw + b"y"):
        assert _leaks(b"<<" + planted + b">>", {"k": d}, "canary")


def test_no_private_key_leaks(manager, key_store, db, profile, sello_home, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    secrets: dict[str, str] = {}

    def remember(km: KeyManager, key_id: str) -> None:
        secrets[key_id] = km.load_private(key_id).private_jwk()["d"]

    # create both algorithms under each DID method, import a foreign JWK
    created = [
        manager.create_key(Algorithm.ES384, "web", label="Firma"),
        manager.create_key(Algorithm.EDDSA, "key"),
        manager.create_key(Algorithm.EDDSA, "jwk"),
    ]
    outside = generate_key(Algorithm.ES384)
    created.append(manager.import_private_jwk(json.dumps(outside.private_jwk()), label="importada"))
    for record in created:
        remember(manager, record.id)

    # back up every key to files, restore them into a fresh data folder
    backup_dir = tmp_path / "backups"
    for record in created:
        atomic_write(
            backup_dir / backup_filename(profile, record),
            manager.export_backup(record.id, "frase de respaldo", kdf=TEST_KDF),
        )
    fresh_folder = tmp_path / "fresh-data"
    with Database.in_folder(fresh_folder) as fresh_db:
        fresh_profile = create_profile(fresh_db, "Aceros del Norte, S.A. de C.V.")
        fresh = KeyManager(
            fresh_db,
            fresh_profile.id,
            EncryptedFileStore(default_file_store_path(fresh_folder), "otra frase", kdf=TEST_KDF),
        )
        for path in sorted(backup_dir.iterdir()):
            restored = fresh.import_backup(path.read_bytes(), "frase de respaldo")
            fresh.load_private(restored.id).sign(b"restored")

        # rotate, sign, rename, delete
        rotated = manager.rotate(created[0].id)
        remember(manager, rotated.id)
        for record in manager.list_keys():
            signature = manager.load_private(record.id).sign(b"Certificado de molino 118")
            assert record.public_key.verify(record.alg.value, b"Certificado de molino 118", signature)
        manager.rename(created[1].id, "Ed25519 planta 2")
        manager.delete(created[3].id)
        assert len(secrets) == 5

        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"sello.db", "sello.db-wal", "sello.db-shm"} <= names  # scanned while the databases are open
        assert len([n for n in names if n.endswith("_SECRET.sello-key")]) == 4
        if key_store.kind == "file":
            assert "keys.sello-store" in {p.name for p in sello_home.iterdir()}

        found: list[str] = []
        for path in files:
            found += _leaks(path.read_bytes(), secrets, str(path.relative_to(tmp_path)))
        log_text = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
        found += _leaks(log_text.encode("utf-8", "surrogateescape"), secrets, "the log")
        assert caplog.records, "the workflows should have logged something"
        assert found == []

    db.close()  # after a checkpoint the main database file must be clean too
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        assert _leaks(path.read_bytes(), secrets, str(path)) == []
