"""`pip install .` (not editable) must carry every resource the app needs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheels = list(out.glob("sello-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


@pytest.mark.slow
def test_wheel_contains_resources_and_entry_points(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    for context in (ROOT / "resources" / "contexts").glob("*.jsonld"):
        assert f"sello/resources/contexts/{context.name}" in names
    for doctype in (ROOT / "resources" / "doctypes").glob("*.json"):
        assert f"sello/resources/doctypes/{doctype.name}" in names
    assert any(n.startswith("sello/resources/icons/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(built_wheel).read(entry_points).decode()
    assert "sello = sello.__main__:main" in text


@pytest.mark.slow
def test_non_editable_install_finds_every_resource(built_wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(built_wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    probe = (
        "import sello.core.resources as r, json, pathlib, sys\n"
        "root = r.resource_root()\n"
        "assert str(root).startswith(sys.argv[1]), root\n"
        "ctx = sorted(p.name for p in (root / 'contexts').glob('*.jsonld'))\n"
        "assert 'credentials-v2.jsonld' in ctx and 'traceability-v1.jsonld' in ctx, ctx\n"
        "docs = sorted(p.name for p in (root / 'doctypes').glob('*.json'))\n"
        "icons = sorted(p.name for p in (root / 'icons').iterdir())\n"
        "print(len(ctx), len(docs), len(icons))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # the installed copy first, the venv's dependencies after; never the source tree
    env["PYTHONPATH"] = str(target)
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); exec({probe!r})", str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    n_ctx, n_docs, n_icons = map(int, result.stdout.split())
    assert n_ctx == len(list((ROOT / "resources" / "contexts").glob("*.jsonld")))
    assert n_docs == len(list((ROOT / "resources" / "doctypes").glob("*.json")))
    assert n_icons >= 1
