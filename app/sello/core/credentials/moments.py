"""Moments (ISO 8601, UTC, as signed or recorded) shown in the officer's time zone.

The verdict keeps the signed values as they are (`Check.message`, the JSON); what an
officer reads — the headline, the checks, their evidence — shows them in this computer's
time zone, as 'YYYY-MM-DD HH:MM (zone)'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def local_time(moment: str | None) -> str:
    """An ISO 8601 moment ('2026-11-05T17:03:00Z') in this computer's time zone, as
    'YYYY-MM-DD HH:MM (zone)'; the text unchanged when it is not a moment."""
    if not moment:
        return "?"
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    local = parsed.astimezone()
    return f"{local:%Y-%m-%d %H:%M} ({local.tzname() or format(local, '%z')})"


def localized(value: Any) -> Any:
    """`value` in local time when it is a moment, else as it is."""
    return local_time(value) if isinstance(value, str) and MOMENT.match(value) else value


def has_moment(params: Mapping[str, Any]) -> bool:
    return any(isinstance(v, str) and MOMENT.match(v) for v in params.values())
