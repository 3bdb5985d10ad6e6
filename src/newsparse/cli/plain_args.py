"""A command line of plain options, read without typer's pydantic checks.

typer (0.2x) checks every value that is not a flag through a pydantic TypeAdapter; importing
pydantic and building the adapters takes longer than all the rest of a `newsparse parse` run.
`plain_params` reads a command line made only of plain forms (`--name VALUE`, `--name=VALUE`,
`-n VALUE`, flags, `--`, paths) for a command whose parameters are all plain (bool flags, int
with bounds, str, str | None, one list[str] argument), from the same declarations typer reads:
the command function's annotations and click's public Parameter attributes. Anything else,
a bad value included, gets None, and typer reads the command line with its own checks and
error messages.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


def flags_off_by_default(params: list[Any]) -> list[Any]:
    """The parameters, with a flag left off the command line False rather than None.

    typer's help and completion flags default to None, and typer checks a None through
    pydantic, where a bool passes as it is; the flags' callbacks take False as they take None.
    """
    for param in params:
        if getattr(param, "is_flag", False) and param.default is None:
            param.default = False
    return params


@dataclass(frozen=True, slots=True)
class _Option:
    name: str
    flag: bool
    convert: Callable[[str], object | None]


@dataclass(frozen=True, slots=True)
class _Plan:
    """How to read a command's plain command lines, and its defaults."""

    options: Mapping[str, _Option]
    argument: str | None
    defaults: Mapping[str, object]


def plain_params(command: Any, ctx: Any, args: list[str]) -> dict[str, object] | None:
    """The command's parameter values from `args`, or None where typer must read them."""
    if ctx.resilient_parsing or not ctx.allow_interspersed_args or not args:
        return None
    plan = _plan(command, ctx)
    if plan is None:
        return None
    values = dict(plan.defaults)
    arguments: list[str] = []
    rest = iter(args)
    for token in rest:
        if token == "--":
            arguments.extend(rest)
        elif token == "-" or not token.startswith("-"):
            arguments.append(token)
        else:
            name, equals, value = token.partition("=")
            option = plan.options.get(name)
            if option is None or (equals and (option.flag or not name.startswith("--"))):
                return None
            if option.flag:
                values[option.name] = True
                continue
            if not equals:
                following = next(rest, None)
                # click may take a word starting with a dash for the value or for an option.
                if following is None or (following.startswith("-") and following != "-"):
                    return None
                value = following
            converted = option.convert(value)
            if converted is None:
                return None
            values[option.name] = converted
    if plan.argument is None or not arguments:
        return None
    values[plan.argument] = arguments
    return values


def _plan(command: Any, ctx: Any) -> _Plan | None:
    """The command's options by their names on the command line, if every one is plain."""
    try:
        # typer's callback wraps the command function; the signature is the function's.
        signature = inspect.signature(command.callback, eval_str=True)
    except (TypeError, ValueError, NameError):
        return None
    options: dict[str, _Option] = {}
    argument: str | None = None
    defaults: dict[str, object] = {}
    for param in command.get_params(ctx):
        if not param.expose_value:
            continue
        declared = signature.parameters.get(param.name)
        if declared is None or param.callback is not None or param.envvar or param.multiple:
            return None
        kind, info = _split(declared.annotation)
        if param.param_type_name == "argument":
            if argument is not None or param.nargs != -1 or kind != list[str]:
                return None
            argument = param.name
            continue
        option = _option(param, kind, info)
        if option is None:
            return None
        options.update(dict.fromkeys(param.opts, option))
        defaults[param.name] = param.default
    return _Plan(options, argument, defaults)


def _option(param: Any, kind: object, info: object) -> _Option | None:
    """How to read a plain option; None for any other."""
    if param.secondary_opts or param.nargs != 1 or getattr(info, "parser", None) is not None:
        return None
    if kind is bool:
        return _Option(param.name, True, str) if param.is_flag else None
    if param.is_flag:
        return None
    if kind is int and not getattr(info, "clamp", False):
        bounds = getattr(info, "min", None), getattr(info, "max", None)
        return _Option(param.name, False, _bounded(*bounds))
    if kind in (str, str | None):
        return _Option(param.name, False, str)
    return None


def _split(annotation: object) -> tuple[object, object]:
    """`Annotated[T, info]` as T and info; any other annotation as itself and None."""
    metadata = getattr(annotation, "__metadata__", None)
    if metadata is None:
        return annotation, None
    return getattr(annotation, "__origin__", annotation), metadata[0]


def _bounded(low: float | None, high: float | None) -> Callable[[str], int | None]:
    """ASCII digits within the bounds to an int; None for anything typer must judge."""

    def convert(value: str) -> int | None:
        if not (value.isascii() and value.isdigit()):
            return None
        number = int(value)
        if (low is not None and number < low) or (high is not None and number > high):
            return None
        return number

    return convert
