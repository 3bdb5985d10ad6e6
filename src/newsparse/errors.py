"""The errors newsparse raises for input it cannot turn into a record."""

from __future__ import annotations


class CaptureError(ValueError):
    """A capture that cannot be parsed; the message is the reason, fit for one line.

    `path` names the file, as `OSError.filename` does, when the error came from one.
    """

    def __init__(self, reason: str, path: str | None = None) -> None:
        super().__init__(reason)
        self.path = path


class NotACapture(CaptureError):
    """The input shows none of the site's markers: it is not a news page capture."""

    def __init__(self, reason: str = "not a news page capture", path: str | None = None) -> None:
        super().__init__(reason, path)


def too_large(max_bytes: int) -> CaptureError:
    """The one error for a capture over the size limit, read whole or inflated from gzip."""
    return CaptureError(f"larger than the size limit ({max_bytes} bytes)")


def os_reason(error: OSError) -> str:
    """The one-line reason of a failed file operation: `permission denied`, `no space left...`."""
    return (error.strerror or str(error)).lower()
