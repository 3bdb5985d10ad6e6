"""typer's option checking without pydantic, for the plain types newsparse's options use.

typer (0.2x) checks every option value through a pydantic TypeAdapter; importing pydantic
and building the adapters takes longer than all the rest of a `newsparse parse` run.
newsparse's options are str, int (with a minimum), bool flags and list[str], which need no
pydantic: `install()` gives typer plain checks for those types and leaves every other type to typer.
With a typer whose internals differ, `install()` changes nothing: typer works as before.
"""

from __future__ import annotations

from typing import Any, Final

import typer

_PLAIN_TYPES: Final[tuple[Any, ...]] = (str, int, bool, list[str])
_TRUE: Final = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE: Final = frozenset({"0", "false", "f", "no", "n", "off", ""})


def install() -> None:
    """Route typer's coercion of plain str, int, bool and list[str] options past pydantic."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam, TypeDescriptor
    except ImportError:
        return
    typer_build = getattr(core, "build_runtime_param", None)
    if typer_build is None or getattr(typer_build, "newsparse_plain", False):
        return

    class PlainParam(RuntimeParam):
        """str, int with optional bounds, bool, list[str]: what click itself would do."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.annotation is str:
                return str(value)
            if self.annotation is int:
                return _bounded_int(value, self.parameter_info.min, self.parameter_info.max)
            if self.annotation is bool:
                return _flag(value)
            return [str(item) for item in value]

    def build(descriptor: TypeDescriptor) -> RuntimeParam:
        info = descriptor.parameter_info
        plain = (
            any(descriptor.annotation == kind for kind in _PLAIN_TYPES)
            and descriptor.file_annotation is None
            and info.parser is None
            and not info.clamp
        )
        if plain:
            return PlainParam(parameter_info=info, annotation=descriptor.annotation)
        return typer_build(descriptor)  # type: ignore[no-any-return]

    build.newsparse_plain = True  # type: ignore[attr-defined]
    core.build_runtime_param = build  # type: ignore[attr-defined]


def _bounded_int(value: Any, low: float | None, high: float | None) -> int:
    """An int from the command line, with pydantic's wording when it is not one."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise typer.BadParameter(
            "Input should be a valid integer, unable to parse string as an integer"
        ) from None
    if low is not None and number < low:
        raise typer.BadParameter(f"Input should be greater than or equal to {low:g}")
    if high is not None and number > high:
        raise typer.BadParameter(f"Input should be less than or equal to {high:g}")
    return number


def _flag(value: Any) -> bool:
    """A bool from the command line: a flag's own value, or a word such as `yes` or `0`."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise typer.BadParameter("Input should be a valid boolean, unable to interpret input")
