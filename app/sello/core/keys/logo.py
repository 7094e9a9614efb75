"""A company's logo (optional): one PNG beside the profile in the data folder,
`<data>/profiles/<profile id>/logo.png`, printed in the issuer block of new documents.

Whatever image the user picks is read with Pillow, checked, shrunk to at most
`MAX_SIDE` pixels and stored as PNG, so the PDF embeds a small, known format. Setting
or removing it is audited with the image's SHA-256. Documents already issued keep the
PDF they were printed with.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.paths import atomic_write
from sello.core.storage.db import Database

MAX_SOURCE_BYTES = 10_000_000
MAX_SIDE = 600  # pixels; printed at most 40 x 14 mm, this is over 300 dpi
LOGO_NAME = "logo.png"


def logo_file(data_dir: Path, profile_id: str) -> Path:
    return Path(data_dir) / "profiles" / profile_id / LOGO_NAME


def read_logo(data_dir: Path, profile_id: str) -> bytes | None:
    """The stored logo's PNG bytes, or None."""
    try:
        return logo_file(data_dir, profile_id).read_bytes()
    except OSError:
        return None


def normalized_logo(data: bytes) -> bytes:
    """The image as a PNG of at most MAX_SIDE pixels a side; InputError if it is not one."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(Message("logo.too_large"))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            converted = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InputError(Message("logo.not_image")) from None
    converted.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    converted.save(out, "PNG", optimize=True)
    return out.getvalue()


def save_logo(db: Database, data_dir: Path, profile_id: str, source: Path) -> Path:
    """Store `source` as the company's logo (audited)."""
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise InputError(Message("logo.unreadable", source=source, value=exc.strerror or str(exc))) from None
    png = normalized_logo(data)
    target = atomic_write(logo_file(data_dir, profile_id), png)
    digest = hashlib.sha256(png).hexdigest()
    db.audit("profile.logo", profile_id, {"logo": "set", "sha256": digest}, profile_id=profile_id)
    return target


def remove_logo(db: Database, data_dir: Path, profile_id: str) -> None:
    path = logo_file(data_dir, profile_id)
    if path.exists():
        path.unlink()
        db.audit("profile.logo", profile_id, {"logo": "removed"}, profile_id=profile_id)
