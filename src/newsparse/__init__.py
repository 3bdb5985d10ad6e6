"""newsparse: saved captures of isti.ir news pages to one normalized record."""

from __future__ import annotations

from newsparse.errors import CaptureError, NotACapture
from newsparse.parse import MAX_BYTES, parse_bytes, parse_html, parse_path, parse_text
from newsparse.record import Record, json_schema

__version__ = "0.1.0"

__all__ = [
    "MAX_BYTES",
    "CaptureError",
    "NotACapture",
    "Record",
    "__version__",
    "json_schema",
    "parse_bytes",
    "parse_html",
    "parse_path",
    "parse_text",
]
