"""Refresh the translation sources from the code, then compile them.

    .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` scans every ``.py`` under ``app/sello/ui`` for ``self.tr(...)``,
   ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` and merges the
   strings into ``resources/translations/sello_es.ts`` and ``sello_en.ts`` (strings no
   longer in the code are dropped; new ones are marked ``type="unfinished"``).
2. English is the source language, so new English entries are filled with their
   source text (edit them in the .ts to polish wording without touching code).
3. ``lrelease`` compiles both into ``.qm`` beside them (not committed; the build
   hook and the app's start-up do the same when they are missing).

New Spanish strings stay unfinished until translated (Qt Linguist, or by editing
the .ts); tests/ui/test_i18n.py fails while any is left.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "sello" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"es": "es_MX", "en": "en_US"}


def _tool(name: str) -> str:
    import PySide6

    path = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if not path.exists():
        raise SystemExit(f"{path} is missing: install PySide6-Essentials")
    return str(path)


def run_lupdate(ts_file: Path, target_language: str) -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en_US",
            "-target-language",
            target_language,
            *sources,
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def fill_english(ts_file: Path) -> int:
    """Give every unfinished English entry its source text. Returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                form.text = source
            if not forms:
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        write_ts(tree, ts_file)
    return filled


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(ts_file: Path) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] if translation is not None else [""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")] or [""]
            if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def compile_qm(ts_file: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, locale_name in LANGUAGES.items():
        ts_file = TRANSLATIONS / f"sello_{language}.ts"
        run_lupdate(ts_file, locale_name)
        if language == "en":
            fill_english(ts_file)
        compile_qm(ts_file)
        missing = unfinished(ts_file)
        print(f"{ts_file.relative_to(ROOT)}: {len(missing)} string(s) to translate")
        for entry in missing:
            print(f"    {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
