"""The `sello` command line, run in-process against a real data folder and real key stores."""

from __future__ import annotations

import io
import json
import os
import sys
import zlib
from pathlib import Path

import pytest

from sello.cli import main
from sello.core.encoding import b64url_decode, b64url_encode


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: bytes | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


CREDENTIAL = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/traceability/v1"],
    "type": ["VerifiableCredential"],
    "issuer": {"id": "did:example:placeholder", "name": "Aceros del Norte S.A. de C.V."},
    "credentialSubject": {"id": "urn:uuid:8f1f1b8e-37ab-4d6b-9c7e-3f1f6c2a0c11", "name": "Heat 24-1187"},
}


@pytest.fixture
def file_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SELLO_KEY_STORE", "file")
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", "correct horse battery staple")


def _new_key(capsys, *args: str) -> str:
    code, out, err = run(capsys, "keys", "new", *args)
    assert code == 0, err
    return out.split("\t")[0]


@pytest.mark.parametrize("alg", ["ES384", "EdDSA"])
def test_keys_new_list_show_in_the_os_keyring(capsys, secret_service, alg):
    key_id = _new_key(capsys, "--alg", alg, "--did", "web:acerosdelnorte.mx", "--label", "Firma 2026")
    code, out, _ = run(capsys, "keys", "list")
    assert code == 0
    line = out.strip().splitlines()[0]
    assert line.startswith(key_id) and alg in line and "did:web:acerosdelnorte.mx" in line
    code, out, _ = run(capsys, "keys", "show", "--", key_id[:10])  # "--": ids may start with "-"
    did, document = out.split("\n", 1)
    assert did == "did:web:acerosdelnorte.mx"
    doc = json.loads(document)
    assert doc["assertionMethod"] == [f"{did}#{key_id}"]
    assert "d" not in doc["verificationMethod"][0]["publicKeyJwk"]


def test_sign_and_verify_round_trip_with_exit_codes(capsys, tmp_path, file_store):
    key_id = _new_key(capsys, "--alg", "ES384")
    cred = tmp_path / "credential.json"
    cred.write_text(json.dumps(CREDENTIAL))
    code, token, err = run(capsys, "sign", f"--key={key_id}", str(cred))
    assert code == 0, err
    token = token.strip()
    header = json.loads(b64url_decode(token.split(".")[0]))
    assert header["typ"] == "vc+jwt" and header["alg"] == "ES384" and header["kid"].startswith("did:key:")
    payload = json.loads(b64url_decode(token.split(".")[1]))
    assert payload["issuer"]["id"] == header["kid"].split("#")[0]
    assert payload["issuer"]["name"] == CREDENTIAL["issuer"]["name"]
    assert payload["id"].startswith("urn:uuid:") and "validFrom" in payload

    jwt_file = tmp_path / "doc.jwt"
    jwt_file.write_text(token)
    code, out, _ = run(capsys, "verify", str(jwt_file))
    assert code == 0, out
    assert "[passed] signature" in out

    from sello.core.storage.db import Database
    from sello.core.verification.history import search_verifications

    with Database.in_folder(os.environ["SELLO_HOME"]) as db:
        assert len(search_verifications(db)) == 1  # the CLI records to the same history as the window

    code, out, _ = run(capsys, "verify", str(jwt_file), "--json")
    verdict = json.loads(out)
    assert {c["name"] for c in verdict["checks"]} >= {"signature", "issuer_key", "dates"}

    # one changed character in the payload: the signature check fails, exit 1
    h, p, s = token.split(".")
    forged = json.loads(b64url_decode(p))
    forged["credentialSubject"]["name"] = "Heat 24-1188"
    forged_token = ".".join([h, b64url_encode(json.dumps(forged).encode()), s])
    code, out, _ = run(capsys, "verify", forged_token)
    assert code == 1
    assert "[failed] signature" in out

    # unusable input: one line, exit 2, no traceback
    (tmp_path / "junk.jwt").write_text("not a credential at all")
    code, out, err = run(capsys, "verify", str(tmp_path / "junk.jwt"))
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_verify_reads_standard_input(capsys, tmp_path, file_store, monkeypatch):
    key_id = _new_key(capsys, "--alg", "EdDSA", "--did", "jwk")
    code, token, _ = run(
        capsys, "sign", f"--key={key_id}", "-", stdin=json.dumps(CREDENTIAL).encode(), monkeypatch=monkeypatch
    )
    assert code == 0
    code, out, _ = run(capsys, "verify", "-", stdin=token.encode(), monkeypatch=monkeypatch)
    assert code == 0, out


def test_qr_encode_decode_identity_and_specific_errors(capsys, tmp_path, file_store):
    key_id = _new_key(capsys)
    cred = tmp_path / "c.json"
    cred.write_text(json.dumps(CREDENTIAL))
    _, token, _ = run(capsys, "sign", f"--key={key_id}", str(cred))
    token = token.strip()
    (tmp_path / "c.jwt").write_text(token)
    code, td1, _ = run(capsys, "qr", "encode", str(tmp_path / "c.jwt"))
    assert code == 0 and td1.startswith("TD1:")
    code, back, _ = run(capsys, "qr", "decode", td1.strip())
    assert code == 0 and back.strip() == token
    code, out, _ = run(capsys, "verify", td1.strip())
    assert code == 0, out

    bad_inputs = {
        "garbage": "HELLO WORLD",
        "truncated": td1.strip()[: len(td1.strip()) // 2],
        "lower-case": td1.strip().lower(),
        "over-long": "TD1:" + "0" * 300_000,
        "bomb": "TD1:" + _bomb_td1_body(),
    }
    messages = {}
    for label, text in bad_inputs.items():
        code, out, err = run(capsys, "qr", "decode", text)
        assert code == 2, label
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, (label, err)
        messages[label] = err
    assert len(set(messages.values())) == len(messages), messages  # each failure says something specific


def _bomb_td1_body() -> str:
    from sello.core.qr.base45 import b45encode

    # a generic-mode header with a stream that inflates far beyond the cap
    stream = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = stream.compress(b"\0" * 5_000_000) + stream.flush()
    return b45encode(bytes([1, 0, 0]) + body)


def test_backup_export_and_import_into_a_fresh_data_folder(capsys, tmp_path, file_store):
    key_id = _new_key(capsys, "--alg", "EdDSA", "--label", "Principal")
    passfile = tmp_path / "pass.txt"
    passfile.write_text("una frase larga de respaldo\n")
    backup = tmp_path / "Aceros_backup.sello-key"
    code, _, err = run(capsys, "keys", "export-backup", "--passphrase-file", str(passfile), "--", key_id, str(backup))
    assert code == 0, err
    assert backup.stat().st_size > 0
    fresh = tmp_path / "fresh-home"
    code, out, err = run(
        capsys, "--home", str(fresh), "keys", "import-backup", str(backup), "--passphrase-file", str(passfile)
    )
    assert code == 0, err
    assert out.startswith(key_id)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    code, _, err = run(
        capsys, "--home", str(tmp_path / "other"), "keys", "import-backup", str(backup), "--passphrase-file", str(wrong)
    )
    assert code != 0 and "passphrase" in err.lower() and "Traceback" not in err


def test_import_private_jwk(capsys, tmp_path, file_store):
    from sello.core.keys.keypair import generate_key

    key = generate_key("ES384")
    jwk_file = tmp_path / "key.jwk"
    jwk_file.write_text(json.dumps(key.private_jwk()))
    code, out, err = run(capsys, "keys", "import-jwk", str(jwk_file), "--label", "migrated")
    assert code == 0, err
    assert out.startswith(key.key_id)


def test_no_keyring_names_the_fix(capsys, monkeypatch):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run(capsys, "keys", "new")
    finally:
        keyring.set_keyring(previous)
    assert code != 0
    assert "--file-store" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["keys"],
        ["keys", "new"],
        ["sign"],
        ["verify"],
        ["qr", "encode"],
        ["qr", "decode"],
        ["keys", "export-backup"],
        ["keys", "import-backup"],
    ],
)
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: sello" in capsys.readouterr().out


def test_home_option_and_environment_choose_the_data_folder(capsys, tmp_path, file_store, sello_home):
    other = tmp_path / "elsewhere"
    code, _, _ = run(capsys, "--home", str(other), "keys", "new")
    assert code == 0
    assert (other / "sello.db").exists()
    assert run(capsys, "keys", "list")[1].strip() == ""  # $SELLO_HOME has no keys
    assert run(capsys, "--home", str(other), "keys", "list")[1].strip() != ""


def test_import_cfdi_prints_form_data_and_refuses_non_export(capsys, tmp_path):
    from tests.cfdi_builder import build_cfdi

    xml = tmp_path / "factura.xml"
    xml.write_bytes(build_cfdi())
    code, out, err = run(capsys, "import-cfdi", str(xml))
    assert code == 0, err
    data = json.loads(out)
    assert data and "Traceback" not in err
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<?xml version='1.0'?><cfdi:Comprobante xmlns:cfdi='http://www.sat.gob.mx/cfd/4'/>")
    code, _, err = run(capsys, "import-cfdi", str(broken))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_import_cfdi_reads_a_carta_porte_into_a_bill_of_lading(capsys, tmp_path):
    from tests.cartaporte_builder import build_carta_porte

    xml = tmp_path / "carta-porte.xml"
    xml.write_bytes(build_carta_porte())
    code, out, err = run(capsys, "import-cfdi", "--type", "bill-of-lading", str(xml))
    assert code == 0, err
    data = json.loads(out)
    assert data["mx_export"]["carta_porte_id"] == "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0"
    assert data["cargo"][0]["pedimento"] == "242434204001234"
    assert "note: Border crossing USLRD" in err
    code, _, err = run(capsys, "import-cfdi", str(xml))  # as an invoice: no Comercio Exterior
    assert code == 2 and "Exportacion" in err and len(err.strip().splitlines()) == 1


def test_no_display_gives_one_clear_line_instead_of_a_qt_abort(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code = main([])
    err = capsys.readouterr().err
    assert code == 2 and "no graphical display" in err and len(err.strip().splitlines()) == 1


PEERS = Path(__file__).resolve().parents[2] / "data" / "peers"


def test_traceability_suite_token_verifies_from_stdin_and_from_its_qr(capsys, tmp_path, file_store, monkeypatch):
    """The W3C CCG traceability suite's (2023) ES384 did:jwk vc+jwt: no typ, kid "#0", iss in the header."""
    token = (PEERS / "traceability" / "traceability-2023-es384-did-jwk.jwt").read_text().strip()
    code, out, err = run(capsys, "verify", "--offline", "-", stdin=token.encode(), monkeypatch=monkeypatch)
    assert code == 0, out + err
    assert out.startswith("AMBER:") and "2023 traceability profile" in out and "[failed]" not in out
    assert "[passed] signature" in out
    (tmp_path / "t.jwt").write_text(token)
    code, td1, _ = run(capsys, "qr", "encode", str(tmp_path / "t.jwt"))
    assert code == 0 and td1.startswith("TD1:")
    code, back, _ = run(capsys, "qr", "decode", td1.strip())
    assert back.strip() == token  # the exact upstream bytes come back
    code, out, _ = run(capsys, "verify", "--offline", td1.strip())
    assert code == 0 and "[passed] signature" in out, out
    # and as a printed QR symbol, read back from a photo-like PNG by the scanner path
    from tests.verifier_documents import code_page

    code_page(td1.strip(), box_size=3).save(tmp_path / "qr.png")
    code, out, _ = run(capsys, "verify", "--offline", str(tmp_path / "qr.png"))
    assert code == 0 and "[passed] signature" in out and "2023 traceability profile" in out, out


def test_a_presentation_is_listed_document_by_document(capsys, file_store, monkeypatch):
    token = (PEERS / "jwcrypto" / "vp-jose-two-enveloped.jwt").read_text().strip()
    code, out, _ = run(
        capsys, "verify", "--offline", "--lang", "es", "-", stdin=token.encode(), monkeypatch=monkeypatch
    )
    assert code == 0, out
    assert "Documentos en esta presentación (2):" in out
    assert "  1. AMBER:" in out and "  2. AMBER:" in out
    tampered = (PEERS / "jwcrypto" / "vp-jose-two-enveloped.tampered.jwt").read_text().strip()
    code, out, _ = run(capsys, "verify", "--offline", "-", stdin=tampered.encode(), monkeypatch=monkeypatch)
    assert code == 1 and "  2. RED:" in out and "  1. AMBER:" in out
