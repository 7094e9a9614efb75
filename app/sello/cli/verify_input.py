"""Turn `sello verify INPUT` into bytes or text for the shared verifier."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sello.cli.context import CliContext, is_existing_file, read_input_bytes
from sello.core.verification.inputs import verifier_context, verify_bytes, verify_path, verify_text


def verify_path_or_text(ctx: CliContext, value: str, *, online: bool, key_max_age_days: int = 30) -> Any:
    context = verifier_context(ctx.db, online=online, key_max_age=timedelta(days=key_max_age_days))
    if value == "-":
        return verify_bytes(read_input_bytes("-"), name="standard input", context=context)
    stripped = value.strip()
    if is_existing_file(value):
        return verify_path(value, context=context)
    if stripped.upper().startswith("TD1") or stripped.count(".") == 2 or stripped.startswith("{"):
        return verify_text(stripped, context=context)
    return verify_path(value, context=context)  # gives "File not found: ..."
