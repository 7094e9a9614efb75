"""Hatchling build hook: compile the Qt translations (.ts -> .qm) when Sello is built or installed.

Registered in pyproject.toml as ``[tool.hatch.build.targets.wheel.hooks.custom]``
with ``dependencies = ["PySide6-Essentials"]`` so ``lrelease`` exists in the
isolated build environment. It runs for wheels and for editable installs
(``pip install -e .``):

- wheel: the .qm files are compiled into a temporary folder and added to the wheel
  as ``sello/resources/translations/*.qm``;
- editable: they are compiled beside their .ts in ``resources/translations/``,
  which is where a source checkout looks for them (the files are git-ignored; the
  static force-include of ``resources/`` picks them up, so they are not added twice).

If lrelease cannot run, the build still succeeds with a warning: the app compiles
missing translations into the user's cache folder on first start
(`sello.ui.i18n.qm_file_for`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
WHEEL_TARGET = "sello/resources/translations"


def find_lrelease() -> list[str] | None:
    try:
        import PySide6

        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        bundled = Path(PySide6.__file__).resolve().parent / name
        if bundled.exists():
            return [str(bundled)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        if lrelease is None:
            self.app.display_warning("lrelease not found: translations will be compiled at first start")
            return
        if version == "editable":
            output = Path(self.root) / TRANSLATIONS
        else:
            self._tmp = tempfile.TemporaryDirectory(prefix="sello-qm-")
            output = Path(self._tmp.name)
        for ts_file in sources:
            qm_file = output / ts_file.with_suffix(".qm").name
            result = subprocess.run(
                [*lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True, check=False
            )
            if result.returncode != 0 or not qm_file.exists():
                self.app.display_warning(f"lrelease failed for {ts_file.name}: {result.stderr.strip()}")
                continue
            self.app.display_info(f"compiled {ts_file.name} -> {qm_file.name}")
            if version != "editable":  # (editable: already inside the force-included resources/)
                # build_data wins over the static force-include of resources/, which may hold stale .qm
                build_data["force_include"][str(qm_file)] = f"{WHEEL_TARGET}/{qm_file.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
