"""AST mutants of one module: each changes one operator, constant, condition or return value at one place.

A mutant is named by where it is (the enclosing function) and what it changes, not by its line number, so the
list of known-equivalent mutants survives edits elsewhere in the file.
"""

from __future__ import annotations

import ast
import copy
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
ARITHMETIC_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.Mult,
    ast.Pow: ast.Mult,
}

Path_ = tuple[tuple[str, int | None], ...]  # (field, index) steps from the module node


@dataclass(frozen=True)
class Mutant:
    module: str  # repo-relative path
    index: int
    line: int
    scope: str  # dotted name of the enclosing function or class, "<module>" at top level
    original: str
    mutated: str
    path: Path_
    kind: str
    span: tuple[int, int] | None  # lines of the enclosing function; None at module or class level

    @property
    def key(self) -> str:
        """Stable name: scope, the code before -> after (with a counter when the same change repeats)."""
        return f"{self.scope}: {self.original} -> {self.mutated}"

    def apply(self, tree: ast.Module) -> ast.Module:
        """A copy of `tree` with this one change."""
        tree = copy.deepcopy(tree)
        parent: ast.AST = tree
        for field_name, position in self.path[:-1]:
            value = getattr(parent, field_name)
            parent = value if position is None else value[position]
        field_name, position = self.path[-1]
        node = getattr(parent, field_name) if position is None else getattr(parent, field_name)[position]
        replacement = _mutate(node, self.kind)
        if position is None:
            setattr(parent, field_name, replacement)
        else:
            getattr(parent, field_name)[position] = replacement
        return ast.fix_missing_locations(tree)


def _mutate(node: ast.AST, kind: str) -> ast.AST:
    """The replacement node for one mutation `kind` (see `_candidates`)."""
    node = copy.deepcopy(node)
    name, _, arg = kind.partition(":")
    if name == "compare":
        assert isinstance(node, ast.Compare)
        position = int(arg)
        node.ops[position] = COMPARE_SWAPS[type(node.ops[position])]()
        return node
    if name == "number":
        assert isinstance(node, ast.Constant)
        return ast.Constant(value=node.value + int(arg))
    if name == "bool":
        assert isinstance(node, ast.Constant)
        return ast.Constant(value=not node.value)
    if name == "boolop":
        assert isinstance(node, ast.BoolOp)
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return node
    if name == "negate":
        return ast.UnaryOp(op=ast.Not(), operand=node)
    if name == "drop_not":
        assert isinstance(node, ast.UnaryOp)
        return node.operand
    if name == "arith":
        assert isinstance(node, ast.BinOp | ast.AugAssign)
        node.op = ARITHMETIC_SWAPS[type(node.op)]()
        return node
    if name == "drop_return":
        assert isinstance(node, ast.Return)
        node.value = None
        return node
    raise ValueError(kind)


def _kinds(node: ast.AST, field_name: str) -> Iterator[str]:
    if isinstance(node, ast.Compare):
        for position, op in enumerate(node.ops):
            if type(op) in COMPARE_SWAPS:
                yield f"compare:{position}"
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            yield "bool"
        elif isinstance(node.value, int | float) and not isinstance(node.value, complex):
            yield "number:1"
            yield "number:-1"
    elif isinstance(node, ast.BoolOp):
        yield "boolop"
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "drop_not"
    elif isinstance(node, ast.BinOp | ast.AugAssign) and type(node.op) in ARITHMETIC_SWAPS:
        yield "arith"
    elif isinstance(node, ast.Return):
        if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
            yield "drop_return"
    if field_name == "test" and not (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)):
        yield "negate"  # the condition of an if / while / conditional expression


def _is_docstring(node: ast.AST, parent: ast.AST) -> bool:
    body = getattr(parent, "body", None)
    return (
        isinstance(body, list)
        and bool(body)
        and body[0] is node
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and isinstance(parent, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    )


SKIPPED_FIELDS = {"annotation", "returns", "type_comment"}


Candidate = tuple[Path_, ast.AST, str, str, tuple[int, int] | None]


def _candidates(tree: ast.Module) -> Iterator[Candidate]:
    """(path, node, kind, scope, function span) for every place a mutation applies, in source order."""

    def walk(node: ast.AST, path: Path_, scope: str, span: tuple[int, int] | None) -> Iterator[Candidate]:
        if isinstance(node, ast.Import | ast.ImportFrom):
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope = node.name if scope == "<module>" else f"{scope}.{node.name}"
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            span = (first, node.end_lineno or node.lineno)
        elif isinstance(node, ast.ClassDef):
            span = None
        for field_name, value in ast.iter_fields(node):
            if field_name in SKIPPED_FIELDS or (isinstance(node, ast.ClassDef) and field_name == "decorator_list"):
                continue  # a class decorator's arguments (dataclass(frozen=True)) shape a class patch.py cannot rebuild
            children = [(value, None)] if isinstance(value, ast.AST) else []
            if isinstance(value, list):
                children = [(child, i) for i, child in enumerate(value) if isinstance(child, ast.AST)]
            for child, position in children:
                if _is_docstring(child, node) or isinstance(child, ast.JoinedStr):
                    continue
                child_path = (*path, (field_name, position))
                for kind in _kinds(child, field_name):
                    yield child_path, child, kind, scope, span
                yield from walk(child, child_path, scope, span)

    yield from walk(tree, (), "<module>", None)


def mutants_of(module: str, root: Path) -> tuple[ast.Module, list[Mutant]]:
    source = (root / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[Mutant] = []
    seen: Counter[str] = Counter()
    for path, node, kind, scope, span in _candidates(tree):
        original = ast.get_source_segment(source, node) or ast.unparse(node)
        mutated = ast.unparse(_mutate(node, kind))
        original, mutated = " ".join(original.split()), " ".join(mutated.split())
        key = f"{scope}: {original} -> {mutated}"
        seen[key] += 1
        if seen[key] > 1:
            mutated = f"{mutated} (#{seen[key]})"
        found.append(
            Mutant(
                module=module,
                index=len(found),
                line=getattr(node, "lineno", 0),
                scope=scope,
                original=original,
                mutated=mutated,
                path=path,
                kind=kind,
                span=span,
            )
        )
    return tree, found
