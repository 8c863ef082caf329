"""The mutation run's data: floors at or above the bar, test files that exist, equivalents that name real mutants."""

from __future__ import annotations

import ast
import json

from mutation.mutants import mutants_of
from tests.support.paths import ROOT

FLOORS = json.loads((ROOT / "mutation" / "floors.json").read_text(encoding="utf-8"))
EQUIVALENT = json.loads((ROOT / "mutation" / "equivalent.json").read_text(encoding="utf-8"))
BAR = 90.0  # issue 20: every listed module kills at least 90 % of its non-equivalent mutants


def test_every_module_has_a_floor_at_or_above_the_bar_and_its_tests_exist() -> None:
    assert set(FLOORS["modules"]) == {
        "complaints/assessment.py",
        "complaints/deadlines.py",
        "appointments/uscc.py",
        "core/auth.py",
        "appointments/booking.py",
        "complaints/assess_prepackaged.py",
        "complaints/assess_overpackaging.py",
    }
    for module, config in FLOORS["modules"].items():
        assert config["floor"] >= BAR, module
        assert config["tests"] and all((ROOT / path).is_file() for path in config["tests"]), module


def test_each_equivalent_mutant_exists_and_says_why() -> None:
    for module, entries in EQUIVALENT.items():
        keys = {mutant.key for mutant in mutants_of(module, ROOT)[1]}
        for entry in entries:
            assert entry["mutant"] in keys, (module, entry["mutant"])
            assert len(entry["why"]) > 20, entry


def test_mutants_are_one_change_each_and_named_stably() -> None:
    tree, mutants = mutants_of("appointments/uscc.py", ROOT)
    assert len({m.key for m in mutants}) == len(mutants)
    kinds = {m.kind.split(":")[0] for m in mutants}
    assert {"compare", "number", "boolop", "negate", "drop_return", "arith"} <= kinds
    original = ast.unparse(tree)
    for mutant in mutants[:20]:
        assert ast.unparse(mutant.apply(tree)) != original
    assert ast.unparse(tree) == original  # applying a mutant never changes the parsed module itself
