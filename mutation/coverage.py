"""Which tests run which lines of the mutated module: recorded once per module in the unmutated run.

A mutant is only run against the tests that execute the function it sits in (every test for a module-level
change); a mutant in a function no test calls survives without running anything.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

ALL = "*"  # lines run outside any test (imports, session fixtures)


class LineRecorder:
    """A pytest plugin: the lines of one file each test runs (setup, call and teardown)."""

    def __init__(self, filename: str, out: Path) -> None:
        self.filename, self.out = filename, out
        self.lines: dict[str, set[int]] = {ALL: set()}
        self.current = self.lines[ALL]
        sys.settrace(self._global)
        threading.settrace(self._global)

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != self.filename:
            return None
        self.current.add(frame.f_lineno)
        return self._local

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.current.add(frame.f_lineno)
        return self._local

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Any:
        self.current = self.lines.setdefault(item.nodeid, set())
        try:
            return (yield)
        finally:
            self.current = self.lines[ALL]

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        sys.settrace(None)
        threading.settrace(None)  # type: ignore[arg-type]
        self.out.write_text(json.dumps({k: sorted(v) for k, v in self.lines.items()}), encoding="utf-8")


def tests_for(recorded: dict[str, list[int]], span: tuple[int, int] | None) -> list[str] | None:
    """Test ids (in the order they ran) that executed a line of `span`; None = every test (module level)."""
    if span is None:
        return None
    first, last = span
    return [test for test, lines in recorded.items() if test != ALL and any(first <= n <= last for n in lines)]
