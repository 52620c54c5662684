"""The two Rich consoles (data on stdout, messages on stderr) and the width rules.

Imported only by commands that draw text, so `--version` and the JSON paths never pay
for Rich.
"""

from __future__ import annotations

import sys
from typing import IO, TextIO, cast

from rich.console import Console
from rich.theme import Theme

from therapy_guide.plaintext import PlainWriter

# Below this many columns tables turn into stacked blocks so that nothing is cut.
STACK_BELOW = 60

THEME = Theme(
    {
        "heading": "bold",
        "therapy": "bold cyan",
        "psychotherapy": "bold magenta",
        "either": "bold green",
        "crisis": "bold red",
        "label": "bold",
        "muted": "dim",
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


def out() -> Console:
    """The console for data: stdout, no markup guessing, words folded rather than cut."""
    return Console(file=plain_when_piped(sys.stdout), theme=THEME, highlight=False, emoji=False)


def err() -> Console:
    """The console for messages, warnings and errors: stderr."""
    return Console(theme=THEME, highlight=False, emoji=False, stderr=True)


def narrow(console: Console) -> bool:
    return console.width < STACK_BELOW
