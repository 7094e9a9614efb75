"""Three-way merge of Qt Linguist .ts catalogues (a git merge driver's job, by hand).

    python tools/merge_ts.py BASE OURS THEIRS OUT

Messages are keyed by context name, source text and comment. Everything either side
added is kept; where both changed one message's translation, ours wins and the key is
printed. Contexts and messages keep ours' order, theirs' new ones follow.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _contexts(root: ET.Element) -> dict[str, dict[tuple[str, str], ET.Element]]:
    out: dict[str, dict[tuple[str, str], ET.Element]] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        out.setdefault(name, {}).update({_key(m): m for m in context.findall("message")})
    return out


def _translation(message: ET.Element | None) -> str | None:
    return None if message is None else ET.tostring(message, encoding="unicode")


def merge(base: ET.Element, ours: ET.Element, theirs: ET.Element) -> ET.Element:
    base_c, ours_c, theirs_c = _contexts(base), _contexts(ours), _contexts(theirs)
    out = ET.Element(ours.tag, ours.attrib)
    names = list(ours_c) + [n for n in theirs_c if n not in ours_c]
    for name in names:
        context = ET.SubElement(out, "context")
        ET.SubElement(context, "name").text = name
        mine, other, old = ours_c.get(name, {}), theirs_c.get(name, {}), base_c.get(name, {})
        for key in list(mine) + [k for k in other if k not in mine]:
            chosen = mine.get(key)
            if chosen is None:
                chosen = other[key]
            elif key in other and _translation(other[key]) != _translation(chosen):
                if _translation(chosen) == _translation(old.get(key)):
                    chosen = other[key]  # only theirs changed it
                else:
                    print(f"both changed {name}: {key[0][:60]!r}; kept ours", file=sys.stderr)
            context.append(chosen)
    return out


def main(argv: list[str]) -> int:
    base, ours, theirs, target = argv
    merged = merge(*(ET.parse(p).getroot() for p in (base, ours, theirs)))
    ET.indent(merged, space="    ")
    body = ET.tostring(merged, encoding="unicode")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
