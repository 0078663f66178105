"""The package import graph has no cycles, also not through imports inside functions,
and jobs/ imports no domain (it is transport only)."""

from __future__ import annotations

import subprocess
import sys

from sleeve.devtools.imports import cycles, module_graph, package_graph

DOMAINS = {"sleeve.covers", "sleeve.music", "sleeve.accounts", "sleeve.delivery", "sleeve.ops"}


def test_the_command_prints_the_graph_and_finds_no_cycle() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sleeve.devtools.imports"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert "jobs       -> core, db\n" in done.stdout and "no cycles" in done.stdout


def test_no_package_or_module_imports_itself_through_others() -> None:
    modules = module_graph()
    assert cycles(package_graph(modules)) == []
    assert cycles(modules) == []


def test_jobs_and_the_engine_import_no_domain() -> None:
    graph = package_graph()
    assert not graph["sleeve.jobs"] & DOMAINS
    assert graph["sleeve.engine"] == set()
    assert graph["sleeve.core"] == set()


def test_a_cycle_is_found_however_long_and_wherever_it_starts() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"x": {"y"}, "y": set()}) == []


def test_an_import_inside_a_function_counts(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sleeve.devtools import imports

    package = tmp_path / "sleeve"
    for name in ("one", "two"):
        (package / name).mkdir(parents=True)
        (package / name / "__init__.py").write_text("")
    (package / "one" / "a.py").write_text("from sleeve.two import b\n")
    (package / "two" / "b.py").write_text("def f():\n    from sleeve.one.a import x\n")
    monkeypatch.setattr(imports, "ROOT", package)
    assert cycles(package_graph()) == [["sleeve.one", "sleeve.two"]]
