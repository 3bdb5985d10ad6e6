"""A closed standard output (`newsparse parse ... | head -1`) ends a command quietly, as
`cat` ends when its reader goes away."""

import functools
import os
import sys
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


class StdoutClosed(Exception):
    """The reader of standard output went away (`newsparse parse ... | head -1`)."""


def stdout_may_close(command: Callable[_P, _R]) -> Callable[_P, _R]:
    """Let a closed standard output end the run in `main`, past typer, which would exit 1."""

    @functools.wraps(command)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            raise StdoutClosed from None

    return run


def end_as_a_closed_pipe() -> NoReturn:
    """End as `cat` does when its reader goes away: quietly, killed by SIGPIPE (141 in a shell)."""
    import signal

    # Python flushes stdout on the way out; with no reader that would print an error.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sigpipe = getattr(signal, "SIGPIPE", None)
    if sigpipe is not None:
        signal.signal(sigpipe, signal.SIG_DFL)
        os.kill(os.getpid(), sigpipe)
    sys.exit(128 + 13)
