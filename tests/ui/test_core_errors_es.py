"""Under the Spanish UI, the core's errors read in Spanish (issue 11, "one message catalogue").

A damaged TD1 code, an unreachable website, a missing keyring and a malformed CFDI each
reach the screen the way the app shows them, and every core error class, provoked by a
real call, is shown by the error tier (`sello.ui.errors.report_error`) in Spanish.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from sello.core.errors import UserFacingError
from sello.core.keys.did import DidResolver
from sello.core.qr.payload import encode_td1
from sello.core.storage.db import Database
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver
from sello.ui import dialogs, errors
from sello.ui.context import AppContext
from sello.ui.keys.texts import key_error_text
from sello.ui.verifier.controller import VerificationOutcome
from sello.ui.verifier.verdict_panel import VerdictPanel
from sello.ui.verifier_window import VerifierWindow
from tests.language_checks import english_words, is_english
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.key_helpers import no_keyring  # noqa: F401
from tests.ui.shipment_helpers import company_context, make_page  # noqa: F401
from tests.ui.visible_texts import all_texts
from tests.unit.core.vc_helpers import issue

MALFORMED_CFDI = b'<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante Version="4.0" Fecha="2026-'


def spanish(text: str) -> str:
    assert text.strip(), "nothing was shown"
    assert not is_english(text), f"English on the Spanish screen: {text!r} ({english_words(text)})"
    return text


def shown_by_the_error_tier(exc: BaseException) -> str:
    """What `report_error` puts in its message box under the Spanish UI."""
    dialogs.reset()
    with language("es"):
        errors.report_error(exc)
        [box] = [d for d in dialogs.open_dialogs() if isinstance(d, QMessageBox)]
        text = box.text()
    dialogs.reset()
    return text


class DeadWebsite(HttpsFetcher):
    """Every website is this computer's closed port 1: a real refused connection, no network needed."""

    def fetch(self, url: str):  # type: ignore[no-untyped-def]
        return super().fetch("https://127.0.0.1:1/.well-known/did.json")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.in_folder(tmp_path / "desk") as database:
        yield database


# -- the four cases of the issue --------------------------------------------------------------
@pytest.fixture
def verifier(qtbot, app_context: AppContext) -> Iterator[VerifierWindow]:
    window = VerifierWindow(app_context, online=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.view.shutdown()


def damaged_codes() -> dict[str, str]:
    good = encode_td1(issue().token)
    return {
        "cut in half": good[: len(good) // 2],
        "not base45": good[:20] + "~~~" + good[23:],
        "a part alone": "TD1/1/2/0A1B2C3D:" + good[4:40],
        "wrong prefix": "TDX:" + good[4:],
        "only the prefix": "TD1:",
    }


def test_a_damaged_td1_code_is_explained_in_spanish(qtbot, verifier: VerifierWindow) -> None:
    panel = verifier.view.verdict_panel
    seen = []
    with language("es"):
        for name, text in damaged_codes().items():
            panel.show_idle()
            verifier.view.controller.verify_code(text, "scanner")
            qtbot.waitUntil(lambda: panel.state not in ("idle", "busy"), timeout=10_000)
            assert panel.state == "problem", name
            seen.append(spanish(panel.summary.text()))
    assert any("TD1" in text for text in seen)
    assert len(set(seen)) >= 3  # the damages are told apart, not one generic sentence


def test_an_unreachable_website_is_explained_in_spanish(qtbot, sello_app, db: Database) -> None:
    resolver = DidResolver(web_resolver=WebDidResolver(db, DeadWebsite()))
    issued = issue(method="web")
    with pytest.raises(UserFacingError) as raised:
        resolver.resolve(issued.did)
    text = spanish(shown_by_the_error_tier(raised.value))
    assert "127.0.0.1" in text and "conexión rechazada" in text
    # ...and as a verdict: the issuer's key could not be had, so the signature cannot be confirmed
    from sello.core.credentials.checks import verify_vc_jwt

    verdict = verify_vc_jwt(issued.token, resolver=resolver)
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    with language("es"):
        panel.show_outcome(VerificationOutcome(verdict, "file", "mtr.jwt", datetime.now(UTC), 1.0))
        texts = [text for _where, text in all_texts(panel)]
    assert [t for t in texts if is_english(t)] == []
    assert any("conexión rechazada" in t for t in texts), texts


def test_a_missing_keyring_is_explained_in_spanish(sello_app, no_keyring: None) -> None:
    from sello.core.keys.store import KeyringUnavailable, probe_keyring

    with pytest.raises(KeyringUnavailable) as raised:
        probe_keyring()
    assert "keyring" in str(raised.value)  # English for logs and tests
    text = spanish(shown_by_the_error_tier(raised.value))
    assert text.startswith("El llavero del sistema no puede guardar llaves privadas")
    with language("es"):
        spanish(key_error_text(raised.value))


def test_a_malformed_cfdi_is_explained_in_spanish(qtbot, company_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "factura.xml"
    path.write_bytes(MALFORMED_CFDI)
    page = make_page(qtbot, company_context)
    dialogs.reset()
    with language("es"):
        dialogs.set_next_answer(path)
        page.import_cfdi("commercial-invoice")
        qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in dialogs.open_dialogs()), timeout=10_000)
        [box] = [d for d in dialogs.open_dialogs() if isinstance(d, QMessageBox)]
        text = spanish(box.text())
    assert "XML" in text


# -- every core error class -------------------------------------------------------------------
def _sealed(purpose: str = "key-backup", passphrase: str = "uno dos tres") -> bytes:
    from sello.core.keys.sealedbox import Sealer
    from tests.ui.key_helpers import TEST_KDF

    return Sealer(passphrase, purpose=purpose, kdf=TEST_KDF).seal(b"secreto")


def _unlock(blob: bytes, passphrase: str = "uno dos tres", purpose: str = "key-backup") -> None:
    from sello.core.keys.sealedbox import Sealer

    Sealer.unlock(blob, passphrase, purpose=purpose)


def _call(module: str, name: str, *args: object, **kwargs: object) -> Callable[[], object]:
    def run() -> object:
        import importlib

        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return run


def _no_keyring_probe() -> None:
    from sello.core.keys.store import probe_keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        probe_keyring()
    finally:
        keyring.set_keyring(previous)


def _missing_secret(tmp: Path) -> None:
    from sello.core.keys.store import EncryptedFileStore
    from tests.ui.key_helpers import TEST_KDF

    EncryptedFileStore(tmp / "keys.sello-store", "uno dos tres", kdf=TEST_KDF).get("no-such-key")


def _web_fetch() -> None:
    HttpsFetcher().fetch("http://acerosdelnorte.mx/.well-known/did.json")


def _web_offline(tmp: Path) -> None:
    with Database.in_folder(tmp / "data") as database:
        WebDidResolver(database, None)("did:web:acerosdelnorte.mx")


def _not_json(tmp: Path) -> None:
    from sello.core.verification.inputs import verify_path

    (tmp / "nota.txt").write_bytes(b"\xff\xfe\x00")
    verify_path(tmp / "nota.txt")


def _invalid_json() -> None:
    from sello.core.verification.pipeline import verify_input

    verify_input('{"vc_jwt": 5}', resolver=DidResolver())


def _no_profile(tmp: Path) -> None:
    from sello.core.keys.profiles import get_profile

    with Database.in_folder(tmp / "data") as database:
        get_profile(database, "no-such-company")


def _trust_list(tmp: Path) -> None:
    from sello.core.trust.lists import read_trust_list

    with Database.in_folder(tmp / "data") as database:
        read_trust_list("not a trust list", database, datetime.now(UTC))


def _bundle(tmp: Path) -> None:
    from sello.core.trust.bundle import import_bundle

    (tmp / "paquete.sello-trust").write_text("no es JSON")
    with Database.in_folder(tmp / "data") as database:
        import_bundle(database, tmp / "paquete.sello-trust")


def _signed_side_file(tmp: Path) -> None:
    from sello.core.credentials.side_files import verify_signed_credential

    verify_signed_credential(5, DidResolver(), datetime.now(UTC), what={"en": "The trust list", "es": "La lista"})


def _pdf_write(tmp: Path) -> None:
    from sello.core.documents.pdf.render import write_document_pdf

    (tmp / "archivo.txt").write_text("x")
    write_document_pdf(tmp / "archivo.txt" / "documento.pdf", b"%PDF-1.7")


def _incomplete_document(tmp: Path) -> None:
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.validation import normalize_data

    normalize_data(get_doctype("mill-test-report"), {})


def _undefined_term(tmp: Path) -> None:
    from sello.core.credentials.jsonld import canonicalize_rdf

    canonicalize_rdf({"@context": {"a": "https://acerosdelnorte.mx/a"}, "b": 1})


PROVOKED: dict[str, Callable[[Path], object]] = {
    "NotFoundError": _no_profile,
    "TrustListError": _trust_list,
    "BundleError": _bundle,
    "SignedCredentialError": _signed_side_file,
    "PdfWriteError": _pdf_write,
    "InvalidDocumentError": _incomplete_document,
    "LimitError": lambda tmp: _call(
        "sello.core.bounded_json", "loads_bounded", "[" * 5000 + "]" * 5000, "qr-payload"
    )(),
    "UndefinedTermError": _undefined_term,
    "StatusListError": lambda tmp: _call("sello.core.trust.statuslist", "decode_encoded_list", "xyz")(),
    "ContextNotAvailableError": lambda tmp: _call("sello.core.credentials.jsonld", "OfflineDocumentLoader")().document(
        "https://example.com/contexto/v1"
    ),
    "Td1Error": lambda tmp: _call("sello.core.qr.payload", "decode_td1", "TD1:AB")(),
    "Base45LowercaseError": lambda tmp: _call("sello.core.qr.base45", "b45decode", "ab")(),
    "Base45CharacterError": lambda tmp: _call("sello.core.qr.base45", "b45decode", "A~B")(),
    "Base45LengthError": lambda tmp: _call("sello.core.qr.base45", "b45decode", "ABCD")(),
    "Base45OverflowError": lambda tmp: _call("sello.core.qr.base45", "b45decode", ":::")(),
    "QrPlanError": lambda tmp: _call("sello.core.qr.symbol", "plan_qr", "")(),
    "KeyringUnavailable": lambda tmp: _no_keyring_probe(),
    "SecretNotFound": _missing_secret,
    "WrongPassphrase": lambda tmp: _unlock(_sealed(), "otra contraseña"),
    "WrongPurpose": lambda tmp: _unlock(_sealed("key-store")),
    "NotASealedFile": lambda tmp: _unlock(b"hola, esto no es un archivo cifrado de Sello"),
    "SealedFileDamaged": lambda tmp: _unlock(_sealed()[:-3] + b"xyz"),
    "WebFetchError": lambda tmp: _web_fetch(),
    "DidResolutionError": _web_offline,
    "CfdiError": lambda tmp: _call("sello.core.documents.cfdi", "import_cfdi", MALFORMED_CFDI)(),
    "InputError": lambda tmp: _not_json(tmp),
    "InputError (JSON)": lambda tmp: _invalid_json(),
    "CheckError": lambda tmp: _call("sello.core.credentials.jws", "parse_json_strict", '{"a": 1, "a": 2}')(),
}


# Error classes provoked elsewhere or only through the API server (their sentences are
# catalogue messages too: tests/unit/core/test_messages.py checks every raise site).
NOT_PROVOKED_HERE = {
    "UserFacingError": "the base class",
    "Base45Error": "base of the Base45*Error classes above",
    "SealedFileError": "base of the sealed-file errors above",
    "KeyStoreError": "base of the key-store errors above",
    "StatusUnavailable": "a verdict's caveat: tests/unit/core/trust/test_checkers.py",
    "StatusListInvalid": "a verdict's caveat: tests/unit/core/trust/test_checkers.py",
    "ContextNotCarried": "a verdict's check (CheckError): tests/unit/core/credentials",
    "UnknownIssuer": "the API server's 400 answers: tests/server",
    "OutOfGradeError": "needs a full Mill Test Report out of grade: tests/e2e/test_spec_issue.py",
    "AlreadyIssued": "the API server's 409 answers: tests/server",
    "DuplicatePresentation": "the API server's 409 answers: tests/server",
}


def test_every_core_error_class_is_provoked_or_accounted_for() -> None:
    from tests.unit.core.test_messages import user_facing_error_names

    provoked = {name.split(" ")[0] for name in PROVOKED}
    assert user_facing_error_names() - provoked - set(NOT_PROVOKED_HERE) == set()


@pytest.mark.parametrize("name", sorted(PROVOKED))
def test_each_core_error_class_is_shown_in_spanish(sello_app, tmp_path: Path, name: str) -> None:
    with pytest.raises(UserFacingError) as raised:
        PROVOKED[name](tmp_path)
    assert type(raised.value).__name__ == name.split(" ")[0]
    text = spanish(shown_by_the_error_tier(raised.value))
    assert text != raised.value.text("en")


def test_the_message_box_follows_a_language_switch(sello_app) -> None:
    """The same error object reads in the language in effect when it is shown."""
    from sello.core.qr.payload import decode_td1

    with pytest.raises(UserFacingError) as raised:
        decode_td1("TD1:")
    spanish_text = shown_by_the_error_tier(raised.value)
    errors.report_error(raised.value)
    [box] = [d for d in dialogs.open_dialogs() if isinstance(d, QMessageBox)]
    assert box.text() == str(raised.value) != spanish_text
    QApplication.processEvents()
