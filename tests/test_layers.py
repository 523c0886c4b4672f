"""Imports run one way: a stage uses the stages below it, never one above."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "generator"
# Lowest first. A module may import from its own layer and the layers before it.
LAYERS = [
    # What every stage shares: plain data, errors, hashing, persistence, links, slugs, wording,
    # patterns compiled when first used.
    {
        "models",
        "errors",
        "calendar",
        "links",
        "urls",
        "slugs",
        "progress",
        "fingerprints",
        "codec",
        "files",
        "wording",
        "wires",
        "places",
        "memos",
        "patterns",
        "",
    },
    {"content"},
    {"analysis"},
    {"briefing"},
    {"site"},
    {"output"},
    {"cache"},
    {"build", "collect"},
    {"live"},
    {"cli", "__main__"},
]


def layer_of(module: str) -> int:
    """The layer of `generator.<part>...` by its first part ("" for the package itself)."""
    first = module.split(".")[1] if "." in module else ""
    for number, names in enumerate(LAYERS):
        if first in names:
            return number
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every generator module `path` imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from generator import build` imports a module; `import __version__` does not.
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if _is_module(f"{node.module}.{alias.name}")
            )
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "generator" or name.startswith("generator.")}


def _is_module(name: str) -> bool:
    path = REPO.joinpath(*name.split("."))
    return path.is_dir() or path.with_suffix(".py").is_file()


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_a_module_imports_only_from_its_own_layer_and_those_below(path: Path) -> None:
    here = layer_of(module_name(path))
    above = sorted(name for name in imported(path) if layer_of(name) > here)
    assert above == [], f"{module_name(path)} (layer {here}) imports from above: {above}"


def test_the_check_sees_an_import_that_runs_upwards(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from generator.site.render import render_site\n")
    assert layer_of(next(iter(imported(module)))) > layer_of("generator.briefing.assemble")
