"""The misconceptions: the article's three, and ours for balance, each labelled in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from therapy_guide.views.translated import english_beside, marked, translating

if TYPE_CHECKING:
    from therapy_guide.core.content.misconceptions import Myths


def myths_view(myths: Myths, english: Myths | None = None) -> View:
    """Each misconception and its answer, labelled by whose words it is: the article's
    answers are its claims, not settled facts, and ours are marked as ours. Our balance
    notes (views/balance.py) go beside any article words they balance.

    In another language than English, the first of the article's answers says that its
    words are our translation, and the JSON keeps each of its myths in English beside it
    (views/translated.py)."""
    blocks: list[Block] = [Title(myths.title)]
    said = not translating()  # whether the article's words were said to be our translation
    for number, m in enumerate(myths.myths, start=1):
        ours = m.origin == "balance"
        label = w.OUR_ANSWER if ours else w.ARTICLE_SAYS
        if not ours and not said:
            label, said = marked(label), True
        answer = Labelled(label, m.fact, "fact")
        details: list[Block] = [answer, *([Paragraph(w.OURS, "muted")] if ours else [])]
        blocks.append(Numbered(number, w.MYTH, m.myth, "myth", tuple(details)))
    documents = [m.model_dump() for m in myths.myths]
    if english is not None:  # in translation: the article's own words beside ours
        documents = with_english(documents, english)
    return View(tuple(blocks), versioned(myths=documents))


def with_english(documents: list[dict[str, Any]], original: Myths) -> list[dict[str, Any]]:
    """DOCUMENTS, the myths in translation, each of the article's with its English
    ORIGINAL beside it (`quote_en`); ours have none: they are not the article's words."""
    english = {m.id: m for m in original.myths}
    return [
        d if d["origin"] == "balance" else english_beside(d, english[d["id"]], ("myth", "fact"))
        for d in documents
    ]
