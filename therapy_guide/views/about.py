"""What the tool is and is not, where its content comes from, and the reader's privacy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import wording as w
from therapy_guide.views.document import Bullets, Entry, Paragraph, Section, Title, View, versioned

if TYPE_CHECKING:
    from therapy_guide.core.content.about_page import About


def about_view(about: About, version: str) -> View:
    sources = tuple(
        Entry(s.name, (Paragraph(s.use), Paragraph(s.attribution, "muted"))) for s in about.sources
    )
    blocks = (
        Title(w.ABOUT_TITLE.format(version=version)),
        Paragraph(about.purpose),
        Section(w.IS_NOT, (Bullets(about.is_not),)),
        Section(w.SOURCES, sources),
        Section(w.REVIEWED, (Paragraph(about.reviewed.isoformat()),)),
        Section(w.PRIVACY, (Bullets(about.privacy),)),
        Section(w.REPORT, (Paragraph(about.report),)),
    )
    return View(blocks, versioned(version=version, **about.model_dump(mode="json")))
