"""Logging to a rotating file in the data folder. Secrets are never passed to a logger."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from sello.core.paths import data_dir

_CONFIGURED: set[str] = set()


def log_file_path(home: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(home) / "logs" / "sello.log"


def configure_logging(home: str | os.PathLike[str] | None = None, *, verbose: bool = False) -> Path:
    """Send the `sello` loggers to the data folder's log file (and stderr when verbose)."""
    path = log_file_path(home)
    root = logging.getLogger("sello")
    key = str(path)
    if key not in _CONFIGURED:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for handler in list(root.handlers):
            if getattr(handler, "_sello", False):
                root.removeHandler(handler)
                handler.close()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._sello = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _CONFIGURED.clear()
        _CONFIGURED.add(key)
    if verbose and not any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in root.handlers
    ):
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
        root.setLevel(logging.DEBUG)
    return path
