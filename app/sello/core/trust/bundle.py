"""Trust bundles: one signed file with everything an offline border desk needs.

Format (decision): a JSON file (`.sello-bundle`)
    {"format": "sello-trust-bundle", "version": 1,
     "manifest": "<vc+jwt>",
     "members": [{"kind", "key", "fetchedAt", "content"}, ...]}
The manifest is a `TrustBundleCredential` signed (vc+jwt) by a list operator; its
subject lists every member's kind ("trust-list", "did-document", "status-list"),
key (list id, DID or status list URL), fetch time and SHA-384 digest (`digestSRI`)
of its content. Members stay in their own signed form where they have one (trust
lists and status lists are vc+jwt signed by their operator or issuer; a DID
document is plain JSON vouched for by the manifest). So a tampered member is named
precisely, and each member is still checked by its own rules when used.

Importing requires the bundle's signer to be a trusted operator; the bundle is
refused whole if anything fails the manifest. Trust lists inside are imported only
when their own operator is trusted too; that refusal is reported per list.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.credentials.credential import build_credential, new_credential_id, sign_vc_jwt
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, did_of, parse_did_document
from sello.core.keys.key_table import profile_dids
from sello.core.keys.keypair import PrivateKey
from sello.core.limits import LimitError, read_bounded, refuse, value
from sello.core.paths import atomic_write
from sello.core.storage.db import Database
from sello.core.trust.bundle_sources import FILE_PREFIX, record_success
from sello.core.trust.checkers import cached_status_lists, store_status_list
from sello.core.trust.did_cache import saved_did_documents, store_did_document
from sello.core.trust.lists import (
    TrustListError,
    import_trust_list,
    operated_list,
    operated_lists,
    stored_trust_list_tokens,
)
from sello.core.trust.operators import OperatorSignedFile, verify_operator_signed
from sello.core.trust.statuslist import sign_status_list, status_lists_of
from sello.core.trust.webresolve import iso

FORMAT = "sello-trust-bundle"
VERSION = 1
SUFFIX = ".sello-bundle"
BUNDLE_TYPE = "TrustBundleCredential"
SUBJECT_TYPE = "TrustBundle"
KINDS = ("trust-list", "did-document", "status-list")
MAX_BUNDLE_BYTES = value("bundle_bytes")
VC2 = "https://www.w3.org/ns/credentials/v2"


class BundleError(UserFacingError):
    """The trust bundle cannot be made or is refused."""


BUNDLE_MANIFEST = OperatorSignedFile(
    name={"en": "The trust bundle", "es": "El paquete de confianza"},
    error=BundleError,
    unreadable="bundle.manifest_unreadable",
    untrusted="bundle.untrusted_operator",
)


@dataclass(frozen=True)
class BundleMember:
    kind: str
    key: str
    fetched_at: str
    content: str

    @property
    def digest(self) -> str:
        return "sha384-" + base64.b64encode(hashlib.sha384(self.content.encode("utf-8")).digest()).decode("ascii")

    def describe(self) -> str:
        return {"trust-list": "trust list", "did-document": "DID document", "status-list": "status list"}[
            self.kind
        ] + f" {self.key}"


@dataclass
class BundleContents:
    members: list[BundleMember] = field(default_factory=list)

    def add_trust_list(self, list_id: str, vc_jwt: str, fetched_at: str) -> None:
        self._add(BundleMember("trust-list", list_id, fetched_at, vc_jwt.strip()))

    def add_did_document(self, did: str, document: dict[str, Any], fetched_at: str) -> None:
        self._add(
            BundleMember(
                "did-document",
                did,
                fetched_at,
                json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
            )
        )

    def add_status_list(self, url: str, vc_jwt: str, fetched_at: str) -> None:
        self._add(BundleMember("status-list", url, fetched_at, vc_jwt.strip()))

    def _add(self, member: BundleMember) -> None:
        """One member per (kind, key): the newest copy wins."""
        for i, old in enumerate(self.members):
            if (old.kind, old.key) == (member.kind, member.key):
                if member.fetched_at >= old.fetched_at:
                    self.members[i] = member
                return
        self.members.append(member)


def collect_cached_contents(db: Database) -> BundleContents:
    """Everything this computer has imported or fetched: trust lists, DID documents, status lists."""
    contents = BundleContents()
    for list_id, token, imported_at in stored_trust_list_tokens(db):
        contents.add_trust_list(list_id, token, imported_at)
    for saved in saved_did_documents(db):
        contents.add_did_document(saved.did, saved.document, saved.fetched_at)
    for saved_list in cached_status_lists(db):
        contents.add_status_list(saved_list.url, saved_list.vc_jwt, saved_list.fetched_at)
    return contents


def add_own_issuer_data(
    contents: BundleContents, db: Database, profile_id: str, key_manager: Any, now: datetime | None = None
) -> BundleContents:
    """Add a company's own DID documents and freshly signed status lists (for issuers
    without a website, a bundle is how verifiers get them)."""

    now = now or datetime.now(UTC)
    stamp = iso(now)
    dids = profile_dids(db, profile_id)
    for did in sorted(dids):
        if did.startswith("did:web:"):
            contents.add_did_document(did, key_manager.did_document(did), stamp)
    for record in status_lists_of(db, profile_id):
        contents.add_status_list(record.id, sign_status_list(db, record.id, key_manager, now), stamp)
    return contents


def make_bundle(
    contents: BundleContents, *, key: PrivateKey, kid: str, operator_name: str, now: datetime | None = None
) -> bytes:
    """The signed bundle file's bytes."""

    if not contents.members:
        raise BundleError(Message("bundle.nothing"))
    now = now or datetime.now(UTC)
    manifest = build_credential(
        types=[BUNDLE_TYPE],
        issuer={"id": did_of(kid), "name": operator_name},
        valid_from=now,
        credential_id=new_credential_id(),
        contexts=(VC2,),
        subject={
            "type": SUBJECT_TYPE,
            "created": iso(now),
            "members": [
                {"kind": m.kind, "key": m.key, "fetchedAt": m.fetched_at, "digestSRI": m.digest}
                for m in contents.members
            ],
        },
    )
    body = {
        "format": FORMAT,
        "version": VERSION,
        "manifest": sign_vc_jwt(manifest, key, kid),
        "members": [
            {"kind": m.kind, "key": m.key, "fetchedAt": m.fetched_at, "content": m.content} for m in contents.members
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def make_company_bundle(
    db: Database, key_manager: Any, *, key_id: str | None = None, now: datetime | None = None
) -> bytes:
    """A bundle of everything this computer holds (`collect_cached_contents`: imported lists,
    saved DID documents and status lists — for an operator, those of every listed issuer
    after `operator_refresh.refresh_listed_issuers`), the lists it operates, and the
    company's own DID documents and freshly signed status lists, signed by the company's
    default key (or `key_id`) as its operator. The app and `sello bundle make` share it."""
    now = now or datetime.now(UTC)
    contents = add_own_issuer_data(collect_cached_contents(db), db, key_manager.profile_id, key_manager, now)
    for trust_list in operated_lists(db, key_manager.profile_id):  # the lists this company operates, as signed
        _, token = operated_list(db, key_manager.profile_id, trust_list.id)
        if token:
            contents.add_trust_list(trust_list.id, token, iso(now))
    key = key_manager.get(key_id) if key_id else key_manager.default_key()
    if key is None or key.retired_at or key.deleted_at:
        raise InputError(Message("bundle.no_key"))
    return make_bundle(
        contents,
        key=key_manager.load_private(key.id),
        kid=key.kid,
        operator_name=key_manager.profile.legal_name,
        now=now,
    )


def write_bundle(path: str | Path, data: bytes) -> Path:
    target = Path(path)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    return atomic_write(target, data)


# -- importing -----------------------------------------------------------------------
@dataclass
class BundleImport:
    operator: str
    operator_name: str
    created: str
    trust_lists: list[str] = field(default_factory=list)
    did_documents: list[str] = field(default_factory=list)
    status_lists: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (member, reason)


@dataclass(frozen=True)
class OpenedBundle:
    operator: str
    operator_name: str
    created: str
    members: list[BundleMember]


def open_bundle(db: Database, data: bytes, now: datetime) -> OpenedBundle:
    """Check a bundle's signature and every member against its manifest."""

    if len(data) > MAX_BUNDLE_BYTES:
        raise refuse("bundle_bytes", what={"en": "The file", "es": "El archivo"}, size=f"{len(data):,}")
    try:
        body = loads_bounded(data, "bundle", what={"en": "The trust bundle", "es": "El paquete de confianza"})
    except ValueError:
        raise BundleError(Message("bundle.not_json")) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleError(Message("bundle.not_bundle"))
    if body.get("version") != VERSION:
        raise BundleError(Message("bundle.version", value=repr(body.get("version")), version=VERSION))
    token = body.get("manifest")
    if not isinstance(token, str):
        raise BundleError(Message("bundle.manifest_unreadable"))
    signed, operator = verify_operator_signed(db, token, now, BUNDLE_MANIFEST)
    subject = signed.credential.get("credentialSubject")
    if (
        BUNDLE_TYPE not in signed.credential.get("type", [])
        or not isinstance(subject, dict)
        or not isinstance(subject.get("members"), list)
    ):
        raise BundleError(Message("bundle.bad_manifest"))
    listed = subject["members"]
    present = body.get("members")
    if not isinstance(present, list):
        raise BundleError(Message("bundle.no_members"))
    if len(present) != len(listed):
        raise BundleError(Message("bundle.count_mismatch", count=len(present), count2=len(listed)))
    members: list[BundleMember] = []
    for number, (entry, item) in enumerate(zip(listed, present, strict=False), start=1):
        try:
            member = BundleMember(str(item["kind"]), str(item["key"]), str(item["fetchedAt"]), item["content"])
            if not isinstance(item["content"], str):
                raise TypeError
        except (KeyError, TypeError):
            raise BundleError(Message("bundle.member_malformed", number=number)) from None
        if member.kind not in KINDS:
            raise BundleError(Message("bundle.unknown_kind", number=number, kind=repr(member.kind)))
        if (
            not isinstance(entry, dict)
            or (entry.get("kind"), entry.get("key"), entry.get("fetchedAt"))
            != (member.kind, member.key, member.fetched_at)
            or entry.get("digestSRI") != member.digest
        ):
            raise BundleError(Message("bundle.member_altered", value=member.describe()))
        members.append(member)
    return OpenedBundle(
        signed.issuer, operator.name, str(subject.get("created", signed.credential["validFrom"])), members
    )


def import_bundle(db: Database, path: str | Path, now: datetime | None = None) -> BundleImport:
    """Verify a trust bundle file (a USB stick, an e-mail) and load its members into this
    computer's caches."""
    try:
        data = read_bounded(Path(path), limit_name="bundle_bytes")
    except OSError as exc:
        raise InputError(Message("bundle.unreadable", name=Path(path).name, value=exc.strerror or exc)) from None
    return import_bundle_data(db, data, now, source=FILE_PREFIX + Path(path).name)


def import_bundle_data(db: Database, data: bytes, now: datetime | None = None, *, source: str) -> BundleImport:
    """Verify a trust bundle's bytes and load its members; `source` (its URL, or
    file:NAME) is remembered with the bundle's date ("trust data as of …")."""
    now = now or datetime.now(UTC)
    opened = open_bundle(db, data, now)
    report = BundleImport(opened.operator, opened.operator_name, opened.created)
    with db.transaction():
        for member in opened.members:
            if member.kind == "did-document":
                try:
                    document = loads_bounded(
                        member.content, "did-document", what={"en": "The DID document", "es": "El documento DID"}
                    )
                    parse_did_document(member.key, document, source="bundle", fetched_at=member.fetched_at)
                except (ValueError, DidResolutionError, LimitError) as exc:
                    report.refused.append((member.describe(), getattr(exc, "message", "not valid JSON")))
                    continue
                store_did_document(db, member.key, document, source="bundle", fetched_at=member.fetched_at)
                report.did_documents.append(member.key)
            elif member.kind == "status-list":
                store_status_list(db, member.key, member.content, source="bundle", fetched_at=member.fetched_at)
                report.status_lists.append(member.key)
        for member in opened.members:  # lists after the DID documents they may need
            if member.kind == "trust-list":
                try:
                    imported = import_trust_list(db, member.content, now)
                except TrustListError as exc:
                    report.refused.append((member.describe(), exc.message))
                    continue
                report.trust_lists.append(imported.trust_list.name)
        db.audit(
            "trust.bundle.import",
            opened.operator,
            {
                "created": opened.created,
                "trust_lists": len(report.trust_lists),
                "did_documents": len(report.did_documents),
                "status_lists": len(report.status_lists),
                "refused": [m for m, _ in report.refused],
                "source": source,
            },
        )
        record_success(db, source, operator=opened.operator, created=opened.created)
    return report
