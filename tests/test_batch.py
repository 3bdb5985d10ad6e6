"""The batch: JSON text written where a record was parsed, the same whatever the pool."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import FIXTURES, REFERENCE
from newsparse.cli.batch import _chunks, _sent, json_lines, parse_all
from newsparse.cli.inputs import STDIN, Input, expand
from newsparse.cli.output import json_line
from newsparse.parse import MAX_BYTES, Fallback
from newsparse.readers.warc import WarcCapture, WarcEnd, WarcStart


def _folder(tmp_path: Path) -> list[Input]:
    text = REFERENCE.read_text(encoding="utf-8")
    for number in range(40):
        (tmp_path / f"{number:02d}.txt").write_text(text.replace("93801", f"{number}"), "utf-8")
    (tmp_path / "17.txt").write_text("not a capture", encoding="utf-8")
    (tmp_path / "21.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "30.html").write_bytes((FIXTURES / "html-table-1256" / "page.html").read_bytes())
    return list(expand([str(tmp_path)]))


def _expected(inputs: list[Input], pretty: bool) -> list[str | Input]:
    return [
        item if isinstance(item, Input) else json_line(item, pretty=pretty)
        for item in parse_all(inputs, MAX_BYTES)
    ]


@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("pretty", [False, True])
def test_json_lines_are_each_records_json_in_input_order(
    tmp_path: Path, jobs: int, pretty: bool
) -> None:
    inputs = _folder(tmp_path)
    found = list(json_lines(inputs, MAX_BYTES, jobs, pretty=pretty))
    assert found == _expected(inputs, pretty)
    assert [item.source for item in found if isinstance(item, Input)] == [
        str(tmp_path / "17.txt"),
        str(tmp_path / "21.txt"),
    ]


def test_a_worker_sends_back_json_text_or_a_source_and_reason(tmp_path: Path) -> None:
    render = functools.partial(json_line, pretty=False)
    sent = _sent(Input(str(REFERENCE)), MAX_BYTES, render)
    assert isinstance(sent, str)
    assert sent.startswith('{"source":')
    broken = tmp_path / "broken.txt"
    broken.write_text("not a capture", encoding="utf-8")
    assert _sent(Input(str(broken)), MAX_BYTES, render) == (
        str(broken),
        "not a news page capture",
    )


def test_chunks_are_single_tasks_at_first_then_grow_to_eight() -> None:
    tasks = [Input(f"{number}.txt") for number in range(300)]
    chunks = list(_chunks(iter(tasks), workers=2))
    assert [task for chunk in chunks for task in chunk] == tasks
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[:16] == [1] * 16  # a short batch is shared out one by one
    assert sizes[16:20] == [2] * 4
    assert max(sizes) == 8
    assert sizes[-8:-1] == [8] * 7


def test_tasks_run_here_travel_alone_and_warc_payload_bounds_a_chunk() -> None:
    page = WarcCapture("crawl.warc#1", b"x" * 300_000, Fallback())
    tasks: list[Input | WarcCapture | WarcStart | WarcEnd] = [
        *(Input(f"{number}.txt") for number in range(100)),
        Input(STDIN),
        Input("gone", "no such file"),
        WarcStart("crawl.warc"),
        *[page] * 9,
        WarcEnd("crawl.warc", 9),
    ]
    chunks = list(_chunks(iter(tasks), workers=2))
    assert [task for chunk in chunks for task in chunk] == tasks
    here = [chunk for chunk in chunks if not isinstance(chunk[0], WarcCapture | Input)]
    assert here == [[WarcStart("crawl.warc")], [WarcEnd("crawl.warc", 9)]]
    assert [Input(STDIN)] in chunks
    assert [Input("gone", "no such file")] in chunks
    assert [len(chunk) for chunk in chunks if chunk[0] == page] == [4, 4, 1]  # 1 MiB a chunk
