"""How the issuer-key check grades what the resolver found (kept apart from `checks`).

- The DID document cannot be had now (offline, DNS, TLS, timeout, HTTP failure, nothing
  saved) or its method is one Sello cannot look up: the outcome is "unavailable", which
  makes the verdict "cannot confirm" (blue), never red.
- The key comes from a saved copy older than the desk's limit, or it was rotated out of
  the issuer's current document (but was in one seen before): a warning (amber) with the
  copy's age or the date the key was last seen.
"""

from __future__ import annotations

from typing import Any

from sello.core.credentials.moments import local_time
from sello.core.credentials.verdict import Outcome
from sello.core.i18n import LANGUAGES
from sello.core.keys.did import ResolvedDid, VerificationMethod

__all__ = ["age_text", "key_grade", "key_unavailable_outcome", "local_time"]

UNAVAILABLE_CODES = frozenset({"unavailable", "unsupported_method"})

_AGE_UNITS = {
    "en": (("day", "days", 86400), ("hour", "hours", 3600), ("minute", "minutes", 60)),
    "es": (("día", "días", 86400), ("hora", "horas", 3600), ("minuto", "minutos", 60)),
}
_AGE_SMALL = {"en": "less than a minute", "es": "menos de un minuto"}


def key_unavailable_outcome(code: str) -> Outcome:
    """ "unavailable" when the DID resolution failed for want of data, else "failed"."""
    return "unavailable" if code in UNAVAILABLE_CODES else "failed"


def age_text(seconds: int, lang: str = "en") -> str:
    """'3 hours', '2 days'… (or in Spanish): how old a saved copy is."""
    seconds = max(0, int(seconds))
    for one, many, size in _AGE_UNITS.get(lang, _AGE_UNITS["en"]):
        if seconds >= size:
            count = seconds // size
            return f"{count} {one if count == 1 else many}"
    return _AGE_SMALL.get(lang, _AGE_SMALL["en"])


def key_grade(method: VerificationMethod, resolved: ResolvedDid) -> tuple[Outcome, str, dict[str, Any]] | None:
    """(outcome, message code, parameters) for a key found in a saved copy or rotated out,
    or None (the check's usual wording by source applies)."""
    if method.id in resolved.former_methods:
        return "warning", "issuer_key.former_key", {"date": local_time(resolved.former_methods[method.id])}
    if resolved.age_seconds is None or resolved.source not in ("cache", "bundle"):
        return None
    params = {
        "age": {lang: age_text(resolved.age_seconds, lang) for lang in LANGUAGES},
        "fetched": local_time(resolved.fetched_at),
    }
    if resolved.stale:
        return "warning", f"issuer_key.{resolved.source}_stale", params
    return "passed", f"issuer_key.{resolved.source}_age", params
