"""Who provides what: each kind of provider's training and offer, and how to check a license."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.views.document import (
    Block,
    Bullets,
    Entry,
    Labelled,
    Paragraph,
    Section,
    Title,
    View,
    versioned,
)

if TYPE_CHECKING:
    from therapy_guide.core.content.providers import Provision


def providers_view(provision: Provision) -> View:
    blocks: list[Block] = [Title(provision.title), Paragraph(provision.intro)]
    for p in provision.providers:
        name = f"{p.name} ({', '.join(p.titles)})" if p.titles else p.name
        body: list[Block] = [Labelled(w.TRAINING, p.training), Labelled(w.OFFERS, p.offers)]
        if p.prescribes:
            body.append(Paragraph(w.PRESCRIBES))
        blocks.append(Entry(name, tuple(body)))
    blocks += [
        Section(w.IN_TRAINING, (Paragraph(provision.in_training),)),
        Section(w.CHECK_A_LICENSE, (Bullets(provision.verify),)),
        Section(w.FIRST_APPOINTMENT, (Bullets(provision.first_appointment),)),
        Paragraph(provision.note, "muted", gap=True),
    ]
    return View(tuple(blocks), versioned(**provision.model_dump(mode="json")))
