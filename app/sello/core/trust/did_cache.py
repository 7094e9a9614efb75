"""The desk's memory of did:web documents (owner of `did_cache` and `did_document_versions`).

`did_cache` holds the newest copy of each DID document (from the issuer's website or an
imported trust bundle) with its fetch time; `did_document_versions` keeps every version
ever seen, so a document that changes (key rotation) is kept beside the old one, never
silently replaced, and a key rotated out still verifies the documents it signed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any

from sello.core.keys.did import DidResolutionError, ResolvedDid, parse_did_document
from sello.core.storage.db import Database


@dataclass(frozen=True)
class CachedDocument:
    did: str
    document: dict[str, Any]
    source: str  # web, bundle
    fetched_at: str


def _canonical(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def cached_did_document(db: Database, did: str) -> CachedDocument | None:
    row = db.query_one("SELECT * FROM did_cache WHERE did = ?", (did,))
    if row is None:
        return None
    return CachedDocument(row["did"], json.loads(row["document"]), row["source"], row["fetched_at"])


def store_did_document(db: Database, did: str, document: dict[str, Any], *, source: str, fetched_at: str) -> None:
    """Keep `document` as the newest copy (unless a newer one is saved) and as one version."""
    text = _canonical(document)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with db.transaction():
        db.execute(
            "INSERT INTO did_cache (did, document, source, fetched_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(did) DO UPDATE SET document = excluded.document, source = excluded.source,"
            " fetched_at = excluded.fetched_at WHERE excluded.fetched_at >= did_cache.fetched_at",
            (did, json.dumps(document, sort_keys=True), source, fetched_at),
        )
        db.execute(
            "INSERT INTO did_document_versions (did, digest, document, source, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(did, digest) DO UPDATE SET"
            " first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)",
            (did, digest, text, source, fetched_at, fetched_at),
        )


def saved_did_documents(db: Database) -> list[CachedDocument]:
    """The newest saved copy of every DID document (for a trust bundle made on this computer)."""
    rows = db.query("SELECT * FROM did_cache ORDER BY did")
    return [CachedDocument(r["did"], json.loads(r["document"]), r["source"], r["fetched_at"]) for r in rows]


def document_versions(db: Database, did: str) -> list[tuple[dict[str, Any], str, str]]:
    """Every version of a DID's document seen: (document, first seen, last seen), newest first."""
    rows = db.query(
        "SELECT document, first_seen, last_seen FROM did_document_versions WHERE did = ?"
        " ORDER BY last_seen DESC, rowid DESC",
        (did,),
    )
    return [(json.loads(r["document"]), r["first_seen"], r["last_seen"]) for r in rows]


def with_former_keys(db: Database, resolved: ResolvedDid) -> ResolvedDid:
    """`resolved` plus the assertion keys of older versions that the current one no longer
    lists, marked as former keys with the last time they were seen."""
    methods = dict(resolved.methods)
    assertion = set(resolved.assertion_method_ids)
    former: dict[str, str] = {}
    for document, _first, last in document_versions(db, resolved.did):
        try:
            old = parse_did_document(resolved.did, document, source=resolved.source)
        except DidResolutionError:
            continue
        for vm_id in old.assertion_method_ids:
            if vm_id in resolved.assertion_method_ids or vm_id not in old.methods:
                continue
            if vm_id in former:  # versions come newest first: keep the latest sighting
                continue
            methods.setdefault(vm_id, old.methods[vm_id])
            assertion.add(vm_id)
            former[vm_id] = last
    if not former:
        return resolved
    return replace(resolved, methods=methods, assertion_method_ids=frozenset(assertion), former_methods=former)
