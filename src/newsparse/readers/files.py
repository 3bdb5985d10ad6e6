"""A capture file's bytes, read safely: regular files only, never past the size limit."""

from __future__ import annotations

import os
import stat

from newsparse.errors import CaptureError, os_reason, too_large


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a capture file; CaptureError says why they cannot be had."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise CaptureError("is a directory")
        # A FIFO or a device could block or never end: refused before opening.
        if not stat.S_ISREG(info.st_mode):
            raise CaptureError("not a regular file (a FIFO, socket or device)")
        if info.st_size > max_bytes:
            raise too_large(max_bytes)
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1)
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "no such file"
        raise CaptureError(reason) from None
    except OSError as error:
        raise CaptureError(os_reason(error)) from None
    # The file may have grown since it was measured.
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data
