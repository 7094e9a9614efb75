"""Trust lists: signed lists of trusted issuers (mills, brokers, carriers).

A list operator (a steel chamber, a customs authority...) signs a `vc+jwt` whose
subject lists issuers by DID with their legal name, tax id (RFC), country, roles
and validity. A verifier imports lists only from operators it has explicitly chosen
to trust; the operator's DID document is pinned when it is trusted, so an offline
border desk can check lists without the network and a changed operator key is
noticed rather than silently accepted.

The list credential: type `TrustedIssuerListCredential`; `credentialSubject` has
`type: "TrustedIssuerList"`, `name`, `version` and `issuers`, each issuer
`{"id", "legalName", "taxId", "country", "roles", "validFrom", "validUntil"}`.
Re-importing a list with the same `id` replaces it only with a newer version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sello.core.credentials.credential import (
    build_credential,
    new_credential_id,
    parse_datetime,
    sign_vc_jwt,
)
from sello.core.credentials.jws import parse_compact_jws
from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, DidResolver, did_of, did_web_url
from sello.core.keys.keypair import PrivateKey
from sello.core.keys.profiles import normalize_rfc
from sello.core.storage.db import Database, utc_now
from sello.core.trust.operators import (
    OperatorSignedFile,
    TrustListError,
    forget_operator,
    is_trusted_operator,
    trusted_operator,
    verify_operator_signed,
)

LIST_TYPE = "TrustedIssuerListCredential"
SUBJECT_TYPE = "TrustedIssuerList"
ROLES = ("mill", "broker", "carrier")
VC2 = "https://www.w3.org/ns/credentials/v2"
MAX_LIST_CHARS = 4 * 1024 * 1024
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


TRUST_LIST_FILE = OperatorSignedFile(
    name={"en": "The trust list", "es": "La lista de confianza"},
    error=TrustListError,
    unreadable="trustlist.not_vc_jwt",
    untrusted="trustlist.untrusted_operator",
    limits_as_error=True,
)


# -- the data -------------------------------------------------------------------------
@dataclass(frozen=True)
class TrustedIssuer:
    did: str
    legal_name: str
    rfc: str = ""
    country: str = "MX"
    roles: tuple[str, ...] = ("mill",)
    valid_from: str | None = None
    valid_until: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.did,
            "legalName": self.legal_name,
            "taxId": self.rfc,
            "country": self.country,
            "roles": list(self.roles),
        }
        if self.valid_from:
            out["validFrom"] = self.valid_from
        if self.valid_until:
            out["validUntil"] = self.valid_until
        return out

    @classmethod
    def from_json(cls, data: Any) -> TrustedIssuer:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"].startswith("did:"):
            raise TrustListError(Message("trustlist.entry_no_did"))
        roles = data.get("roles")
        if roles is not None and not isinstance(roles, list):
            raise TrustListError(Message("trustlist.roles_not_list"))
        return cls(
            data["id"],
            str(data.get("legalName", "")),
            str(data.get("taxId", "")),
            str(data.get("country", "")),
            tuple(str(r) for r in roles or () if isinstance(r, str)),
            _opt_str(data.get("validFrom")),
            _opt_str(data.get("validUntil")),
        )

    def current_at(self, now: datetime) -> bool:

        start = parse_datetime(self.valid_from) if self.valid_from else None
        end = parse_datetime(self.valid_until) if self.valid_until else None
        return (start is None or start <= now) and (end is None or now <= end)


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class TrustList:
    id: str  # urn:uuid:..., stable across versions
    name: str
    version: int = 1
    issuers: tuple[TrustedIssuer, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "issuers": [i.to_json() for i in self.issuers],
        }

    @classmethod
    def from_json(cls, data: Any) -> TrustList:
        if not isinstance(data, dict):
            raise TrustListError(Message("trustlist.not_object"))
        issuers = data.get("issuers", [])
        if not isinstance(issuers, list):
            raise TrustListError(Message("trustlist.issuers_not_list"))
        version = data.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise TrustListError(Message("trustlist.bad_version"))
        return cls(
            str(data.get("id", "")),
            str(data.get("name", "")),
            version,
            tuple(TrustedIssuer.from_json(i) for i in issuers),
        )

    def entry_for(self, did: str) -> TrustedIssuer | None:
        return next((i for i in self.issuers if i.did == did), None)


def validate_issuer(entry: TrustedIssuer) -> TrustedIssuer:
    """Normalise and check one entry before it goes into a list (the operator's side)."""

    if not entry.did.startswith(("did:web:", "did:key:", "did:jwk:")):
        raise InputError(Message("trustlist.did_uncheckable", did=repr(entry.did)))
    try:  # a malformed identifier fails here, not at the border
        did_web_url(entry.did) if entry.did.startswith("did:web:") else DidResolver().resolve(entry.did)
    except (DidResolutionError, InputError) as exc:
        raise InputError(Message("trustlist.bad_did", did=repr(entry.did[:80]), message=exc)) from None
    name = " ".join(entry.legal_name.split())
    if not name:
        raise InputError(Message("trustlist.name_required", did=entry.did))
    country = entry.country.strip().upper()
    if not _COUNTRY_RE.match(country):
        raise InputError(Message("trustlist.bad_country", country=repr(entry.country)))
    rfc = normalize_rfc(entry.rfc) if country == "MX" else entry.rfc.strip()
    roles = tuple(dict.fromkeys(r.strip().lower() for r in entry.roles if r.strip()))
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        raise InputError(
            Message(
                "trustlist.bad_roles",
                value=", ".join(ROLES),
                value2=", ".join(unknown) or {"en": "none", "es": "ninguno"},
            )
        )
    for label, value in (("validFrom", entry.valid_from), ("validUntil", entry.valid_until)):
        if value and parse_datetime(value) is None:
            raise InputError(Message("trustlist.bad_date", label=label, did=entry.did, value=repr(value)))
    start, end = parse_datetime(entry.valid_from), parse_datetime(entry.valid_until)
    if start is not None and end is not None and end <= start:
        raise InputError(Message("trustlist.validity_reversed", did=entry.did))
    return replace(entry, legal_name=name, country=country, rfc=rfc, roles=roles)


# -- the operator's side: create, edit, sign --------------------------------------------
def new_trust_list(name: str) -> TrustList:

    name = " ".join((name or "").split())
    if not name:
        raise InputError(Message("trustlist.needs_name"))
    return TrustList(new_credential_id(), name)


def with_issuer(trust_list: TrustList, entry: TrustedIssuer) -> TrustList:
    """The list with `entry` added, or replacing the entry of the same DID."""
    entry = validate_issuer(entry)
    others = tuple(i for i in trust_list.issuers if i.did != entry.did)
    return replace(trust_list, issuers=(*others, entry))


def without_issuer(trust_list: TrustList, did: str) -> TrustList:
    if trust_list.entry_for(did) is None:
        raise NotFoundError(Message("trustlist.not_listed", did=did, name=trust_list.name))
    return replace(trust_list, issuers=tuple(i for i in trust_list.issuers if i.did != did))


def build_trust_list_credential(
    trust_list: TrustList, operator: dict[str, Any], valid_from: datetime, valid_until: datetime
) -> dict[str, Any]:

    if not trust_list.issuers:
        raise InputError(Message("trustlist.no_issuers"))
    return build_credential(
        types=[LIST_TYPE],
        subject={"type": SUBJECT_TYPE, **trust_list.to_json(), "id": trust_list.id},
        issuer=operator,
        valid_from=valid_from,
        valid_until=valid_until,
        credential_id=f"{trust_list.id}#v{trust_list.version}",
        contexts=(VC2,),
    )


def sign_trust_list(
    trust_list: TrustList, key: PrivateKey, kid: str, *, operator_name: str, valid_from: datetime, valid_until: datetime
) -> str:

    credential = build_trust_list_credential(
        trust_list, {"id": did_of(kid), "name": operator_name}, valid_from, valid_until
    )
    return sign_vc_jwt(credential, key, kid)


def save_operated_list(db: Database, profile_id: str, trust_list: TrustList, vc_jwt: str | None = None) -> None:
    """Keep the operator's working copy (and what was last signed) in the database."""
    db.execute(
        "INSERT INTO operated_trust_lists (id, profile_id, data_json, vc_jwt, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET data_json = excluded.data_json,"
        " vc_jwt = COALESCE(excluded.vc_jwt, operated_trust_lists.vc_jwt), updated_at = excluded.updated_at",
        (trust_list.id, profile_id, json.dumps(trust_list.to_json(), ensure_ascii=False), vc_jwt, utc_now()),
    )


def operated_lists(db: Database, profile_id: str) -> list[TrustList]:
    rows = db.query(
        "SELECT data_json FROM operated_trust_lists WHERE profile_id = ? ORDER BY updated_at", (profile_id,)
    )
    return [TrustList.from_json(json.loads(r["data_json"])) for r in rows]


def operated_list(db: Database, profile_id: str, list_id: str) -> tuple[TrustList, str | None]:
    """One list this company operates (by id or an unambiguous start of it) and its last signed token."""
    text = (list_id or "").strip()
    rows = (
        db.query(
            "SELECT data_json, vc_jwt FROM operated_trust_lists WHERE profile_id = ?"
            " AND (id = ? OR id LIKE ? OR id LIKE ?) ORDER BY updated_at",
            (profile_id, text, f"{text}%", f"urn:uuid:{text}%"),
        )
        if text
        else []
    )
    exact = [r for r in rows if json.loads(r["data_json"]).get("id") == text]
    rows = exact or rows
    if not rows:
        raise NotFoundError(Message("trustlist.no_such_operated", text=repr(text)))
    if len(rows) > 1:
        raise InputError(Message("trustlist.ambiguous", text=repr(text), count=len(rows)))
    return TrustList.from_json(json.loads(rows[0]["data_json"])), rows[0]["vc_jwt"]


def sign_operated_list(
    db: Database,
    profile_id: str,
    list_id: str,
    key: PrivateKey,
    kid: str,
    *,
    operator_name: str,
    valid_from: datetime,
    valid_until: datetime,
) -> tuple[TrustList, str]:
    """Sign an operated list and keep the token. The version goes up when the issuers
    changed since the last signing, so verifiers replace their older copy."""
    trust_list, previous = operated_list(db, profile_id, list_id)
    if previous is not None:
        signed = json.loads(parse_compact_jws(previous).payload).get("credentialSubject", {})
        last = TrustList.from_json(signed)
        if last.issuers != trust_list.issuers and trust_list.version <= last.version:
            trust_list = replace(trust_list, version=last.version + 1)
    token = sign_trust_list(
        trust_list, key, kid, operator_name=operator_name, valid_from=valid_from, valid_until=valid_until
    )
    with db.transaction():
        save_operated_list(db, profile_id, trust_list, token)
        db.audit(
            "trust.list.sign",
            trust_list.id,
            {"version": trust_list.version, "issuers": len(trust_list.issuers)},
            profile_id=profile_id,
        )
    return trust_list, token


def distrust_operator(db: Database, did: str) -> int:
    """Stop trusting an operator; its imported lists are removed too. Returns how many."""
    with db.transaction():
        if not is_trusted_operator(db, did):
            raise NotFoundError(Message("trustlist.not_operator", did=did))
        removed = db.execute("DELETE FROM trust_lists WHERE operator = ?", (did,)).rowcount
        forget_operator(db, did)
        db.audit("trust.operator.remove", did, {"lists_removed": removed})
    return removed


# -- the verifier's side: import, show, remove ----------------------------------------
@dataclass(frozen=True)
class ImportedTrustList:
    trust_list: TrustList
    operator: str
    operator_name: str
    valid_from: str
    valid_until: str | None
    imported_at: str
    vc_jwt: str = field(repr=False)

    def current_at(self, now: datetime) -> bool:

        start, end = parse_datetime(self.valid_from), parse_datetime(self.valid_until)
        return (start is None or start <= now) and (end is None or now <= end)


def read_trust_list(token: Any, db: Database, now: datetime) -> ImportedTrustList:
    """Verify a signed trust list against the trusted operators; refuse it with the reason."""

    if not isinstance(token, str) or len(token) > MAX_LIST_CHARS:
        raise TrustListError(Message("trustlist.not_signed_list"))
    token = token.strip()
    signed, operator = verify_operator_signed(db, token, now, TRUST_LIST_FILE)
    types = signed.credential.get("type", [])
    subject = signed.credential.get("credentialSubject")
    if LIST_TYPE not in types or not isinstance(subject, dict) or subject.get("type") != SUBJECT_TYPE:
        raise TrustListError(Message("trustlist.wrong_type"))
    trust_list = TrustList.from_json(subject)
    if not trust_list.id:
        raise TrustListError(Message("trustlist.no_id"))
    if "validUntil" not in signed.credential:
        raise TrustListError(Message("trustlist.no_valid_until"))
    return ImportedTrustList(
        trust_list,
        signed.issuer,
        operator.name,
        str(signed.credential["validFrom"]),
        signed.credential.get("validUntil"),
        utc_now(),
        token,
    )


def import_trust_list(db: Database, token: str, now: datetime | None = None) -> ImportedTrustList:
    """Verify and store a trust list; a newer version replaces an older one."""

    now = now or datetime.now(UTC)
    imported = read_trust_list(token, db, now)
    with db.transaction():
        existing = db.query_one("SELECT vc_jwt FROM trust_lists WHERE id = ?", (imported.trust_list.id,))
        if existing is not None:
            old = _stored(db, imported.trust_list.id)
            if old.operator != imported.operator:
                raise TrustListError(
                    Message(
                        "trustlist.id_clash", operator_name=old.operator_name, operator_name2=imported.operator_name
                    )
                )
            newer = (imported.trust_list.version, parse_datetime(imported.valid_from)) > (
                old.trust_list.version,
                parse_datetime(old.valid_from),
            )
            if not newer and imported.vc_jwt != old.vc_jwt:
                raise TrustListError(
                    Message(
                        "trustlist.older",
                        name=old.trust_list.name,
                        version=old.trust_list.version,
                        valid_from=old.valid_from[:10],
                    )
                )
        db.execute(
            "INSERT INTO trust_lists (id, operator, name, vc_jwt, valid_until, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET operator = excluded.operator,"
            " name = excluded.name, vc_jwt = excluded.vc_jwt, valid_until = excluded.valid_until,"
            " imported_at = excluded.imported_at",
            (
                imported.trust_list.id,
                imported.operator,
                imported.trust_list.name,
                imported.vc_jwt,
                imported.valid_until,
                imported.imported_at,
            ),
        )
        db.audit(
            "trust.list.import",
            imported.trust_list.id,
            {
                "operator": imported.operator,
                "version": imported.trust_list.version,
                "issuers": len(imported.trust_list.issuers),
            },
        )
    return imported


def _stored(db: Database, list_id: str) -> ImportedTrustList:
    row = db.query_one("SELECT * FROM trust_lists WHERE id = ?", (list_id,))
    if row is None:
        raise NotFoundError(Message("trustlist.not_imported", list_id=list_id))
    return _from_row(db, row)


def _from_row(db: Database, row: Any) -> ImportedTrustList:

    payload = json.loads(parse_compact_jws(row["vc_jwt"]).payload)
    operator = trusted_operator(db, row["operator"])
    return ImportedTrustList(
        TrustList.from_json(payload["credentialSubject"]),
        row["operator"],
        operator.name if operator else row["operator"],
        str(payload.get("validFrom", "")),
        payload.get("validUntil"),
        row["imported_at"],
        row["vc_jwt"],
    )


def stored_trust_list_tokens(db: Database) -> list[tuple[str, str, str]]:
    """(id, vc_jwt, imported_at) of every imported trust list, as stored (for bundles)."""
    rows = db.query("SELECT id, vc_jwt, imported_at FROM trust_lists ORDER BY id")
    return [(str(r["id"]), str(r["vc_jwt"]), str(r["imported_at"])) for r in rows]


def imported_trust_lists(db: Database) -> list[ImportedTrustList]:
    """The imported lists (verified when imported), for display and for the trust check."""
    return [_from_row(db, r) for r in db.query("SELECT * FROM trust_lists ORDER BY name, id")]


def remove_trust_list(db: Database, list_id: str) -> None:
    with db.transaction():
        if db.execute("DELETE FROM trust_lists WHERE id = ?", (list_id,)).rowcount == 0:
            raise NotFoundError(Message("trustlist.not_imported", list_id=list_id))
        db.audit("trust.list.remove", list_id, {})


def listings_of(db: Database, did: str) -> Sequence[tuple[ImportedTrustList, TrustedIssuer]]:
    """Every imported list that names `did`, with its entry."""
    return [(lst, entry) for lst in imported_trust_lists(db) if (entry := lst.trust_list.entry_for(did)) is not None]
