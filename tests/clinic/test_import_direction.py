"""Imports run one way: the project package (clinic/) and the treatments app import nothing
from the intake app, which builds on them. clinic/urls.py routes to intake's URLconfs by name
(`include("intake.patient.urls")`), which is not an import."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(package: str) -> dict[str, set[str]]:
    """Every module each file of the package imports, at any depth (inside functions too)."""
    found = {}
    for path in (ROOT / package).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


@pytest.mark.parametrize("package", ["clinic", "treatments"])
def test_imports_nothing_from_the_intake_app(package):
    upward = {
        path: sorted(name for name in names if name.split(".")[0] == "intake")
        for path, names in imported_modules(package).items()
    }

    assert {path: names for path, names in upward.items() if names} == {}


@pytest.mark.parametrize("package", ["clinic", "treatments"])
def test_imports_nothing_from_the_apps_above_it(package):
    """clinic is the ground floor (settings, security, the site's frame): it imports no app;
    treatments builds on clinic only, and appointments on intake and treatments."""
    apps_above = {
        "clinic": {"treatments", "intake", "appointments"},
        "treatments": {"intake", "appointments"},
    }
    upward = {
        path: sorted(name for name in names if name.split(".")[0] in apps_above[package])
        for path, names in imported_modules(package).items()
        if "/migrations/" not in path
    }

    assert {path: names for path, names in upward.items() if names} == {}
