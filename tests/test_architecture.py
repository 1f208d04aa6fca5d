"""The layout rules of docs/ARCHITECTURE.md, checked: import contracts and imports in functions."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("accounts", "audit", "chats", "demo", "meppel_archief", "woo", "zaken")


def test_the_import_contracts_are_kept():
    lint = pytest.importorskip("importlinter.cli")
    # The same contracts `make lint` and CI run (pyproject.toml, [tool.importlinter]).
    assert lint.lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def _function_imports_without_reason(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Import | ast.ImportFrom):
                continue
            # The reason stands on the import's line or in the comment above its block of imports.
            above = inner.lineno - 2
            while above >= 0 and (
                not lines[above].strip() or lines[above].lstrip().startswith(("from ", "import "))
            ):
                above -= 1
            has_reason = "#" in lines[inner.lineno - 1] or (
                above >= 0 and lines[above].lstrip().startswith("#")
            )
            if not has_reason:
                found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    return found


def test_an_import_inside_a_function_says_why():
    missing = [
        place
        for package in PRODUCT
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
        for place in _function_imports_without_reason(path)
    ]
    assert missing == [], "imports in functions without a comment saying why: " + ", ".join(missing)
