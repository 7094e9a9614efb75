"""Sello's override of PyInstaller's hook for PySide6.QtGui (packaging/sello.spec's hookspath).

PyInstaller's own hook collects every plugin of QtGui's categories; a few of them
drag whole stacks into the bundle that a desktop app never uses, so they are left
out *here*, before PyInstaller follows their shared-library dependencies:

- platforminputcontexts/qtvirtualkeyboard: Qt Quick + QML + the virtual keyboard (~25 MB);
- platformthemes/qgtk3: the system's GTK 3, cairo, pango, atk... copied from the build
  machine (~20 MB), which then clash with the user's GTK; Qt's own Fusion look and the
  XDG desktop portal theme remain;
- platforms eglfs/linuxfb/vnc/vkkhrdisplay/minimalegl, egldeviceintegrations, generic
  (evdev/tuio): embedded devices without a window system;
- imageformats/qpdf (QtPdf; Sello renders PDFs with pypdfium2), qtga, qwbmp.
"""

import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_DROP = re.compile(
    r"plugins[/\\]("
    r"platforminputcontexts[/\\].*virtualkeyboard"
    r"|platformthemes[/\\].*gtk3"
    r"|platforms[/\\](lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\b"
    r"|egldeviceintegrations[/\\]"
    r"|generic[/\\]"
    r"|imageformats[/\\](lib)?q(pdf|tga|wbmp)\b"
    r")"
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if not _DROP.search(source.replace("\\", "/"))]
