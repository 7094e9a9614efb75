"""The desk's trust commands: pin an operator from a file by fingerprint, follow a bundle URL."""

from __future__ import annotations

import json

from sello.cli import main
from sello.core.keys.did import DidResolver, did_key_for
from sello.core.keys.keypair import generate_key
from sello.core.trust.pinning import operator_fingerprint


def run(capsys, home, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_pin_an_operator_from_a_file_by_its_fingerprint(capsys, tmp_path):
    did = did_key_for(generate_key("EdDSA").public)
    document = DidResolver().resolve(did).document
    path = tmp_path / "canacero-did.json"
    path.write_text(json.dumps(document))
    home = tmp_path / "desk"
    code, out, _ = run(capsys, home, "trust-operator", "fingerprint", str(path))
    assert code == 0 and out.strip() == f"{did}\t{operator_fingerprint(document)}"
    code, _, err = run(capsys, home, "trust-operator", "add", did, "--name", "CANACERO", "--from-file", str(path))
    assert code == 2 and "--fingerprint" in err
    code, _, err = run(
        capsys, home, "trust-operator", "add", did, "--name", "CANACERO", "--from-file", str(path),
        "--fingerprint", "0000-0000-0000-0000-0000",
    )  # fmt: skip
    assert code == 1 and "does not match" in err
    assert run(capsys, home, "trust-operator", "list")[1] == ""
    spoken = operator_fingerprint(document).replace("-", " ").lower()
    code, out, _ = run(
        capsys, home, "trust-operator", "add", did, "--name", "CANACERO", "--from-file", str(path),
        "--fingerprint", spoken,
    )  # fmt: skip
    assert code == 0 and out.startswith(f"{did}\tCANACERO\ttrusted")
    assert run(capsys, home, "trust-operator", "list")[1].startswith(f"{did}\tCANACERO")


def test_follow_a_bundle_url(capsys, tmp_path):
    home = tmp_path / "desk"
    code, _, err = run(capsys, home, "bundle", "subscribe", "http://camara.example/confianza.sello-bundle")
    assert code == 2 and "HTTPS" in err
    url = "https://camara.example/confianza.sello-bundle"
    assert run(capsys, home, "bundle", "subscribe", url)[0] == 0
    code, out, _ = run(capsys, home, "bundle", "sources")
    assert code == 0 and out.split("\t")[:3] == [url, "-", "never"]
