"""The `sello` command line: the same engine as the desktop app, scriptable and headless."""

from sello.cli.main import main

__all__ = ["main"]
