"""Release step: keep today's document-type definitions so codes printed with them stay readable.

    PYTHONPATH=app python tools/keep_released_doctypes.py 0.2.0

copies each `resources/doctypes/<id>.json` whose TD1 template fingerprint is not kept yet
to `resources/doctypes/released/<fingerprint>/<id>.json` and records the release in
`released/releases.json`. Kept files are never edited; the test
tests/unit/core/documents/test_released_doctypes.py fails if one changes.
"""

from __future__ import annotations

import json
import shutil
import sys

from sello.core.documents.doctypes import load_doctypes
from sello.core.documents.td1 import RELEASED_FOLDER, doctype_fingerprint
from sello.core.resources import resource_path


def main(version: str) -> int:
    released = resource_path(*RELEASED_FOLDER)
    ledger_path = released / "releases.json"
    ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
    if version in ledger["releases"]:
        print(f"release {version} is already recorded", file=sys.stderr)
        return 1
    entry = {}
    for doctype in sorted(load_doctypes().values(), key=lambda d: d.id):
        fingerprint = doctype_fingerprint(doctype).hex()
        target = released / fingerprint / f"{doctype.id}.json"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(resource_path("doctypes", f"{doctype.id}.json"), target)
            print(f"kept {target.relative_to(released)}")
        entry[doctype.id] = fingerprint
    ledger["releases"][version] = entry
    ledger_path.write_text(json.dumps(ledger, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
