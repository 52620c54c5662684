"""Every write to stdout that does not go through a Rich console (streams.py): one door.

emit's markdown and JSON, the plain asker's lines, the full-screen asker's styled lines
and --version all pass through here, so the console package is the only way out.
Light: questionary loads only for a styled line, which only the full-screen quiz writes.
"""

from __future__ import annotations

import sys
from typing import TextIO


def write(text: str, stream: TextIO | None = None, *, flush: bool = False) -> None:
    """TEXT on STREAM (stdout unless given); FLUSH for lines a person waits on."""
    out = stream or sys.stdout
    out.write(text)
    if flush:
        out.flush()


def styled(line: str, style: str) -> None:
    """One line on stdout in a prompt_toolkit style, as the full-screen prompts draw."""
    import questionary

    questionary.print(line, style=style)
