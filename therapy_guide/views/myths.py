"""The misconceptions: the article's three, and ours for balance, each labelled in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
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
    """Each misconception and its answer, labelled by whose words it is: the article's
    answers are its claims, not settled facts, and ours are marked as ours. Our balance
    notes (views/balance.py) go beside any article words they balance."""
    blocks: list[Block] = [Title(myths.title)]
    for number, m in enumerate(myths.myths, start=1):
        ours = m.origin == "balance"
        answer = Labelled(w.OUR_ANSWER if ours else w.ARTICLE_SAYS, m.fact, "fact")
        details: list[Block] = [answer, *([Paragraph(w.OURS, "muted")] if ours else [])]
        blocks.append(Numbered(number, w.MYTH, m.myth, "myth", tuple(details)))
    return View(tuple(blocks), versioned(myths=[m.model_dump() for m in myths.myths]))
