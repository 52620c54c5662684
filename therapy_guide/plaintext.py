"""Plain-ASCII fallbacks for typographic characters, for streams that cannot show them.

Registered as the codec error handler "therapy_guide_plain": a curly quote becomes a
straight one and a dash a hyphen, instead of '?' or a UnicodeEncodeError.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import TextIO

HANDLER = "therapy_guide_plain"
TRAILING_SPACES = re.compile(r" +\n")

# One character for one, so that a line Rich has laid out keeps its width.
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
    "\u00f6": "o",
    "\u00e9": "e",
    "\u00e8": "e",
    "\u00e1": "a",
    "\u00fc": "u",
    "\u0101": "a",  # Maori's a with a macron (care.toml)
}


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_PLAIN.get(ch, "?") for ch in bad), error.end


codecs.register_error(HANDLER, _plain)


def is_utf8(stream: object) -> bool:
    """Whether a stream can carry any character (its encoding is a UTF)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding.startswith("utf")


def to_ascii(text: str) -> str:
    return text.encode("ascii", HANDLER).decode("ascii")


class PlainWriter(io.TextIOBase):
    """Writes to a stream in plain ASCII; Rich sees encoding 'ascii' and draws ASCII boxes."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "ascii"

    def write(self, text: str) -> int:
        # Rich pads every line to the full width; in a pipe that is only noise.
        self._stream.write(TRAILING_SPACES.sub("\n", to_ascii(text)))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def close(self) -> None:  # never close the stream we were lent
        self.flush()
