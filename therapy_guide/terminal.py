"""The two Rich consoles (data on stdout, messages on stderr) and the width rules.

Imported only by commands that draw text, so `--version` and the JSON paths never pay
for Rich.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import IO, Literal, TextIO, cast

from rich.console import Console
from rich.theme import Theme

from therapy_guide import STACK_BELOW  # one threshold for help and content
from therapy_guide.plaintext import PlainWriter

THEME = Theme(
    {
        "heading": "bold",
        "therapy": "bold cyan",
        "psychotherapy": "bold magenta",
        "either": "bold green",
        "crisis": "bold red",
        "label": "bold",
        "muted": "dim",
        "note": "italic",
        "myth": "bold yellow",
        "fact": "bold green",
        "warning": "yellow",
        "error": "bold red",
    }
)


def plain_when_piped(stream: TextIO) -> IO[str]:
    """A pipe gets plain ASCII: straight quotes, '-' for dashes, ASCII boxes.

    The reader may be awk, a pager or a log with no idea of UTF-8; byte-counting tools
    then measure what a person sees. Terminals keep the typographic characters.
    """
    if stream.isatty():
        return stream
    return cast(IO[str], PlainWriter(stream))


class GuideConsole(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits 1 here, which we keep for internal errors; let the command's
        # error handler end quietly instead (cli.GuideGroup).
        raise BrokenPipeError


# Set by the plain quiz (quiz_command.run): no colour and no style codes at all, whatever
# the terminal, for the rest of this one command (messages on stderr included).
PLAIN_OUTPUT = False


def color_system() -> Literal["auto"] | None:
    return None if PLAIN_OUTPUT else "auto"


def dumb_width() -> int | None:
    """Rich assumes 80 columns on a dumb terminal; ask the terminal (or $COLUMNS) instead."""
    if os.environ.get("TERM", "") != "dumb":
        return None
    return shutil.get_terminal_size().columns


def out() -> Console:
    """The console for data: stdout, no markup guessing, words folded rather than cut."""
    return GuideConsole(
        file=plain_when_piped(sys.stdout),
        theme=THEME,
        highlight=False,
        emoji=False,
        width=dumb_width(),
        color_system=color_system(),
    )


def err() -> Console:
    """The console for messages, warnings and errors: stderr."""
    return GuideConsole(
        theme=THEME,
        highlight=False,
        emoji=False,
        stderr=True,
        width=dumb_width(),
        color_system=color_system(),
    )


def narrow(console: Console) -> bool:
    return console.width < STACK_BELOW
