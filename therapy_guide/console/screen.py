"""The size of the screen a stream is shown on: the terminal's own, else COLUMNS and LINES,
else 80x24.

The terminal's own size comes first: it follows the window as it is resized, where
COLUMNS is often a snapshot taken when the shell started (Emacs sets it once, then
resizes the terminal). Light on purpose (no Rich), so the quiz's askers use it too.
"""

from __future__ import annotations

import os
from typing import IO, Any

DEFAULT = os.terminal_size((80, 24))
# What TERM says on a terminal that cannot move the cursor (Emacs' shell, IDE consoles).
DUMB = ("dumb", "unknown")


def is_dumb() -> bool:
    """Whether TERM names a terminal that cannot draw menus or move the cursor (as Rich
    decides it)."""
    return os.environ.get("TERM", "").strip().lower() in DUMB


def _from_environment(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else default


def size(stream: IO[Any] | None) -> os.terminal_size:
    """The size of the terminal STREAM is shown on; else COLUMNS and LINES; else 80x24."""
    try:
        found = os.get_terminal_size(stream.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # no stream, no file, or not a terminal
        found = None
    if found is not None and found.columns > 0 and found.lines > 0:
        return found
    return os.terminal_size(
        (
            _from_environment("COLUMNS", DEFAULT.columns),
            _from_environment("LINES", DEFAULT.lines),
        )
    )
