"""Reading what the program showed: words as a reader takes them in, escape codes, lines as a
terminal of some width shows them, the words we wrote; and a JSON document against its
schema in docs/schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from rich.cells import cell_len

from toolkit.places import DATA, REPO, SCHEMAS, Document

if TYPE_CHECKING:
    pass


# --- reading what was shown ----------------------------------------------------------

# What a pipe gets instead of the content's typographic characters.
TO_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
# Colour, cursor movement and title sequences, and the charset switches of a terminal.
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]")
# Cursor movement, erase, save/restore, show/hide: what a dumb terminal must never get.
CURSOR_CONTROL = re.compile(r"\x1b\[[0-9;]*[ABCDEFGHJKSTfsu]|\x1b\[\?25[hl]|\x1b\[\?1049")
# Select Graphic Rendition parameters that set a colour: 30-38, 40-48, 90-97, 100-107.
COLOUR = re.compile(r"^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$")


def colour_codes(text: str) -> list[str]:
    """Every colour-setting SGR parameter in TEXT."""
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        found += [p for p in params.split(";") if COLOUR.match(p)]
    return found


def words(text: str) -> str:
    """TEXT as a reader takes it in: every run of whitespace one space (so asserts survive
    line wrapping and indents), typographic quotes and dashes as ASCII, and Rich's box
    edges dropped."""
    return " ".join(text.translate(TO_ASCII).replace("│", " ").split())


def screen_text(raw: str) -> str:
    """What a terminal showed: escape codes removed, lines as '\\n'."""
    return ANSI.sub("", raw).replace("\r\n", "\n")


def too_wide(text: str, width: int) -> list[str]:
    """The lines of TEXT wider than WIDTH terminal cells."""
    return [line for line in text.splitlines() if cell_len(line) > width]


def as_shown(text: str, cols: int) -> list[str]:
    """Every line TEXT takes on a terminal COLS wide (pyte): a line longer than the screen
    goes on at the next line, cut wherever the edge falls, as a real terminal does it."""
    import pyte

    lines = screen_text(text).split("\n")
    height = sum(max(1, -(-cell_len(line) // cols)) for line in lines) + 1
    screen = pyte.Screen(cols, height)
    pyte.Stream(screen).feed(text.replace("\r\n", "\n").replace("\n", "\r\n"))
    shown = [line.rstrip() for line in screen.display]
    while shown and not shown[-1]:
        shown.pop()
    return shown


# The words Click and Typer write in every help page.
HELP_WORDS = (
    "Usage OPTIONS COMMAND ARGS Options Commands Show this message and exit env var default "
    "Install completion for the current shell to copy it or customize installation"
)


@cache
def vocabulary() -> frozenset[str]:
    """Every word the program may show: from data/, the program's own wording and its help
    (cli/app.py, cli/options.py and Click's words), and each as plain ASCII (Lowe for Löwe)."""
    from therapy_guide.console.ascii import to_ascii

    help_text = [
        REPO / "therapy_guide" / f"{name}.py"
        for name in ("cli/app", "cli/options", "console/pager")
    ]
    sources = [*DATA.glob("*.toml"), REPO / "therapy_guide" / "core" / "wording.py", *help_text]
    # Spanish too: its content and its catalog (issue #20).
    sources += [*DATA.glob("*/*.toml"), *(REPO / "therapy_guide" / "locale").glob("*/*/*.po")]
    text = " ".join(p.read_text(encoding="utf-8") for p in sources) + HELP_WORDS
    words = re.findall(r"[^\W\d_]+", f"{text} {to_ascii(text)}")
    return frozenset(t.lower() for t in words)


def split_words(lines: Sequence[str]) -> set[str]:
    """The pieces of words cut at a line's end: what is on screen but in no word we wrote.

    A word longer than a whole line (a web address at 20 columns) can only be folded: its
    pieces count as whole."""
    known = vocabulary()
    width = max((len(line.rstrip()) for line in lines), default=0)
    too_long = [k for k in known if len(k) > width - 4]
    return {
        token
        for line in lines
        for token in re.findall(r"[^\W\d_]+", line)
        if token.lower() not in known and not any(token.lower() in k for k in too_long)
    }


# --- schemas -------------------------------------------------------------------------


def schema(command: str) -> Document:
    """The JSON Schema kept in docs/schema for COMMAND's --format json output."""
    loaded: Document = json.loads((SCHEMAS / f"{command}.json").read_text(encoding="utf-8"))
    return loaded


def schema_errors(command: str, document: object) -> list[str]:
    """Every way DOCUMENT breaks COMMAND's schema, as 'path: message' lines (empty if valid)."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(schema(command), format_checker=FormatChecker())
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]
