"""Many inputs through the parser, in input order, in this process or in a pool of them.

Results stream: each record is handed on as soon as it and all before it are ready,
and at most a few inputs per worker are in flight, so memory stays flat however long
the batch is. Workers get paths and send back little: `json_lines` has each record written
as JSON where it was parsed, and a failure crosses back as a (source, reason) pair, so the
main process, which shares the cores with the workers, only writes text out.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Final, Union

from newsparse.cli.inputs import STDIN, Input, read_capture
from newsparse.cli.output import json_line
from newsparse.cli.warc_batch import R, parse_capture, tally, tasks
from newsparse.errors import CaptureError
from newsparse.parse import parse_bytes
from newsparse.record import Record

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from newsparse.cli.warc_batch import Done, Marker, Task

# Chunks in flight per worker: enough to keep every worker busy, few enough to stay small.
_IN_FLIGHT_PER_WORKER: Final = 4
# A chunk's most tasks, and most WARC payload bytes (file inputs are read by the worker):
# a round trip to a worker costs the main process about as much as a small page's parse.
_CHUNK: Final = 8
_CHUNK_BYTES: Final = 1 << 20

Result = Record | Input
# What a task's result is made into where it ran: a failure as its (source, reason).
Sent = Union[R, tuple[str, str | None], "Marker"]


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
    """Every input's result, in input order; a WARC file's pages one by one, then its summary."""
    return _batch(items, max_bytes, jobs, _as_is)


def json_lines(
    items: Iterable[Input], max_bytes: int, jobs: int = 1, *, pretty: bool = False
) -> Generator[str | Input, None, None]:
    """`parse_all` with each record as its JSON text (`json_line`), written where it was parsed."""
    return _batch(items, max_bytes, jobs, functools.partial(json_line, pretty=pretty))


def _as_is(record: Record) -> Record:
    return record


def _batch(
    items: Iterable[Input], max_bytes: int, jobs: int, render: Callable[[Record], R]
) -> Generator[R | Input, None, None]:
    work = _run_all(tasks(items, max_bytes), max_bytes, jobs, render)
    try:
        yield from tally(work)
    finally:
        work.close()  # shuts a pool of workers down with the run


def run_task(task: Task, max_bytes: int) -> Done:
    """A file input or a WARC capture parsed; WARC markers pass through."""
    if isinstance(task, Input):
        return parse_input(task, max_bytes)
    from newsparse.readers.warc import WarcCapture  # loaded: a WARC was read

    return parse_capture(task, max_bytes) if isinstance(task, WarcCapture) else task


def _sent(task: Task, max_bytes: int, render: Callable[[Record], R]) -> Sent[R]:
    """A task run, its result made small to cross back from a worker."""
    done = run_task(task, max_bytes)
    if isinstance(done, Record):
        return render(done)
    if isinstance(done, Input):
        return (done.source, done.error)
    return done


def _received(sent: Sent[R]) -> R | Input | Marker:
    return Input(*sent) if isinstance(sent, tuple) else sent


def _run_all(
    items: Iterable[Task], max_bytes: int, jobs: int, render: Callable[[Record], R]
) -> Generator[R | Input | Marker, None, None]:
    workers = worker_count(jobs)
    if workers == 1:
        for item in items:
            yield _received(_sent(item, max_bytes, render))
        return
    for sent in _pooled(iter(items), max_bytes, workers, render):
        yield _received(sent)


def _pooled(
    items: Iterator[Task], max_bytes: int, workers: int, render: Callable[[Record], R]
) -> Iterator[Sent[R]]:
    """Results from a pool of processes; a worker that dies costs a new pool, not the batch."""
    # Imported here: concurrent.futures and multiprocessing are slow to load, and most runs
    # use one process.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def submit(pool: Executor, chunk: list[Task]) -> Future[list[Sent[R]]]:
        return _submit(pool, chunk, max_bytes, render)

    chunks = _chunks(items, workers)
    pending: deque[tuple[list[Task], Future[list[Sent[R]]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            # A chunk split after a broken pool may leave more than the window in flight.
            room = max(0, workers * _IN_FLIGHT_PER_WORKER - len(pending))
            for chunk in islice(chunks, room):
                pending.append((chunk, submit(pool, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every chunk in flight fails with the pool, whichever input killed it: the
                # first input is tried again alone, the rest of its chunk one by one, and the
                # other chunks as they were, in a new pool.
                pool.shutdown(wait=True)
                results = [_alone(chunk[0], max_bytes, render)]
                pool = ProcessPoolExecutor(max_workers=workers)
                pending.extendleft(([task], future) for task in reversed(chunk[1:]))
                pending = deque(
                    (queued, done if _succeeded(done) else submit(pool, queued))
                    for queued, done in pending
                )
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator[Task], workers: int) -> Iterator[list[Task]]:
    """Tasks in lists for the workers, one round trip each: one task a list at first, so that
    a short batch is shared out evenly, then more, up to _CHUNK tasks or _CHUNK_BYTES of WARC
    payload. A task that runs here travels alone."""
    window = workers * _IN_FLIGHT_PER_WORKER
    chunk: list[Task] = []
    size = payload = handed = 0
    for task in items:
        if _here(task):
            if chunk:
                yield chunk
            yield [task]
            chunk, payload = [], 0
            continue
        if not chunk:
            size = min(_CHUNK, max(1, handed // window))
        chunk.append(task)
        handed += 1
        payload += len(getattr(task, "data", b""))
        if len(chunk) >= size or payload >= _CHUNK_BYTES:
            yield chunk
            chunk, payload = [], 0
    if chunk:
        yield chunk


def _succeeded(future: Future[list[Sent[R]]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _sent_all(chunk: list[Task], max_bytes: int, render: Callable[[Record], R]) -> list[Sent[R]]:
    """A worker's round trip: each task of the chunk run, in order."""
    return [_sent(task, max_bytes, render) for task in chunk]


def _submit(
    pool: Executor, chunk: list[Task], max_bytes: int, render: Callable[[Record], R]
) -> Future[list[Sent[R]]]:
    """The chunk's future in the pool; one already failed if the pool broke before it."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    done: Future[list[Sent[R]]] = Future()
    if _here(chunk[0]):
        # Standard input can only be read here, in the process that owns it; markers and
        # reasons need no work.
        done.set_result(_sent_all(chunk, max_bytes, render))
        return done
    try:
        return pool.submit(_sent_all, chunk, max_bytes, render)
    except BrokenProcessPool as error:
        done.set_exception(error)
        return done


def _here(task: Task) -> bool:
    if isinstance(task, Input):
        return task.source == STDIN or task.error is not None
    return type(task).__name__ != "WarcCapture"


def _alone(item: Task, max_bytes: int, render: Callable[[Record], R]) -> Sent[R]:
    """One task parsed in a process of its own: its result, or why that process died."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return _submit(pool, [item], max_bytes, render).result()[0]
        except BrokenProcessPool:
            return (_source(item), "the worker process parsing it died")


def _source(task: Task) -> str:
    return task.source if isinstance(task, Input) else str(getattr(task, "source", "-"))
