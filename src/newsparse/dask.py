"""Crawls too large for one machine on Dask: a bag of WARC files (or captures) parsed by
newsparse, one Parquet file per partition, with the schema of `parse --format parquet`.

Dask only distributes: each partition is parsed exactly as `newsparse parse` parses it (WARC
records read one at a time, skips counted, failures named) and written atomically by the same
Parquet writer. Nothing else in newsparse imports this module, so dask is needed only by
those who use it: `pip install 'newsparse[dask]'`.

    from newsparse.dask import to_parquet
    parts = to_parquet(["crawl-00.warc.gz", "crawl-01.warc.gz"], "records/")
    # pandas.read_parquet("records/"), duckdb "SELECT ... FROM 'records/*.parquet'"
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

import dask.bag

from newsparse.cli.batch import parse_all
from newsparse.cli.inputs import Input, expand
from newsparse.parse import MAX_BYTES
from newsparse.record import Record
from newsparse.tables import write_parquet

_PART: Final = "part-{:05d}.parquet"


@dataclass(frozen=True, slots=True)
class Partition:
    """One Parquet file written: its path, how many records it holds, the inputs that failed."""

    path: str
    records: int
    failures: tuple[tuple[str, str], ...] = ()


def to_parquet(
    paths: Sequence[str],
    folder: str,
    *,
    files_per_partition: int = 1,
    max_bytes: int = MAX_BYTES,
    overwrite: bool = False,
    **compute: Any,
) -> list[Partition]:
    """Parse WARC files, captures and directories of them on Dask into `folder/part-NNNNN.parquet`.

    `compute` goes to `Bag.compute` (e.g. `scheduler="synchronous"`); without it Dask uses its
    default scheduler, or the `dask.distributed` client you started. FileExistsError if
    `folder` already holds parts, unless `overwrite`.
    """
    os.makedirs(folder, exist_ok=True)
    old = set(glob.glob(os.path.join(folder, "part-*.parquet")))
    if old and not overwrite:
        raise FileExistsError(f"{folder} already holds Parquet parts (use overwrite=True)")
    inputs, size = list(expand(list(paths))), max(1, files_per_partition)
    chunks = [
        (os.path.join(folder, _PART.format(number)), inputs[start : start + size])
        for number, start in enumerate(range(0, len(inputs), size))
    ]
    # dask.bag is not annotated.
    bag = dask.bag.from_sequence(chunks, npartitions=max(1, len(chunks)))  # type: ignore[no-untyped-call]
    written: list[Partition] = list(bag.map(_write_partition, max_bytes).compute(**compute))
    for stale in old - {part.path for part in written}:
        os.unlink(stale)  # parts of an earlier, larger run would otherwise mix with these
    return written


def _write_partition(chunk: tuple[str, list[Input]], max_bytes: int) -> Partition:
    """One partition's inputs parsed as the CLI parses them, its records written as Parquet."""
    path, inputs = chunk
    failures: list[tuple[str, str]] = []
    count = [0]

    def records(results: Iterable[Record | Input]) -> Iterator[Record]:
        for result in results:
            if isinstance(result, Input):
                failures.append((result.source, result.error or "failed"))
            else:
                count[0] += 1
                yield result

    write_parquet(records(parse_all(inputs, max_bytes)), path)
    return Partition(path, count[0], tuple(failures))
