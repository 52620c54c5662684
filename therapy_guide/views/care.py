"""How to start where you live: each route to a first appointment (its cost, how to use
it, how long it takes), what to say when you call, and questions to ask a therapist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.views.crisis import sourced
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
    from therapy_guide.core.content.care_routes import CareGuide, Route


def route_entry(number: int, route: Route) -> Entry:
    body: list[Block] = [
        Labelled(w.COST, route.cost),
        Labelled(w.HOW, route.how),
        Labelled(w.HOW_LONG, route.takes),
    ]
    if route.link:
        body.append(Labelled(w.LINK, route.link))
    body.append(Labelled(w.SOURCE, sourced(route.source, route.checked), "muted"))
    return Entry(f"{number}. {route.name}", tuple(body))


def care_view(guide: CareGuide, code: str, questions: tuple[str, ...]) -> View:
    """The routes for CODE (a resolved region code), or the general ones and a note
    saying so for a region we have no entries for; then what to say when you call, and
    QUESTIONS to ask a therapist (the one list, data/providers.toml's)."""
    region = guide.region(code)
    chosen = region or guide.general
    blocks: list[Block] = [Title(w.CARE_TITLE.format(name=chosen.name, code=code))]
    if region is None:
        blocks.append(Paragraph(guide.unknown_region.format(code=code), strong=True))
    blocks.append(Paragraph(guide.intro))
    blocks += [route_entry(n, r) for n, r in enumerate(chosen.routes, start=1)]
    blocks += [
        Section(w.SAY_WHEN_YOU_CALL, (Bullets(guide.say_when_you_call),)),
        Section(w.QUESTIONS_TO_ASK, (Bullets(questions),)),
        Paragraph(guide.note, "muted", gap=True),
        Paragraph(
            w.CARE_CHECKED.format(checked=guide.checked.isoformat(), codes=", ".join(guide.codes)),
            "muted",
        ),
    ]
    document = versioned(
        region=code,
        region_name=chosen.name,
        known_region=region is not None,
        checked=guide.checked.isoformat(),
        title=guide.title,
        intro=guide.intro,
        routes=[r.model_dump(mode="json") for r in chosen.routes],
        say_when_you_call=list(guide.say_when_you_call),
        questions_to_ask=list(questions),
        note=guide.note,
    )
    return View(tuple(blocks), document)
