"""A file's download link: alone under its player or picture it is the page's attachment
(body), beside another one (`Download HD (48 MB)` / `Download SD (19 MB)`) a player's bar."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.grammar.lines import Line, lazy_pattern

# `Download the video (MP4, 720p, 61 MB)`, `[3]دانلود فایل (PDF، ۲ مگابایت)`.
_DOWNLOAD: Final = lazy_pattern(
    r"(?:\[\d+\])?(?:download|دانلود|دریافت)\b[^.!?()\[\]]{0,60}"
    r"\([^()]{0,40}?(?:mp4|mp3|pdf|zip|mb|kb|gb|مگابایت|کیلوبایت)[^()]{0,40}\)",
    re.IGNORECASE,
)


def is_download_link(text: str) -> bool:
    """Whether a line is a file's download link, its format or size in brackets: a box of
    its own under a player or a picture, never a wrapped paragraph's end."""
    return _DOWNLOAD().fullmatch(text.strip()) is not None


def lone_download(lines: Sequence[Line], index: int) -> bool:
    """Whether a line is a download link with no other right above or below it: the README
    keeps an attachment's link, where a player's choice of qualities is its bar."""
    if not is_download_link(lines[index].key):
        return False
    beside = (lines[at].key for at in (index - 1, index + 1) if 0 <= at < len(lines))
    return not any(_OPENING().match(key) for key in beside)


# A line that opens with a download word: a link, or a bar of them (`Download : High ...`).
_OPENING: Final = lazy_pattern(r"\s*(?:\[\d+\])?(?:download|دانلود|دریافت)\b", re.IGNORECASE)
