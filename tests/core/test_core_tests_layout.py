"""The suite's own layout (issue 12): tests live by area, each self-contained; what several areas share lives in
tests/support, so no test module imports another one."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_test_module_imports_another_test_module() -> None:
    offenders = {
        f"{path.relative_to(TESTS)} imports {name}"
        for path in TESTS.rglob("*.py")
        for name in _imported_modules(path)
        if name.startswith("tests.") and name.rsplit(".", 1)[-1].startswith("test_")
    }
    assert not offenders, sorted(offenders)


def test_every_area_has_its_conftest_and_no_test_lies_at_the_top() -> None:
    areas = [p for p in TESTS.iterdir() if p.is_dir() and p.name not in {"support", "data", "__pycache__"}]
    assert areas
    assert [p.name for p in areas if not (p / "conftest.py").exists()] == []
    assert [p.name for p in TESTS.glob("test_*.py")] == []
