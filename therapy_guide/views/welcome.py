"""What `therapy-guide` alone shows: what it is for, its commands, and crisis help."""

from __future__ import annotations

from collections.abc import Iterable

from therapy_guide.core import words as w
from therapy_guide.views.document import Commands, Labelled, Paragraph, Title, View


def welcome_view(commands: Iterable[tuple[str, str]]) -> View:
    """COMMANDS are the app's own (name, short help) pairs, so the list never drifts."""
    rows = tuple((f"therapy-guide {name}", what) for name, what in commands)
    blocks = (
        Title(w.WELCOME_TITLE),
        Paragraph(w.WELCOME),
        Commands(rows),
        Labelled(w.IN_CRISIS, w.IN_CRISIS_WHAT, "crisis"),
        Paragraph(w.MORE_HELP, "muted"),
    )
    return View(blocks)
