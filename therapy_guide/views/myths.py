"""The misconceptions: the article's three, and ours for balance, each labelled in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import wording as w
from therapy_guide.views.document import (
    Block,
    Labelled,
    Numbered,
    Paragraph,
    Title,
    View,
    versioned,
)

if TYPE_CHECKING:
    from therapy_guide.core.content.misconceptions import Myths


def myths_view(myths: Myths) -> View:
    blocks: list[Block] = [Title(myths.title)]
    for number, m in enumerate(myths.myths, start=1):
        details: list[Block] = [Labelled(w.FACT, m.fact, "fact")]
        if m.origin == "balance":
            details.append(Paragraph(w.OURS, "muted"))
        blocks.append(Numbered(number, w.MYTH, m.myth, "myth", tuple(details)))
    return View(tuple(blocks), versioned(myths=[m.model_dump() for m in myths.myths]))
