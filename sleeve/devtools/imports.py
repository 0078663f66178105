"""The import graph of Sleeve's packages, read from the source with `ast`.

Every `import` counts, also those inside functions and under TYPE_CHECKING, so a
cycle cannot hide in a lazy import. Run `python -m sleeve.devtools.imports` to print
each package and the packages it imports, then any cycle between packages or between
modules; exit code 1 on a cycle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the sleeve package


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """The absolute names of everything one module imports."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def package_of(name: str) -> str | None:
    """The Sleeve package (`sleeve.covers`...) a dotted name belongs to, if any; names
    in the top-level package itself (`sleeve.__version__`) belong to none."""
    parts = name.split(".")
    if parts[0] != "sleeve" or len(parts) < 2 or not (ROOT / parts[1]).is_dir():
        return None
    return ".".join(parts[:2])


def module_graph() -> dict[str, set[str]]:
    """Each Sleeve module and the Sleeve modules it imports (a package's `__init__`
    counts as the package)."""
    paths = {
        _module_name(path): path
        for path in sorted(ROOT.rglob("*.py"))
        if "migrations" not in path.parts
    }
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for name in _imported(tree, module, path.name == "__init__.py"):
            parts = name.split(".")
            while parts and ".".join(parts) not in paths:
                parts.pop()
            if parts and ".".join(parts) != module:
                targets.add(".".join(parts))
        graph[module] = targets
    return graph


def package_graph(modules: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Each Sleeve package and the other Sleeve packages its modules import."""
    graph: dict[str, set[str]] = {}
    for module, targets in (modules or module_graph()).items():
        own = package_of(module)
        if own is None:  # sleeve/__init__.py, sleeve/__main__.py
            continue
        wanted = {package_of(target) for target in targets}
        graph.setdefault(own, set()).update(t for t in wanted if t and t != own)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one package (each one is a cycle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main() -> int:
    """Print the package graph, then any cycle between packages or between modules;
    1 when there is a cycle."""
    modules = module_graph()
    graph = package_graph(modules)
    for package in sorted(graph):
        targets = ", ".join(name.removeprefix("sleeve.") for name in sorted(graph[package]))
        print(f"{package.removeprefix('sleeve.'):10s} -> {targets or '(nothing of ours)'}")
    found = cycles(graph) + cycles(modules)
    for group in found:
        print("cycle:", " <-> ".join(name.removeprefix("sleeve.") for name in group))
    if not found:
        print("no cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
