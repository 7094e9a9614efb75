"""The company's signing keys: create, list, rotate, delete, back up, restore.

Private keys live only in a `KeyStore` (OS keyring or encrypted file); the database
keeps the public part, the DID and kid, and every event goes to the audit log.
Retired keys stay on record so documents they signed keep verifying: a did:web DID
document lists every current and rotated key of that DID.

A private key is put in the store before its row is committed (a keyring may ask to
be unlocked: the database is not held meanwhile). A note (`pending`, kind
"key-secret") committed before the put and dropped in the row's transaction lets the
next `KeyManager` on that store remove a secret whose row never came (the app was
killed in between, e.g. mid-rotation), so the store and the keys table agree.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
import urllib.parse
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.errors import InputError, KeyStoreError
from sello.core.i18n import Message
from sello.core.keys import key_table
from sello.core.keys.did import (
    identifiers_for_key,
)
from sello.core.keys.directory import KeyDirectory, KeyRecord, fingerprint_groups
from sello.core.keys.keypair import Algorithm, PrivateKey, generate_key, private_key_from_jwk
from sello.core.keys.messages import STORE_NAMES
from sello.core.keys.profiles import Profile, set_default_key
from sello.core.keys.sealedbox import DEFAULT_KDF, PURPOSE_KEY_BACKUP, KdfParams, SealedFileDamaged, open_sealed, seal
from sello.core.keys.store import KeyStore, SecretNotFound, store_name
from sello.core.storage import pending
from sello.core.storage.db import Database, utc_now

log = logging.getLogger(__name__)

__all__ = ["BACKUP_SUFFIX", "KeyDirectory", "KeyManager", "KeyRecord", "backup_filename", "fingerprint_groups"]

BACKUP_SUFFIX = ".sello-key"
_BACKUP_FORMAT = "sello-key-backup"
_DID_METHODS = ("key", "jwk", "web")
_STORE_NAMES = {"keyring": "the OS keyring", "file": "the encrypted-file store"}
SECRET_WRITE = "key-secret"  # pending-note kind: detail {"profile": ..., "store": "keyring" | "file"}


def backup_filename(profile: Profile, key: KeyRecord) -> str:
    """`Company_KEYID_SECRET.sello-key`, safe on every file system."""
    ascii_name = unicodedata.normalize("NFKD", profile.legal_name).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", ascii_name.replace(".", ""))
    company = "_".join(words)[:60].rstrip("_") or profile.id
    return f"{company}_{key.short_id}_SECRET{BACKUP_SUFFIX}"


def _clean_label(label: str) -> str:
    text = " ".join((label or "").split())
    if len(text) > 100:
        raise InputError(Message("keys.label_too_long"))
    return text


def _parse_did_method(did_method: str, domain: str | None) -> tuple[str, str | None]:
    method = (did_method or "key").strip().lower()
    if method.startswith("web:"):
        method, domain = "web", method[len("web:") :]
    if method.startswith("did:"):
        method = method[len("did:") :]
    if method not in _DID_METHODS:
        raise InputError(Message("keys.unknown_did_method", did_method=repr(did_method)))
    return method, domain


class KeyManager(KeyDirectory):
    """Signing keys of one company profile, with their private parts in `store`.

    Reading (keys, DID documents) is the `KeyDirectory`'s; what needs a store (create,
    rotate, delete, back up, restore, sign) is here. Code that only reads — verifying,
    listing, checking the website — takes a `KeyDirectory` and never opens a store.
    """

    def __init__(self, db: Database, profile_id: str, store: KeyStore) -> None:
        super().__init__(db, profile_id)
        self.store = store
        self._finish_interrupted_writes()

    def __repr__(self) -> str:
        return f"<KeyManager {self.profile_id} {self.store!r}>"

    # -- private keys -------------------------------------------------------------
    def _require_store(self, record: KeyRecord) -> None:
        if record.store != self.store.kind:
            raise KeyStoreError(
                Message(
                    "keys.other_store_open",
                    display_name=record.display_name,
                    value=STORE_NAMES.get(record.store, record.store),
                    value2=store_name(self.store),
                ),
                hint=Message("keys.open_other_store", value=STORE_NAMES.get(record.store, record.store)),
            )

    def load_private(self, key_id: str) -> PrivateKey:
        record = self.get(key_id)
        if record.deleted_at:
            raise KeyStoreError(
                Message("keys.private_deleted_on", display_name=record.display_name, deleted_at=record.deleted_at[:10])
            )
        self._require_store(record)
        try:
            secret = self.store.get(record.id)
        except SecretNotFound:
            raise KeyStoreError(
                Message("keys.private_missing", display_name=record.display_name, value=store_name(self.store)),
                hint=Message("keys.private_missing_hint", value=backup_filename(self.profile, record)),
            ) from None
        try:
            private = private_key_from_jwk(json.loads(secret))
        except (ValueError, InputError):
            raise KeyStoreError(
                Message("keys.private_unreadable", display_name=record.display_name, value=store_name(self.store))
            ) from None
        if private.key_id != record.id:
            raise KeyStoreError(
                Message("keys.different_key", value=store_name(self.store), display_name=record.display_name)
            )
        return private

    @staticmethod
    def _secret_bytes(private: PrivateKey) -> bytes:
        return json.dumps(private.private_jwk(), sort_keys=True, separators=(",", ":")).encode("ascii")

    # -- secrets written before their rows (see the module notes) ----------------------
    def _put_secret(self, private: PrivateKey) -> None:
        pending.note(self.db, SECRET_WRITE, private.key_id, {"profile": self.profile_id, "store": self.store.kind})
        self.store.put(private.key_id, self._secret_bytes(private))

    def _confirm_secret(self, conn: Any, key_id: str) -> None:
        """In the transaction recording the key: drop its note. Gone means another Sello
        window took the put for an interrupted one and removed the secret: refuse."""
        if not pending.clear(conn, SECRET_WRITE, key_id):
            raise KeyStoreError(Message("keys.interfered", key_id=key_id[:8]))

    def _undo_secret(self, key_id: str) -> None:
        """After a failed record: remove the secret and its note (kept if the store fails)."""
        try:
            self.store.delete(key_id)
        except KeyStoreError:  # keep the original error; the note retries at the next start
            log.warning("could not remove the private key %s after a failed insert", key_id[:8])
            return
        pending.clear(self.db, SECRET_WRITE, key_id)

    def _finish_interrupted_writes(self) -> None:
        """Remove secrets this store received for keys whose rows were never committed."""
        for note in pending.pending_writes(self.db, SECRET_WRITE):
            if note.detail.get("profile") != self.profile_id or note.detail.get("store") != self.store.kind:
                continue
            try:
                with self.db.transaction() as conn:
                    if not pending.is_noted(conn, SECRET_WRITE, note.subject):
                        continue  # finished meanwhile
                    row = key_table.key_row(conn, note.subject)
                    if row is None or row["deleted_at"] or row["store"] != self.store.kind:
                        self.store.delete(note.subject)
                        log.warning(
                            "removed private key %s left without a record by an interrupted write", note.subject[:8]
                        )
                    pending.clear(conn, SECRET_WRITE, note.subject)
            except KeyStoreError as exc:  # e.g. keyring locked: try again next time
                log.warning("could not finish an interrupted key write (%s): %s", note.subject[:8], exc)

    # -- adding keys --------------------------------------------------------------
    def _add_key(
        self,
        private: PrivateKey,
        did_method: str,
        domain: str | None,
        label: str,
        *,
        action: str,
        detail: dict[str, Any],
        created_at: str | None = None,
        retired_at: str | None = None,
        make_default: bool = False,
        retire: KeyRecord | None = None,
    ) -> KeyRecord:
        method, domain = _parse_did_method(did_method, domain)
        if method == "web" and not domain:
            domain = self.profile.web_domain or None
        did, kid = identifiers_for_key(private.public, method, domain)
        label = _clean_label(label)
        owner = key_table.key_row(self.db, private.key_id)
        if owner is not None:
            owner_profile = owner["profile_id"]
            where = (
                Message("keys.this_profile")
                if owner_profile == self.profile_id
                else Message("keys.that_profile", profile_id=repr(owner_profile))
            )
            raise InputError(Message("keys.already_in", key_id=private.key_id[:8], where=where))
        self._put_secret(private)
        try:
            with self.db.transaction() as conn:
                self._confirm_secret(conn, private.key_id)
                now = utc_now()
                key_table.insert_key(
                    conn,
                    key_table.NewKeyRow(
                        private.key_id,
                        self.profile_id,
                        private.alg.value,
                        json.dumps(private.public_jwk, sort_keys=True),
                        did,
                        kid,
                        label,
                        self.store.kind,
                        created_at or now,
                        retired_at,
                    ),
                )
                if retire is not None:
                    key_table.retire_key(conn, retire.id, now)
                if retired_at is None and (make_default or self.profile.default_key is None):
                    set_default_key(self.db, self.profile_id, private.key_id)
                self.db.audit(
                    action,
                    private.key_id,
                    {
                        "alg": private.alg.value,
                        "did": did,
                        "kid": kid,
                        "label": label,
                        "store": self.store.kind,
                        **detail,
                    },
                    profile_id=self.profile_id,
                )
                if retire is not None:
                    self.db.audit(
                        "key.rotate",
                        retire.id,
                        {"new_key": private.key_id, "did": retire.did},
                        profile_id=self.profile_id,
                    )
        except BaseException:
            self._undo_secret(private.key_id)
            raise
        record = self.get(private.key_id)
        log.info(
            "%s: %s key %s (%s) in %s", action, record.alg, record.short_id, record.did_method, self.store.describe()
        )
        return record

    def create_key(
        self,
        alg: Algorithm | str = Algorithm.ES384,
        did_method: str = "key",
        domain: str | None = None,
        label: str = "",
    ) -> KeyRecord:
        """Generate a key, keep its private part in the store; the first key becomes the default.

        did_method: "key", "jwk" or "web" (domain defaults to the profile's web domain).
        """
        alg = alg if isinstance(alg, Algorithm) else Algorithm.parse(alg)
        return self._add_key(generate_key(alg), did_method, domain, label, action="key.create", detail={})

    def import_private_jwk(
        self, jwk: dict[str, Any] | str | bytes, *, did_method: str = "key", domain: str | None = None, label: str = ""
    ) -> KeyRecord:
        """Adopt an existing private JWK (P-384 or Ed25519)."""
        if isinstance(jwk, (str, bytes)):
            try:
                jwk = loads_bounded(jwk, "key-file", what={"en": "The key file", "es": "El archivo de la llave"})
            except ValueError:
                raise InputError(Message("keys.file_not_json")) from None
        private = private_key_from_jwk(jwk)  # type: ignore[arg-type]
        return self._add_key(private, did_method, domain, label, action="key.import", detail={"source": "jwk"})

    # -- changing keys ------------------------------------------------------------
    def rename(self, key_id: str, label: str) -> KeyRecord:
        record = self.get(key_id)
        label = _clean_label(label)
        with self.db.transaction() as conn:
            key_table.rename_key(conn, record.id, label)
            self.db.audit("key.rename", record.id, {"old": record.label, "new": label}, profile_id=self.profile_id)
        return self.get(record.id)

    def set_default(self, key_id: str) -> KeyRecord:
        record = self.get(key_id)
        if record.retired_at:
            raise InputError(Message("keys.retired_cannot_default", display_name=record.display_name))
        with self.db.transaction():
            set_default_key(self.db, self.profile_id, record.id)
            self.db.audit("key.default", record.id, {}, profile_id=self.profile_id)
        return self.get(record.id)

    def rotate(self, key_id: str) -> KeyRecord:
        """Replace a key with a new one of the same algorithm and DID method.

        The new key becomes the default; the old one is retired but kept, so documents
        it signed still verify (for did:web both keys stay in the DID document).
        """
        old = self.get(key_id)
        if old.retired_at:
            raise InputError(Message("keys.already_retired", display_name=old.display_name))
        return self._add_key(
            generate_key(old.alg),
            old.did_method,
            old.web_domain,
            old.label,
            action="key.create",
            detail={"rotates": old.id},
            make_default=True,
            retire=old,
        )

    def delete(self, key_id: str, *, force: bool = False) -> None:
        """Destroy a key's private part.

        A key that signed no documents disappears entirely. One that signed documents
        is refused unless `force`; then its public part stays (retired, marked deleted)
        so those documents keep verifying and the register still names their key.
        """
        record = self.get(key_id)
        if record.deleted_at:
            raise InputError(Message("keys.private_already_deleted", display_name=record.display_name))
        self._require_store(record)
        signed = self.documents_signed_by(record.id)
        if signed and not force:
            raise InputError(
                Message("keys.delete_signed", display_name=record.display_name, signed=signed),
                hint=Message("keys.delete_signed_hint"),
            )
        with self.db.transaction() as conn:
            now = utc_now()
            if signed:
                key_table.mark_deleted(conn, record.id, now)
            else:
                key_table.delete_key(conn, record.id)
            if record.is_default:
                set_default_key(self.db, self.profile_id, key_table.newest_active_key_id(conn, self.profile_id))
            self.db.audit(
                "key.delete",
                record.id,
                {"documents": signed, "forced": bool(force and signed), "kept_public_part": bool(signed)},
                profile_id=self.profile_id,
            )
            self.store.delete(record.id)  # inside the transaction: a store failure rolls the row back
        log.info("key.delete: %s (%d documents)", record.short_id, signed)

    # -- backups ------------------------------------------------------------------
    def export_backup(self, key_id: str, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> bytes:
        """The key sealed with a passphrase, to save as `backup_filename(...)`."""
        record = self.get(key_id)
        private = self.load_private(record.id)
        payload = {
            "format": _BACKUP_FORMAT,
            "version": 1,
            "private_jwk": private.private_jwk(),
            "alg": record.alg.value,
            "did_method": record.did_method,
            "did": record.did,
            "kid": record.kid,
            "label": record.label,
            "created_at": record.created_at,
            "retired_at": record.retired_at,
            "profile": {"id": self.profile_id, "legal_name": self.profile.legal_name},
            "exported_at": utc_now(),
        }
        blob = seal(
            json.dumps(payload, sort_keys=True).encode("utf-8"), passphrase, purpose=PURPOSE_KEY_BACKUP, kdf=kdf
        )
        self.db.audit(
            "key.backup",
            record.id,
            {"kdf_opslimit": kdf.opslimit, "kdf_memlimit": kdf.memlimit},
            profile_id=self.profile_id,
        )
        return blob

    def import_backup(self, blob: bytes, passphrase: str) -> KeyRecord:
        """Restore a key from a backup: a new key for this profile, or the missing private
        part of a key already on record."""
        plaintext = open_sealed(blob, passphrase, purpose=PURPOSE_KEY_BACKUP)
        try:
            payload = loads_bounded(
                plaintext, "key-file", what={"en": "The key backup", "es": "El respaldo de la llave"}
            )
            if payload["format"] != _BACKUP_FORMAT or payload["version"] != 1:
                raise ValueError("unknown backup format")
            private = private_key_from_jwk(payload["private_jwk"])
            method, did, kid = payload["did_method"], payload["did"], payload["kid"]
            domain = urllib.parse.unquote(did.split(":")[2]) if method == "web" else None
            consistent = (
                identifiers_for_key(private.public, method, domain) == (did, kid)
                and private.alg.value == payload["alg"]
                and all(isinstance(payload.get(f), (str, type(None))) for f in ("label", "created_at", "retired_at"))
            )
        except (KeyError, TypeError, ValueError, IndexError, InputError):
            consistent = False
        if not consistent:
            raise SealedFileDamaged(Message("keys.backup_inconsistent"))
        existing = key_table.key_row(self.db, private.key_id)
        if existing is None:
            return self._add_key(
                private,
                method,
                domain,
                payload.get("label") or "",
                action="key.import",
                detail={"source": "backup"},
                created_at=payload.get("created_at"),
                retired_at=payload.get("retired_at"),
            )
        if existing["profile_id"] != self.profile_id:
            raise InputError(Message("keys.other_profile", profile_id=repr(existing["profile_id"])))
        self._put_secret(private)
        with self.db.transaction() as conn:
            self._confirm_secret(conn, private.key_id)
            key_table.set_key_store(conn, private.key_id, self.store.kind)
            self.db.audit(
                "key.import",
                private.key_id,
                {"source": "backup", "restored": True, "store": self.store.kind},
                profile_id=self.profile_id,
            )
        return self.get(private.key_id)
