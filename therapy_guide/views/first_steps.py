"""What a result says before its suggestion: the opening, who to see first and where to
turn for it, the notes, and how soon; with the one crisis line a card and an opening show.

Built from the Report (views/report.py) for the screen, the card, the saved summary and
the JSON alike, so each says it the same way.
"""

from __future__ import annotations

from therapy_guide.core import words as w
from therapy_guide.views.crisis import help_now, reach
from therapy_guide.views.document import (
    Block,
    Contact,
    Document,
    Entry,
    Labelled,
    Paragraph,
    Section,
)
from therapy_guide.views.report import FirstStepHere, Report


def opening_blocks(report: Report, *, line: bool = True) -> list[Block]:
    """A warm message and (with LINE) the main crisis line, before anything else: urgent
    (a wish to be dead in the past few weeks, a high symptom check) or calm ("rather not
    say")."""
    if not report.opening:
        return []
    urgent = report.urgency.urgent
    message = Paragraph(report.opening, "warning" if urgent else "", strong=urgent, gap=True)
    return [message, card_crisis_line(report)] if line else [message]


def first_step_blocks(report: Report, *, brief: bool = False, why: bool = True) -> list[Block]:
    """Who to see first, at the top: each door's who and (with WHY) why, and in full where
    to turn in the person's region; then notes such as the one on intrusive thoughts."""
    blocks: list[Block] = []
    if report.start_with and brief and not why:
        who = "; ".join(x.who for x in report.start_with)
        return [Labelled(w.START_WITH_SHORT, who, "warning")]
    if report.start_with:
        if brief:
            doors: tuple[Block, ...] = tuple(
                Labelled(x.who, x.why, "warning") for x in report.start_with
            )
        else:
            doors = tuple(Entry(x.who, door_body(x)) for x in report.start_with)
        blocks.append(Section(w.START_WITH, doors))
    if report.notes and not brief:
        blocks.append(
            Section(w.GOOD_TO_KNOW_RESULT, tuple(Paragraph(n.text) for n in report.notes))
        )
    return blocks


def door_body(step: FirstStepHere) -> tuple[Block, ...]:
    """Why to see them first, and where to turn in the region, with its numbers to tap."""
    if step.here is None:
        return (Paragraph(step.why),)
    here = step.here
    return (
        Paragraph(step.why),
        Contact(w.CONTACT, here.contact, reach=reach(here)),
        Paragraph(here.text),
    )


def door_document(step: FirstStepHere) -> Document:
    here = step.here
    return {
        "id": step.id,
        "who": step.who,
        "why": step.why,
        "here": None
        if here is None
        else {
            "contact": here.contact,
            "text": here.text,
            "source": here.source,
            "checked": here.checked.isoformat(),
        },
        "source": step.source,
    }


def suggestion_blocks(report: Report) -> list[Block]:
    """The suggestion, framed as what can help alongside when someone else comes first."""
    blocks: list[Block] = []
    if report.start_with:
        blocks.append(Paragraph(w.ALONGSIDE, "muted", gap=True))
    blocks.append(
        Paragraph(report.headline, report.result.suggestion, strong=True, gap=not report.start_with)
    )
    return blocks


def how_soon_blocks(report: Report) -> list[Block]:
    """How soon, said once: when it is more than "whenever you feel ready", or when the
    symptom check was taken."""
    if report.crisis or (report.urgency.level == "routine" and report.result.screen is None):
        return []
    return [
        Labelled(
            w.HOW_SOON, report.urgency.how_soon, "warning" if report.urgency.urgent else "label"
        )
    ]


def card_crisis_line(report: Report) -> Labelled:
    """One crisis line, with its numbers to tap on a page."""
    return help_now(report.region)
