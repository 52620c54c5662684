"""Balance travels with the quote: our note beside every one-sided sentence of the article.

`balanced(view, notes)` finds each block that shows words a note balances (data/balance.toml)
and puts the note, marked as ours, right after that block; the JSON document gets the
notes too. Every way out (render.render, render.emit, saving) passes its view through
here, with the notes it loads (render.with_balance), so no output can show the quote
without the note.

In a translation a note's `quote` is in our translation of the article, found in the
translated text the view shows, and its JSON keeps the English as `quote_en`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from therapy_guide.views.document import (
    Block,
    Bullets,
    Commands,
    Entry,
    Labelled,
    Numbered,
    Paragraph,
    Section,
    Table,
    Title,
    View,
)

if TYPE_CHECKING:
    from therapy_guide.core.content.balance import BalanceNotes


def texts(block: Block) -> Iterator[str]:
    """Every string a block shows, its nested blocks' included."""
    match block:
        case Title(text=text) | Paragraph(text=text):
            yield text
        case Labelled(label=label, body=body):
            yield from (label, body)
        case Bullets(items=items):
            yield from items
        case Table(columns=columns, rows=rows):
            yield from (c.name for c in columns)
            yield from (cell for row in rows for cell in row)
        case Commands(rows=rows):
            yield from (text for row in rows for text in row)
        case Section(title=title, body=body) | Entry(title=title, body=body):
            yield title
            for inner in body:
                yield from texts(inner)
        case Numbered(label=label, body=body, details=details):
            yield from (label, body)
            for inner in details:
                yield from texts(inner)


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def balanced(view: View, notes: BalanceNotes) -> View:
    """VIEW with our balance note (of NOTES) after each block that shows the words it
    balances."""
    placed: set[str] = set()

    def weave(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, Section | Entry):
                block = replace(block, body=weave(block.body))
            elif isinstance(block, Numbered):
                block = replace(block, details=weave(block.details))
            out.append(block)
            for note in notes.for_text(" ".join(texts(block))):
                if note.id not in placed:
                    placed.add(note.id)
                    out.append(Paragraph(f"{notes.label}: {note.text}", "note", gap=True))
        return tuple(out)

    blocks = weave(view.blocks)
    # The JSON document keeps every note a person would see, and any its own words call for.
    shown = {n.id for n in notes.for_text(" ".join(strings(view.document)))} | placed
    if not view.document or not shown:
        return View(blocks, view.document)
    document = {
        **view.document,
        "balance_notes": [
            {
                "id": n.id,
                "quote": n.quote,
                # In a translation, the article's own words, in English.
                **({"quote_en": n.quote_en} if n.quote_en else {}),
                "note": n.text,
                "label": notes.label,
                "source": n.source,
                "checked": n.checked.isoformat(),
            }
            for n in notes.notes
            if n.id in shown
        ],
    }
    return View(blocks, document)
