"""Desktop-app subcommands: ``sello verify-window`` opens only the verifier (border desks)."""

from __future__ import annotations

import argparse
from typing import Any

from sello.core.errors import UserFacingError


def add_parsers(sub: argparse._SubParsersAction) -> None:
    window = sub.add_parser(
        "verify-window",
        help="open only the verifier window (camera, handheld scanner, files); needs no company profile or key",
    )
    window.set_defaults(func=cmd_verify_window)


def cmd_verify_window(ctx: Any) -> int:
    if ctx.start_app is None:
        raise UserFacingError("This program was started without its desktop part, so it cannot open a window.")
    args = ctx.args
    argv: list[str] = []
    if getattr(args, "home", None):
        argv += ["--home", args.home]
    if getattr(args, "file_store", False):
        argv.append("--file-store")
    return int(ctx.start_app("verifier", argv))
