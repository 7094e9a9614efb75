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


def atomic_write_many(files: list[tuple[Path, bytes]], *, mode: int = 0o644) -> None:
    """`atomic_write` for many files at once: every temp file is written first, then all are
    flushed to disk together (fsyncs run on a few threads, so the file system commits them in
    a few journal flushes instead of one each), renamed, and each folder synced once.
    A crash leaves each target either absent (or old) or complete. On error no temp file is left;
    targets already renamed stay (the caller removes them, as it removes a single file)."""
    from concurrent.futures import ThreadPoolExecutor

    temps: list[tuple[str, Path]] = []
    try:
        for target, data in files:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            temps.append((tmp_name, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp_name, mode)

        def sync(name: str) -> None:
            fd = os.open(name, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows fsyncs only writable handles
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

        with ThreadPoolExecutor(max_workers=min(8, max(1, len(temps)))) as pool:
            list(pool.map(sync, [name for name, _ in temps]))
        while temps:
            tmp_name, target = temps[0]
            os.replace(tmp_name, target)
            temps.pop(0)
    except BaseException:
        for tmp_name, _ in temps:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
        raise
    if hasattr(os, "O_DIRECTORY"):
        for folder in {target.parent for target, _ in files}:
            dir_fd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
