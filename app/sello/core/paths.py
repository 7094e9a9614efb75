"""Where Sello keeps its data, and how it writes files without half-written results."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ENV_HOME = "SELLO_HOME"
ENV_STORE = "SELLO_KEY_STORE"  # "file" chooses the encrypted-file key store (CLI and app)
ENV_STORE_PASSPHRASE = "SELLO_STORE_PASSPHRASE"  # its passphrase, for unattended use


def default_data_dir() -> Path:
    """The per-user data folder for this platform."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Sello"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Sello"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "sello"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data folder: explicit override, then $SELLO_HOME, then the default.

    The folder is created (owner-only permissions on POSIX) if missing.
    """
    chosen = override or os.environ.get(ENV_HOME) or default_data_dir()
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def atomic_write(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o644) -> Path:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, rename.

    A crash leaves either the old file or the new one, never a partial file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target
