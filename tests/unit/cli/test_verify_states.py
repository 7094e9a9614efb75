"""`sello verify`: one exit code and one JSON state per verdict (documented in --help and README).

0 green (verified) / amber (verified_with_notes), 1 red (not_valid), 2 unusable input,
3 cannot confirm (cannot_confirm: the issuer's key could not be had).
"""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest

from sello.cli import main
from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.qr.payload import encode_td1
from sello.core.storage.db import Database
from sello.core.trust.lists import TrustedIssuer, import_trust_list, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.operators import trust_operator

NOW = datetime.now(UTC).replace(microsecond=0)


def signed(method: str, domain: str | None = None) -> tuple[str, str]:
    """(issuer DID, vc+jwt) of a small credential signed under `method`."""
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, method, domain)
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "heatNumber": "H26-7781"},
        issuer={"id": did, "name": "Aceros del Norte"},
        valid_from=NOW - timedelta(hours=1),
    )
    return did, sign_vc_jwt(credential, key, kid)


def run(capsys, home, *argv: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(["--home", str(home), *argv])
    out, _err = capsys.readouterr()
    return code, out


def list_issuer(home, did: str) -> None:
    """Trust a chamber (did:key) and import its list naming `did`, in the desk's data folder."""
    chamber = generate_key("EdDSA")
    chamber_did, chamber_kid = identifiers_for_key(chamber.public, "key")
    trust_list = with_issuer(new_trust_list("Acero confiable"), TrustedIssuer(did, "Aceros del Norte", "", "US"))
    token = sign_trust_list(
        trust_list,
        chamber,
        chamber_kid,
        operator_name="CANACERO",
        valid_from=NOW - timedelta(days=1),
        valid_until=NOW + timedelta(days=30),
    )
    with Database.in_folder(home) as db:
        trust_operator(db, chamber_did, "CANACERO", DidResolver())
        import_trust_list(db, token, NOW)


def test_four_states_four_exit_codes_and_the_json_state(capsys, tmp_path):
    home = tmp_path / "desk"
    did, listed = signed("key")
    list_issuer(home, did)
    _, unlisted = signed("jwk")
    _, web = signed("web", "acerosdelnorte.mx")
    h, p, s = listed.split(".")
    payload = json.loads(b64url_decode(p))
    payload["credentialSubject"]["heatNumber"] = "H26-7782"
    altered = ".".join([h, b64url_encode(json.dumps(payload).encode()), s])

    expected = [
        (listed, 0, "green", "verified", "GREEN: "),
        (unlisted, 0, "amber", "verified_with_notes", "AMBER: "),
        (altered, 1, "red", "not_valid", "RED: "),
        (web, 3, "blue", "cannot_confirm", "CANNOT-CONFIRM: The issuer's key could not be obtained"),
    ]
    for token, exit_code, color, state, first_line in expected:
        code, out = run(capsys, home, "verify", "--offline", token)
        assert code == exit_code and out.startswith(first_line), out
        code, out = run(capsys, home, "verify", "--offline", "--json", token)
        verdict = json.loads(out)
        assert code == exit_code and (verdict["color"], verdict["state"]) == (color, state)
        assert verdict["ok"] is (exit_code == 0)
        assert (verdict["remedy"] is not None) is (color == "blue")

    code, out = run(capsys, home, "verify", "--offline", "--lang", "es", web)
    assert code == 3 and "No se pudo obtener la clave del emisor" in out and "paquete de confianza" in out
    (tmp_path / "junk.txt").write_text("not a credential")
    assert run(capsys, home, "verify", str(tmp_path / "junk.txt"))[0] == 2

    from sello.core.verification.history import search_verifications

    with Database.in_folder(home) as db:  # the history keeps the fourth state too
        assert {r.verdict for r in search_verifications(db)} == {"green", "amber", "red", "blue"}
        assert [r.summary for r in search_verifications(db, verdict="blue")][0].startswith("The issuer's key")


def test_verify_help_documents_the_exit_codes(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "3 CANNOT CONFIRM" in text and "1 NOT VALID" in text and "cannot_confirm" in text


def test_a_caps_lock_td1_text_verifies_from_standard_input(capsys, tmp_path, monkeypatch):
    """The keyboard-wedge repair serves `sello verify -` as well as the window."""
    _, token = signed("jwk")
    td1 = encode_td1(token)
    code, out = run(capsys, tmp_path, "verify", "--offline", "-", stdin=td1.lower().encode(), monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("AMBER"), out
    code, out = run(capsys, tmp_path, "verify", "--offline", td1.lower())
    assert code == 0, out


def test_key_max_age_is_configurable(capsys, tmp_path):
    """A saved copy of the issuer's did.json 10 days old: within the default 30 days it only
    carries its age; with --key-max-age 5 it is a caveat (amber). Never red, never blue."""
    from sello.core.keys.did import did_web_document
    from sello.core.trust.did_cache import store_did_document
    from sello.core.trust.webresolve import iso

    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "web", "acerosdelnorte.mx")
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"]},
        issuer={"id": did, "name": "Aceros del Norte"},
        valid_from=NOW - timedelta(days=20),
    )
    token = sign_vc_jwt(credential, key, kid)
    home = tmp_path / "desk"
    with Database.in_folder(home) as db:
        saved = iso(NOW - timedelta(days=10))
        store_did_document(db, did, did_web_document(did, [key.public]), source="web", fetched_at=saved)
    for extra, outcome, code in (
        ((), "passed", "issuer_key.cache_age"),
        (("--key-max-age", "5"), "warning", "issuer_key.cache_stale"),
    ):
        exit_code, out = run(capsys, home, "verify", "--offline", "--json", *extra, token)
        key_check = next(c for c in json.loads(out)["checks"] if c["name"] == "issuer_key")
        assert exit_code == 0 and (key_check["outcome"], key_check["code"]) == (outcome, code)
        assert "10 days" in key_check["message"]["en"] and "10 días" in key_check["message"]["es"]
    assert run(capsys, home, "verify", "--key-max-age", "0", token)[0] == 2
