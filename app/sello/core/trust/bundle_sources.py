"""Where this desk's trust bundles come from (owner of `bundle_subscriptions`).

One row per source: an operator's bundle URL the desk subscribes to (refreshed in the
background when online), or a file imported by hand (`file:NAME`). The newest bundle
date over all sources is what the verify screen shows as "trust data as of …".
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database, utc_now

FILE_PREFIX = "file:"


@dataclass(frozen=True)
class BundleSource:
    url: str  # https://… (a subscription) or file:NAME (an import by hand)
    added_at: str
    last_attempt: str | None
    last_success: str | None
    bundle_created: str | None
    operator: str | None
    last_error: str

    @property
    def subscribed(self) -> bool:
        return self.url.startswith("https://")


def subscribe(db: Database, url: str) -> BundleSource:
    """Follow an operator's bundle URL (HTTPS only)."""
    url = (url or "").strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise InputError(Message("bundle.https_only", url=repr(url)))
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO bundle_subscriptions (url, added_at) VALUES (?, ?)", (url, utc_now()))
        db.audit("trust.bundle.subscribe", url, {})
    return source(db, url)


def unsubscribe(db: Database, url: str) -> None:
    with db.transaction():
        if db.execute("DELETE FROM bundle_subscriptions WHERE url = ?", (url,)).rowcount == 0:
            raise NotFoundError(Message("bundle.not_followed", url=url))
        db.audit("trust.bundle.unsubscribe", url, {})


def source(db: Database, url: str) -> BundleSource:
    row = db.query_one("SELECT * FROM bundle_subscriptions WHERE url = ?", (url,))
    if row is None:
        raise NotFoundError(Message("bundle.not_followed", url=url))
    return BundleSource(*(row[k] for k in BundleSource.__dataclass_fields__))


def sources(db: Database) -> list[BundleSource]:
    rows = db.query("SELECT * FROM bundle_subscriptions ORDER BY added_at, url")
    return [BundleSource(*(r[k] for k in BundleSource.__dataclass_fields__)) for r in rows]


def record_success(db: Database, url: str, *, operator: str, created: str, at: str | None = None) -> None:
    at = at or utc_now()
    db.execute(
        "INSERT INTO bundle_subscriptions (url, added_at, last_attempt, last_success, bundle_created, operator,"
        " last_error) VALUES (?, ?, ?, ?, ?, ?, '') ON CONFLICT(url) DO UPDATE SET last_attempt = excluded.last_attempt,"
        " last_success = excluded.last_success, bundle_created = excluded.bundle_created,"
        " operator = excluded.operator, last_error = ''",
        (url, at, at, at, created, operator),
    )


def record_failure(db: Database, url: str, error: str, at: str | None = None) -> None:
    db.execute(
        "UPDATE bundle_subscriptions SET last_attempt = ?, last_error = ? WHERE url = ?",
        (at or utc_now(), error[:500], url),
    )


def trust_data_as_of(db: Database) -> str | None:
    """The date of the newest trust bundle this computer imported (any source), or None."""
    row = db.query_one("SELECT max(bundle_created) FROM bundle_subscriptions")
    return str(row[0]) if row and row[0] else None
