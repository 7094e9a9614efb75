import json

import pytest

from sello.core.errors import InputError, KeyStoreError, NotFoundError
from sello.core.keys.did import DidResolver, did_key_for
from sello.core.keys.directory import KeyDirectory, own_did_document
from sello.core.keys.keypair import Algorithm, generate_key, private_key_from_jwk
from sello.core.keys.manager import KeyManager, backup_filename, fingerprint_groups
from sello.core.keys.profiles import create_profile, get_profile
from sello.core.keys.sealedbox import WrongPassphrase, WrongPurpose
from sello.core.keys.store import EncryptedFileStore, KeyringStore, SecretNotFound, default_file_store_path
from sello.core.paths import atomic_write
from sello.core.storage.db import Database, utc_now
from tests.unit.core.key_fixtures import TEST_KDF, db, key_store, manager, profile  # noqa: F401

# The P-384 did:key test vector (w3c-ccg/did-method-key test-vectors/nist-curves.json)
P384_VECTOR_DID = "did:key:z82Lm1MpAkeJcix9K8TMiLd5NMAhnwkjjCBeWHXyu3U4oT2MVJJKXkcVBgjGhnLBn2Kaau9"
P384_VECTOR_JWK = {
    "kty": "EC",
    "crv": "P-384",
    "x": "lInTxl8fjLKp_UCrxI0WDklahi-7-_6JbtiHjiRvMvhedhKVdHBfi2HCY8t_QJyc",
    "y": "y6N1IC-2mXxHreETBW7K3mBcw0qGr3CWHCs-yl09yCQRLcyfGv7XhqAngHOu51Zv",
    "d": "hAyGZNj9031guBCdpAOaZkO-E5m-LKLYnMIq0-msrp8JLctseaOeNTHmP3uKVWwX",
}


def _record_document(db: Database, profile_id: str, key_id: str) -> None:
    """A stand-in for an issued credential row (the issuing module writes the real ones)."""
    db.execute(
        "INSERT INTO documents (id, profile_id, doctype, key_id, vc_jwt, issued_at)"
        " VALUES (?, ?, 'MillTestReportCredential', ?, 'x.y.z', ?)",
        (f"urn:uuid:{key_id[:8]}-{utc_now()}", profile_id, key_id, utc_now()),
    )


def _actions(db: Database, subject: str) -> list[str]:
    return [e.action for e in db.audit_entries(subject=subject)]


def test_create_list_get_and_sign(manager, key_store, db, profile):
    es = manager.create_key(Algorithm.ES384, "key", label="Planta Monterrey")
    ed = manager.create_key("EdDSA", "web")
    assert es.is_default and not ed.is_default  # the first key becomes the default
    assert get_profile(db, profile.id).default_key == es.id
    assert [k.id for k in manager.list_keys()] == [ed.id, es.id]  # newest first

    assert es.alg is Algorithm.ES384 and es.did_method == "key" and es.store == key_store.kind
    assert es.did == did_key_for(es.public_key) and es.kid.startswith(es.did + "#")
    assert ed.did == "did:web:acerosdelnorte.mx" and ed.kid == f"did:web:acerosdelnorte.mx#{ed.id}"
    assert ed.web_domain == "acerosdelnorte.mx" and es.web_domain is None
    assert "".join(es.fingerprint_groups) == es.id and all(len(g) == 4 for g in es.fingerprint_groups[:-1])
    assert es.fingerprint == " ".join(fingerprint_groups(es.id))
    assert es.label == "Planta Monterrey" and es.display_name == f"“Planta Monterrey” ({es.short_id})"
    assert "d" not in es.public_jwk

    assert manager.get(es.id[:6]) == es
    assert manager.get(es.fingerprint) == es  # pasted with spaces
    assert manager.get(ed.kid) == ed
    with pytest.raises(NotFoundError, match="has no key"):
        manager.get("zzzzzzzz-not-there")

    for record in (es, ed):
        private = manager.load_private(record.id)
        assert private.key_id == record.id
        assert record.public_key.verify(record.alg.value, b"MTR 2024-118", private.sign(b"MTR 2024-118"))
        stored = json.loads(key_store.get(record.id))  # the private JWK lives in the store...
        assert stored["d"] == private.private_jwk()["d"]
        row = db.query_one("SELECT * FROM keys WHERE id = ?", (record.id,))
        assert "d" not in json.loads(row["public_jwk"])  # ...never in the database
        assert _actions(db, record.id) == ["key.create"]
    assert db.verify_audit_chain()[0]


def test_ambiguous_prefix_is_a_clear_error(manager):
    seen: dict[str, object] = {}
    while True:  # two keys whose ids share a first character (at most 65 tries)
        key = generate_key(Algorithm.EDDSA)
        if key.key_id[0] in seen:
            break
        seen[key.key_id[0]] = key
    first = manager.import_private_jwk(seen[key.key_id[0]].private_jwk())
    manager.import_private_jwk(key.private_jwk())
    with pytest.raises(InputError, match=f"'{key.key_id[0]}' matches 2 keys.*type more characters"):
        manager.get(key.key_id[0])
    assert manager.get(first.id).id == first.id


def test_rotation_keeps_old_key_resolvable(manager, db):
    old = manager.create_key(Algorithm.ES384, "web", label="Firma 2024")
    old_signature = manager.load_private(old.id).sign(b"certificate 118")
    new = manager.rotate(old.id[:10])

    assert new.alg is old.alg and new.did == old.did and new.kid != old.kid
    assert new.is_default and new.label == old.label
    old = manager.get(old.id)
    assert old.is_retired and old.status == "retired" and not old.is_default
    assert [k.id for k in manager.list_keys(include_retired=False)] == [new.id]
    assert {k.id for k in manager.list_keys()} == {old.id, new.id}

    document = manager.did_document(old.did)
    assert [m["id"] for m in document["verificationMethod"]] == [new.kid, old.kid]
    assert set(document["assertionMethod"]) == {new.kid, old.kid}
    resolver = DidResolver(web_resolver=lambda did: own_did_document(db, did))
    method, resolved = resolver.resolve_assertion_key(old.kid, old.did)
    assert resolved.source == "local"
    assert method.public_key.verify("ES384", b"certificate 118", old_signature)
    method, _ = resolver.resolve_assertion_key(new.kid, new.did)
    assert method.public_key.verify("ES384", b"x", manager.load_private(new.id).sign(b"x"))
    assert manager.load_private(old.id).key_id == old.id  # the retired private key is still kept

    assert _actions(db, old.id) == ["key.create", "key.rotate"]
    assert db.audit_entries(subject=old.id)[-1].detail["new_key"] == new.id
    with pytest.raises(InputError, match="already retired"):
        manager.rotate(old.id)
    with pytest.raises(InputError, match="retired"):
        manager.set_default(old.id)


def test_rotating_a_did_key_gives_a_new_did(manager):
    old = manager.create_key(Algorithm.EDDSA, "key")
    new = manager.rotate(old.id)
    assert new.did_method == "key" and new.did != old.did and new.alg is Algorithm.EDDSA
    assert manager.did_document(old.did)["id"] == old.did  # self-contained document


def test_own_did_document_reads_keys_without_a_store(manager, db, profile):
    """Verification reads this computer's own DIDs from the key directory: no key store is opened."""
    record = manager.create_key(Algorithm.ES384, "web")
    assert own_did_document(db, "did:web:other.example") is None
    assert own_did_document(db, record.did).source == "local"
    directory = KeyDirectory(db, profile.id)
    assert not hasattr(directory, "store") and not hasattr(directory, "load_private")
    assert directory.did_document(record.did) == manager.did_document(record.did)
    assert manager.web_dids() == directory.web_dids() == ["did:web:acerosdelnorte.mx"]


def test_backup_export_and_import_into_a_fresh_data_folder(manager, db, profile, tmp_path):
    original = manager.create_key(Algorithm.ES384, "web", label="Firma principal")
    retired = manager.create_key(Algorithm.EDDSA, "jwk", label="Respaldo")
    manager.rotate(retired.id)
    retired = manager.get(retired.id)
    signature = manager.load_private(original.id).sign(b"invoice 77")

    backups = {}
    for record in (original, retired):
        name = backup_filename(profile, record)
        assert name == f"Aceros_del_Norte_SA_de_CV_{record.short_id}_SECRET.sello-key"
        backups[record.id] = atomic_write(
            tmp_path / "usb" / name, manager.export_backup(record.id, "frase de respaldo", kdf=TEST_KDF)
        )
        assert _actions(db, record.id)[-1] == "key.backup"

    fresh_folder = tmp_path / "other-computer"
    with Database.in_folder(fresh_folder) as fresh_db:
        fresh_profile = create_profile(fresh_db, "Aceros del Norte, S.A. de C.V.")
        fresh_store = EncryptedFileStore(default_file_store_path(fresh_folder), "otra", kdf=TEST_KDF)
        fresh = KeyManager(fresh_db, fresh_profile.id, fresh_store)

        with pytest.raises(WrongPassphrase, match="^Wrong passphrase for a Sello key backup"):
            fresh.import_backup(backups[original.id].read_bytes(), "frase equivocada")
        with pytest.raises(WrongPurpose, match="not a Sello encrypted key store"):
            EncryptedFileStore(backups[original.id], "frase de respaldo")
        assert fresh.list_keys() == []

        restored = fresh.import_backup(backups[original.id].read_bytes(), "frase de respaldo")
        assert (restored.id, restored.did, restored.kid, restored.label, restored.alg) == (
            original.id,
            original.did,
            original.kid,
            original.label,
            original.alg,
        )
        assert restored.created_at == original.created_at and restored.is_default and restored.store == "file"
        again = fresh.load_private(restored.id)
        assert original.public_key.verify("ES384", b"invoice 77", signature)
        assert original.public_key.verify("ES384", b"new", again.sign(b"new"))

        old = fresh.import_backup(backups[retired.id].read_bytes(), "frase de respaldo")
        assert old.is_retired and not old.is_default and old.did_method == "jwk"
        assert [e.action for e in fresh_db.audit_entries() if e.subject in (restored.id, old.id)] == [
            "key.import",
            "key.import",
        ]
        with pytest.raises(InputError, match="already in this company profile"):
            fresh.import_private_jwk(again.private_jwk())
        # importing the same backup again only restores the private part (idempotent)
        assert fresh.import_backup(backups[retired.id].read_bytes(), "frase de respaldo").id == retired.id
        assert len(fresh.list_keys()) == 2


def test_missing_secret_names_key_and_store_and_backup_restores_it(manager, key_store, db, profile):
    record = manager.create_key(Algorithm.ES384, "key", label="Planta 2")
    backup = manager.export_backup(record.id, "respaldo", kdf=TEST_KDF)
    key_store.delete(record.id)  # e.g. the keyring was reset
    with pytest.raises(KeyStoreError) as info:
        manager.load_private(record.id)
    message = str(info.value)
    assert f"“Planta 2” ({record.short_id})" in message
    assert key_store.describe() in message
    assert backup_filename(profile, record) in message

    restored = manager.import_backup(backup, "respaldo")
    assert restored.id == record.id and manager.load_private(record.id).key_id == record.id
    assert db.audit_entries(subject=record.id)[-1].detail["restored"] is True


def test_delete(manager, key_store, db, profile):
    first = manager.create_key(Algorithm.ES384, "web")
    second = manager.create_key(Algorithm.EDDSA, "key")
    unused = manager.create_key(Algorithm.EDDSA, "jwk")
    manager.delete(unused.id)
    with pytest.raises(NotFoundError):
        manager.get(unused.id)
    with pytest.raises(SecretNotFound):
        key_store.get(unused.id)

    _record_document(db, profile.id, first.id)
    with pytest.raises(InputError, match=r"signed 1 document\(s\).*cannot be undone") as info:
        manager.delete(first.id)
    assert "Rotate the key instead" in str(info.value)
    assert manager.load_private(first.id)  # refused: nothing changed

    manager.delete(first.id, force=True)
    gone = manager.get(first.id)
    assert gone.status == "deleted" and gone.is_retired and not gone.is_default
    assert manager.get(second.id).is_default  # the default moved to the remaining active key
    with pytest.raises(SecretNotFound):
        key_store.get(first.id)
    with pytest.raises(KeyStoreError, match="was deleted on"):
        manager.load_private(first.id)
    assert manager.did_document(first.did)["verificationMethod"][0]["id"] == first.kid  # still verifiable
    with pytest.raises(InputError, match="already deleted"):
        manager.delete(first.id, force=True)
    entries = db.audit_entries(subject=first.id)
    assert entries[-1].action == "key.delete" and entries[-1].detail["forced"] is True
    assert db.verify_audit_chain()[0]


def test_rename_import_and_duplicates(manager, db):
    imported = manager.import_private_jwk(json.dumps(P384_VECTOR_JWK), label="  clave   importada ")
    assert imported.did == P384_VECTOR_DID and imported.label == "clave importada"
    assert _actions(db, imported.id) == ["key.import"]
    renamed = manager.rename(imported.id, "Clave de prueba")
    assert renamed.label == "Clave de prueba" and _actions(db, imported.id)[-1] == "key.rename"
    with pytest.raises(InputError, match="already in this company profile"):
        manager.import_private_jwk(P384_VECTOR_JWK)
    with pytest.raises(InputError, match="not JSON"):
        manager.import_private_jwk("-----BEGIN PRIVATE KEY-----")
    with pytest.raises(InputError, match="P-384 or Ed25519"):
        manager.import_private_jwk({"kty": "EC", "crv": "P-256", "d": "AAAA"})
    with pytest.raises(InputError, match="at most 100"):
        manager.rename(imported.id, "x" * 101)


def test_key_kept_in_another_store_is_named(db, profile, sello_home):
    file_store = EncryptedFileStore(default_file_store_path(sello_home), "pw", kdf=TEST_KDF)
    record = KeyManager(db, profile.id, file_store).create_key()
    from keyring.backends import fail

    other = KeyManager(db, profile.id, KeyringStore("sello:unused", backend=fail.Keyring()))
    with pytest.raises(KeyStoreError, match="kept in the encrypted-file store"):
        other.load_private(record.id)


def test_did_web_needs_a_domain(db, sello_home):
    bare = create_profile(db, "Forja Sin Sitio")
    store = EncryptedFileStore(default_file_store_path(sello_home), "pw", kdf=TEST_KDF)
    km = KeyManager(db, bare.id, store)
    with pytest.raises(InputError, match="website domain"):
        km.create_key(did_method="web")
    assert store.key_ids() == []  # nothing half-created
    assert km.create_key(did_method="web:forja.example").did == "did:web:forja.example"
    with pytest.raises(NotFoundError):
        KeyManager(db, "no-such-company", store)


def test_backup_is_consistency_checked(manager):
    from sello.core.keys.sealedbox import PURPOSE_KEY_BACKUP, open_sealed, seal

    record = manager.create_key(Algorithm.EDDSA, "key")
    payload = json.loads(
        open_sealed(manager.export_backup(record.id, "pw", kdf=TEST_KDF), "pw", purpose=PURPOSE_KEY_BACKUP)
    )
    payload["did"] = did_key_for(generate_key(Algorithm.EDDSA).public)  # someone else's DID
    forged = seal(json.dumps(payload).encode(), "pw", purpose=PURPOSE_KEY_BACKUP, kdf=TEST_KDF)
    with pytest.raises(KeyStoreError, match="inconsistent"):
        manager.import_backup(forged, "pw")
    assert private_key_from_jwk(payload["private_jwk"]).key_id == record.id
