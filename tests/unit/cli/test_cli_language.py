"""The command line shows core errors in English by default, in Spanish with --lang es or SELLO_LANG=es."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends import fail

from sello.cli import main
from sello.cli.messages import cli_language
from tests.language_checks import is_english


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err.strip()


def test_a_damaged_code_in_each_language(capsys, monkeypatch) -> None:
    monkeypatch.delenv("SELLO_LANG", raising=False)
    code, english = error_of(capsys, "qr", "decode", "TD1:")
    assert code == 2 and english.startswith("sello: ") and is_english(english)
    code, spanish = error_of(capsys, "--lang", "es", "qr", "decode", "TD1:")
    assert code == 2 and spanish.startswith("sello: El texto del código TD1") and not is_english(spanish)
    monkeypatch.setenv("SELLO_LANG", "es")
    assert error_of(capsys, "qr", "decode", "TD1:") == (2, spanish)
    assert error_of(capsys, "--lang", "en", "qr", "decode", "TD1:") == (2, english)  # the option wins


def test_a_locale_alone_does_not_switch_the_cli(monkeypatch) -> None:
    monkeypatch.delenv("SELLO_LANG", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert cli_language(None) == "en"
    monkeypatch.setenv("SELLO_LANG", "es_MX")
    assert cli_language(None) == "es"
    assert cli_language("en") == "en"


def test_no_keyring_in_spanish_names_the_fix(capsys, monkeypatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, err = error_of(capsys, "--lang", "es", "keys", "new")
    finally:
        keyring.set_keyring(previous)
    assert code != 0 and "Traceback" not in err
    assert err.startswith("sello: El llavero del sistema no puede guardar llaves privadas")
    assert "--file-store" in err and not is_english(err)


def test_verify_speaks_the_chosen_language_before_or_after_the_command(capsys, monkeypatch) -> None:
    monkeypatch.delenv("SELLO_LANG", raising=False)
    for argv in (["--lang", "es", "verify", "-"], ["verify", "--lang", "es", "-"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"hola")))
        code, err = error_of(capsys, *argv)
        assert code == 2 and err.startswith("sello: La entrada no es una credencial"), (argv, err)
