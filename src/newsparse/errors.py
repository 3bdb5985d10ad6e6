"""The errors newsparse raises for input it cannot turn into a record."""

from __future__ import annotations


class CaptureError(ValueError):
    """A capture that cannot be parsed; the message is the reason, fit for one line."""


class NotACapture(CaptureError):
    """The input shows none of the site's markers: it is not a news page capture."""

    def __init__(self, reason: str = "not a news page capture") -> None:
        super().__init__(reason)


def os_reason(error: OSError) -> str:
    """The one-line reason of a failed file operation: `permission denied`, `no space left...`."""
    return (error.strerror or str(error)).lower()
