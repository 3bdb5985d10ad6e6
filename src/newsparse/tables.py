"""Records as tables for analysis: CSV rows for spreadsheets, Parquet with a fixed schema.

pyarrow is imported only when Parquet is asked for. Parquet's `published` is a real
timestamp (UTC instant, shown in Asia/Tehran) where the page gave a time, null where it gave
only a day; `published_date` holds the day in both cases, so date-only values stay apart.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import IO, Any, Final

from newsparse.record import Record

LIST_SEPARATOR: Final = "; "  # categories and warnings in a CSV cell
PARAGRAPH_SEPARATOR: Final = "\n\n"  # body paragraphs in a CSV cell
_BATCH: Final = 1000


def csv_writer(out: IO[str]) -> Callable[[Record], None]:
    """A function writing each record as a CSV row, after a header row written now."""
    from newsparse.record import json_schema

    names = list(json_schema()["properties"])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)

    def write(record: Record) -> None:
        row = record.to_dict()
        row["body"] = PARAGRAPH_SEPARATOR.join(record.body)
        for name in ("categories", "warnings"):
            row[name] = LIST_SEPARATOR.join(getattr(record, name))
        writer.writerow("" if row[name] is None else row[name] for name in names)

    return write


def parquet_schema() -> Any:
    """The fixed Arrow schema of the Parquet output."""
    import pyarrow as pa

    text, count, texts = pa.string(), pa.int64(), pa.list_(pa.string())
    return pa.schema(
        [
            ("source", text),
            ("format", text),
            ("language", text),
            ("layout", text),
            ("url", text),
            ("news_code", count),
            ("kicker", text),
            ("title", text),
            ("published", pa.timestamp("us", tz="Asia/Tehran")),
            ("published_date", pa.date32()),
            ("captured_on", pa.date32()),
            ("views", count),
            ("study_minutes", count),
            ("categories", texts),
            ("comment_count", count),
            ("body", texts),
            ("word_count", count),
            ("publisher", text),
            ("warnings", texts),
        ]
    )


def parquet_row(record: Record) -> dict[str, Any]:
    """A record as a row of `parquet_schema()`."""
    row = record.to_dict()
    published = record.published
    moment = datetime.fromisoformat(published) if published and "T" in published else None
    row["published"] = moment
    row["published_date"] = (
        moment.date() if moment else date.fromisoformat(published) if published else None
    )
    row["captured_on"] = date.fromisoformat(record.captured_on) if record.captured_on else None
    return row


def write_parquet(records: Iterable[Record], path: str) -> None:
    """The records as a Parquet file at `path` (written whole or not at all), in row batches."""
    import tempfile

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".newsparse-", suffix=".tmp", dir=directory)
    os.close(handle)
    try:
        with pq.ParquetWriter(temporary, schema) as writer:
            batch: list[dict[str, Any]] = []
            for record in records:
                batch.append(parquet_row(record))
                if len(batch) >= _BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
