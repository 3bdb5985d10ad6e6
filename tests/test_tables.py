"""`parse --format csv|parquet`: Parquet read back with pyarrow and DuckDB, types checked."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REFERENCE
from newsparse.cli.app import app
from test_startup import imported_modules

runner = CliRunner()
FULL = FIXTURES / "en-full-header" / "page.html"
DATE_ONLY = FIXTURES / "en-date-only" / "page.html"
TEHRAN = dt.timezone(dt.timedelta(hours=4, minutes=30))


def _parquet(tmp_path: Path) -> Path:
    out = tmp_path / "records.parquet"
    result = runner.invoke(
        app, ["parse", "--format", "parquet", "-o", str(out), str(FULL), str(DATE_ONLY)]
    )
    assert result.exit_code == 0, result.stderr
    return out


def test_parquet_has_the_fixed_schema_and_real_types(tmp_path: Path) -> None:
    table = pq.read_table(_parquet(tmp_path))
    types = {field.name: field.type for field in table.schema}
    assert types["published"] == pa.timestamp("us", tz="Asia/Tehran")
    assert types["published_date"] == pa.date32()
    assert types["captured_on"] == pa.date32()
    for name in ("views", "news_code", "comment_count", "study_minutes", "word_count"):
        assert types[name] == pa.int64()
    for name in ("categories", "body", "warnings"):
        assert types[name] == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[0]["published"] == dt.datetime(2019, 7, 3, 9, 5, tzinfo=TEHRAN)
    assert rows[0]["published_date"] == dt.date(2019, 7, 3)
    assert rows[0]["captured_on"] == dt.date(2024, 10, 17)
    assert rows[0]["views"] == 1204
    assert rows[0]["categories"][:2] == ["NEWS", "Slider"]
    # A date-only publication: no timestamp, the day in its own column.
    assert (rows[1]["published"], rows[1]["published_date"]) == (None, dt.date(2017, 7, 29))


def test_duckdb_reads_the_parquet_with_the_right_types(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = _parquet(tmp_path)
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["published"] == "TIMESTAMP WITH TIME ZONE"
    assert types["published_date"] == "DATE"
    assert types["views"] == "BIGINT"
    assert types["body"] == "VARCHAR[]"
    found = duckdb.sql(
        f"SELECT news_code, len(categories) FROM read_parquet('{out}') WHERE published IS NULL"
    ).fetchall()
    assert found == [(30217, 3)]


def test_csv_joins_lists_as_the_readme_says() -> None:
    result = runner.invoke(app, ["parse", "--format", "csv", str(DATE_ONLY)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert (
        rows[0]["categories"]
        == "NEWS; Technology Parks & Incubators; Biotechnology Development Council"
    )
    assert rows[0]["body"].count("\n\n") == 2
    assert rows[0]["kicker"] == ""
    assert rows[0]["views"] == "87"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--format", "parquet"], "Parquet needs --output FILE"), (["--format", "xml"], "not jsonl")],
)
def test_format_usage_errors(arguments: list[str], message: str) -> None:
    result = runner.invoke(app, ["parse", *arguments, str(DATE_ONLY)])
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_existing_parquet_file_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "records.parquet"
    out.write_bytes(b"mine")
    result = runner.invoke(app, ["parse", "--format", "parquet", "-o", str(out), str(DATE_ONLY)])
    assert result.exit_code == 1
    assert out.read_bytes() == b"mine"


def test_plain_parse_loads_no_pyarrow() -> None:
    assert not {m for m in imported_modules("parse", str(REFERENCE)) if m.startswith("pyarrow")}
