"""The comparison: the article's table, both "consider if" lists, the example, the notes.

In another language than English they are our translation: said under the title, with
the English original beside them in the JSON (views/translated.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from therapy_guide.core import words as w
from therapy_guide.views.document import (
    Block,
    Bullets,
    Column,
    Labelled,
    Paragraph,
    Section,
    Table,
    Title,
    View,
    versioned,
)
from therapy_guide.views.translated import english_beside, marked, translating

if TYPE_CHECKING:
    from therapy_guide.core.content.article import Comparison


def aspect_table(comparison: Comparison, aspect_id: str | None) -> Table:
    aspects = [a for a in comparison.aspects if aspect_id in (None, a.id)]
    return Table(
        columns=(
            Column(w.ASPECT),
            Column(w.THERAPY, "therapy"),
            Column(w.PSYCHOTHERAPY, "psychotherapy"),
        ),
        rows=tuple((a.name, a.therapy, a.psychotherapy) for a in aspects),
    )


def compare_view(
    comparison: Comparison,
    aspect_id: str | None = None,
    *,
    full: bool,
    english: Comparison | None = None,
) -> View:
    """The comparison, or one aspect of it; FULL adds the article's definitions."""
    aspects = [a for a in comparison.aspects if aspect_id in (None, a.id)]
    document = versioned(
        title=comparison.title,
        aspects=[a.model_dump() for a in aspects],
        consider=comparison.consider.model_dump(mode="json"),
        example=comparison.example.model_dump(),
        notes=list(comparison.notes),
        definitions=[d.model_dump(mode="json") for d in comparison.definitions],
        conclusion=comparison.conclusion,
        source=comparison.source.model_dump(),
    )
    if english is not None:  # in translation: the article's own words beside ours
        document = with_english(document, english)
    blocks: list[Block] = [Title(comparison.title)]
    if translating():
        blocks.append(Paragraph(marked(w.WHAT_THE_ARTICLE_SAYS), "muted"))
    blocks.append(aspect_table(comparison, aspect_id))
    if aspect_id is not None:
        return View(tuple(blocks), document)
    c, ex, s = comparison.consider, comparison.example, comparison.source
    blocks += [
        Section(w.CONSIDER_THERAPY, (Bullets(c.therapy),)),
        Section(w.CONSIDER_PSYCHOTHERAPY, (Bullets(c.psychotherapy),)),
        Section(
            w.EXAMPLE.format(situation=ex.situation.rstrip(".").lower()),
            (
                Labelled(w.WITH_THERAPY, ex.therapy, "therapy"),
                Labelled(w.WITH_PSYCHOTHERAPY, ex.psychotherapy, "psychotherapy"),
            ),
        ),
        Section(w.GOOD_TO_KNOW, (Bullets(comparison.notes),)),
    ]
    if full:
        definitions: list[Block] = []
        for d in comparison.definitions:
            definitions += [Labelled(d.term, d.summary), Bullets(d.detail)]
        blocks.append(Section(w.DEFINITIONS, tuple(definitions)))
    else:
        blocks.append(Paragraph(w.DEFINITIONS_HINT, "muted", gap=True))
    blocks += [
        Paragraph(comparison.conclusion, gap=True),
        Paragraph(
            w.ARTICLE_SOURCE.format(title=s.title, publisher=s.publisher, note=s.note), "muted"
        ),
    ]
    return View(tuple(blocks), document)


def with_english(document: dict[str, Any], original: Comparison) -> dict[str, Any]:
    """DOCUMENT, the comparison in translation, with the English ORIGINAL of each of its
    parts beside it (`quote_en`): the article's words as written."""
    english = {a.id: a for a in original.aspects}
    beside = english_beside
    return {
        **beside(document, original, ("title", "notes", "conclusion")),
        "aspects": [
            beside(a, english[a["id"]], ("name", "therapy", "psychotherapy"))
            for a in document["aspects"]
        ],
        "consider": beside(document["consider"], original.consider, ("therapy", "psychotherapy")),
        "example": beside(
            document["example"], original.example, ("situation", "therapy", "psychotherapy")
        ),
        "definitions": [
            beside(d, e, ("term", "summary", "detail"))
            for d, e in zip(document["definitions"], original.definitions, strict=True)
        ],
        "source": beside(document["source"], original.source, ("title",)),
    }
