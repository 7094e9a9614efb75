"""Say where two builds of the Linux tarball differ, down to the entry inside an archive.

    python packaging/compare_builds.py A.tar.gz B.tar.gz

Lists members present in only one tarball, members whose metadata (mode, owner, time,
link target) differs, and members whose bytes differ; for a differing zip file
(base_library.zip) the entries that differ or are stored in another order, and for the
PyInstaller executable the entries of its appended archive (PKG) and of the module archive
inside it (PYZ) that differ. Exit status 0 when the tarballs are byte-identical.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def _members(path: Path) -> dict[str, tuple[tarfile.TarInfo, bytes | None]]:
    members = {}
    with tarfile.open(path, "r:gz") as archive:
        for info in archive.getmembers():
            handle = archive.extractfile(info) if info.isfile() else None
            members[info.name] = (info, handle.read() if handle else None)
    return members


def _zip_differences(a: bytes, b: bytes) -> list[str]:
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    names_a, names_b = [i.filename for i in za.infolist()], [i.filename for i in zb.infolist()]
    notes = [f"only in A: {n}" for n in sorted(set(names_a) - set(names_b))]
    notes += [f"only in B: {n}" for n in sorted(set(names_b) - set(names_a))]
    common = sorted(set(names_a) & set(names_b))
    notes += [f"entry differs: {n}" for n in common if za.read(n) != zb.read(n)]
    notes += [f"entry time differs: {n}" for n in common if za.getinfo(n).date_time != zb.getinfo(n).date_time]
    if not notes and names_a != names_b:
        notes.append("same entries and bytes, stored in a different order")
    return notes


def _pyinstaller_differences(a: bytes, b: bytes) -> list[str]:
    try:
        from PyInstaller.archive.readers import PKG_ITEM_PYZ, CArchiveReader
    except ImportError:
        return ["(PyInstaller is not installed: cannot look inside the executable)"]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, data in (("a", a), ("b", b)):
            target = Path(folder) / name
            target.write_bytes(data)
            paths.append(str(target))
        try:
            ra, rb = CArchiveReader(paths[0]), CArchiveReader(paths[1])
        except Exception as exc:  # not a PyInstaller executable: say so, go on
            return [f"(not a PyInstaller archive: {exc})"]
        notes = [f"PKG only in A: {n}" for n in sorted(set(ra.toc) - set(rb.toc))]
        notes += [f"PKG only in B: {n}" for n in sorted(set(rb.toc) - set(ra.toc))]
        for name in sorted(set(ra.toc) & set(rb.toc)):
            if ra.extract(name) == rb.extract(name):
                continue
            notes.append(f"PKG entry differs: {name}")
            if ra.toc[name][-1] == PKG_ITEM_PYZ:
                pa, pb = ra.open_embedded_archive(name), rb.open_embedded_archive(name)
                for module in sorted(set(pa.toc) | set(pb.toc)):
                    if module not in pa.toc or module not in pb.toc:
                        notes.append(f"  PYZ module only in {'B' if module not in pa.toc else 'A'}: {module}")
                    elif pa.extract(module, raw=True) != pb.extract(module, raw=True):
                        notes.append(f"  PYZ module differs: {module}")
        if not notes:
            notes.append("archive entries equal: the bootloader part or the cookie differs")
        return notes


def compare(path_a: Path, path_b: Path) -> list[str]:
    """Lines describing every difference (empty when the files are identical)."""
    if path_a.read_bytes() == path_b.read_bytes():
        return []
    a, b = _members(path_a), _members(path_b)
    lines = [f"only in A: {n}" for n in sorted(set(a) - set(b))]
    lines += [f"only in B: {n}" for n in sorted(set(b) - set(a))]
    if list(a) != list(b) and not lines:
        lines.append("same members in a different order")
    for name in sorted(set(a) & set(b)):
        (ia, da), (ib, db) = a[name], b[name]
        meta = [
            field
            for field in ("mode", "uid", "gid", "uname", "gname", "mtime", "linkname", "type")
            if getattr(ia, field) != getattr(ib, field)
        ]
        if meta:
            lines.append(f"metadata differs ({', '.join(meta)}): {name}")
        if da != db and da is not None and db is not None:
            lines.append(
                f"content differs: {name}  ({hashlib.sha256(da).hexdigest()[:16]} vs "
                f"{hashlib.sha256(db).hexdigest()[:16]})"
            )
            if name.endswith(".zip"):
                lines += [f"  {note}" for note in _zip_differences(da, db)]
            elif da[:4] == b"\x7fELF" and b"MEI\014\013\012\013\016" in da[-4096:]:
                lines += [f"  {note}" for note in _pyinstaller_differences(da, db)]
    if not lines:
        tar_equal = gzip.decompress(path_a.read_bytes()) == gzip.decompress(path_b.read_bytes())
        lines.append(
            "the tar streams are equal; the gzip headers differ (stored name or time: use gzip -n)"
            if tar_equal
            else "the tar streams differ in headers or padding only"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lines = compare(Path(args[0]), Path(args[1]))
    print("\n".join(lines) if lines else "identical")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
