"""Put one mutant into an already imported module, in place.

Other modules hold the module's functions (`from complaints.assessment import assess`), so a function is changed by
giving the existing function object the mutated code; a module-level or class-level value is replaced by the value
the mutated statement computes. Only the top-level statement that holds the mutant is changed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import types
from typing import Any

from mutation.mutants import Mutant


class NotApplied(Exception):
    """The runner could not put this mutant into the running module (a limit of the runner, not a kill)."""


def module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _innermost(func: Any) -> Any:
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    return func


def _swap_function(original: Any, mutated: Any) -> None:
    target, source = _innermost(original), _innermost(mutated)
    target.__code__ = source.__code__
    target.__defaults__ = source.__defaults__
    target.__kwdefaults__ = source.__kwdefaults__
    if hasattr(original, "cache_clear"):
        original.cache_clear()


def _swap_class(original: type, mutated: type, filename: str) -> None:
    for name, value in vars(mutated).items():
        if name in {"__dict__", "__weakref__", "__module__", "__qualname__", "__doc__"}:
            continue
        current = vars(original).get(name)
        if isinstance(value, types.FunctionType) and isinstance(current, types.FunctionType):
            if value.__code__.co_filename == filename:  # not the methods a decorator (dataclass) generated
                _swap_function(current, value)
        elif isinstance(value, property) and isinstance(current, property):
            for part in ("fget", "fset", "fdel"):
                if getattr(value, part) is not None:
                    _swap_function(getattr(current, part), getattr(value, part))
        elif isinstance(value, staticmethod | classmethod) and isinstance(current, staticmethod | classmethod):
            _swap_function(current.__func__, value.__func__)
        elif not inspect.isroutine(value) and value != current:
            setattr(original, name, value)


def _assigned_names(statement: ast.stmt) -> list[str]:
    names: list[str] = []
    targets: list[ast.expr] = []
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
        targets = [statement.target]
    for target in targets:
        names += [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
    return names


def apply(mutant: Mutant, tree: ast.Module) -> None:
    """Change the imported module `mutant.module` so that it behaves as the mutant."""
    module = importlib.import_module(module_name(mutant.module))
    mutated_tree = mutant.apply(tree)
    namespace: dict[str, Any] = {
        "__name__": module.__name__,
        "__file__": module.__file__,
        "__package__": module.__package__,
        "__builtins__": __builtins__,
    }
    filename = module.__file__ or mutant.module
    exec(compile(mutated_tree, filename, "exec"), namespace)
    statement = mutated_tree.body[mutant.path[0][1] or 0]
    try:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            _swap_function(getattr(module, statement.name), namespace[statement.name])
        elif isinstance(statement, ast.ClassDef):
            _swap_class(getattr(module, statement.name), namespace[statement.name], filename)
        else:
            for name in _assigned_names(statement):
                setattr(module, name, namespace[name])
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        raise NotApplied(f"{mutant.key}: {exc}") from exc
    clear_caches(module)  # cached readers of data files must re-read through the mutant


def clear_caches(module: types.ModuleType) -> None:
    for value in vars(module).values():
        if callable(value) and hasattr(value, "cache_clear") and getattr(value, "__module__", None) == module.__name__:
            value.cache_clear()
