"""Optional per-package hooks (`cli.register`, `demo.seed`): a package opts in by having the module."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType


def optional_modules(names: list[str]) -> Iterator[ModuleType]:
    """Import each module that exists; a missing module is skipped, an import error inside one is not."""
    for name in names:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
