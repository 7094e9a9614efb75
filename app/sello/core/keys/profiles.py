"""Company profiles: the issuing company's legal identity, web domain and default key.

The first profile created becomes the default; the choice lives in `settings`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.keys.did import did_web_for
from sello.core.storage.db import Database, utc_now
from sello.core.storage.settings import get_setting, set_setting

_SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
# Mexican RFC: 3 letters (companies) or 4 (people), YYMMDD, 3-character homoclave.
_RFC_RE = re.compile(r"^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z0-9]{3}$")
DEFAULT_PROFILE_SETTING = "default_profile"


@dataclass(frozen=True)
class Profile:
    id: str  # slug, also the keyring service suffix
    legal_name: str
    rfc: str = ""
    address: dict[str, str] = field(default_factory=dict)
    web_domain: str = ""
    default_key: str | None = None
    created_at: str = ""


# The address is kept with schema.org PostalAddress names (as the setup wizard writes it);
# profiles made by 0.1.0's command line used the short names, read as the same parts.
ADDRESS_PARTS = {
    "street": "streetAddress",
    "city": "addressLocality",
    "region": "addressRegion",
    "postal_code": "postalCode",
    "country": "addressCountry",
}


def address_part(address: dict[str, str], part: str) -> str:
    """One part of a profile's address ("street", "city", "region", "postal_code", "country")."""
    return address.get(ADDRESS_PARTS[part]) or address.get(part) or ""


def slugify(text: str) -> str:
    """ASCII slug: "Aceros del Norte, S.A. de C.V." -> "aceros-del-norte-sa-de-cv"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"[.'’]", "", ascii_text)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:40].rstrip("-")


def normalize_rfc(rfc: str) -> str:
    """Upper-case, without spaces or hyphens; '' stays ''. Checks the RFC's shape and date."""
    text = re.sub(r"[\s-]", "", rfc or "").upper()
    if not text:
        return ""
    match = _RFC_RE.match(text)
    if not match or not (1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31):
        raise InputError(Message("profile.bad_rfc", rfc=repr(rfc)))
    return text


def normalize_domain(domain: str) -> str:
    """'' or a bare host name (optionally :port), as used in did:web."""
    text = (domain or "").strip().lower()
    if not text:
        return ""
    text = text.removeprefix("https://").removeprefix("http://").rstrip("/")
    did_web_for(text)  # raises InputError with a clear sentence
    return text


def _clean_address(address: dict[str, Any] | None) -> dict[str, str]:
    if address is None:
        return {}
    if not isinstance(address, dict):
        raise InputError(Message("profile.address_fields"))
    return {str(k): str(v).strip() for k, v in address.items() if v is not None and str(v).strip()}


def _clean_name(legal_name: str) -> str:
    name = " ".join((legal_name or "").split())
    if not name:
        raise InputError(Message("profile.name_required"))
    if len(name) > 200:
        raise InputError(Message("profile.name_too_long"))
    return name


def _from_row(row: Any) -> Profile:
    return Profile(
        row["id"],
        row["legal_name"],
        row["rfc"],
        json.loads(row["address_json"]),
        row["web_domain"],
        row["default_key"],
        row["created_at"],
    )


def create_profile(
    db: Database,
    legal_name: str,
    *,
    profile_id: str | None = None,
    rfc: str = "",
    address: dict[str, Any] | None = None,
    web_domain: str = "",
) -> Profile:
    """Add a company profile. Its id is a slug of the legal name unless given."""
    name = _clean_name(legal_name)
    values = (
        normalize_rfc(rfc),
        json.dumps(_clean_address(address), ensure_ascii=False, sort_keys=True),
        normalize_domain(web_domain),
    )
    with db.transaction() as conn:
        if profile_id is None:
            base = slugify(name) or "company"
            profile_id, n = base, 2
            while conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone():
                profile_id, n = f"{base[:36]}-{n}", n + 1
        elif not _SLUG_RE.match(profile_id):
            raise InputError(Message("profile.bad_id", profile_id=repr(profile_id)))
        elif conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone():
            raise InputError(Message("profile.exists", profile_id=repr(profile_id)))
        conn.execute(
            "INSERT INTO profiles (id, legal_name, rfc, address_json, web_domain, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (profile_id, name, *values, utc_now()),
        )
        if _setting(db, DEFAULT_PROFILE_SETTING) is None:
            _set_setting(db, DEFAULT_PROFILE_SETTING, profile_id)
        db.audit("profile.create", profile_id, {"legal_name": name}, profile_id=profile_id)
    return get_profile(db, profile_id)


def get_profile(db: Database, profile_id: str) -> Profile:
    row = db.query_one("SELECT * FROM profiles WHERE id = ?", (profile_id,))
    if row is None:
        raise NotFoundError(Message("profile.not_found", profile_id=repr(profile_id)))
    return _from_row(row)


def list_profiles(db: Database) -> list[Profile]:
    return [_from_row(r) for r in db.query("SELECT * FROM profiles ORDER BY created_at, id")]


def update_profile(
    db: Database,
    profile_id: str,
    *,
    legal_name: str | None = None,
    rfc: str | None = None,
    address: dict[str, Any] | None = None,
    web_domain: str | None = None,
) -> Profile:
    """Change the descriptive fields given (None leaves a field as it is)."""
    changes: dict[str, Any] = {}
    if legal_name is not None:
        changes["legal_name"] = _clean_name(legal_name)
    if rfc is not None:
        changes["rfc"] = normalize_rfc(rfc)
    if address is not None:
        changes["address_json"] = json.dumps(_clean_address(address), ensure_ascii=False, sort_keys=True)
    if web_domain is not None:
        changes["web_domain"] = normalize_domain(web_domain)
    with db.transaction() as conn:
        before = get_profile(db, profile_id)
        old = {
            "legal_name": before.legal_name,
            "rfc": before.rfc,
            "address_json": json.dumps(before.address, ensure_ascii=False, sort_keys=True),
            "web_domain": before.web_domain,
        }
        changes = {column: value for column, value in changes.items() if old[column] != value}
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE profiles SET {assignments} WHERE id = ?", (*changes.values(), profile_id))
            fields = sorted(c.removesuffix("_json") for c in changes)
            shown = {c.removesuffix("_json"): (json.loads(v) if c.endswith("_json") else v) for c, v in changes.items()}
            was = {c.removesuffix("_json"): (json.loads(old[c]) if c.endswith("_json") else old[c]) for c in changes}
            db.audit(
                "profile.update", profile_id, {"fields": fields, "before": was, "after": shown}, profile_id=profile_id
            )
    return get_profile(db, profile_id)


def set_default_key(db: Database, profile_id: str, key_id: str | None) -> None:
    """Record the profile's default signing key (the key manager checks the key first)."""
    cur = db.execute("UPDATE profiles SET default_key = ? WHERE id = ?", (key_id, profile_id))
    if cur.rowcount == 0:
        raise NotFoundError(Message("profile.not_found", profile_id=repr(profile_id)))


def default_profile_id(db: Database) -> str | None:
    """The chosen default profile; else the only profile; else None (ask the user)."""
    chosen = _setting(db, DEFAULT_PROFILE_SETTING)
    if chosen and db.query_one("SELECT 1 FROM profiles WHERE id = ?", (chosen,)):
        return chosen
    rows = db.query("SELECT id FROM profiles ORDER BY created_at, id LIMIT 2")
    return rows[0]["id"] if len(rows) == 1 else None


def set_default_profile(db: Database, profile_id: str) -> None:
    get_profile(db, profile_id)
    _set_setting(db, DEFAULT_PROFILE_SETTING, profile_id)


def _setting(db: Database, name: str) -> str | None:
    return get_setting(db, name)


def _set_setting(db: Database, name: str, value: str) -> None:
    set_setting(db, name, value)
