"""Crisis help for a region: each way to reach help, when to use it and who answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import wording as w
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
    from therapy_guide.core.content.crisis import CrisisDirectory, Region, Resource


def resource_entry(resource: Resource) -> Entry:
    """One resource in full: how to reach it, when to use it, who answers."""
    body: list[Block] = [Labelled(w.CONTACT, resource.contact)]
    if resource.chat:
        body.append(Labelled(w.CHAT, resource.chat))
    if resource.hours:
        body.append(Labelled(w.HOURS, resource.hours))
    body += [Labelled(w.WHEN, resource.when), Labelled(w.WHO_ANSWERS, resource.who)]
    body += [Paragraph(note) for note in resource.notes]
    return Entry(resource.name, tuple(body), "crisis")


def resource_document(resource: Resource) -> Document:
    return resource.model_dump(mode="json")


def crisis_view(directory: CrisisDirectory, code: str, region: Region) -> View:
    blocks: list[Block] = [
        Title(w.CRISIS_TITLE.format(name=region.name, code=code), "crisis"),
        Paragraph(directory.intro),
        *(resource_entry(r) for r in (*region.resources, directory.elsewhere)),
        Paragraph(
            w.CHECKED.format(
                checked=directory.checked.isoformat(), codes=", ".join(directory.codes)
            ),
            "muted",
            gap=True,
        ),
    ]
    document = versioned(
        region=code,
        region_name=region.name,
        checked=directory.checked.isoformat(),
        resources=[resource_document(r) for r in region.resources],
        elsewhere=resource_document(directory.elsewhere),
    )
    return View(tuple(blocks), document)
