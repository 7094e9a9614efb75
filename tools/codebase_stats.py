"""Print the code base's shape: the numbers the architecture issue is judged by.

    python tools/codebase_stats.py [REPO_ROOT]

- core modules (files under app/sello/core, package __init__ files not counted), their
  lines, the median, and every module in app/sello over 500 lines;
- import cycles between modules of `sello` (strongly connected components of the import
  graph, function-level imports included; `if TYPE_CHECKING:` imports left out);
- imports inside functions (and the ones among them that defer a heavy dependency);
- tables whose SQL is written in more than one module (table names taken from the
  schema's CREATE TABLE statements, looked for after FROM / INTO / UPDATE / JOIN / TABLE).
"""

from __future__ import annotations

import ast
import json
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# Deferred on purpose: heavy or optional at start-up (STYLE 7, design-notes). A sello module
# counts as heavy when importing it (in a fresh interpreter) loads one of these.
HEAVY = (
    "PySide6.QtMultimedia",
    "pyld",
    "reportlab",
    "pypdfium2",
    "zxingcpp",
    "PIL",
    "keyring",
    "sello.core.documents.pdf",
    "sello.ui",
    "cbor2",
    "uvicorn",
    "starlette",
    "httpx",
    "segno",
)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root / "app").with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def heavy_sello_modules(root: Path, names: set[str]) -> set[str]:
    """The sello modules whose import loads a heavy library (measured, one interpreter each)."""
    probe = (
        "import importlib, json, sys\n"
        "importlib.import_module(sys.argv[1])\n"
        f"print(json.dumps([m for m in sys.modules if m.startswith({HEAVY!r})]))\n"
    )
    env = {"PYTHONPATH": str(root / "app"), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    heavy = set()
    for name in sorted(names):
        result = subprocess.run([sys.executable, "-c", probe, name], capture_output=True, text=True, env=env)
        if result.returncode != 0 or json.loads(result.stdout or "[]"):
            heavy.add(name)
    return heavy


def imports_of(root: Path, path: Path, known: set[str]) -> tuple[set[str], int, int]:
    """(sello modules imported, imports inside functions, of which deferring a heavy one)."""
    module = module_name(root, path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = type_checking_lines(tree)
    inside = heavy = 0
    targets: set[str] = set()
    function_nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    nested: set[int] = set()
    for fn in function_nodes:
        for node in ast.walk(fn):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                nested.add(id(node))
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)) or node.lineno in skip:
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            base = resolve(module, node, path.name == "__init__.py")
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        if id(node) in nested:
            inside += 1
            if any(n.startswith(HEAVY) for n in names):
                heavy += 1
            else:
                DEFERRED_SELLO.append(tuple(n for n in names if n.startswith("sello")))
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
    return targets, inside, heavy


DEFERRED_SELLO: list[tuple[str, ...]] = []  # function-level imports of sello modules (per statement), to measure


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def table_owners(root: Path, files: list[Path]) -> dict[str, set[str]]:
    schema_text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    tables = set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", schema_text))
    owners: dict[str, set[str]] = defaultdict(set)
    pattern = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE(?: IF NOT EXISTS)?)\s+(\w+)", re.IGNORECASE)
    for path in files:
        text = path.read_text(encoding="utf-8")
        for string in re.findall(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', text):
            for table in pattern.findall(string):
                if table in tables:
                    owners[table].add(module_name(root, path))
    return owners


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]).resolve()
    files = sorted((root / "app" / "sello").rglob("*.py"))
    known = {module_name(root, p) for p in files}
    core = [p for p in files if "core" in p.relative_to(root / "app" / "sello").parts[:1] and p.name != "__init__.py"]
    sizes = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in files}
    graph: dict[str, set[str]] = {}
    inside = heavy = 0
    for path in files:
        targets, n_inside, n_heavy = imports_of(root, path, known)
        graph[module_name(root, path)] = targets
        inside += n_inside
        heavy += n_heavy
    measured = heavy_sello_modules(root, {name for names in DEFERRED_SELLO for name in names})
    heavy += sum(1 for names in DEFERRED_SELLO if measured.intersection(names))
    core_sizes = [sizes[p] for p in core]
    found = cycles(graph)
    owners = table_owners(root, files)
    shared = {t: sorted(m) for t, m in sorted(owners.items()) if len(m) > 1}
    print(f"core modules:                 {len(core)} ({sum(core_sizes):,} lines)")
    print(f"median core module:           {statistics.median(core_sizes):.0f} lines")
    big = sorted(((sizes[p], p.relative_to(root)) for p in files if sizes[p] > 500), reverse=True)
    print(f"modules over 500 lines:       {len(big)}" + "".join(f"\n    {n} {p}" for n, p in big))
    print(f"import cycles (modules):      {len(found)}" + "".join(f"\n    {' <-> '.join(c)}" for c in found))
    print(f"imports inside functions:     {inside} ({heavy} defer a heavy or optional dependency, measured)")
    print(
        f"tables with >1 SQL owner:     {len(shared)}"
        + "".join(f"\n    {t}: {', '.join(m)}" for t, m in shared.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
