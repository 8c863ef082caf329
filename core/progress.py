"""Progress bars for long CLI work, on a person's terminal only.

Quiet when stdout is not a terminal (a pipe, cron, systemd) or when logs are JSON lines (services, containers):
a bar there would be noise between log records. The bar itself goes to stderr, so stdout stays the command's data.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[[int], object]


def _ignore(steps: int = 1) -> None:
    del steps


def progress_enabled() -> bool:
    from core.logging import JsonFormatter

    json_logs = any(isinstance(h.formatter, JsonFormatter) for h in logging.getLogger().handlers)
    return sys.stdout.isatty() and not json_logs


@contextmanager
def progress(description: str, *, total: int | None = None, unit: str = "条") -> Iterator[Advance]:
    """`with progress("导入知识库", total=n) as advance: ... advance(1)`: a no-op `advance` when quiet."""
    if not progress_enabled():
        yield _ignore
        return
    from tqdm import tqdm

    # A terminal that reports no size (0 x 0) makes tqdm draw nothing; shutil falls back to 80 x 24.
    size = shutil.get_terminal_size()
    with tqdm(
        total=total, desc=description, unit=unit, file=sys.stderr, leave=False, ncols=size.columns, nrows=size.lines
    ) as bar:
        yield bar.update
