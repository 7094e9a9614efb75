"""`python -m sello` and the `sello` console script."""

from __future__ import annotations

import sys
from typing import Any

from sello.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["--selftest"]:  # the installers' smoke test (sello.selftest), before the CLI
        from sello.selftest import main as selftest_main  # deferred: Qt is only for the app and the self-test

        return selftest_main(arguments[1:])

    return cli_main(argv, start_app=start_app, start_server=start_server)


def start_server(args: Any, db: Any, key_manager: Any) -> int:
    """`sello serve`: the Traceability API server (the entry point, not the CLI, knows it)."""
    from sello.server.run import serve_from_args

    return serve_from_args(args, db, key_manager)


def start_app(window: str, argv: list[str]) -> int:
    """Open a desktop window ("main" or "verifier"): the entry point, not the CLI, knows the UI."""
    from sello.ui.app import run  # deferred: the command line never loads Qt

    return run(argv, window=window)


if __name__ == "__main__":
    sys.exit(main())
