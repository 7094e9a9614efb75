"""The operator's side of a trust bundle: fresh data of every issuer on its lists.

Before signing a bundle, a trust-list operator (a steel chamber) fetches, for every
did:web issuer on the lists it operates, the issuer's DID document and its status
lists (published beside did.json as status/1, status/2, …), so the bundle carries
what an offline desk needs to verify and to see revocations. What cannot be fetched
is reported per issuer; the copies saved before stay in the bundle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sello.core.errors import UserFacingError
from sello.core.keys.did import DidResolutionError, DidResolver
from sello.core.storage.db import Database
from sello.core.trust.checkers import StatusListInvalid, read_status_list, store_status_list
from sello.core.trust.lists import operated_lists
from sello.core.trust.statuslist import PURPOSE_REVOCATION, status_list_url
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver, WebFetchError

MAX_STATUS_LISTS = 20  # per issuer: lists are numbered from 1; the first missing one ends the walk


@dataclass
class IssuerRefresh:
    did: str
    document: bool = False
    status_lists: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def listed_issuers(db: Database, profile_id: str) -> list[str]:
    """The DIDs on every list this company operates (each once, in list order)."""
    dids: dict[str, None] = {}
    for trust_list in operated_lists(db, profile_id):
        for entry in trust_list.issuers:
            dids[entry.did] = None
    return list(dids)


def refresh_listed_issuers(db: Database, profile_id: str, fetcher: HttpsFetcher, now: datetime) -> list[IssuerRefresh]:
    """Fetch (and save) the DID document and status lists of every did:web issuer listed."""
    web = WebDidResolver(db, fetcher)
    resolver = DidResolver(web_resolver=web)
    results = []
    for did in listed_issuers(db, profile_id):
        result = IssuerRefresh(did)
        results.append(result)
        if not did.startswith("did:web:"):
            continue  # did:key / did:jwk carry their key; nothing to fetch
        try:
            resolved = resolver.resolve(did)
        except DidResolutionError as exc:
            result.problems.append(exc.message)
            continue
        if resolved.source != "web":
            result.problems.append(resolved.notes[0] if resolved.notes else "the website could not be reached")
            continue
        result.document = True
        for number in range(1, MAX_STATUS_LISTS + 1):
            url = status_list_url(did, number)
            try:
                fetched = fetcher.fetch(url)
                token = fetched.body.decode("ascii").strip()
                read_status_list(token, url=url, issuer=resolved, purpose=PURPOSE_REVOCATION, now=now)
            except WebFetchError as exc:
                if not exc.unreachable and number > 1:
                    break  # no more lists
                if number == 1 and not exc.unreachable:
                    break  # the issuer publishes no status list
                result.problems.append(exc.message)
                break
            except (UnicodeDecodeError, StatusListInvalid, UserFacingError) as exc:
                result.problems.append(getattr(exc, "message", f"{url} is not a status list"))
                continue
            store_status_list(db, url, token, source="web", fetched_at=fetched.fetched_at)
            result.status_lists.append(url)
    return results
