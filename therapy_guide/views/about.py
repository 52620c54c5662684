"""What the tool is and is not, where its content comes from, and the reader's privacy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.core.language import LANGUAGES, NAMES, current
from therapy_guide.views.document import Bullets, Entry, Paragraph, Section, Title, View, versioned

if TYPE_CHECKING:
    from therapy_guide.core.content.about_page import About
    from therapy_guide.core.content.quiz import QuestionBank


def first_step_sources(bank: QuestionBank) -> list[tuple[str, str]]:
    """Each door of the quiz (who to see first) and each note, with what it rests on."""
    found: list[tuple[str, str]] = []
    for o in (o for q in bank.questions for o in q.options):
        if o.door is not None:
            found.append((f"{o.label}: {o.door.who}", o.door.source))
        if o.note_source:
            found.append((o.label, o.note_source))
        found += [(f"{o.label} ({v.option})", v.source) for v in o.note_with]
    if bank.screen is not None and bank.screen.lasting is not None:
        found.append((bank.screen.lasting.text, bank.screen.lasting.source))
    return [*found, (w.CRISIS_ADVICE, bank.result.crisis_source)]


def language_sentence() -> str:
    """Which language is showing, and how to choose another."""
    spoken = current()
    other = next(code for code in LANGUAGES if code != spoken)
    names = w.LANGUAGE_NAMES
    return w.LANGUAGE_SHOWN.format(name=names[spoken], other=other, other_name=names[other])


def about_view(about: About, version: str, bank: QuestionBank) -> View:
    sources = tuple(
        Entry(s.name, (Paragraph(s.use), Paragraph(s.attribution, "muted"))) for s in about.sources
    )
    first_steps = first_step_sources(bank)
    blocks = (
        Title(w.ABOUT_TITLE.format(version=version)),
        Paragraph(about.purpose),
        Section(w.IS_NOT, (Bullets(about.is_not),)),
        Section(w.SOURCES, sources),
        Section(
            w.FIRST_STEP_SOURCES,
            tuple(Entry(what, (Paragraph(source, "muted"),)) for what, source in first_steps),
        ),
        Section(w.REVIEWED, (Paragraph(about.reviewed.isoformat()),)),
        Section(w.LANGUAGE, (Paragraph(language_sentence()),)),
        Section(w.PRIVACY, (Bullets(about.privacy),)),
        Section(w.REPORT, (Paragraph(about.report),)),
    )
    document = versioned(
        version=version,
        **about.model_dump(mode="json"),
        first_step_sources=[{"for": what, "source": source} for what, source in first_steps],
        language={"code": current(), "name": NAMES[current()], "choices": list(LANGUAGES)},
    )
    return View(blocks, document)
