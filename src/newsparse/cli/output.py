"""What the CLI writes: JSON Lines, the `show` view (plain or rich), atomic files.

Capture text is untrusted: everything bound for a terminal passes `safe()`, and rich
only ever receives `Text` objects, never markup strings. rich is imported inside the
functions that draw with it, so `parse` never loads it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import IO, TYPE_CHECKING, Any, Final

from newsparse.record import Record

if TYPE_CHECKING:
    from rich.console import Console

# C0 and C1 control characters, DEL, and the bidi overrides that can make a terminal
# show text other than what the file holds.
_UNSAFE: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_C1: Final = re.compile(r"[\x7f-\x9f]")
BODY_PREVIEW: Final = 3


def safe(text: str) -> str:
    """Text fit for a terminal: control characters shown as visible escapes, not obeyed."""
    return _UNSAFE.sub(_visible_escape, text)


def _visible_escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`safe()` text that also stays on one line."""
    return safe(text).replace("\n", "\\n").replace("\t", " ")


def fail(source: str, reason: str) -> None:
    """One line on stderr naming the input and what is wrong with it."""
    sys.stderr.write(f"newsparse: error: {one_line(source)}: {one_line(reason)}\n")


def json_line(record: Record, *, pretty: bool = False) -> str:
    """One record as JSON: compact for JSON Lines, or indented; UTF-8 text kept as is."""
    text = json.dumps(
        record.to_dict(),
        ensure_ascii=False,
        indent=2 if pretty else None,
        separators=None if pretty else (",", ":"),
    )
    # JSON escapes C0 controls itself; C1 controls are legal raw in JSON but some
    # terminals obey them, so they are escaped too.
    return _C1.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _field_rows(record: Record) -> list[tuple[str, str]]:
    def show(value: Any) -> str:
        return "—" if value is None else str(value)

    return [
        ("title", show(record.title)),
        ("kicker", show(record.kicker)),
        ("published", show(record.published)),
        ("captured on", show(record.captured_on)),
        ("views", show(record.views)),
        ("study time", "—" if record.study_minutes is None else f"{record.study_minutes} min"),
        ("news code", show(record.news_code)),
        ("comments", show(record.comment_count)),
        ("categories", "\n".join(record.categories) or "—"),
        ("publisher", show(record.publisher)),
        ("url", show(record.url)),
        ("edition", f"{record.language}, {record.layout} layout, {record.format} capture"),
        ("words", show(record.word_count)),
        ("warnings", "\n".join(record.warnings) or "—"),
    ]


# Which row a warning casts doubt on, by the words the warning opens with.
_DOUBTS: Final = (
    ("title uncertain", "title"),
    ("published date uncertain", "published"),
    ("info block uncertain", "published"),
    ("news code uncertain", "news code"),
    ("body looks short", "words"),
)


def doubted(record: Record) -> set[str]:
    """The rows of the `show` view that a warning of the record casts doubt on."""
    return {
        row
        for warning in record.warnings
        for opening, row in _DOUBTS
        if warning.startswith(opening)
    }


def _body_view(record: Record, full: bool) -> tuple[list[str], str | None]:
    shown = list(record.body if full else record.body[:BODY_PREVIEW])
    hidden = len(record.body) - len(shown)
    note = f"… {hidden} more paragraph{'s' * (hidden != 1)} (--full shows all)" if hidden else None
    return shown, note


def plain_view(record: Record, *, full: bool = False) -> str:
    """The `show` view as plain text, for pipes and NO_COLOR."""
    doubts = doubted(record)
    rows = [(f"{name} ?" if name in doubts else name, value) for name, value in _field_rows(record)]
    width = max(len(name) for name, _ in rows)
    out = [f"== {safe(record.source)} =="]
    for name, value in rows:
        first, *rest = safe(value).split("\n")
        out.append(f"{name:<{width}}  {first}")
        out.extend(f"{'':<{width}}  {more}" for more in rest)
    shown, note = _body_view(record, full)
    out.append("")
    out.extend(f"{safe(paragraph)}\n" for paragraph in shown)
    if note:
        out.append(note)
    return "\n".join(out).rstrip("\n") + "\n"


def rich_view(console: Console, record: Record, *, full: bool = False) -> None:
    """The `show` view as a rich table and the body below it."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(safe(record.source)), show_header=False, expand=False)
    table.add_column("field", style="bold cyan", no_wrap=True)
    table.add_column("value", overflow="fold")
    doubts = doubted(record)
    for name, value in _field_rows(record):
        style = "yellow" if name in doubts or (name == "warnings" and record.warnings) else ""
        table.add_row(Text(f"{name} ?" if name in doubts else name), Text(safe(value), style=style))
    console.print(table)
    shown, note = _body_view(record, full)
    for paragraph in shown:
        console.print(Text(safe(paragraph)))
        console.print()
    if note:
        console.print(Text(note, style="dim"))


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for a batch, only when stderr is a terminal; yields `advance`."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("parsing", total=total)
        yield lambda: progress.advance(task)


@contextmanager
def atomic_writer(path: str) -> Iterator[IO[str]]:
    """A text file that appears at `path` whole, or not at all if writing fails."""
    directory = os.path.dirname(os.path.abspath(path))
    temporary: str | None = None
    try:
        # The name is ours before the file exists: an interrupt that lands as the file is
        # created still finds the name to remove.
        while True:
            temporary = os.path.join(directory, f".newsparse-{os.urandom(6).hex()}.tmp")
            try:
                handle = os.open(temporary, _NEW_FILE, 0o666)  # the kernel applies the umask
                break
            except FileExistsError:
                temporary = None  # another's file of the same name: not ours to remove
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        if temporary is not None:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
        raise


# A new file, never an existing one, closed in any program this process starts.
_NEW_FILE: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
