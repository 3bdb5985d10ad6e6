"""Where a WARC's responses are, by record id and payload digest: the index revisits are
resolved through, held in memory up to a bound and past it in a temporary sqlite3 database.

Every page of a crawl adds two keys of some 40-50 characters, ~100 MB for a few hundred
thousand pages in a dict; the database keeps memory flat, and small files never create one.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import sqlite3

# Keys held in memory before they go to disk (two a response: ~5,000 pages, ~1.5 MB).
MEMORY_KEYS: Final = 10_000


class Originals:
    """Offsets by key, the first one given for a key kept; close() deletes the database."""

    def __init__(self, memory_keys: int | None = None) -> None:
        self._limit = MEMORY_KEYS if memory_keys is None else memory_keys
        self._recent: dict[str, int] = {}
        self._disk: sqlite3.Connection | None = None

    @property
    def on_disk(self) -> bool:
        """Whether the index has outgrown memory and holds its older keys in a database."""
        return self._disk is not None

    def add(self, key: str, offset: int) -> None:
        """Remember a key's offset unless the key already has one."""
        self._recent.setdefault(key, offset)
        if len(self._recent) > self._limit:
            self._spill()

    def get(self, key: str) -> int | None:
        """The first offset given for a key, or None."""
        if self._disk is not None:
            # Keys on disk were given before those in memory: the first offset wins there.
            row = self._disk.execute("SELECT offset FROM originals WHERE key = ?", (key,))
            found = row.fetchone()
            if found is not None:
                return int(found[0])
        return self._recent.get(key)

    def close(self) -> None:
        """Drop the keys; the temporary database is deleted with its connection."""
        self._recent = {}
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def __enter__(self) -> Originals:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _spill(self) -> None:
        """The keys in memory to disk, in one transaction, and memory emptied."""
        if self._disk is None:
            self._disk = _database()
        with self._disk:
            self._disk.executemany(
                "INSERT OR IGNORE INTO originals VALUES (?, ?)", self._recent.items()
            )
        self._recent = {}


def _database() -> sqlite3.Connection:
    import sqlite3  # only crawls past MEMORY_KEYS need it

    # An empty name is sqlite's private temporary file, unlinked as soon as it is opened, so
    # nothing is left behind even if the process is killed. Nothing needs to survive a crash:
    # no journal, no syncing.
    disk = sqlite3.connect("")
    disk.execute("PRAGMA journal_mode = OFF")
    disk.execute("PRAGMA synchronous = OFF")
    disk.execute("CREATE TABLE originals (key TEXT PRIMARY KEY, offset INTEGER) WITHOUT ROWID")
    return disk
