"""The two Rich consoles (data on stdout, messages on stderr) and the width rules.

Imported only by commands that draw text, so `--version` and the JSON paths never pay
for Rich.
"""

from __future__ import annotations

import sys
from typing import IO, Any, Literal, TextIO, cast

from rich.console import Console
from rich.theme import Theme

from therapy_guide import STACK_BELOW
from therapy_guide.console import screen  # one threshold for help and content
from therapy_guide.console.ascii import PlainWriter, is_utf8

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
    """A pipe gets plain ASCII: straight quotes, '-' for dashes, ASCII boxes (and, in a
    language other than English, letters with their accents: see PlainWriter).

    The reader may be awk, a pager or a log with no idea of UTF-8; byte-counting tools
    then measure what a person sees. Terminals keep the typographic characters.
    """
    if stream.isatty():
        return stream
    from therapy_guide.core.language import ENGLISH, current

    keep_letters = current() != ENGLISH and is_utf8(stream)
    return cast(IO[str], PlainWriter(stream, keep_letters=keep_letters))


class GuideConsole(Console):
    """A Rich console that knows whether it draws for the plain quiz (PLAIN): no style
    codes and no box-drawn tables there."""

    def __init__(self, *, plain: bool = False, **options: Any) -> None:
        super().__init__(**options)
        self.plain = plain

    def on_broken_pipe(self) -> None:
        # Rich exits 1 here, which we keep for internal errors; let the command's
        # error handler end quietly instead (cli.help.GuideGroup).
        raise BrokenPipeError


# PLAIN, below: the plain quiz's choice (quiz.steps.run passes it in): no colour and no
# style codes at all, whatever the terminal (messages on stderr included).


def color_system(plain: bool) -> Literal["auto"] | None:
    return None if plain else "auto"


def own_size(stream: IO[str], plain: bool) -> dict[str, Any]:
    """The terminal's own size (screen.size), on a dumb terminal and in the plain quiz.

    Rich takes a dumb terminal to be 80x25, whatever its size, unless it is given both
    the width and the height; and it believes COLUMNS over the terminal, where the plain
    quiz's questions (quiz/line_asker.py) believe the terminal: both keep to one width."""
    if not (screen.is_dumb() or plain):
        return {}
    found = screen.size(stream)
    return {"width": found.columns, "height": found.lines}


def plain_layout(console: Console) -> bool:
    """No box-drawing tables (a screen reader spells them out): in the plain quiz and on
    a dumb terminal, a table is drawn as stacked blocks."""
    return getattr(console, "plain", False) or screen.is_dumb()


def out(*, colour: bool = True, plain: bool = False) -> Console:
    """The console for data: stdout, no markup guessing, words folded rather than cut;
    without COLOUR, no style codes at all (for a pager that cannot show them); PLAIN for
    the plain quiz."""
    return GuideConsole(
        plain=plain,
        file=plain_when_piped(sys.stdout),
        theme=THEME,
        highlight=False,
        emoji=False,
        color_system=color_system(plain) if colour else None,
        **own_size(sys.stdout, plain),
    )


def err(*, plain: bool = False) -> Console:
    """The console for messages, warnings and errors: stderr; PLAIN for the plain quiz."""
    return GuideConsole(
        plain=plain,
        theme=THEME,
        highlight=False,
        emoji=False,
        stderr=True,
        color_system=color_system(plain),
        **own_size(sys.stderr, plain),
    )


def narrow(console: Console) -> bool:
    return console.width < STACK_BELOW
