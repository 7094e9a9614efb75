"""A desk keeps its trust data fresh: subscribed bundles refreshed when online.

`refresh_subscriptions` fetches every subscribed operator's bundle over HTTPS and imports
it (same checks as a file: signed by a trusted operator, every member matching the
manifest); a failure is remembered beside the URL and never stops the others. The
verifier window calls `refresh_due` at start and every few hours on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sello.core.errors import UserFacingError
from sello.core.storage.db import Database
from sello.core.trust.bundle import MAX_BUNDLE_BYTES, BundleImport, import_bundle_data
from sello.core.trust.bundle_sources import record_failure, sources
from sello.core.trust.webresolve import HttpsFetcher, parse_iso

REFRESH_EVERY = timedelta(hours=4)


@dataclass(frozen=True)
class RefreshResult:
    url: str
    imported: BundleImport | None
    error: str = ""


def bundle_fetcher(base: HttpsFetcher | None = None) -> HttpsFetcher:
    """A fetcher allowed bundle-sized answers (the DID fetcher caps at 256 KiB)."""
    if base is None:
        return HttpsFetcher(max_bytes=MAX_BUNDLE_BYTES, deadline=60.0)
    return HttpsFetcher(
        ssl_context=base.ssl_context,
        connect_timeout=base.connect_timeout,
        read_timeout=base.read_timeout,
        deadline=max(base.deadline, 60.0),
        max_bytes=MAX_BUNDLE_BYTES,
        clock=base.clock,
    )


def refresh_subscriptions(db: Database, fetcher: HttpsFetcher, now: datetime | None = None) -> list[RefreshResult]:
    """Fetch and import every subscribed bundle; one result per subscription."""
    results = []
    for item in sources(db):
        if not item.subscribed:
            continue
        try:
            resource = fetcher.fetch(item.url)
            imported = import_bundle_data(db, resource.body, now, source=item.url)
        except UserFacingError as exc:
            record_failure(db, item.url, exc.message)
            results.append(RefreshResult(item.url, None, exc.message))
            continue
        results.append(RefreshResult(item.url, imported))
    return results


def refresh_due(db: Database, now: datetime, every: timedelta = REFRESH_EVERY) -> bool:
    """True when a subscription has never been tried or was last tried `every` ago."""
    for item in sources(db):
        if item.subscribed and (item.last_attempt is None or now - parse_iso(item.last_attempt) >= every):
            return True
    return False
