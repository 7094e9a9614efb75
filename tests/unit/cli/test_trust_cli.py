"""`sello publish`, `check-website`, `bundle`, `trust-list` and `trust-operator`, run
in-process against a real data folder, a real encrypted key store and a real HTTPS server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sello.cli import main
from sello.core.documents.issuance import DocumentIssuer
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.storage.db import Database
from sello.core.trust.lists import TrustedIssuer, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.statuslist import revoke
from tests.e2e.conftest import company, example  # noqa: F401
from tests.unit.core.conftest import https_server, test_ca  # noqa: F401

PASSPHRASE = "test passphrase"  # the one the `company` fixture's store uses


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def file_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SELLO_KEY_STORE", "file")
    monkeypatch.setenv("SELLO_STORE_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def website_company(sello_home: Path, https_server, test_ca, monkeypatch) -> KeyManager:
    """A company whose did:web lives on the test HTTPS server (trusted through SSL_CERT_FILE)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca.ca_pem))
    db = Database.in_folder(sello_home)
    profile = create_profile(db, "Aceros del Norte S.A. de C.V.", rfc="ADN0501014T3", web_domain=https_server.host)
    set_default_profile(db, profile.id)
    manager = KeyManager(
        db, profile.id, EncryptedFileStore(sello_home / "keys.sello-store", PASSPHRASE, kdf=KdfParams.minimum())
    )
    manager.create_key("EdDSA", "web", domain=https_server.host)
    yield manager
    db.close()


@pytest.mark.parametrize(
    "command",
    [
        ["publish"],
        ["check-website"],
        ["bundle"],
        ["bundle", "make"],
        ["bundle", "import"],
        ["trust-list"],
        ["trust-list", "new"],
        ["trust-list", "add"],
        ["trust-list", "sign"],
        ["trust-list", "import"],
        ["trust-list", "list"],
        ["trust-list", "remove"],
        ["trust-operator"],
        ["trust-operator", "add"],
        ["trust-operator", "remove"],
        ["trust-operator", "list"],
    ],
)
def test_every_command_has_help(capsys, command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: sello {' '.join(command)}") and len(out) > 100


def test_publish_writes_the_kit(capsys, company, file_store, tmp_path: Path) -> None:
    DocumentIssuer(company.db, company).issue("mill-test-report", example("mill-test-report"))
    kit = tmp_path / "kit"
    code, out, err = run(capsys, "publish", "--out", str(kit))
    assert code == 0, err
    assert out.splitlines() == [
        str(kit / ".well-known" / "did.json"),
        str(kit / ".well-known" / "status" / "1"),
        str(kit / "LEEME-README.txt"),
    ]
    assert json.loads((kit / ".well-known" / "did.json").read_text())["id"] == "did:web:acerosdelnorte.mx"
    assert "hidden .well-known folder" in err


def test_check_website_before_and_after_publishing(capsys, website_company, https_server, file_store) -> None:
    doc = DocumentIssuer(website_company.db, website_company).issue("packing-list", example("packing-list"))
    code, out, err = run(capsys, "check-website")
    assert code == 1
    assert [line.split(": ", 1)[1].split(":")[0] for line in out.splitlines()] == ["cannot be fetched"] * 2
    assert "2 difference(s)" in err

    assert run(capsys, "publish", "--out", str(https_server.docroot))[0] == 0
    code, out, _ = run(capsys, "check-website")
    assert (code, out) == (0, "The website serves exactly what this computer has.\n")

    revoke(website_company.db, doc.id, "wrong weight")
    code, out, _ = run(capsys, "check-website")
    assert code == 1 and "1 revocation(s) not published yet" in out and doc.id in out


def test_trust_list_operator_round_trip(capsys, company, file_store, tmp_path: Path) -> None:
    mill_did = company.default_key().did
    code, out, err = run(capsys, "trust-list", "new", "Acereras verificadas")
    assert code == 0, err
    list_id, name = out.strip().split("\t")
    assert list_id.startswith("urn:uuid:") and name == "Acereras verificadas"
    short = list_id.removeprefix("urn:uuid:")[:8]  # the first characters are enough
    code, out, err = run(
        capsys,
        "trust-list",
        "add",
        short,
        "--did",
        mill_did,
        "--name",
        "Aceros del Norte",
        "--rfc",
        "adn0501014t3",
        "--role",
        "mill",
        "--role",
        "broker",
    )
    assert (code, out) == (0, f"{list_id}\t1 issuer(s)\n"), err
    code, _, err = run(capsys, "trust-list", "add", short, "--did", "did:key:zNope", "--name", "X")
    assert code == 2 and "not a valid DID" in err

    signed = tmp_path / "acereras.jwt"
    code, out, err = run(capsys, "trust-list", "sign", short, "--out", str(signed), "--valid-days", "30")
    assert (code, out) == (0, f"{signed}\tversion 1\t1 issuer(s)\n"), err
    assert signed.read_text().count(".") == 2

    code, _, err = run(capsys, "trust-list", "import", str(signed))  # its operator is not trusted yet
    assert code == 1 and f"signed by {mill_did}, which is not an operator you trust" in err
    code, out, err = run(capsys, "trust-operator", "add", mill_did, "--name", "Aceros del Norte")
    assert (code, out) == (0, f"{mill_did}\tAceros del Norte\ttrusted\n"), err
    code, out, err = run(capsys, "trust-list", "import", str(signed))
    assert code == 0, err
    assert out.startswith(f"{list_id}\tAcereras verificadas\tversion 1\t1 issuer(s)\tfrom Aceros del Norte\t")

    code, out, _ = run(capsys, "trust-list", "list")
    lines = out.splitlines()
    assert lines[0].startswith(f"imported\t{list_id}\tAcereras verificadas\tversion 1\tAceros del Norte")
    assert lines[1] == f"\t{mill_did}\tAceros del Norte\tADN0501014T3\tMX\tmill,broker"
    assert lines[2] == f"operated\t{list_id}\tAcereras verificadas\tversion 1\t1 issuer(s)"

    # an edit, signed again, is a new version that replaces the imported one
    other = identifiers_for_key(generate_key("EdDSA").public, "key")[0]
    assert (
        run(capsys, "trust-list", "add", short, "--did", other, "--name", "Laminados del Bajío", "--country", "mx")[0]
        == 0
    )
    assert run(capsys, "trust-list", "remove", short, "--issuer", mill_did)[1] == f"{list_id}\t1 issuer(s)\n"
    code, out, _ = run(capsys, "trust-list", "sign", short, "--out", str(signed))
    assert out == f"{signed}\tversion 2\t1 issuer(s)\n"
    code, out, _ = run(capsys, "trust-list", "import", str(signed))
    assert code == 0 and "\tversion 2\t" in out

    assert run(capsys, "trust-list", "remove", short) == (0, f"{list_id}\tremoved\n", "")
    assert not run(capsys, "trust-list", "list")[1].startswith("imported")
    code, out, _ = run(capsys, "trust-operator", "list")
    assert out.startswith(f"{mill_did}\tAceros del Norte\t")
    assert run(capsys, "trust-operator", "remove", mill_did)[1] == (
        f"{mill_did}\tno longer trusted\t0 trust list(s) removed\n"
    )
    assert run(capsys, "trust-operator", "remove", mill_did)[0] == 1


def test_import_a_chamber_list_signed_with_ed25519(capsys, tmp_path: Path) -> None:
    """A border desk with no company at all trusts a chamber (did:key) and imports its list."""
    chamber = generate_key("EdDSA")
    did, kid = identifiers_for_key(chamber.public, "key")
    now = datetime.now(UTC)
    trust_list = with_issuer(
        new_trust_list("Acero mexicano confiable 2026"),
        TrustedIssuer("did:web:acerosdelnorte.mx", "Aceros del Norte", "ADN0501014T3"),
    )
    token_file = tmp_path / "canacero.jwt"
    token_file.write_text(
        sign_trust_list(
            trust_list,
            chamber,
            kid,
            operator_name="CANACERO",
            valid_from=now - timedelta(hours=1),
            valid_until=now + timedelta(days=90),
        )
    )
    assert run(capsys, "trust-operator", "add", did, "--name", "CANACERO")[0] == 0
    code, out, err = run(capsys, "trust-list", "import", str(token_file))
    assert code == 0, err
    assert f"{trust_list.id}\tAcero mexicano confiable 2026\tversion 1\t1 issuer(s)\tfrom CANACERO" in out
    code, out, _ = run(capsys, "trust-operator", "remove", did)
    assert out == f"{did}\tno longer trusted\t1 trust list(s) removed\n"


def test_bundle_make_and_import(capsys, company, file_store, tmp_path: Path) -> None:
    DocumentIssuer(company.db, company).issue("commercial-invoice", example("commercial-invoice"))
    key = company.default_key()
    code, out, err = run(
        capsys, "bundle", "make", "--out", str(tmp_path / "desk"), f"--operator-key={key.id[:10]}"
    )  # ids may start with "-"
    assert code == 0, err
    bundle = tmp_path / "desk.sello-bundle"
    assert out == f"{bundle}\n"
    assert {m["kind"] for m in json.loads(bundle.read_text())["members"]} == {"did-document", "status-list"}

    code, _, err = run(capsys, "bundle", "import", str(bundle))
    assert code == 1 and "not an operator you trust" in err
    assert run(capsys, "trust-operator", "add", key.did, "--name", "Aceros del Norte")[0] == 0
    code, out, err = run(capsys, "bundle", "import", str(bundle))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("bundle of 20") and lines[0].endswith(f"signed by Aceros del Norte ({key.did})")
    assert lines[1:] == [
        "DID document\tdid:web:acerosdelnorte.mx",
        "status list\thttps://acerosdelnorte.mx/.well-known/status/1",
    ]
    code, _, err = run(capsys, "bundle", "import", str(tmp_path / "missing.sello-bundle"))
    assert code == 2 and "cannot be read" in err
