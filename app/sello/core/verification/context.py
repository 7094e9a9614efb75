"""Where a verification gets its keys, revocation status and trust: built in one place.

The verifier window, `sello verify`, the API server and the tests all assemble their
`VerifierContext` here, from read-only parts: this computer's own DIDs (the key
directory, never a `KeyManager` or a key store), saved and imported DID documents (the
DID cache, with their age), status lists (live, saved or from a bundle) and the
imported trust lists. Online, did:web documents and status lists are fetched over
HTTPS with the system's trusted CAs and saved for later offline use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sello.core.credentials.checks import StatusChecker, TrustChecker
from sello.core.keys.did import DidResolver, ResolvedDid
from sello.core.keys.directory import own_did_document
from sello.core.storage.db import Database
from sello.core.trust.bundle_sources import trust_data_as_of
from sello.core.trust.checkers import DEFAULT_MAX_AGE, BitstringStatusChecker, TrustListChecker
from sello.core.trust.webresolve import DEFAULT_KEY_MAX_AGE, Clock, HttpsFetcher, WebDidResolver, system_clock

TypeNamer = Callable[[Sequence[str], str], "str | None"]


@dataclass
class VerifierContext:
    """Where keys, revocation status and trust come from for one verification."""

    resolver: DidResolver
    status: StatusChecker | None = None
    trust: TrustChecker | None = None
    type_namer: TypeNamer | None = None
    notes: list[str] = field(default_factory=list)
    trust_data_as_of: str | None = None  # the newest imported trust bundle's date, for "trust data as of …"


class OwnKeysThenWeb:
    """did:web seam: this computer's own DIDs first (offline), then the website or its saved copies."""

    def __init__(self, db: Database, web: WebDidResolver) -> None:
        self.db = db
        self.web = web

    def __call__(self, did: str) -> ResolvedDid:
        own = own_did_document(self.db, did)
        return own if own is not None else self.web(did)


def verification_sources(
    db: Database,
    online: bool = True,
    *,
    fetcher: HttpsFetcher | None = None,
    max_age: timedelta = DEFAULT_MAX_AGE,
    key_max_age: timedelta = DEFAULT_KEY_MAX_AGE,
    clock: Clock = system_clock,
) -> tuple[DidResolver, BitstringStatusChecker, TrustListChecker]:
    """(resolver, status checker, trust checker) for this computer. `max_age`: status
    data older than this is a caveat; `key_max_age`: so is a saved DID document older
    than this (30 days by default). `fetcher` replaces the system one (tests); offline,
    only saved copies and trust bundles are used."""
    active = (fetcher or HttpsFetcher(clock=clock)) if online else None
    web = WebDidResolver(db, active, clock=clock, max_age=key_max_age)
    resolver = DidResolver(web_resolver=OwnKeysThenWeb(db, web))
    status = BitstringStatusChecker(db, active, max_age=max_age, clock=clock)
    return resolver, status, TrustListChecker(db)


def document_type_namer() -> TypeNamer | None:
    """Display names of document types, from the document-type definitions."""
    from sello.core.documents.doctypes import load_doctypes

    by_type = {d.credential_type: d for d in load_doctypes().values()}

    def name(types: Sequence[str], lang: str) -> str | None:
        for t in types:
            if t in by_type:
                return by_type[t].title.get(lang) or by_type[t].title.get("en")
        return None

    return name


def verifier_context(
    db: Database | None = None,
    *,
    online: bool = True,
    fetcher: HttpsFetcher | None = None,
    key_max_age: timedelta = DEFAULT_KEY_MAX_AGE,
    clock: Clock = system_clock,
) -> VerifierContext:
    """The context for this computer: with a database, its own keys, saved copies, bundles
    and trust lists (and the network when `online`); without one, self-contained DIDs only."""
    if db is None:
        return VerifierContext(DidResolver(), type_namer=document_type_namer())
    resolver, status, trust = verification_sources(db, online, fetcher=fetcher, key_max_age=key_max_age, clock=clock)
    return VerifierContext(resolver, status, trust, document_type_namer(), trust_data_as_of=trust_data_as_of(db))
