"""A build anyone can check: the SBOM, the build information, SHA256SUMS and the signed manifest.

The SBOM is made by the real generator (cyclonedx-py) for a small bundle of real files
and validated against the CycloneDX 1.6 JSON schema; the manifest is checked with the
exact commands README documents (coreutils and `openssl pkeyutl`). The frozen bundle's own
SBOM, `--about` and the two-build reproducibility check run under SELLO_TEST_FROZEN=1
(tests/test_frozen_bundle.py).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sello.core import buildinfo

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sbom = _load("sbom")
release_manifest = _load("release_manifest")
compare_builds = _load("compare_builds")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the SBOM --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, str, str]]]:
    """A one-folder bundle of real files: an executable, PyNaCl's extension, a system
    library from a Debian package, with PyInstaller's table of contents for them."""
    pytest.importorskip("cyclonedx_py", reason="cyclonedx-bom is in the test and build extras")
    bundle = tmp_path_factory.mktemp("bundle") / "sello"
    contents = bundle / sbom.CONTENTS
    (contents / "nacl").mkdir(parents=True)
    shutil.copy(sys.executable, bundle / "sello")
    sodium = Path(metadata.distribution("PyNaCl").locate_file("nacl/_sodium.abi3.so"))  # type: ignore[arg-type]
    shutil.copy(sodium, contents / "nacl" / sodium.name)
    system_lib = next(
        (
            p
            for p in (Path("/usr/lib/x86_64-linux-gnu/libffi.so.8"), Path("/lib/x86_64-linux-gnu/libffi.so.8"))
            if p.exists()
        ),
        None,
    )
    toc = [
        ("nacl/_sodium.abi3.so", str(sodium), "EXTENSION"),
        ("", str(Path(metadata.distribution("cbor2").locate_file("cbor2/__init__.py"))), "PYMODULE"),  # type: ignore[arg-type]
        ("", str(Path(json.__file__)), "PYMODULE"),
        ("", str(ROOT / "app" / "sello" / "__init__.py"), "PYMODULE"),
    ]
    if system_lib is not None:
        shutil.copy(system_lib, contents / system_lib.name)
        toc.append((system_lib.name, str(system_lib), "BINARY"))
    (contents / "notes.txt").write_text("not a library", encoding="utf-8")
    return bundle, toc


@pytest.fixture(scope="module")
def small_sbom(small_bundle: tuple[Path, list[tuple[str, str, str]]]) -> bytes:
    bundle, toc = small_bundle
    os.environ["SOURCE_DATE_EPOCH"] = "1767225600"  # 2026-01-01T00:00:00Z
    try:
        return sbom.dumps(sbom.build_sbom(bundle, toc, ROOT))  # type: ignore[no-any-return]
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


@pytest.mark.slow
def test_sbom_validates_and_lists_what_the_bundle_holds(small_bundle, small_sbom: bytes) -> None:
    bundle, _toc = small_bundle
    assert sbom.validation_error(small_sbom) is None
    document = json.loads(small_sbom)
    assert document["bomFormat"] == "CycloneDX" and document["specVersion"] == "1.6"
    assert document["metadata"]["timestamp"] == "2026-01-01T00:00:00Z"
    assert document["metadata"]["component"]["name"] == "sello"
    by_name = {c["name"]: c for c in document["components"]}

    nacl = by_name["PyNaCl"]  # from its extension module
    assert nacl["version"] == metadata.version("PyNaCl") and nacl["purl"].startswith("pkg:pypi/pynacl@")
    assert nacl["licenses"]
    assert nacl["hashes"] == [{"alg": "SHA-256", "content": sbom.record_digest(metadata.distribution("PyNaCl"))}]
    (sodium,) = nacl["components"]
    assert sodium["name"] == "_sodium.abi3.so"
    assert sodium["hashes"] == [{"alg": "SHA-256", "content": _sha256(bundle / "_internal/nacl/_sodium.abi3.so")}]
    assert "cbor2" in by_name  # from a pure module
    assert "pytest" not in by_name and "cyclonedx-bom" not in by_name  # installed, not bundled
    assert by_name["CPython"]["version"] == ".".join(map(str, sys.version_info[:3]))  # the stdlib module

    executable = by_name["sello"]
    assert executable["group"] == "PyInstaller" and "Bootloader-exception" in executable["licenses"][0]["expression"]
    if "libffi.so.8" in by_name:  # a library copied from the build machine names its Debian package
        assert by_name["libffi.so.8"]["purl"].startswith("pkg:deb/debian/libffi8@")
    assert "notes.txt" not in small_sbom.decode()


@pytest.mark.slow
def test_sbom_is_the_same_bytes_twice(small_bundle, small_sbom: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle, toc = small_bundle
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert sbom.dumps(sbom.build_sbom(bundle, toc, ROOT)) == small_sbom


def test_licence_texts_are_copied_into_the_bundle(small_bundle) -> None:
    bundle, toc = small_bundle
    target = sbom.copy_licence_texts(bundle, toc, ROOT)
    assert (target / "LICENSES.md").read_bytes() == (PACKAGING / "LICENSES.md").read_bytes()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt", "LGPL-2.1.txt"):
        assert "GNU" in (target / text).read_text(encoding="utf-8")[:200]
    nacl = target / f"PyNaCl-{metadata.version('PyNaCl')}"
    assert (nacl / "licenses" / "LICENSE").is_file()  # the distribution's own licence files
    assert (nacl / "licenses" / "licenses" / "LICENSE.libsodium.txt").is_file()
    assert not (target / f"pytest-{metadata.version('pytest')}").exists()  # installed, not bundled


def test_schema_validation_rejects_a_broken_sbom() -> None:
    good = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "components": [
            {"type": "library", "name": "x", "bom-ref": "x", "hashes": [{"alg": "SHA-256", "content": "ab" * 32}]}
        ],
    }
    assert sbom.validation_error(json.dumps(good)) is None
    for broken in (
        {**good, "components": [{"name": "no type"}]},
        {**good, "components": [{**good["components"][0], "hashes": [{"alg": "SHA-256", "content": "zz"}]}]},
        {**good, "unknownField": True},
    ):
        assert sbom.validation_error(json.dumps(broken)) is not None


def test_record_digest_is_what_the_wheel_gives(tmp_path: Path) -> None:
    """The hash the SBOM gives a distribution can be recomputed from its wheel: here a wheel
    rebuilt from the installed files (qrcode has a console script pip writes outside the package)."""
    distribution = metadata.distribution("qrcode")
    wheel = tmp_path / "qrcode-rebuilt.whl"
    record_lines = []
    with zipfile.ZipFile(wheel, "w") as archive:
        for file in distribution.files or ():
            name = str(file)
            if name.startswith("..") or "__pycache__" in name or name.endswith(("INSTALLER", "REQUESTED", "RECORD")):
                continue
            data = Path(distribution.locate_file(file)).read_bytes()  # type: ignore[arg-type]
            archive.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record_lines.append([name, f"sha256={digest}", str(len(data))])
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(
            record_lines + [[f"qrcode-{distribution.version}.dist-info/RECORD", "", ""]]
        )
        archive.writestr(f"qrcode-{distribution.version}.dist-info/RECORD", buffer.getvalue())
    assert sbom.wheel_record_digest(wheel) == sbom.record_digest(distribution)
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "sbom.py"), "record-digest", str(wheel)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == sbom.record_digest(distribution)


# -- build information: `sello --about` ---------------------------------------------------------
def test_build_info_from_the_bundle_file(tmp_path: Path) -> None:
    path = tmp_path / "build-info.json"
    path.write_text(
        json.dumps(
            {"version": "1.2.3", "commit": "a" * 40, "build_date": "2026-11-22T15:20:45Z", "sbom_sha256": "b" * 64}
        ),
        encoding="utf-8",
    )
    info = buildinfo.read_build_info(path)
    assert info == buildinfo.BuildInfo("1.2.3", "a" * 40, "2026-11-22T15:20:45Z", "b" * 64, source_checkout=False)
    assert buildinfo.about_lines(info, "en") == [
        "Version: 1.2.3",
        f"Commit: {'a' * 40}",
        "Build date: 2026-11-22T15:20:45Z",
        f"SBOM SHA-256: {'b' * 64}",
    ]


def test_build_info_of_a_source_checkout_and_of_a_frozen_app_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sello import __version__

    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    info = buildinfo.read_build_info(tmp_path / "broken.json")
    assert info.source_checkout and info.version == __version__ and info.build_date is None
    if (ROOT / ".git").exists() and shutil.which("git"):
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
        assert info.commit == head.strip()
    assert buildinfo.about_lines(info, "es")[2:] == [
        "Fecha de compilación: copia del código fuente",
        "SHA-256 del SBOM: copia del código fuente",
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen = buildinfo.read_build_info(tmp_path / "missing.json")
    assert not frozen.source_checkout and frozen.commit is None
    assert buildinfo.about_lines(frozen, "en")[1:] == [
        "Commit: unknown",
        "Build date: unknown",
        "SBOM SHA-256: unknown",
    ]


def test_sello_about_prints_the_lines_and_exits_0() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "app"), "LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_MX.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "sello", "--about"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Sello" and lines[1].startswith("Versión: ") and lines[4].startswith("SHA-256 del SBOM: ")
    help_text = subprocess.run(
        [sys.executable, "-m", "sello", "--help"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    ).stdout
    assert "--about" in help_text


# -- SHA256SUMS and the signed manifest ------------------------------------------------------------
def _readme_check_commands() -> str:
    """The indented block after README's marker: what a user runs to check a release."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text.split("<!-- tests/test_release.py runs this block -->", 1)[1]
    block = re.match(r"\s*\n((?:    .*\n|\s*\n)+)", after)
    assert block, "README lost its release-check commands"
    return "\n".join(line[4:] for line in block.group(1).splitlines())


@pytest.fixture
def release_files(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "sello-9.9.9-linux-x86_64.tar.gz").write_bytes(os.urandom(5000))
    (dist / "sello-9.9.9-linux-x86_64.cdx.json").write_text('{"bomFormat": "CycloneDX"}\n', encoding="utf-8")
    return dist


def _write_key(path: Path) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return key


def _sign(dist: Path, monkeypatch: pytest.MonkeyPatch, key_file: Path | None) -> Path:
    if key_file is None:
        monkeypatch.delenv("SELLO_RELEASE_KEY_FILE", raising=False)
    else:
        monkeypatch.setenv("SELLO_RELEASE_KEY_FILE", str(key_file))
    monkeypatch.delenv("SELLO_RELEASE_KEY", raising=False)
    files = sorted(dist.glob("sello-*"), key=lambda p: not p.name.endswith(".tar.gz"))
    manifest, _release = release_manifest.sign_manifest(
        dist,
        files,
        version="9.9.9",
        commit="c" * 40,
        build_date="2026-11-22T15:20:45Z",
        key=release_manifest.load_release_key(),
    )
    return manifest  # type: ignore[no-any-return]


def _run_readme_check(dist: Path, public_pem: bytes) -> subprocess.CompletedProcess[str]:
    (dist / "release-public-key.pem").write_bytes(public_pem)
    return subprocess.run(["sh", "-ec", _readme_check_commands()], cwd=dist, capture_output=True, text=True, timeout=60)


def test_readme_commands_verify_a_manifest_signed_with_a_test_key(
    release_files: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not shutil.which("openssl"):
        pytest.fail("openssl is needed (it is in every Debian/Ubuntu base image)")
    key = _write_key(tmp_path / "test-release-key.pem")
    manifest = _sign(release_files, monkeypatch, tmp_path / "test-release-key.pem")
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    result = _run_readme_check(release_files, public_pem)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sello-9.9.9-linux-x86_64.tar.gz: OK" in result.stdout
    assert "Signature Verified Successfully" in result.stdout
    assert "\nSHA256SUMS is the signed one" in result.stdout
    payload = json.loads((release_files / "manifest.json").read_text(encoding="utf-8"))
    assert payload["version"] == "9.9.9" and payload["commit"] == "c" * 40
    assert [f["name"] for f in payload["files"]] == [
        "sello-9.9.9-linux-x86_64.tar.gz",
        "sello-9.9.9-linux-x86_64.cdx.json",
    ]
    assert payload["release"] is False  # a test key is not the published release key
    assert not (release_files / release_manifest.TEST_KEY_NAME).exists()

    # the same JWS is standard: a JOSE library verifies it too
    from joserfc import jws
    from joserfc.jwk import OKPKey

    compact = manifest.read_text(encoding="ascii").strip()
    verified = jws.deserialize_compact(compact, OKPKey.import_key(public_pem), algorithms=["Ed25519"])
    assert json.loads(verified.payload)["key_fingerprint"] == release_manifest.fingerprint(key.public_key())

    # Ed25519 is deterministic: the same key and files sign the same bytes
    assert _sign(release_files, monkeypatch, tmp_path / "test-release-key.pem").read_bytes() == manifest.read_bytes()


def test_readme_commands_fail_on_a_changed_file_or_manifest_or_another_key(
    release_files: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = _write_key(tmp_path / "k.pem")
    manifest = _sign(release_files, monkeypatch, tmp_path / "k.pem")
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert _run_readme_check(release_files, public_pem).returncode == 0

    other = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    wrong_key = _run_readme_check(release_files, other)
    assert wrong_key.returncode != 0 and "Signature Verified Successfully" not in wrong_key.stdout

    header, payload, signature = manifest.read_text(encoding="ascii").strip().split(".")
    text = base64.urlsafe_b64decode(payload).decode().replace('"version": "9.9.9"', '"version": "9.9.8"')
    manifest.write_text(f"{header}.{release_manifest.b64url(text.encode())}.{signature}\n", encoding="ascii")
    altered = _run_readme_check(release_files, public_pem)
    assert altered.returncode != 0 and "Signature Verified Successfully" not in altered.stdout

    _sign(release_files, monkeypatch, tmp_path / "k.pem")
    tarball = release_files / "sello-9.9.9-linux-x86_64.tar.gz"
    tarball.write_bytes(tarball.read_bytes()[:-1] + b"\x00")
    changed = _run_readme_check(release_files, public_pem)
    assert changed.returncode != 0 and "FAILED" in changed.stdout


def test_without_a_release_key_the_manifest_says_it_is_unsigned_for_release(
    release_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = _sign(release_files, monkeypatch, None)
    test_key = release_files / release_manifest.TEST_KEY_NAME
    payload = release_manifest.verify_manifest(manifest, test_key)
    assert payload["release"] is False and "NOT a release signature" in payload["signed_with"]
    with pytest.raises(ValueError, match="does not verify"):
        release_manifest.verify_manifest(manifest, release_manifest.PUBLISHED_KEY)
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "release_manifest.py"),
            "sign",
            "--dist",
            str(release_files),
            "--version",
            "9.9.9",
            "--commit",
            "c" * 40,
            "--build-date",
            "2026-11-22T15:20:45Z",
            str(release_files / "sello-9.9.9-linux-x86_64.tar.gz"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("SELLO_RELEASE_KEY")},
    )
    assert result.returncode == 0 and "UNSIGNED FOR RELEASE" in result.stdout


def test_the_published_release_key_and_its_fingerprint_in_readme() -> None:
    key = serialization.load_pem_public_key(release_manifest.PUBLISHED_KEY.read_bytes())
    fingerprint = release_manifest.fingerprint(key)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert fingerprint in readme.replace(" ", "")
    assert release_manifest.PUBLISHED_KEY.read_text(encoding="ascii").strip().splitlines()[1] in readme
    openssl = subprocess.run(
        ["openssl", "pkey", "-pubin", "-in", str(release_manifest.PUBLISHED_KEY), "-outform", "DER"],
        capture_output=True,
        timeout=30,
        check=True,
    ).stdout
    assert hashlib.sha256(openssl).hexdigest() == fingerprint  # README's fingerprint command agrees
    assert not list(ROOT.glob("packaging/*private*")) and b"PRIVATE KEY" not in b"".join(
        p.read_bytes() for p in PACKAGING.rglob("*.pem")
    )


# -- comparing two builds ------------------------------------------------------------------------
def _tarball(path: Path, files: dict[str, bytes], mtime: int = 0) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), mtime
            archive.addfile(info, io.BytesIO(data))
    return path


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def test_compare_builds_names_the_differing_files(tmp_path: Path) -> None:
    same = {"sello/a.txt": b"one", "sello/_internal/base_library.zip": _zip([("x.pyc", b"1"), ("y.pyc", b"2")])}
    a = _tarball(tmp_path / "a.tar.gz", same)
    b = _tarball(tmp_path / "b.tar.gz", same)
    assert compare_builds.compare(a, b) == [  # Python's gzip stores the file name
        "the tar streams are equal; the gzip headers differ (stored name or time: use gzip -n)"
    ]
    assert compare_builds.compare(a, a) == []
    reordered = {
        "sello/a.txt": b"two",
        "sello/_internal/base_library.zip": _zip([("y.pyc", b"2"), ("x.pyc", b"1")]),
        "sello/new.txt": b"",
    }
    c = _tarball(tmp_path / "c.tar.gz", reordered, mtime=5)
    lines = compare_builds.compare(a, c)
    assert "only in B: sello/new.txt" in lines
    assert any(line.startswith("content differs: sello/a.txt") for line in lines)
    assert any(line.startswith("metadata differs (mtime): sello/a.txt") for line in lines)
    assert "  same entries and bytes, stored in a different order" in lines
