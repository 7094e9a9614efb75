"""Argument parsing, dispatch and the error tiers of the command line.

Exit status: 0 success, 1 a check or operation failed with a stated reason,
2 unusable input or usage (one clear line), 70 an internal error (details in the log).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

from sello import __version__
from sello.cli import credential_cmd, keys_cmd
from sello.cli.context import CliContext
from sello.cli.messages import cli_language
from sello.core.buildinfo import about_lines, read_build_info
from sello.core.errors import InputError, UserFacingError
from sello.core.logs import configure_logging, log_file_path

AppStarter = Callable[[str, list[str]], int]
ServerStarter = Callable[[argparse.Namespace, Any, Any], int]

log = logging.getLogger("sello.cli")

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, plus a hint
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"sello: error: {message} (see 'sello --help')\n")


def _environment_language() -> str:
    """Spanish when the locale says so (LC_ALL, LC_MESSAGES, LANG), else English."""

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


class _AboutAction(argparse.Action):
    """`sello --about`: like --version, prints and exits before any command runs."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:

        print("\n".join(["Sello", *about_lines(read_build_info(), _environment_language())]))
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sello",
        description="Sign and verify trade documents as W3C Verifiable Credentials. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"sello {__version__}")
    parser.add_argument(
        "--about",
        action=_AboutAction,
        help="print the version, commit, build date and the SHA-256 of the bundle's SBOM, then exit",
    )
    parser.add_argument("--home", metavar="DIR", help="data folder (default: $SELLO_HOME or the user data folder)")
    parser.add_argument("--profile", metavar="ID", help="company profile id (default: the default profile)")
    parser.add_argument(
        "--file-store",
        action="store_true",
        help="keep private keys in the encrypted-file store instead of the OS keyring",
    )
    parser.add_argument("--store-passphrase-file", metavar="FILE", help="passphrase of the encrypted-file store")
    parser.add_argument(
        "--lang",
        choices=("es", "en"),
        help="language of error messages (default: $SELLO_LANG, else English)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to standard error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    keys_cmd.add_parser(sub)
    credential_cmd.add_parsers(sub)
    for module_name in ("documents_cmd", "trust_cmd", "app_cmd", "serve_cmd", "send_cmd"):
        try:
            module = __import__(f"sello.cli.{module_name}", fromlist=["add_parsers"])
        except ModuleNotFoundError as exc:
            if exc.name != f"sello.cli.{module_name}":
                raise
            continue
        module.add_parsers(sub)
    return parser


def _no_display() -> bool:
    """Linux/BSD without X11 or Wayland (and no explicit Qt platform): Qt would abort."""

    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _setup_logging(verbose: bool, home: str | None) -> None:

    configure_logging(home, verbose=verbose)


def main(
    argv: list[str] | None = None, *, start_app: AppStarter | None = None, start_server: ServerStarter | None = None
) -> int:
    """Run one CLI command. `start_app(window, argv)` opens a desktop window ("main" with no
    subcommand, "verifier" for `verify-window`); the entry point passes it, so the CLI never
    imports the UI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if _no_display():
            print(
                "sello: no graphical display here: start Sello from a desktop session, or use the command "
                "line (sello --help).",
                file=sys.stderr,
            )
            return EXIT_INPUT
        if start_app is None:
            print(
                "sello: this program was started without its desktop part; use a subcommand (sello --help).",
                file=sys.stderr,
            )
            return EXIT_INPUT
        return start_app("main", argv)

    ctx = CliContext(args, start_app=start_app, start_server=start_server)
    try:
        _setup_logging(args.verbose, args.home)
        return int(args.func(ctx) or 0)
    except InputError as exc:
        print(f"sello: {exc.text(cli_language(getattr(args, 'lang', None)))}", file=sys.stderr)
        return EXIT_INPUT
    except UserFacingError as exc:
        print(f"sello: {exc.text(cli_language(getattr(args, 'lang', None)))}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("sello: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:  # a bug: log the details, show one line
        log.exception("internal error in %s", args.command)

        print(f"sello: internal error; details were written to {log_file_path(args.home)}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        ctx.close()
