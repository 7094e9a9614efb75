"""The message catalogue: one owner per code, both languages, and no English-only error left in the core."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path

import pytest

import sello.core
from sello.core import i18n
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import Bilingual, Message, register, tr
from tests.language_checks import english_words, is_english

CORE = Path(sello.core.__file__).parent
APP = CORE.parents[1]


def import_every_core_module() -> None:
    for info in pkgutil.walk_packages([str(CORE)], "sello.core."):
        importlib.import_module(info.name)


# -- the detector the Spanish-UI tests rely on ------------------------------------------------
def test_the_english_detector_tells_english_from_spanish() -> None:
    assert is_english("Check for updates every week")
    assert is_english("The TD1 code text ends too early: it is cut off or incomplete.")
    assert english_words("Could not download https://x.mx/did.json: connection refused.") == ["could", "not"]
    assert not is_english("El texto del código TD1 termina antes de tiempo: está cortado o incompleto.")
    assert not is_english("Buscar actualizaciones cada semana")
    assert not is_english("Sello")  # one word: a name, not a sentence
    assert not is_english("did:web:acerosdelnorte.mx")
    assert not is_english("https://acerosdelnorte.mx/.well-known/did.json")


# -- the catalogue ---------------------------------------------------------------------------
def test_a_code_registered_by_two_modules_is_refused() -> None:
    code = "test.only.twice"
    register({code: {"en": "One.", "es": "Uno."}}, owner="tests.first")
    register({code: {"en": "One.", "es": "Uno."}}, owner="tests.first")  # the same module again (a reload)
    with pytest.raises(ValueError, match="registered by both tests.first and tests.second"):
        register({code: {"en": "Another.", "es": "Otro."}}, owner="tests.second")
    assert tr(code, "es") == "Uno."


def test_every_language_is_required() -> None:
    with pytest.raises(ValueError, match="lacks es"):
        register({"test.only.english": {"en": "Only English."}})


def test_status_codes_have_one_owner_whatever_the_import_order() -> None:
    import sello.core.trust.checkers
    import sello.core.verification.pipeline  # noqa: F401

    assert i18n._OWNER["status.revoked"] == "sello.core.trust.checkers"
    assert i18n._OWNER["status.suspended"] == "sello.core.trust.checkers"
    assert tr("status.revoked", "es", date="2026-03-01").startswith("El emisor revocó este documento")


def test_an_error_renders_in_each_language_and_str_stays_english() -> None:
    import sello.core.qr  # noqa: F401 - registers td1.*

    exc = InputError(Message("td1.truncated"), hint=Bilingual({"en": "Scan again.", "es": "Escanee de nuevo."}))
    assert str(exc) == "The TD1 code text ends too early: it is cut off or incomplete. Scan again."
    assert (
        exc.text("es")
        == "El texto del código TD1 termina antes de tiempo: está cortado o incompleto. Escanee de nuevo."
    )
    assert exc.message_code == "td1.truncated"
    nested = InputError(Message("td1.damaged_text", reason=exc))  # a parameter may be an error: localised too
    assert nested.text("es").startswith("El texto del código TD1 está dañado: El texto del código TD1 termina")


def test_every_code_used_in_the_source_is_registered_in_both_languages() -> None:
    import_every_core_module()
    import sello.cli  # noqa: F401

    used = set()
    for path in APP.rglob("*.py"):
        used |= set(re.findall(r'Message\(\s*"([a-z0-9_.]+)"', path.read_text(encoding="utf-8")))
    assert len(used) > 100
    missing = sorted(code for code in used if not i18n.is_registered(code))
    assert missing == []
    for code in i18n.codes():
        assert tr(code, "es") and tr(code, "en"), code


# -- no English-only sentence left in the core's errors ----------------------------------------
def user_facing_error_names() -> set[str]:
    import_every_core_module()
    names, todo = set(), [UserFacingError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("sello.core"):  # the UI's own errors say tr() sentences
            names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _is_sentence(node: ast.expr) -> bool:
    """A literal text with a space in it (codes such as "corrupt" or "format.jsonld" have none)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.JoinedStr):
        return any(_is_sentence(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left) or _is_sentence(node.right)
    return False


def english_raise_sites() -> Counter[str]:
    """Per module: calls of a UserFacingError subclass whose sentence (or hint) is a plain English string."""
    names = user_facing_error_names() - {"CfdiError"}  # CfdiError(reason, es, en) takes both languages
    found: Counter[str] = Counter()
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        super_calls = {  # super().__init__(...) inside an error class: the class makes its own sentence
            id(call)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef) and cls.name in names
            for call in ast.walk(cls)
            if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "__init__"
            and isinstance(call.func.value, ast.Call)
            and isinstance(call.func.value.func, ast.Name)
            and call.func.value.func.id == "super"
        }
        for node in ast.walk(tree):
            is_error = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
            if not (is_error or id(node) in super_calls):
                continue
            assert isinstance(node, ast.Call)
            texts = [*node.args, *(k.value for k in node.keywords if k.arg in ("message", "hint"))]
            if any(_is_sentence(text) for text in texts):
                found[path.relative_to(CORE).as_posix()] += 1
    return found


# Raise sites still written in English only, module by module (docs/design-notes.md, "Messages").
# Empty: every core error sentence is a catalogue message. Should a module ever need a
# temporary exception, list it here with its count; the list may only shrink.
NOT_YET_TRANSLATED: dict[str, int] = {}


def test_core_errors_carry_catalogue_messages_not_english_strings() -> None:
    found = english_raise_sites()
    grown = {m: n for m, n in found.items() if n > NOT_YET_TRANSLATED.get(m, 0)}
    assert grown == {}, "new English-only error sentences: raise the error with a Message (sello.core.i18n)"
    shrunk = {m: (n, found.get(m, 0)) for m, n in NOT_YET_TRANSLATED.items() if found.get(m, 0) < n}
    assert shrunk == {}, "fewer English-only sentences than listed: lower NOT_YET_TRANSLATED (listed, found)"
    for module in ("qr/wire.py", "qr/payload.py", "qr/template.py", "qr/parts.py", "qr/base45.py", "qr/symbol.py"):
        assert found.get(module, 0) == 0, module
    for module in ("keys/store.py", "keys/sealedbox.py", "trust/webresolve.py"):
        assert found.get(module, 0) == 0, module


def test_the_ui_raises_its_own_errors_with_translated_sentences() -> None:
    """The desktop app's error classes (PrintError, TrustFileError...) take tr() sentences."""
    ui = APP / "sello" / "ui"
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in ui.rglob("*.py")}
    names = user_facing_error_names()
    for tree in trees.values():  # the UI's own subclasses
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id in names for b in node.bases):
                names.add(node.name)
    english = [
        f"{path.relative_to(APP)}:{node.lineno}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in names
        and any(_is_sentence(arg) for arg in node.args)
    ]
    assert len(names) > 30
    assert english == [], english
