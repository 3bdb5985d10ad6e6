"""Render a page.html with the saving tools, as scripts/render_fixtures.sh does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
# ELinks 0.13 mangles U+200B..U+200F (Persian ZWNJ among them): it gets a copy where they are
# private-use characters U+E00B..U+E00F, mapped back in its output.
TO_PRIVATE = {0x200B + i: 0xE00B + i for i in range(5)}
FROM_PRIVATE = {v: k for k, v in TO_PRIVATE.items()}


@dataclass(frozen=True)
class Tool:
    name: str
    output: str  # file name of the capture, as in tests/fixtures
    argv: tuple[str, ...]  # "{page}" stands for the page file


TOOLS = [
    Tool(
        "w3m",
        "w3m.txt",
        ("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "{page}"),
    ),
    Tool(
        "lynx",
        "lynx.txt",
        ("lynx", "-dump", "-display_charset=utf-8", "-assume_charset=utf-8", "{page}"),
    ),
    Tool(
        "lynx-nolist",
        "lynx-nolist.txt",
        ("lynx", "-dump", "-nolist", "-display_charset=utf-8", "-assume_charset=utf-8", "{page}"),
    ),
    Tool("links", "links.txt", ("links", "-dump", "-codepage", "utf-8", "{page}")),
    Tool(
        "elinks",
        "elinks.txt",
        ("elinks", "-no-home", "-no-connect", "-dump", "-dump-charset", "utf-8", "{page}"),
    ),
    Tool("html2text", "html2text.md", ("html2text", "{page}", "utf-8")),
    Tool("pandoc", "pandoc.txt", ("pandoc", "-f", "html", "-t", "plain", "{page}")),
    Tool("inscriptis", "inscriptis.txt", ("inscript", "-e", "utf-8", "{page}")),
]
HTML_CAPTURE = "page.html"


def _search_path() -> str:
    """PATH with this interpreter's bin folder first (html2text and inscript live in the venv)."""
    return os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])


def available_tools() -> tuple[list[Tool], list[str]]:
    """The tools found, and the names of those that are not installed."""
    found, missing = [], []
    for tool in TOOLS:
        exe = shutil.which(tool.argv[0], path=_search_path())
        if exe is None:
            missing.append(tool.name)
        else:
            found.append(Tool(tool.name, tool.output, (exe, *tool.argv[1:])))
    return found, missing


def _run(tool: Tool, folder: Path, page: str) -> bytes:
    argv = [page if a == "{page}" else a for a in tool.argv]
    done = subprocess.run(argv, cwd=folder, env=ENV, capture_output=True, timeout=120, check=True)
    return done.stdout


def render_one(tool: Tool, folder: Path) -> None:
    """Write the tool's capture of folder/page.html beside it."""
    source = (folder / HTML_CAPTURE).read_text(encoding="utf-8")
    if tool.name == "elinks" and source != source.translate(TO_PRIVATE):
        private = folder / ".elinks-page.html"
        private.write_text(source.translate(TO_PRIVATE), encoding="utf-8")
        try:
            out = _run(tool, folder, private.name).decode("utf-8", "replace")
        finally:
            private.unlink()
        (folder / tool.output).write_text(out.translate(FROM_PRIVATE), encoding="utf-8")
        return
    (folder / tool.output).write_bytes(_run(tool, folder, HTML_CAPTURE))


def render_folder(folder: Path, tools: list[Tool]) -> dict[str, str]:
    """Render every tool; returns capture file name -> tool name (page.html is "html").
    A tool that fails is left out and named in the result under an `error:` key."""
    captures = {HTML_CAPTURE: "html"}
    for tool in tools:
        try:
            render_one(tool, folder)
        except (subprocess.SubprocessError, OSError) as exc:
            captures[f"error:{tool.name}"] = type(exc).__name__
            continue
        captures[tool.output] = tool.name
    return captures
