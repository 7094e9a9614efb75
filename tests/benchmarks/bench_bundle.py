"""Size of the Linux one-folder bundle (DESIGN §7: ≤ 200 MB).

Run: .venv/bin/python -m tests.benchmarks.bench_bundle [--quick]
Measures dist/sello/ as packaging/build.sh leaves it (regular files, symlinks not
followed), and prints its ten largest files. Without a built bundle the figure says
"not built". --quick is the same (it only adds up file sizes).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.benchmarks.report import Figure, at_most, emit, not_measured

TARGET_MIB = 200
ROOT = Path(__file__).resolve().parent.parent.parent
NAME = "Linux one-folder bundle size (dist/sello)"


def bundle_files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def figures(quick: bool = False, root: Path = ROOT) -> list[Figure]:
    bundle = root / "dist" / "sello"
    if not bundle.is_dir() or not sys.platform.startswith("linux"):
        print(f"no Linux bundle in {bundle} (build it with packaging/build.sh)")
        return [not_measured(NAME, f"≤ {TARGET_MIB}", "MiB", "not built")]
    files = bundle_files(bundle)
    total = sum(p.stat().st_size for p in files)
    print(f"{bundle}: {len(files)} files, {total / 2**20:.1f} MiB; largest:")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:10]:
        print(f"  {path.stat().st_size / 2**20:7.1f} MiB  {path.relative_to(bundle)}")
    return [at_most(NAME, TARGET_MIB, total / 2**20, "MiB", f"{len(files)} files")]


def main(argv: list[str]) -> None:
    emit(figures("--quick" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
