"""Where a line of text may break, once for the whole program: the Rich renderer, the
quiz's prompts, the plain quiz, the help and the error messages all wrap by it.

Lines break at spaces, and never inside a phone number ("Call 0808 808 8000" keeps its
number on one line). A word longer than a whole line breaks after a hyphen, a slash, a
dot or an underscore inside it ("cognitive-" / "behavioral", "https://" /
"findtreatment.gov"), and only a word without any is cut where the line ends. Or, where
a word is a path in an error message, words are kept whole so that it can be copied.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word: a run of non-spaces, where a phone number's groups make one word.
WORD = re.compile(r"\S+(?:(?<=\d) (?=\+?\d)\S+)*")
# Inside a word longer than a line: after a hyphen, slash, dot or underscore that follows
# a letter or digit, or after the // of a web address.
INSIDE = re.compile(r"(?<=\w[-/._])(?=\w)|(?<=//)(?=\w)")


def line_starts(
    text: str,
    width: int,
    *,
    measure: Callable[[str], int] = len,
    fold: bool = True,
    inside: bool = True,
    used: int = 0,
) -> list[int]:
    """Where each line after the first starts, to wrap TEXT (one line) at WIDTH.

    MEASURE gives a piece's width on screen (Rich's cell_len for the renderer). A word
    longer than a line breaks after its hyphens and slashes (INSIDE), and is cut where
    it has none (FOLD); without either, it overflows its line. USED is how much of the
    first line is taken already (a wider indent than the other lines').
    """
    starts: list[int] = []
    line = 0  # where the current line starts

    def too_long(end: int) -> bool:
        return measure(text[line:end]) + (used if line == 0 else 0) > width

    for match in WORD.finditer(text):
        start, end = match.span()
        if start > line and too_long(end):
            starts.append(start)
            line = start
        while too_long(end):  # longer than a whole line
            joins = [m.start() for m in INSIDE.finditer(text, line + 1, end)] if inside else []
            fits = [at for at in joins if not too_long(at)]
            if fits:
                line = fits[-1]
            elif fold:
                cut = line + 1
                while cut < end and not too_long(cut + 1):
                    cut += 1
                line = cut
            else:
                break
            starts.append(line)
    return starts


# Where the rule above differs from breaking at any space: inside a phone number.
GLUED = re.compile(r"(?<=\d) (?=\+?\d)")


def plain_spaces_will_do(text: str, width: int) -> bool:
    """Whether breaking at any space gives the same lines as `line_starts`: TEXT has no
    phone number and no word longer than WIDTH (so a wrapper may take its faster path)."""
    return GLUED.search(text) is None and all(len(word) <= width for word in text.split())


def pieces(word: str) -> list[str]:
    """The parts of WORD that are never broken: the narrowest a column may be for it."""
    return INSIDE.sub("\n", word).split("\n")


def unbreakable(text: str) -> list[str]:
    """Every piece of TEXT that no line may break inside (phone numbers, parts of words)."""
    return [piece for word in WORD.findall(text) for piece in pieces(word)]


def wrap(
    text: str, width: int, first: str = "", rest: str = "", *, whole_words: bool = False
) -> list[str]:
    """TEXT as lines of at most WIDTH characters, the first starting with FIRST and the
    others with REST (a hanging indent); spaces run together into one, and TEXT's own
    indent is dropped (FIRST replaces it). Never empty.

    WHOLE_WORDS: break only at spaces, so that a path stays whole (on a line of its own,
    however long) and can be copied.
    """
    text = " ".join(text.split())
    room = max(width - len(rest), 1)
    used = len(first) - len(rest)
    keep = not whole_words
    starts = line_starts(text, room, fold=keep, inside=keep, used=used)
    bounds = zip([0, *starts], [*starts, len(text)], strict=True)
    lines = [text[a:b].strip() for a, b in bounds]
    return [f"{first if n == 0 else rest}{line}".rstrip() for n, line in enumerate(lines)]
