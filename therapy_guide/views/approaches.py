"""Kinds of talk therapy, described and never prescribed: each ends with the advice to
ask a licensed professional whether it fits you."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.views.crisis import sourced
from therapy_guide.views.document import (
    Block,
    Document,
    Entry,
    Labelled,
    Paragraph,
    Title,
    View,
    versioned,
)

if TYPE_CHECKING:
    from therapy_guide.core.content.approach_list import Approach, Approaches


def approach_entry(approach: Approach) -> Entry:
    side = w.SIDE_LINE.format(side=w.SIDES[approach.side].capitalize(), why=approach.side_why)
    body: list[Block] = [
        Labelled(w.SESSION, approach.session),
        Labelled(w.USED_FOR, approach.used_for),
        Labelled(w.LENGTH, approach.length),
        Labelled(w.SIDE, side),
        Labelled(w.BASED_ON, sourced(approach.source, approach.checked)),
    ]
    if approach.source_url:
        body.append(Labelled(w.LINK, approach.source_url))
    return Entry(approach.name, tuple(body))


def approach_document(approach: Approach) -> Document:
    return {**approach.model_dump(mode="json"), "side_label": w.SIDES[approach.side]}


def approaches_view(data: Approaches, wanted: str | None = None) -> View:
    """Every approach, or with WANTED (an id) just that one; a UsageError for an unknown id."""
    shown = (data.find(wanted),) if wanted is not None else data.approaches
    blocks: list[Block] = [Title(data.title)]
    if wanted is None:
        blocks.append(Paragraph(data.intro))
    blocks += [approach_entry(a) for a in shown]
    blocks += [
        Paragraph(data.note, "muted", gap=True),
        Paragraph(w.APPROACHES_CHECKED.format(checked=data.checked.isoformat()), "muted"),
        Paragraph(w.ASK_IF_IT_FITS, strong=True, gap=True),
    ]
    document = versioned(
        title=data.title,
        intro=data.intro,
        checked=data.checked.isoformat(),
        approaches=[approach_document(a) for a in shown],
        note=data.note,
        disclaimer=w.ASK_IF_IT_FITS,
    )
    return View(tuple(blocks), document)
