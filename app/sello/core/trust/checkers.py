"""The verifier's trust sources: revocation status, trust lists, and their wiring.

`BitstringStatusChecker` and `TrustListChecker` implement the pipeline's
`StatusChecker` / `TrustChecker`; `sello.core.verification.context` wires them, with
the DID resolver, for the CLI, the verifier window and the server.

Status rules (each a `Check` named "status"):
- no `credentialStatus`            -> passed  "status.none" (the issuer cannot revoke it)
- bit set, purpose revocation      -> failed  "status.revoked" (whatever the data's age:
  revocation is irreversible per the spec, so an old list that says revoked is still right)
- bit set, purpose suspension      -> failed  "status.suspended"
- bit clear, data at most `max_age` old -> passed "status.valid" (live) or
  "status.valid_as_of" (saved copy, trust bundle or this computer's own list: the date shown)
- bit clear, data older than `max_age`  -> warning "status.stale" ("as of <date>")
- no data (offline, unreachable, never fetched) -> warning "status.unavailable"
- list not signed by the credential's issuer, wrong purpose, too short, index out of
  range, undecodable -> warning "status.list_invalid" with the reason (the document's
  own signature is fine; its revocation state is unknown, so never green)
- an entry type, purpose or size Sello does not check -> warning "status.unsupported"
Trust rules ("trust"): on a current entry of a current imported list -> passed
"trust.listed" (legal name, RFC, roles, operator, list date as evidence); only on
expired lists or entries -> warning "trust.expired"; on none -> warning "trust.not_listed".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sello.core.credentials.side_files import PinnedResolver, SignedCredentialError, verify_signed_credential
from sello.core.credentials.verdict import Check, make_check, reason_evidence
from sello.core.errors import Localized, UserFacingError
from sello.core.i18n import LANGUAGES, Message, register
from sello.core.keys.did import ResolvedDid
from sello.core.storage.db import Database
from sello.core.trust.lists import imported_trust_lists
from sello.core.trust.statuslist import (
    ENTRY_TYPE,
    MIN_LIST_BITS,
    READ_FORMATS,
    StatusListError,
    bit_is_set,
    decode_encoded_list,
    own_list_bits,
)
from sello.core.trust.webresolve import (
    Clock,
    HttpsFetcher,
    WebFetchError,
    describe_age,
    iso,
    parse_iso,
    system_clock,
)

DEFAULT_MAX_AGE = timedelta(hours=24)
DEFAULT_REFRESH_AFTER = timedelta(minutes=5)
CHECKED_PURPOSES = ("revocation", "suspension")


class StatusUnavailable(UserFacingError):
    """No status list data to check against."""


class StatusListInvalid(UserFacingError):
    """The status list exists but cannot be relied on."""


# -- the status list cache ---------------------------------------------------------------
@dataclass(frozen=True)
class CachedStatusList:
    url: str
    vc_jwt: str
    source: str  # web, bundle
    fetched_at: str


def cached_status_list(db: Database, url: str) -> CachedStatusList | None:
    row = db.query_one("SELECT * FROM status_cache WHERE url = ?", (url,))
    return CachedStatusList(row["url"], row["vc_jwt"], row["source"], row["fetched_at"]) if row else None


def cached_status_lists(db: Database) -> list[CachedStatusList]:
    """Every saved status list, by URL (what a bundle made on this computer carries)."""
    rows = db.query("SELECT * FROM status_cache ORDER BY url")
    return [CachedStatusList(r["url"], r["vc_jwt"], r["source"], r["fetched_at"]) for r in rows]


def store_status_list(db: Database, url: str, vc_jwt: str, *, source: str, fetched_at: str) -> None:
    db.execute(
        "INSERT INTO status_cache (url, vc_jwt, source, fetched_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET vc_jwt = excluded.vc_jwt, source = excluded.source,"
        " fetched_at = excluded.fetched_at WHERE excluded.fetched_at >= status_cache.fetched_at",
        (url, vc_jwt, source, fetched_at),
    )


@dataclass(frozen=True)
class StatusData:
    """The bits of one list and where they came from."""

    url: str
    bits: bytes
    purpose: str
    source: str  # web, cache, bundle, local
    as_of: str
    note: str = ""


def read_status_list(
    token: str, *, url: str, issuer: ResolvedDid, purpose: str, now: datetime, entry_type: str = ENTRY_TYPE
) -> tuple[bytes, str]:
    """Check a status list credential against the credential's issuer; its bits and validFrom.
    `entry_type` picks the list format (Bitstring Status List, or the older StatusList2021)."""
    list_type, subject_type = READ_FORMATS[entry_type]
    try:
        signed = verify_signed_credential(
            token, PinnedResolver(issuer), now, what={"en": "The status list", "es": "La lista de estado"}
        )
    except SignedCredentialError as exc:
        raise StatusListInvalid(exc.localized or exc.message) from None
    credential = signed.credential
    if signed.issuer != issuer.did:
        raise StatusListInvalid(Message("statuslist.wrong_signer", issuer=signed.issuer, did=issuer.did))
    if "id" in credential and credential["id"] != url:
        raise StatusListInvalid(Message("statuslist.wrong_id", id=credential["id"], url=url))
    types = credential.get("type", [])
    subject = credential.get("credentialSubject")
    if list_type not in types or not isinstance(subject, dict) or subject.get("type") != subject_type:
        raise StatusListInvalid(Message("statuslist.not_list_type", list_type=list_type))
    if subject.get("statusPurpose") != purpose:
        raise StatusListInvalid(
            Message("statuslist.wrong_purpose", value=subject.get("statusPurpose"), purpose=purpose)
        )
    try:
        bits = decode_encoded_list(subject.get("encodedList"))
    except StatusListError as exc:
        raise StatusListInvalid(exc.localized or exc.message) from None
    if len(bits) * 8 < MIN_LIST_BITS:
        raise StatusListInvalid(
            Message("statuslist.too_short", value=f"{len(bits) * 8:,}", min_list_bits=f"{MIN_LIST_BITS:,}")
        )
    return bits, str(credential.get("validFrom", credential.get("issuanceDate", "")))


class BitstringStatusChecker:
    """Checks `credentialStatus` entries of type BitstringStatusListEntry."""

    def __init__(
        self,
        db: Database,
        fetcher: HttpsFetcher | None,
        *,
        max_age: timedelta = DEFAULT_MAX_AGE,
        refresh_after: timedelta = DEFAULT_REFRESH_AFTER,
        clock: Clock = system_clock,
    ) -> None:
        self.db = db
        self.fetcher = fetcher
        self.max_age = max_age
        self.refresh_after = refresh_after
        self.clock = clock

    # -- the check ------------------------------------------------------------------
    def check(self, credential: dict[str, Any], resolved_issuer: ResolvedDid, now: datetime) -> Check:
        status = credential.get("credentialStatus")
        if status is None:
            return make_check("status", "passed", "status.none")
        entries = status if isinstance(status, list) else [status]
        results = [self._check_entry(entry, resolved_issuer, now) for entry in entries]
        for outcome in ("failed", "warning", "passed"):
            for result in results:
                if result.outcome == outcome:
                    return result
        return make_check("status", "warning", "status.unsupported", {}, what="(empty)")

    def _check_entry(self, entry: Any, issuer: ResolvedDid, now: datetime) -> Check:
        if not isinstance(entry, Mapping) or entry.get("type") not in READ_FORMATS:
            kind = entry.get("type") if isinstance(entry, Mapping) else type(entry).__name__
            return make_check(
                "status", "warning", "status.unsupported", {"entry": _jsonable(entry)}, what=str(kind)[:80]
            )
        purpose, url = entry.get("statusPurpose"), entry.get("statusListCredential")
        raw_index = entry.get("statusListIndex")
        evidence: dict[str, Any] = {"statusListCredential": url, "statusListIndex": raw_index, "statusPurpose": purpose}
        if purpose not in CHECKED_PURPOSES:
            return make_check("status", "warning", "status.unsupported", evidence, what=f"purpose {str(purpose)[:40]}")
        if entry.get("statusSize", 1) not in (1, "1"):
            return make_check(
                "status",
                "warning",
                "status.unsupported",
                evidence,
                what=f"statusSize {str(entry.get('statusSize'))[:10]}",
            )
        index = _parse_index(raw_index)
        if index is None or not isinstance(url, str) or not url:
            return make_check(
                "status", "warning", "status.list_invalid", evidence, reason="The document's status entry is malformed."
            )
        try:
            data = self._status_data(url, issuer, str(purpose), now, str(entry["type"]))
            revoked = bit_is_set(data.bits, index)
        except StatusUnavailable as exc:
            return make_check(
                "status", "warning", "status.unavailable", {**evidence, **reason_evidence(exc)}, reason=exc
            )
        except (StatusListInvalid, StatusListError) as exc:
            return make_check(
                "status", "warning", "status.list_invalid", {**evidence, **reason_evidence(exc)}, reason=exc
            )
        evidence.update({"source": data.source, "as_of": data.as_of, "list_entries": len(data.bits) * 8})
        if data.note:
            evidence["note"] = data.note
        date = data.as_of[:16].replace("T", " ") + " UTC"
        if revoked:
            code = "status.revoked" if purpose == "revocation" else "status.suspended"
            return make_check("status", "failed", code, evidence, date=date)
        if now - parse_iso(data.as_of) > self.max_age:
            return make_check(
                "status",
                "warning",
                "status.stale",
                evidence,
                date=date,
                age={lang: describe_age(data.as_of, now, lang) for lang in LANGUAGES},
                source=_SOURCE_TEXT[data.source],
            )
        if data.source == "web":
            return make_check("status", "passed", "status.valid", evidence, date=date)
        return make_check(
            "status", "passed", "status.valid_as_of", evidence, date=date, source=_SOURCE_TEXT[data.source]
        )

    # -- where the bits come from ------------------------------------------------------
    def _status_data(
        self, url: str, issuer: ResolvedDid, purpose: str, now: datetime, entry_type: str = ENTRY_TYPE
    ) -> StatusData:
        own = own_list_bits(self.db, url)
        if own is not None and own[2] == issuer.did and own[1] == purpose:
            return StatusData(url, own[0], purpose, "local", iso(self.clock()))
        cached = cached_status_list(self.db, url)
        problem: Localized | str = ""
        fresh_enough = (
            cached is not None
            and cached.source == "web"
            and (self.clock() - parse_iso(cached.fetched_at) <= self.refresh_after)
        )
        if self.fetcher is not None and url.startswith("https://") and not fresh_enough:
            try:
                fetched = self.fetcher.fetch(url)
                token = fetched.body.decode("utf-8").strip()  # a vc+jwt, or JSON with a proof
            except WebFetchError as exc:
                problem = exc
            except UnicodeDecodeError:
                raise StatusListInvalid(Message("statuslist.not_vc_jwt", url=url)) from None
            else:
                bits, _ = read_status_list(
                    token, url=url, issuer=issuer, purpose=purpose, now=now, entry_type=entry_type
                )
                store_status_list(self.db, url, token, source="web", fetched_at=fetched.fetched_at)
                return StatusData(url, bits, purpose, "web", fetched.fetched_at)
        elif self.fetcher is None:
            problem = Message("statuslist.offline")
        elif not url.startswith("https://"):
            problem = Message("statuslist.bundle_only")
        if cached is None:
            raise StatusUnavailable(Message("statuslist.no_copy", url=url, problem=problem))
        bits, _ = read_status_list(
            cached.vc_jwt, url=url, issuer=issuer, purpose=purpose, now=now, entry_type=entry_type
        )
        source = "bundle" if cached.source == "bundle" else ("web" if fresh_enough else "cache")
        return StatusData(url, bits, purpose, source, cached.fetched_at, str(problem))  # evidence: English


_SOURCE_TEXT = {
    "web": {"en": "fetched from the issuer's website", "es": "consultada en el sitio del emisor"},
    "cache": {"en": "saved copy", "es": "copia guardada"},
    "bundle": {"en": "trust bundle", "es": "paquete de confianza"},
    "local": {"en": "this computer's own list", "es": "lista propia de esta computadora"},
}


def _parse_index(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12:
        return int(value)
    return None


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return repr(value)[:200]


# -- trust lists --------------------------------------------------------------------------
class TrustListChecker:
    """Is the issuer on an imported, current trust list?"""

    def __init__(self, db: Database) -> None:
        self.db = db

    def check(self, issuer_did: str, issuer_name: str | None, now: datetime) -> Check:
        expired: list[dict[str, Any]] = []
        for imported in imported_trust_lists(self.db):
            entry = imported.trust_list.entry_for(issuer_did)
            if entry is None:
                continue
            evidence = {
                "legal_name": entry.legal_name,
                "rfc": entry.rfc,
                "country": entry.country,
                "roles": list(entry.roles),
                "entry_valid_from": entry.valid_from,
                "entry_valid_until": entry.valid_until,
                "list_id": imported.trust_list.id,
                "list_name": imported.trust_list.name,
                "list_version": imported.trust_list.version,
                "list_valid_from": imported.valid_from,
                "list_valid_until": imported.valid_until,
                "operator": imported.operator,
                "operator_name": imported.operator_name,
                "issuer_name_in_document": issuer_name,
            }
            if imported.current_at(now) and entry.current_at(now):
                return make_check(
                    "trust",
                    "passed",
                    "trust.listed",
                    evidence,
                    name=entry.legal_name,
                    rfc=entry.rfc or "—",
                    roles=", ".join(entry.roles),
                    list=imported.trust_list.name,
                    operator=imported.operator_name,
                    date=imported.valid_from[:10],
                )
            expired.append(evidence)
        if expired:
            first = expired[0]
            return make_check(
                "trust",
                "warning",
                "trust.expired",
                {"listings": expired},
                list=first["list_name"],
                operator=first["operator_name"],
            )
        return make_check("trust", "warning", "trust.not_listed", {"issuer": issuer_did})


register(
    {
        "status.none": {
            "en": "The document has no revocation entry (its issuer cannot revoke it).",
            "es": "El documento no tiene registro de revocación (su emisor no puede revocarlo).",
        },
        "status.valid": {
            "en": "Not revoked: the issuer's status list was checked just now ({date}).",
            "es": "No revocado: se consultó la lista de estado del emisor ahora mismo ({date}).",
        },
        "status.valid_as_of": {"en": "Not revoked as of {date} ({source}).", "es": "No revocado al {date} ({source})."},
        "status.stale": {
            "en": "Revocation data is {age} old: not revoked as of {date} ({source}).",
            "es": "Los datos de revocación tienen {age} de antigüedad: no revocado al {date} ({source}).",
        },
        "status.revoked": {
            "en": "The issuer revoked this document (status list as of {date}).",
            "es": "El emisor revocó este documento (lista de estado al {date}).",
        },
        "status.suspended": {
            "en": "The issuer suspended this document (status list as of {date}).",
            "es": "El emisor suspendió este documento (lista de estado al {date}).",
        },
        "status.list_invalid": {
            "en": "The revocation status cannot be relied on. {reason}",
            "es": "No se puede confiar en el estado de revocación. {reason}",
        },
        "status.unsupported": {
            "en": "The document's status entry ({what}) is of a kind Sello does not check.",
            "es": "El registro de estado del documento ({what}) es de un tipo que Sello no comprueba.",
        },
        "trust.listed": {
            "en": "Listed as {name} (RFC {rfc}; {roles}) on “{list}” by {operator}, list dated {date}.",
            "es": "Registrado como {name} (RFC {rfc}; {roles}) en «{list}» de {operator}, lista del {date}.",
        },
        "trust.expired": {
            "en": "The issuer was on “{list}” by {operator}, but that listing is no longer current.",
            "es": "El emisor estaba en «{list}» de {operator}, pero ese registro ya no está vigente.",
        },
    }
)
