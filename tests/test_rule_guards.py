"""The guards of three rules, held on the helpers themselves: a cell of pandoc's grid read
as reStructuredText only where it holds a directive, a link's target no wall of a data
row, and the rows inscriptis prints in turn (two of each column, the right one's at the
boundary, the left one's not left of the margin, the page's copyright none of them)."""

from __future__ import annotations

from conftest import COPYRIGHT
from newsparse.readers.cell_runs import _rows_under
from newsparse.readers.column_ends import _one_space_apart, _rows_taken_in_turn
from newsparse.readers.column_sides import Side
from newsparse.readers.rst import rst_cell

CELL = ["Pilot plants cover up to", "forty per cent of the cost."]
AT = 40  # the boundary: where the right column's rows start
LEFT, RIGHT = Side.LEFT, Side.RIGHT


def test_a_grid_cell_with_no_directive_keeps_its_lines() -> None:
    assert rst_cell(CELL) == CELL


def test_a_grid_cell_with_a_directive_is_read_as_restructuredtext() -> None:
    cell = [".. container:: text", "", *CELL]
    assert rst_cell(cell) == ["", "", " ".join(CELL)]


def test_a_pipe_in_a_links_target_is_no_wall_of_the_row_under_the_rule() -> None:
    rows = ["Field | Prizes", "---|---", "[Energy](index.aspx?id=4|5) | 12"]
    assert _rows_under(rows, 1)
    assert not _rows_under(["Field | Prizes", "---|---", "The prizes were given."], 1)


def _in_turn(rows: list[tuple[Side, int, str]], margin: int = 0) -> int | None:
    raw = [" " * indent + text for _, indent, text in rows]
    return _rows_taken_in_turn(raw, [side for side, _, _ in rows], (0, len(rows)), AT, margin)


def test_two_rows_of_each_column_in_turn_end_after_the_right_ones_last() -> None:
    rows = [
        (LEFT, 0, "Poll"),
        (RIGHT, AT, "The fair closed on Wednesday."),
        (LEFT, 0, "How do you follow science news?"),
        (RIGHT, AT, "Most contracts were in software."),
        (LEFT, 0, "Website Social media"),
    ]
    assert _in_turn(rows) == 4


def test_one_row_of_a_column_is_no_run_in_turn() -> None:
    rows = [
        (LEFT, 0, "Poll"),
        (RIGHT, AT, "The fair closed on Wednesday."),
        (RIGHT, AT, "Most contracts were in software."),
    ]
    assert _in_turn(rows) is None


def test_a_right_row_off_the_boundary_ends_the_rows_in_turn() -> None:
    rows = [
        (LEFT, 0, "Poll"),
        (RIGHT, AT, "The fair closed on Wednesday."),
        (LEFT, 0, "How do you follow science news?"),
        (RIGHT, AT + 4, "* a list under the text"),
        (RIGHT, AT, "Most contracts were in software."),
    ]
    assert _in_turn(rows) is None


def test_a_left_row_left_of_the_margin_ends_the_rows_in_turn() -> None:
    rows = [
        (LEFT, 2, "Poll"),
        (RIGHT, AT, "The fair closed on Wednesday."),
        (LEFT, 0, "How do you follow science news?"),
        (RIGHT, AT, "Most contracts were in software."),
    ]
    assert _in_turn(rows, margin=2) is None


def test_the_pages_copyright_is_no_row_of_the_left_column() -> None:
    rows = [
        (LEFT, 0, "Poll"),
        (RIGHT, AT, "The fair closed on Wednesday."),
        (LEFT, 0, COPYRIGHT),
        (RIGHT, AT, "Most contracts were in software."),
    ]
    assert _in_turn(rows) is None


def test_one_space_apart_the_right_column_resuming_at_a_bullet_in_from_the_boundary() -> None:
    rows = [
        (LEFT, 4, "Tabriz robotics team"),
        (Side.ALIGNED, 4, f"{'wins its second cup in':>{AT - 5}} The next fair opens in May."),
        (LEFT, 4, "19/01/2018"),
        (RIGHT, AT + 2, "• News group : NEWS,Fairs"),
    ]
    raw = [" " * indent + text for _, indent, text in rows]
    sides = [side for side, _, _ in rows]
    assert raw[1][AT - 2 : AT + 1] == "n T"  # one space apart, right at the boundary
    assert _one_space_apart(raw, sides, 1, AT)
    # Further in, the line under is no list's item of the right column: a line of text.
    raw[3] = " " * (AT + 6) + "• News group : NEWS,Fairs"
    assert not _one_space_apart(raw, sides, 1, AT)
