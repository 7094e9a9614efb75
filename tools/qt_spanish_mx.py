"""Write resources/translations/qt_es_MX.ts: Qt's own dialogs in Mexican Spanish.

    .venv/bin/python tools/qt_spanish_mx.py

Qt ships Spain's Spanish (qtbase_es.qm: "fichero", "directorio", "Mi equipo"). This reads
that compiled catalogue (the .qm keeps contexts and source texts), keeps the contexts of
the dialogs Sello shows (file dialogs, standard buttons, text menus, printing, the setup
wizard), rewrites the words Mexico says differently, fixes a few wrong or awkward ones,
and writes a .ts that Sello loads after Qt's, so its texts win. Review the diff after
running it; the .ts is committed and compiled like Sello's own.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "translations" / "qt_es_MX.ts"
CONTEXTS = {
    "QFileDialog", "QFileSystemModel", "QFileInfoGatherer", "QPlatformTheme", "QDialogButtonBox", "QMessageBox",
    "QLineEdit", "QWidgetTextControl", "QWizard", "QPrintDialog", "QPrintPropertiesWidget", "QPageSetupWidget",
    "QPrintPreviewDialog", "QUnixPrintWidget", "QPrintWidget", "QPageSetupDialog", "QCupsJobWidget",
    "QPrintPropertiesDialog", "QErrorMessage", "QInputDialog", "QProgressDialog", "QAbstractSpinBox", "QSideBar",
}  # fmt: skip
RULES = [  # Spain → Mexico, in order
    (r"\bDirectorio no encontrado\b", "Carpeta no encontrada"),
    (r"\bficheros\b", "archivos"), (r"\bFicheros\b", "Archivos"), (r"\bfichero\b", "archivo"),
    (r"\bFichero\b", "Archivo"), (r"fic&heros", "arc&hivos"),
    (r"\bdirectorios\b", "carpetas"), (r"\bDirectorios\b", "Carpetas"),
    (r"\bel directorio\b", "la carpeta"), (r"\bEl directorio\b", "La carpeta"), (r"\bdel directorio\b", "de la carpeta"),
    (r"\bun directorio\b", "una carpeta"), (r"\bal directorio\b", "a la carpeta"),
    (r"\bdirectorio\b", "carpeta"), (r"\bDirectorio\b", "Carpeta"),
    (r"\bMi [Ee]quipo\b", "Mi computadora"), (r"\bordenador\b", "computadora"),
    (r"&Borrar", "&Eliminar"), (r"\bBorrar\b", "Eliminar"), (r"\bborrarlo\b", "eliminarlo"), (r"\bborrar\b", "eliminar"),
    (r"Cambia&r de nombre", "Cambia&r nombre"), (r"Ir hacia delante", "Ir hacia adelante"),
]  # fmt: skip
FIXED = {  # wrong, clipped or awkward in Qt's Spanish
    ("QFileDialog", "Go to the parent directory"): "Ir a la carpeta superior",
    ("QFileDialog", "Parent Directory"): "Carpeta superior",
    ("QFileDialog", "File Folder"): "Carpeta de archivos",
    ("QFileDialog", "Forward"): "Adelante",
    ("QFileDialog", "Change to list view mode"): "Cambiar a vista de lista",
    ("QFileDialog", "Look in:"): "Buscar en:",
    ("QFileDialog", "Files of type:"): "Archivos de tipo:",
    ("QFileSystemModel", "Computer"): "Computadora",
    ("QFileDialog", "File &name:"): "&Nombre del archivo:",
}


ADDED = {  # texts Qt 6 shows that its Spanish catalogue lacks (their mnemonics changed)
    ("QFileDialog", "&Look in:"): "&Buscar en:",
    ("QFileDialog", "Files of &type:"): "Archivos de &tipo:",
    ("QFileDialog", "&File name:"): "&Nombre del archivo:",
    # Qt 6 moved the file types' names to QAbstractFileIconProvider (QtGui)
    ("QAbstractFileIconProvider", "Folder"): "Carpeta",
    ("QAbstractFileIconProvider", "File Folder"): "Carpeta de archivos",
    ("QAbstractFileIconProvider", "Drive"): "Unidad",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Shortcut"): "Acceso directo",
    ("QAbstractFileIconProvider", "%1 File"): "Archivo %1",
}


def qt_spanish() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations" / "qtbase_es.qm"


def read_qm(path: Path) -> list[dict[str, object]]:
    """Messages of a compiled Qt catalogue: context, source, comment, translations."""
    data = path.read_bytes()
    pos, found = 16, []  # after the magic number
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        pos += 5
        if tag == 0x69:  # messages
            block, p, current = data[pos : pos + length], 0, {}
            while p < len(block):
                kind = block[p]
                p += 1
                if kind == 1:  # end of a message
                    found.append(current)
                    current = {}
                    continue
                size = struct.unpack(">I", block[p : p + 4])[0]
                p += 4
                size = 0 if size == 0xFFFFFFFF else size
                raw = block[p : p + size]
                p += size
                if kind == 3:
                    current.setdefault("tr", []).append(raw.decode("utf-16-be"))  # type: ignore[union-attr]
                elif kind in (6, 7, 8):
                    current[{6: "src", 7: "ctx", 8: "cmt"}[kind]] = raw.decode("utf-8", "replace")
        pos += length
    return found


def mexican(text: str) -> str:
    for pattern, replacement in RULES:
        text = re.sub(pattern, replacement, text)
    return text


def main() -> int:
    by_context: dict[str, list[tuple[str, list[str], str]]] = {}
    for message in read_qm(qt_spanish()):
        context, source, texts = message.get("ctx"), message.get("src"), message.get("tr")
        if context not in CONTEXTS or not isinstance(source, str) or not texts:
            continue
        forms = [FIXED.get((str(context), source)) or mexican(t) for t in texts]  # type: ignore[union-attr]
        by_context.setdefault(str(context), []).append((source, forms, str(message.get("cmt") or "")))
    for (context, source), text in ADDED.items():
        if not any(known == source for known, _forms, _comment in by_context.get(context, [])):
            by_context.setdefault(context, []).append((source, [text], ""))
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="es_MX">',
        "<!-- Qt's own dialogs in Mexican Spanish (archivo, carpeta), made by tools/qt_spanish_mx.py",
        "     from Qt's qtbase_es translation (LGPL-3.0). Loaded after Qt's, so these texts win. -->",
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, forms, comment in sorted(by_context[context]):
            lines.append('    <message numerus="yes">' if len(forms) > 1 else "    <message>")
            lines.append(f"        <source>{escape(source)}</source>")
            if comment:
                lines.append(f"        <comment>{escape(comment)}</comment>")
            if len(forms) > 1:
                lines.append("        <translation>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation>{escape(forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {sum(len(v) for v in by_context.values())} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
