"""newsparse on Dask: WARC files parsed on the local synchronous scheduler into Parquet parts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, load_json
from newsparse.dask import Partition, to_parquet
from newsparse.tables import parquet_schema
from test_warc import crawl
from warc_build import build_warc

TEHRAN = dt.timezone(dt.timedelta(hours=4, minutes=30))


def _crawls(folder: Path) -> tuple[list[str], list[int]]:
    """Two WARC files: the test crawl gzipped per record, and its first record uncompressed."""
    first, second = folder / "a.warc.gz", folder / "b.warc"
    offsets = build_warc(first, crawl(), gzip=True)
    build_warc(second, crawl()[:1], gzip=False)
    return [str(first), str(second)], offsets


def test_warc_files_become_parquet_parts_with_the_fixed_schema(tmp_path: Path) -> None:
    paths, offsets = _crawls(tmp_path)
    missing = str(tmp_path / "gone.warc.gz")
    out = tmp_path / "records"
    parts = to_parquet([*paths, missing], str(out), scheduler="synchronous")
    assert parts == [
        Partition(str(out / "part-00000.parquet"), 4),
        Partition(str(out / "part-00001.parquet"), 1),
        Partition(str(out / "part-00002.parquet"), 0, ((missing, "no such file"),)),
    ]
    table = pq.read_table(out)
    assert table.schema == parquet_schema()
    rows = sorted(table.to_pylist(), key=lambda row: row["source"])
    assert [row["source"] for row in rows] == [
        *(f"{paths[0]}#{offsets[i]}" for i in (0, 5, 6, 8)),
        f"{paths[1]}#0",
    ]
    full = rows[0]
    assert full["title"] == load_json(FIXTURES / "en-full-header" / "expected.json")["title"]
    assert full["published"] == dt.datetime(2019, 7, 3, 9, 5, tzinfo=TEHRAN)
    assert full["published_date"] == dt.date(2019, 7, 3)
    assert full["views"] == 1204
    assert full["categories"][:2] == ["NEWS", "Slider"]
    date_only = rows[3]
    assert date_only["news_code"] == 30217
    assert (date_only["published"], date_only["published_date"]) == (None, dt.date(2017, 7, 29))
    # The page shows no capture date: the WARC-Date's day, as a date.
    assert date_only["captured_on"] == dt.date(2024, 11, 2)


def test_files_per_partition_groups_inputs_and_parts_are_replaced_only_when_asked(
    tmp_path: Path,
) -> None:
    paths, _ = _crawls(tmp_path)
    out = tmp_path / "records"
    assert len(to_parquet(paths, str(out), scheduler="synchronous")) == 2
    with pytest.raises(FileExistsError, match="already holds Parquet parts"):
        to_parquet(paths, str(out), scheduler="synchronous")
    assert pq.read_table(out).num_rows == 5
    parts = to_parquet(
        paths, str(out), files_per_partition=2, overwrite=True, scheduler="synchronous"
    )
    assert [(Path(part.path).name, part.records) for part in parts] == [("part-00000.parquet", 5)]
    # The second part of the earlier run is gone, so its rows are not read twice.
    assert sorted(path.name for path in out.iterdir()) == ["part-00000.parquet"]
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert table.schema.field("body").type == pa.list_(pa.string())
