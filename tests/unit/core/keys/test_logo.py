"""The company logo: any PNG/JPEG is checked, shrunk to 600 px and stored as PNG beside
the profile; setting and removing it is audited; a file that is no image is refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sello.core.errors import InputError
from sello.core.keys.logo import MAX_SIDE, logo_file, read_logo, remove_logo, save_logo
from sello.core.keys.profiles import create_profile
from sello.core.storage.db import Database


@pytest.fixture
def db(tmp_path: Path):
    database = Database.in_folder(tmp_path)
    yield database
    database.close()


def picture(path: Path, size: tuple[int, int], kind: str = "JPEG") -> Path:
    Image.new("RGB", size, (20, 60, 120)).save(path, kind)
    return path


def test_a_logo_is_shrunk_stored_as_png_and_audited(db, tmp_path: Path) -> None:
    profile = create_profile(db, "Forja Única", profile_id="forja")
    assert read_logo(tmp_path, profile.id) is None
    stored = save_logo(db, tmp_path, profile.id, picture(tmp_path / "logo.jpg", (1800, 600)))
    assert stored == logo_file(tmp_path, "forja") and stored.parent.name == "forja"
    with Image.open(io.BytesIO(read_logo(tmp_path, "forja") or b"")) as image:
        assert image.format == "PNG" and image.size == (MAX_SIDE, MAX_SIDE // 3)
    entry = db.audit_entries(subject="forja")[-1]
    assert entry.action == "profile.logo" and entry.detail["logo"] == "set" and len(entry.detail["sha256"]) == 64
    remove_logo(db, tmp_path, "forja")
    assert read_logo(tmp_path, "forja") is None
    assert db.audit_entries(subject="forja")[-1].detail == {"logo": "removed"}


def test_a_file_that_is_not_an_image_is_refused_with_a_sentence(db, tmp_path: Path) -> None:
    create_profile(db, "Forja Única", profile_id="forja")
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"%PDF-1.7 not a picture")
    with pytest.raises(InputError, match="not an image Sello can read"):
        save_logo(db, tmp_path, "forja", fake)
    assert read_logo(tmp_path, "forja") is None
