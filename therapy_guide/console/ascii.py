"""Plain ASCII for streams that cannot show every character.

Registered as the codec error handler "therapy_guide_plain": a letter loses its accent
(Gardaí, Māori, Île-de-France become Gardai, Maori, Ile-de-France), a curly quote
becomes a straight one and a dash a hyphen, instead of '?' or a UnicodeEncodeError.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from typing import TextIO

HANDLER = "therapy_guide_plain"
TRAILING_SPACES = re.compile(r" +\n")

# One character for one, so that a line Rich has laid out keeps its width. Letters with
# accents need no entry: their decomposition gives the plain letter (see plain_char).
_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2014": "-",
    "\u2013": "-",
    "\u2026": ".",
    "\u2022": "*",
    "\u00a0": " ",
    "\u2192": ">",
    "\u276f": ">",
    "\u25cf": "*",
    "\u25cb": "o",
    # Letters that do not decompose into a plain one.
    "\u00df": "s",  # ß
    "\u00f8": "o",  # ø
    "\u00d8": "O",
    "\u0142": "l",  # ł
    "\u0141": "L",
    "\u0111": "d",  # đ
    "\u0110": "D",
    "\u00e6": "a",  # æ
    "\u00c6": "A",
    "\u0153": "o",  # œ
    "\u0152": "O",
    "\u0131": "i",  # dotless i
}


def plain_char(ch: str) -> str:
    """CH in ASCII, as wide on screen as CH: the hand-picked table, else the letter
    without its marks (NFKD decomposition, combining marks dropped), else '?'.

    A decomposition that would change the width (the ligature "ﬁ" gives "fi") is not
    used: Rich has already laid the line out.
    """
    if ch in _PLAIN:
        return _PLAIN[ch]
    if unicodedata.combining(ch):
        return ""  # a mark on its own takes no room
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if len(base) == 1 and base.isascii():
        return base
    return "??" if unicodedata.east_asian_width(ch) in ("W", "F") else "?"


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(plain_char(ch) for ch in bad), error.end


codecs.register_error(HANDLER, _plain)


def is_utf8(stream: object) -> bool:
    """Whether a stream can carry any character (its encoding is a UTF)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding.startswith("utf")


def to_ascii(text: str) -> str:
    return text.encode("ascii", HANDLER).decode("ascii")


# The typographic marks a pipe gets in plain form, when its letters are kept.
_MARKS = str.maketrans({k: v for k, v in _PLAIN.items() if not k.isalpha()})


class PlainWriter(io.TextIOBase):
    """Writes to a stream in plain ASCII; Rich sees encoding 'ascii' and draws ASCII boxes.

    KEEP_LETTERS (a language other than English, on a UTF-8 stream): only the marks go
    plain (quotes, dashes, bullets); a letter keeps its accent and ¿ stays, because in
    Spanish "año" is not "ano"."""

    def __init__(self, stream: TextIO, *, keep_letters: bool = False) -> None:
        super().__init__()
        self._stream = stream
        self._plain = (lambda text: text.translate(_MARKS)) if keep_letters else to_ascii

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "ascii"

    def write(self, text: str) -> int:
        # Rich pads every line to the full width; in a pipe that is only noise.
        self._stream.write(TRAILING_SPACES.sub("\n", self._plain(text)))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def close(self) -> None:  # never close the stream we were lent
        self.flush()
