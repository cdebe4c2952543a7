"""The package's shape: no two modules import each other, however indirectly or lazily.

Every ``import`` and ``from ... import`` in ``src/jobparse`` counts, those inside
functions included (a lazy import is still a dependency). A cycle means two
modules know each other: a newcomer cannot read either alone, and the stages
stop being stages.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "jobparse"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join([*base, node.module] if node.level else [node.module or ""])
            if node.level and not node.module:
                target = ".".join(base)
            for alias in node.names:
                full = f"{target}.{alias.name}"
                found.add(full if full in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in modules and module != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_two_modules_import_each_other() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert len(graph) > 50
    assert graph["jobparse.watching.watch"] >= {"jobparse.parsing", "jobparse.watching.state"}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_folders_show_the_stages() -> None:
    """At most 14 modules beside __init__, __main__ and _version; the rest in stage packages."""
    top = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__", "__main__", "_version"}
    assert len(top) <= 14, sorted(top)
    stages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()}
    assert stages >= {"sources", "page", "fields", "patterns", "places", "exporters", "watching"}
    assert stages >= {"running", "cli"}


def test_every_former_module_name_still_imports_as_the_moved_module() -> None:
    import importlib

    from jobparse._moved import MOVED

    assert len(MOVED) >= 20
    for former, current in MOVED.items():
        assert importlib.import_module(former) is importlib.import_module(current), former
        assert importlib.import_module(current).__spec__.name == current
