"""Many inputs through the parser, in input order, in this process or in a pool of them.

Results stream: each record is handed on as soon as it and all before it are ready,
and at most a few inputs per worker are in flight, so memory stays flat however long
the batch is.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING, Final

from newsparse.cli.inputs import STDIN, Input, read_capture
from newsparse.errors import CaptureError
from newsparse.parse import parse_bytes
from newsparse.record import Record

if TYPE_CHECKING:
    from concurrent.futures import Future

# Inputs in flight per worker: enough to keep every worker busy, few enough to stay small.
_IN_FLIGHT_PER_WORKER: Final = 4

Result = Record | Input


def parse_input(item: Input, max_bytes: int) -> Result:
    """One input's record, or the Input carrying the one-line reason it failed."""
    if item.error is not None:
        return item
    try:
        return parse_bytes(read_capture(item.source, max_bytes), item.source, max_bytes=max_bytes)
    except CaptureError as error:
        return Input(item.source, str(error))
    except Exception as error:  # a parser bug must not cost the rest of the batch
        return Input(item.source, f"internal error ({type(error).__name__}: {error})")


def worker_count(jobs: int) -> int:
    """`--jobs`: 0 means one worker per core."""
    return jobs if jobs > 0 else os.cpu_count() or 1


def parse_all(
    items: Iterable[Input], max_bytes: int, jobs: int = 1
) -> Generator[Result, None, None]:
    """Every input's result, in input order."""
    workers = worker_count(jobs)
    if workers == 1:
        for item in items:
            yield parse_input(item, max_bytes)
        return
    # Imported here: concurrent.futures and multiprocessing are slow to load, and most runs
    # use one process.
    from concurrent.futures import Future, ProcessPoolExecutor

    pending: deque[Future[Result]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in items:
            if item.source == STDIN:
                # Standard input can only be read here, in the process that owns it.
                done: Future[Result] = Future()
                done.set_result(parse_input(item, max_bytes))
                pending.append(done)
            else:
                pending.append(pool.submit(parse_input, item, max_bytes))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
