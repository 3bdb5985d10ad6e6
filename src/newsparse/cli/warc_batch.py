"""WARC files in a batch: their records as tasks for the parser, one summary line per file.

Nothing here loads the WARC reader until an input names a WARC file, so batches of plain
captures pay nothing for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, TypeVar

from newsparse.cli.inputs import STDIN, Input
from newsparse.cli.output import one_line
from newsparse.errors import CaptureError, NotACapture
from newsparse.parse import parse_bytes
from newsparse.record import Record

if TYPE_CHECKING:
    from newsparse.readers.warc import WarcCapture, WarcEnd, WarcSkip, WarcStart

    Marker = WarcStart | WarcSkip | WarcEnd
    Task = Input | WarcCapture | Marker
    Done = Record | Input | Marker

# A record as the batch hands it on: the Record, or its JSON text.
R = TypeVar("R", Record, str)

_WARC_SUFFIXES: Final = (".warc", ".warc.gz")
_NEEDS_WARCIO: Final = "reading WARC files needs warcio: pip install 'newsparse[warc]'"


def tasks(items: Iterable[Input], max_bytes: int) -> Iterator[Task]:
    """Each input as it is, but a WARC file as its records and `file.warc.gz#N` as one record."""
    for item in items:
        source = item.source
        if item.error is not None or source == STDIN or os.path.isdir(source):
            yield item
        elif source.lower().endswith(_WARC_SUFFIXES):
            yield from _warc_file(source, max_bytes)
        elif "#" in source and not os.path.exists(source):
            yield _warc_record(item, max_bytes)
        else:
            yield item


def _warc_file(path: str, max_bytes: int) -> Iterator[Task]:
    try:
        from newsparse.readers.warc import WarcStart, warc_items
    except ImportError:
        yield Input(path, _NEEDS_WARCIO)
        return
    records = warc_items(path, max_bytes=max_bytes)
    try:
        first = next(records)  # opening the file and reading its first record may fail
    except CaptureError as error:
        yield Input(path, str(error))
        return
    yield WarcStart(path)
    yield first
    yield from records


def _warc_record(item: Input, max_bytes: int) -> Task:
    try:
        from newsparse.readers.warc import WarcSkip, split_offset, warc_item_at
    except ImportError:
        return Input(item.source, _NEEDS_WARCIO)
    at = split_offset(item.source)
    if at is None:
        return item
    try:
        found = warc_item_at(at[0], at[1], max_bytes=max_bytes)
    except CaptureError as error:
        return Input(item.source, str(error))
    if isinstance(found, WarcSkip):
        return Input(item.source, found.reason)
    return found


def parse_capture(capture: WarcCapture, max_bytes: int) -> Record | Input | WarcSkip:
    """A WARC capture's record; a page that is not a news page is a skip, not an error."""
    from newsparse.readers.warc import WarcSkip

    try:
        return parse_bytes(
            capture.data, capture.source, max_bytes=max_bytes, fallback=capture.fallback
        )
    except NotACapture:
        return WarcSkip(capture.source, "not a news page")
    except CaptureError as error:
        return Input(capture.source, str(error))
    except Exception as error:  # a parser bug must not cost the rest of the crawl
        return Input(capture.source, f"internal error ({type(error).__name__}: {error})")


def tally(results: Iterable[R | Input | Marker]) -> Iterator[R | Input]:
    """Records and failures in order; a WARC file's skips counted into its summary line."""
    news = failed = 0
    for item in results:
        if isinstance(item, Record | str):
            news += 1
            yield item
        elif isinstance(item, Input):
            failed += 1
            yield item
        else:
            from newsparse.readers.warc import WarcSkip, WarcStart  # loaded: a WARC was read

            if isinstance(item, WarcStart):
                news = failed = 0
            elif isinstance(item, WarcSkip):
                if item.failed:
                    failed += 1
                    yield Input(item.source, item.reason)
            else:
                _summary(item, news, failed)


def _summary(end: WarcEnd, news: int, failed: int) -> None:
    if end.warning:
        sys.stderr.write(f"newsparse: warning: {one_line(end.warning)}\n")
    skipped = end.records - news - failed
    line = f"{end.path}: {end.records:,} records, {news:,} news pages, {skipped:,} skipped"
    sys.stderr.write(one_line(line + (f", {failed:,} failed" if failed else "")) + "\n")
