"""The `sello` command line: the same engine as the desktop app, scriptable and headless."""

from sello.cli.main import main

__all__ = ["main"]

from sello.cli import messages as _messages  # the CLI's sentences, registered before any command runs

del _messages
