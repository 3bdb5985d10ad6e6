"""Help and usage text as people read it: `PATH...` for the paths, no internal types,
and a `No such option` hint only when an option looks like a typo of a real one.

typer writes a required list argument as `{PATH}...` in the usage line and as
`PATH <list[str]>` in the help, and click suggests any option difflib finds at 60%
likeness (`--bogus` -> `--jobs`). Only click's public Command methods are overridden; a
command line of plain options is read without typer's pydantic checks (plain_args.py).
"""

from __future__ import annotations

from typing import Any, Final

from typer.core import TyperCommand, TyperGroup

from newsparse.cli.plain_args import flags_off_by_default, plain_params

# Likeness at which an unknown option is taken for a typo (`--jbos`, `--forse`).
_TYPO_LIKENESS: Final = 0.75


def _argument_name(param: Any) -> str:
    name = str(param.metavar or param.name.upper())
    return f"{name}..." if param.nargs != 1 else name


def _only_typos(error: Any) -> None:
    """Keep the suggestions of an unknown-option error that are near the option typed."""
    possible = getattr(error, "possibilities", None)
    if possible:
        from difflib import get_close_matches  # only a mistyped option pays for it

        name = str(getattr(error, "option_name", ""))
        error.possibilities = get_close_matches(name, possible, cutoff=_TYPO_LIKENESS)


class PlainCommand(TyperCommand):
    """A command whose usage line and help name the arguments plainly."""

    def get_params(self, ctx: Any) -> list[Any]:
        """click's parameters, flags off by default."""
        return flags_off_by_default(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """`[OPTIONS] PATH...`."""
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [
            _argument_name(param)
            for param in self.get_params(ctx)
            if param.param_type_name == "argument"
        ]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        """The Arguments and Options sections, arguments without their Python type."""
        params = self.get_params(ctx)
        arguments = [
            (_argument_name(param), getattr(param, "help", None) or "")
            for param in params
            if param.param_type_name == "argument"
        ]
        options = [
            record
            for param in params
            if param.param_type_name == "option" and (record := param.get_help_record(ctx))
        ]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Plain options read without pydantic; else click's parsing, with far-fetched option
        suggestions dropped."""
        params = plain_params(self, ctx, args)
        if params is not None:
            ctx.params.update(params)
            ctx.args = []
            return []
        try:
            return super().parse_args(ctx, args)
        except Exception as error:
            _only_typos(error)
            raise


class PlainGroup(TyperGroup):
    """The top-level command, with far-fetched option suggestions dropped."""

    def get_params(self, ctx: Any) -> list[Any]:
        """click's parameters, flags off by default."""
        return flags_off_by_default(super().get_params(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """click's parsing, with far-fetched option suggestions dropped."""
        try:
            return super().parse_args(ctx, args)
        except Exception as error:
            _only_typos(error)
            raise
