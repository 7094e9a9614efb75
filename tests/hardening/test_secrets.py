"""Issue 8, item 4: private keys stay in their stores through a whole working life of the app,
and the sealed files that carry them (key backups, the encrypted-file store) give nothing
away to a wrong passphrase or an altered file.

The journey: setup as the wizard does it with both key stores (the real Secret Service
and the encrypted file), ES384 and EdDSA keys, documents of several types, a batch on 2
worker processes, a backup exported and restored elsewhere, a rotation, a revocation,
the did:web kit, a trust bundle, preferences, one CLI internal error (its crash line in
the log) and one crash dialog. Then the data folder (SQLite + -wal/-shm, log, settings.ini,
stores, PDFs and their attachments), every folder the test used, the entries it left in
the system temp folder, the terminal output and the crash details are searched for each
private key in every form (`secret_scan.secret_forms`) and for the passphrases.

Unit-level neighbours (not repeated here): tests/unit/core/test_no_secret_leak.py (key
manager workflows) and test_sealedbox.py (the envelope, byte by byte).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sello.cli.main import EXIT_FAILED, EXIT_INTERNAL
from sello.cli.main import main as cli_main
from sello.core import logs
from sello.core.documents.batch import issue_batch, read_records
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.issuance import DocumentIssuer
from sello.core.keys.keypair import PrivateKey, generate_key
from sello.core.keys.manager import KeyManager, backup_filename
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import (
    MAGIC,
    KdfParams,
    NotASealedFile,
    SealedFileDamaged,
    SealedFileError,
    WrongPassphrase,
    _checksum,
)
from sello.core.keys.store import EncryptedFileStore, KeyringStore, default_file_store_path, probe_keyring
from sello.core.storage.db import Database
from sello.core.trust.bundle import make_company_bundle, write_bundle
from sello.core.trust.publish import publish_kit
from sello.core.trust.statuslist import revoke
from sello.core.verification.inputs import verifier_context, verify_path
from tests.benchmarks.bench_batch import make_csv
from tests.e2e.conftest import example
from tests.hardening.secret_scan import SecretScanner, temp_entries

KDF = KdfParams.minimum()
BACKUP_PASSPHRASE = "respaldo-Aceros-2025-ñandú"
STORE_PASSPHRASE = "almacén-de-llaves-Bajío-7731"
RESTORED_PASSPHRASE = "equipo-nuevo-frontera-4410"
ADDRESS = {
    "street": "Av. Industria Pesada 1200",
    "city": "Monterrey",
    "region": "N.L.",
    "postal_code": "64000",
    "country": "MX",
}


@pytest.fixture
def app_log(sello_home: Path) -> Iterator[Path]:
    """The app's rotating log file in the data folder, at DEBUG (everything a run could write)."""
    path = logs.configure_logging(sello_home)
    logger = logging.getLogger("sello")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    yield path
    logger.setLevel(level)
    for handler in [h for h in logger.handlers if getattr(h, "_sello", False)]:
        logger.removeHandler(handler)
        handler.close()
    logs._CONFIGURED.clear()


@dataclass
class Journey:
    keys: dict[str, PrivateKey] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # terminal output, crash details
    pdfs: list[Path] = field(default_factory=list)
    databases: list[Database] = field(default_factory=list)


def _remember(journey: Journey, name: str, manager: KeyManager, key_id: str) -> None:
    journey.keys[name] = manager.load_private(key_id)


def run_journey(
    home: Path, work: Path, keyring_service: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Journey:
    from sello.ui import dialogs, errors, preferences
    from sello.ui.keys.operations import write_backup
    from sello.ui.wizard.create_key_page import create_key, save_company

    journey = Journey()
    db = Database.in_folder(home)
    journey.databases.append(db)

    # -- setup as the wizard does it: company A in the OS keyring, company B in the encrypted file
    probe_keyring()
    a_id = save_company(db, "Aceros del Norte S.A. de C.V.", "ADN0501014T3", ADDRESS, "acerosdelnorte.mx")
    set_default_profile(db, a_id)
    a = KeyManager(db, a_id, KeyringStore(keyring_service))
    a_es = create_key(a, "ES384", "web", "acerosdelnorte.mx", "Firma 2025")
    write_backup(a, a_es.id, BACKUP_PASSPHRASE, work / "backups" / backup_filename(a.profile, a_es), KDF)
    a_ed = create_key(a, "EdDSA", "key", None, "Ed25519 planta 2")
    b_id = save_company(db, "Laminados del Bajío S.A. de C.V.", "LBA030303AB1", ADDRESS, "laminadosbajio.mx")
    b = KeyManager(db, b_id, EncryptedFileStore(default_file_store_path(home), STORE_PASSPHRASE, kdf=KDF))
    b_es = create_key(b, "ES384", "web", "laminadosbajio.mx", "Firma Bajío")
    b_ed = create_key(b, "EdDSA", "web", "laminadosbajio.mx", "Ed25519 Bajío")
    write_backup(b, b_ed.id, BACKUP_PASSPHRASE, work / "backups" / backup_filename(b.profile, b_ed), KDF)
    for name, manager, record in (
        ("A ES384", a, a_es),
        ("A EdDSA", a, a_ed),
        ("B ES384", b, b_es),
        ("B EdDSA", b, b_ed),
    ):
        _remember(journey, name, manager, record.id)
    preferences.write(preferences.DEFAULT_ALGORITHM, "EdDSA")
    preferences.write(preferences.LANGUAGE, "es")

    # -- documents of every type, both algorithms, both stores (PDFs in the data folder)
    issued = []
    for manager, key, doctypes in (
        (a, a_es, ["mill-test-report", "commercial-invoice", "bill-of-lading"]),
        (a, a_ed, ["packing-list", "usmca-certification"]),
        (b, b_es, ["mill-test-report"]),
        (b, b_ed, ["commercial-invoice"]),
    ):
        issuer = DocumentIssuer(db, manager, key_id=key.id)
        issued += [issuer.issue(doctype, example(doctype)) for doctype in doctypes]
    batch_issuer = DocumentIssuer(db, b, key_id=b_es.id)
    doctype = get_doctype("packing-list")
    records, problems = read_records(make_csv("packing-list", 4), doctype, name="embarques.csv")
    assert not problems
    batch = issue_batch(batch_issuer, doctype, records, workers=2)
    assert len(batch.issued) == 4 and not batch.problems
    issued += batch.issued
    journey.pdfs = [document.pdf_path for document in issued]
    verdict = verify_path(issued[0].pdf_path, context=verifier_context(db, online=False))
    assert verdict.check("signature").outcome == "passed"

    # -- a backup restored on another computer, a rotation, a revocation
    restored_home = work / "other-computer"
    restored_db = Database.in_folder(restored_home)
    journey.databases.append(restored_db)
    restored_profile = create_profile(restored_db, "Aceros del Norte S.A. de C.V.")
    restored = KeyManager(
        restored_db,
        restored_profile.id,
        EncryptedFileStore(default_file_store_path(restored_home), RESTORED_PASSPHRASE, kdf=KDF),
    )
    backup = work / "backups" / backup_filename(a.profile, a_es)
    restored_record = restored.import_backup(backup.read_bytes(), BACKUP_PASSPHRASE)
    assert restored.load_private(restored_record.id).key_id == a_es.id
    rotated = a.rotate(a_es.id)
    _remember(journey, "A ES384 rotated", a, rotated.id)
    revoke(db, issued[0].id, "número de colada equivocado")

    # -- the did:web kits, a trust bundle
    kit = work / "kit"
    publish_kit(db, a_id, a, kit / "aceros")
    publish_kit(db, b_id, b, kit / "bajio")
    preferences.write(preferences.PUBLISH_FOLDER, str(kit))
    write_bundle(work / "bundles" / "aceros", make_company_bundle(db, a))

    # -- the CLI's internal-error tier, once: an unexpected failure while a key is loaded
    set_default_profile(db, b_id)
    data = work / "cli" / "lista.json"
    data.parent.mkdir()
    data.write_text(json.dumps([example("packing-list")]), encoding="utf-8")
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", STORE_PASSPHRASE)
    with monkeypatch.context() as patched:

        def broken_renderer(self: DocumentIssuer, signed: object) -> bytes:
            raise RuntimeError("simulated renderer failure (page layout overflow)")

        patched.setattr(DocumentIssuer, "render", broken_renderer)
        capsys.readouterr()
        status = cli_main(
            [
                "--file-store",
                "issue",
                "--type",
                "packing-list",
                "--data",
                str(data),
                "--out",
                str(work / "cli" / "out"),
                "--workers",
                "1",
            ]
        )
    out, err = capsys.readouterr()
    assert status == EXIT_INTERNAL, err
    assert "internal error" in err and "Traceback" not in err
    journey.texts["CLI output"] = out + err

    # -- the desktop app's crash dialog, once
    dialogs.reset()
    try:
        raise RuntimeError("simulated widget failure (table model index out of range)")
    except RuntimeError as exc:
        errors.report_error(exc)
    [crash] = [d for d in dialogs.open_dialogs() if type(d).__name__ == "CrashDialog"]
    journey.texts["crash dialog details"] = crash.details.toPlainText()
    assert "Traceback" in journey.texts["crash dialog details"]
    crash.reject()
    dialogs.reset()
    return journey


def test_whole_journey_leaves_no_private_key_material(
    sello_home: Path,
    tmp_path: Path,
    secret_service: str,
    app_log: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
) -> None:
    request.getfixturevalue("qapp")  # after the Secret Service check: without it the test is skipped, not started
    caplog.set_level(logging.DEBUG, logger="sello")
    temp_root = Path(tempfile.gettempdir())
    temp_before = temp_entries(temp_root)
    work = tmp_path / "work"
    journey = run_journey(sello_home, work, secret_service, monkeypatch, capsys)
    assert len(journey.keys) == 5

    scanner = SecretScanner.for_keys(
        journey.keys,
        {
            "backup passphrase": BACKUP_PASSPHRASE,
            "store passphrase": STORE_PASSPHRASE,
            "restored store passphrase": RESTORED_PASSPHRASE,
        },
    )
    # scanned while the databases are open: their -wal and -shm files exist
    leaks = scanner.scan_tree(tmp_path)
    created_in_temp = sorted(temp_entries(temp_root) - temp_before)
    for name in created_in_temp:
        leaks += scanner.scan_tree(temp_root / name)
    for where, text in journey.texts.items():
        leaks += scanner.scan_text(text, where)
    leaks += scanner.scan_text(caplog.text, "captured log records")

    # the scan really covered the journey's files
    names = [p.name for p in scanner.scanned_files]
    for expected in (
        "sello.db",
        "sello.db-wal",
        "sello.db-shm",
        "sello.log",
        "settings.ini",
        "keys.sello-store",
        "did.json",
        "LEEME-README.txt",
        "aceros.sello-bundle",
    ):
        assert expected in names, expected
    assert sum(n.endswith("_SECRET.sello-key") for n in names) == 2
    assert all(pdf in scanner.scanned_files for pdf in journey.pdfs) and len(journey.pdfs) == 11
    assert scanner.attachments_seen >= 2 * len(journey.pdfs)  # vc+jwt and its JSON in each PDF
    log_text = app_log.read_text(encoding="utf-8")
    assert "internal error in issue" in log_text and "simulated renderer failure" in log_text
    assert "unexpected error" in log_text and "simulated widget failure" in log_text
    assert log_text.count("Traceback (most recent call last)") >= 2
    assert leaks == []

    for database in journey.databases:  # checkpointed: the main database files must be clean too
        database.close()
    for database_file in (sello_home / "sello.db", work / "other-computer" / "sello.db"):
        assert scanner.scan_file(database_file) == []


# -- the scanner itself --------------------------------------------------------------------
def _pdf_with_attachment(data: bytes) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from sello.core.documents.pdf.attachments import Attachment, embed_attachments

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Certificado de molino")
    embed_attachments(canvas, [Attachment("notes.txt", data, "text/plain", "notes")])
    canvas.save()
    return buffer.getvalue()


def _in_sqlite(data: bytes, folder: Path) -> Path:
    path = folder / "planted.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (v BLOB)")
        conn.execute("INSERT INTO t VALUES (?)", (data,))
    return path


CONTAINERS: dict[str, Callable[[bytes, Path], Path]] = {
    "plain file in a sub-folder": lambda data, folder: _write(folder / "a" / "b" / "log.txt", b"x=" + data + b"\n"),
    "PDF attachment (Flate-compressed)": lambda data, folder: _write(folder / "doc.pdf", _pdf_with_attachment(data)),
    "base64 inside JSON": lambda data, folder: _write(
        folder / "cfg.json", json.dumps({"blob": base64.b64encode(b"{" + data + b"}").decode()}).encode()
    ),
    "JWS payload": lambda data, folder: _write(
        folder / "t.jwt",
        b"eyJhbGciOiJFUzM4NCJ9." + base64.urlsafe_b64encode(b'{"k":"' + data + b'"}').rstrip(b"=") + b".c2ln",
    ),
    "SQLite row": _in_sqlite,
}


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("alg", ["ES384", "EdDSA"])
def test_scanner_finds_every_form_of_a_planted_key(tmp_path: Path, alg: str) -> None:
    key = generate_key(alg)
    scanner = SecretScanner.for_keys({"planted": key})
    forms = scanner.secrets["planted"]
    assert {"raw d", "base64url d", "base64 d", "hex d", "HEX d", "PKCS8 DER", "PKCS8 PEM"} <= set(forms)
    for form, pattern in forms.items():
        folder = tmp_path / hashlib.sha1(form.encode()).hexdigest()[:8]
        _write(folder / "f.bin", b"\x00prefix " + pattern + b" suffix\xff")
        assert any(f"planted ({form})" in leak for leak in scanner.scan_tree(folder)), form
    assert scanner.scan_bytes(b"nothing secret here " * 100, "clean") == []


@pytest.mark.parametrize("container", list(CONTAINERS))
def test_scanner_finds_a_key_hidden_in_a_container(tmp_path: Path, container: str) -> None:
    key = generate_key("ES384")
    scanner = SecretScanner.for_keys({"planted": key})
    d = key.private_jwk()["d"].encode()
    CONTAINERS[container](d, tmp_path)
    leaks = scanner.scan_tree(tmp_path)
    assert any("planted (base64url d)" in leak for leak in leaks), leaks
    other = SecretScanner.for_keys({"other": generate_key("ES384")})
    assert other.scan_tree(tmp_path) == []  # and finds nothing that is not there


# -- wrong passphrase and tampering, through the app's own doors ---------------------------
@dataclass
class SealedFiles:
    backup: bytes
    store_path: Path
    store_bytes: bytes
    manager: KeyManager  # a fresh profile to restore into (file store)
    key_id: str


@pytest.fixture
def sealed(sello_home: Path, tmp_path: Path) -> Iterator[SealedFiles]:
    db = Database.in_folder(sello_home)
    profile = create_profile(db, "Aceros del Norte S.A. de C.V.", rfc="ADN0501014T3")
    set_default_profile(db, profile.id)
    store_path = default_file_store_path(sello_home)
    manager = KeyManager(db, profile.id, EncryptedFileStore(store_path, STORE_PASSPHRASE, kdf=KDF))
    record = manager.create_key("EdDSA", "key")
    manager.create_key("ES384", "key")
    backup = manager.export_backup(record.id, BACKUP_PASSPHRASE, kdf=KDF)
    other_db = Database.in_folder(tmp_path / "desk")
    other = create_profile(other_db, "Aceros del Norte S.A. de C.V.")
    fresh = KeyManager(other_db, other.id, EncryptedFileStore(tmp_path / "desk" / "k.store", "x", kdf=KDF))
    yield SealedFiles(backup, store_path, store_path.read_bytes(), fresh, record.id)
    db.close()
    other_db.close()


def regions(blob: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of a sealed file (layout in sello.core.keys.sealedbox's docstring)."""
    header_len = int.from_bytes(blob[9:11], "big")
    header_end = 11 + header_len
    header = blob[11:header_end]
    salt_value = json.loads(header)["salt"].encode()
    nonce_value = json.loads(header)["nonce"].encode()
    salt = 11 + header.index(salt_value)
    nonce = 11 + header.index(nonce_value)
    return {
        "magic": (0, len(MAGIC)),
        "version": (8, 9),
        "header length": (9, 11),
        "header": (11, header_end),
        "salt": (salt, salt + len(salt_value)),
        "nonce": (nonce, nonce + len(nonce_value)),
        "passphrase check": (header_end, header_end + 16),
        "ciphertext": (header_end + 16, len(blob) - 32),
        "checksum": (len(blob) - 32, len(blob)),
    }


def _flip(blob: bytes, index: int) -> bytes:
    return blob[:index] + bytes([blob[index] ^ 0x04]) + blob[index + 1 :]


def _other_char(blob: bytes, index: int) -> bytes:
    """Replace one base64url character by another (the salt or nonce still decodes, to other bytes)."""
    replacement = b"B" if blob[index : index + 1] == b"A" else b"A"
    return blob[:index] + replacement + blob[index + 1 :]


def _refresh_checksum(blob: bytes) -> bytes:
    return blob[:-32] + _checksum(blob[:-32])


def _open_backup(files: SealedFiles, blob: bytes, passphrase: str = BACKUP_PASSPHRASE) -> object:
    return files.manager.import_backup(blob, passphrase)


def _open_store(files: SealedFiles, blob: bytes, passphrase: str = STORE_PASSPHRASE) -> object:
    files.store_path.write_bytes(blob)
    return EncryptedFileStore(files.store_path, passphrase).key_ids()


OPENERS = {"key backup": (_open_backup, "backup"), "key store": (_open_store, "store_bytes")}


def _refused(
    open_file: Callable[..., object],
    files: SealedFiles,
    blob: bytes,
    error: type[SealedFileError] = SealedFileDamaged,
    text: str = "damaged or was altered",
) -> SealedFileError:
    keys_before = [k.id for k in files.manager.list_keys()]
    with pytest.raises(SealedFileError) as info:
        open_file(files, blob)
    message = str(info.value)
    assert isinstance(info.value, error), f"{type(info.value).__name__}: {message}"
    assert text in message, message
    assert "Traceback" not in message and "\n" not in message
    assert [k.id for k in files.manager.list_keys()] == keys_before  # nothing restored
    return info.value


@pytest.mark.parametrize("kind", list(OPENERS))
def test_a_wrong_passphrase_is_named_and_opens_nothing(sealed: SealedFiles, kind: str) -> None:
    from sello.ui.keys.texts import key_error_text

    open_file, attribute = OPENERS[kind]
    blob = getattr(sealed, attribute)
    for wrong in ("", "respaldo-aceros-2025-ñandú", BACKUP_PASSPHRASE + " ", STORE_PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase) as info:
            open_file(sealed, blob, wrong)
        assert str(info.value).startswith("Wrong passphrase for a Sello ") and "Traceback" not in str(info.value)
        assert key_error_text(info.value).startswith("Wrong passphrase.")
    assert open_file(sealed, blob) is not None  # the right one still opens it


@pytest.mark.parametrize("kind", list(OPENERS))
def test_every_region_altered_is_refused_as_damage(sealed: SealedFiles, kind: str) -> None:
    from sello.ui.keys.texts import key_error_text

    open_file, attribute = OPENERS[kind]
    blob = getattr(sealed, attribute)
    layout = regions(blob)
    assert layout["ciphertext"][1] - layout["ciphertext"][0] > 16
    for region, (start, end) in layout.items():
        for index in sorted({start, (start + end) // 2, end - 1}):
            if region == "magic":  # no longer recognisable as a Sello file at all
                _refused(open_file, sealed, _flip(blob, index), NotASealedFile, "not a Sello")
                continue
            error = _refused(open_file, sealed, _flip(blob, index))
            assert key_error_text(error).startswith("The file is damaged or was altered")


@pytest.mark.parametrize("kind", list(OPENERS))
def test_a_deliberate_alteration_with_a_fixed_checksum_opens_nothing(sealed: SealedFiles, kind: str) -> None:
    """Someone who recomputes the (unkeyed) checksum: the passphrase check (keyed, over the
    header) or the ciphertext's Poly1305 tag still refuses. An altered salt, nonce or KDF
    header derives another key, so it reads as a wrong passphrase; never as a key."""
    open_file, attribute = OPENERS[kind]
    blob = getattr(sealed, attribute)
    layout = regions(blob)
    for region in ("salt", "nonce", "passphrase check", "ciphertext"):
        start, end = layout[region]
        alter = _other_char if region in ("salt", "nonce") else _flip
        for index in (start, start + 1) if region in ("salt", "nonce") else (start, end - 1):
            altered = _refresh_checksum(alter(blob, index))
            if region == "ciphertext":
                _refused(open_file, sealed, altered, SealedFileDamaged, "fail authentication")
            else:
                _refused(open_file, sealed, altered, WrongPassphrase, "Wrong passphrase")
    swapped = blob.replace(b'"opslimit":1', b'"opslimit":2', 1)
    assert swapped != blob
    _refused(open_file, sealed, _refresh_checksum(swapped), WrongPassphrase, "Wrong passphrase")


@pytest.mark.parametrize("kind", list(OPENERS))
def test_truncated_or_extended_files_are_refused_as_damage(sealed: SealedFiles, kind: str) -> None:
    open_file, attribute = OPENERS[kind]
    blob = getattr(sealed, attribute)
    cuts = {1, 7, 9, 11, 40} | {end for _start, end in regions(blob).values()} | {len(blob) - 1, len(blob) - 33}
    for cut in sorted(c for c in cuts if 0 < c < len(blob)):
        _refused(open_file, sealed, blob[:cut])
    _refused(open_file, sealed, b"")
    for tail in (b"\x00", b"\n", b"PK\x03\x04" * 64, blob[-32:]):
        _refused(open_file, sealed, blob + tail)


def test_the_cli_refuses_a_wrong_passphrase_and_a_damaged_file_in_one_line(
    sealed: SealedFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    right = tmp_path / "right.txt"
    right.write_text(BACKUP_PASSPHRASE + "\n", encoding="utf-8")
    backup = tmp_path / "key_SECRET.sello-key"
    cases = [
        (sealed.backup, wrong, "Wrong passphrase for a Sello key backup"),
        (_flip(sealed.backup, len(sealed.backup) // 2), right, "damaged or was altered"),
        (sealed.backup[:-5], right, "damaged or was altered"),
    ]
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", STORE_PASSPHRASE)
    for blob, passphrase_file, expected in cases:
        backup.write_bytes(blob)
        capsys.readouterr()
        status = cli_main(
            ["--file-store", "keys", "import-backup", str(backup), "--passphrase-file", str(passphrase_file)]
        )
        out, err = capsys.readouterr()
        assert status == EXIT_FAILED and out == ""
        assert err.startswith("sello: ") and expected in err and err.count("\n") == 1, err
        assert "Traceback" not in err
    # the store itself, opened with a wrong passphrase, and altered on disk
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", "not the store passphrase")
    assert cli_main(["--file-store", "keys", "rotate", sealed.key_id]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Wrong passphrase for a Sello encrypted key store" in err and "Traceback" not in err
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", STORE_PASSPHRASE)
    sealed.store_path.write_bytes(_flip(sealed.store_bytes, len(sealed.store_bytes) - 40))
    assert cli_main(["--file-store", "keys", "rotate", sealed.key_id]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "damaged or was altered" in err and err.count("\n") == 1 and "Traceback" not in err
