"""The layout rules of docs/ARCHITECTURE.md, checked: import contracts and imports in functions."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("accounts", "audit", "chats", "demo", "meppel_archief", "woo", "zaken")


def test_the_import_contracts_are_kept():
    pytest.importorskip("importlinter.cli")
    # The same contracts `make lint` and CI run (pyproject.toml, [tool.importlinter]), in a
    # process of its own: import-linter configures logging with dictConfig, which disables
    # every logger that exists already (later caplog tests in this process saw no records).
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
         "sys.exit(lint_imports_command())", "--config", str(ROOT / "pyproject.toml")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


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


def _names_bound_twice(path: Path) -> list[str]:
    """Module-level names assigned more than once (a later `_X = re.compile(...)` silently
    replaces the earlier one for every function that reads it). Re-binding inside `if`/`try`
    blocks (fallback imports) is not counted: only plain top-level assignments."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{path.relative_to(ROOT)}:{node.lineno} {target.id} "
                                 f"(first at {seen[target.id]})")  # fmt: skip
                seen.setdefault(target.id, node.lineno)
    return twice


def test_no_module_level_name_is_bound_twice():
    # Stop 43: round 35 of the screenshot rules defined a second `_LOWER_WORD_BEFORE` 6,000
    # lines below the first, and an older rule silently read the new pattern: "Heeft u Wil al
    # gesproken" and "Lot en Mare" were no longer blacked out on screenshots.
    twice = [
        hit
        for app in PRODUCT
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        for hit in _names_bound_twice(path)
    ]
    assert not twice, twice
