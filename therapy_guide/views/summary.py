"""The saved summary: the quiz's result as a page to bring to a first appointment.

Written for the person and for the professional they show it to, not for a terminal: no
command names, answers under their short labels, every crisis line in full, and where
each thing comes from. `--save` and the menu's "save a summary" write this view as
markdown or HTML; a .json file is still the quiz's JSON document (`result_document`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide import __version__
from therapy_guide.core import words as w
from therapy_guide.views.crisis import help_now, resource_entry
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
)
from therapy_guide.views.first_steps import first_step_blocks, opening_blocks
from therapy_guide.views.report import DecisionOutcome, Report
from therapy_guide.views.result import result_document
from therapy_guide.views.translated import mark_first_quote, translating

if TYPE_CHECKING:
    from therapy_guide.core.content.crisis import Resource

SUMMARY_REASONS = 3  # the strongest reasons a summary gives; its table has every answer
SUMMARY_QUESTIONS = 4  # the first questions to ask of the one list (data/providers.toml)


def help_with(report: Report) -> list[Block]:
    """What the person wants help with, one option a line (a label may hold commas)."""
    labels = report.help_with
    return [Section(w.SUMMARY_HELP_WITH, (Bullets(labels),))] if labels else []


def suggestion(report: Report) -> Section:
    """The suggestion, how strongly the answers lean, and each reason for it."""
    body: list[Block] = [
        *(Paragraph(t, strong=True) for t in report.urgency.tell),  # in the person's words
        *first_step_blocks(report),
        Paragraph(report.headline, report.result.suggestion, strong=True),
    ]
    if report.crisis:  # elsewhere the reasons below say it in the article's words
        body.append(Paragraph(report.detail))
    if report.crisis:
        body.append(Section(w.NEXT_STEPS, (Bullets(report.next_steps),)))
    else:
        body.append(Paragraph(report.lean_sentence, "muted"))
        if report.both_note:
            body += [Paragraph(note) for note in mark_first_quote([report.both_note])]
        if report.result.screen is not None or report.urgency.level != "routine":
            body.append(Labelled(w.HOW_SOON, report.urgency.how_soon))
        if report.lead_steps:  # what to do first, means safety included
            body.append(Section(w.NEXT_STEPS, (Bullets(report.lead_steps),)))
        else:
            body.append(Labelled(w.NEXT_STEP, report.next_step))
        # The strongest few; every answer is in the table below.
        top = report.result.reasons[:SUMMARY_REASONS]
        becauses = mark_first_quote(r.because for r in top)  # the article's words, said once
        reasons = tuple(Labelled(r.label, b) for r, b in zip(top, becauses, strict=True))
        body.append(Section(w.SUMMARY_WHY, reasons or (Paragraph(w.NO_REASONS),)))
    body.append(Labelled(w.PLEASE_NOTE, report.disclaimer, "warning"))
    return Section(w.SUMMARY_SUGGESTION, tuple(body))


def opening(report: Report) -> list[Block]:
    """What the page opens with, before anything else, when the result is urgent or a
    crisis: the opening message, if any, and the region's first line with its numbers to
    tap, so that on a phone the first call button is on the first screen."""
    if report.opening:
        return opening_blocks(report)
    return [help_now(report.region)] if report.urgency.urgent else []


def answers(report: Report) -> list[Block]:
    if not report.answered:
        return []
    columns = (Column(w.SUMMARY_QUESTION), Column(w.SUMMARY_ANSWER))
    rows = tuple((a.label, a.answer) for a in report.answered)
    return [Section(w.SUMMARY_ANSWERS, (Table(columns, rows),))]


def symptom_check(report: Report) -> list[Block]:
    """The screen's total and band, each part's score, what it means, and whose it is."""
    s = report.result.screen
    if s is None:
        return []
    body: list[Block] = [
        Labelled(s.name, w.SCREEN_SCORE.format(total=s.total, maximum=s.maximum, band=s.band)),
        Paragraph(s.advice),
        Paragraph(s.tell),
    ]
    for part in s.subscales:
        most = report.subscale_maxima.get(part.id, 0)
        body.append(Labelled(part.name, w.SCORE.format(score=part.score, maximum=most)))
    body += [Paragraph(x.sentence) for x in s.subscales if x.reached]
    body += [Paragraph(report.screen_note), Paragraph(report.screen_attribution, "muted")]
    return [Section(w.SYMPTOM_CHECK, tuple(body))]


def how_sure(d: DecisionOutcome) -> Section:
    return Section(
        w.SUMMARY_SURE,
        (
            Labelled(d.name, w.SCORE.format(score=d.score, maximum=d.maximum)),
            Paragraph(d.sentence),
            Paragraph(d.attribution, "muted"),
        ),
    )


def shown_lines(report: Report) -> tuple[Resource, ...]:
    """The lines to reach right away: not a service that says it is no crisis line, and
    the directory of helplines only for a place we have no lines of our own for."""
    elsewhere = () if report.region.known else (report.elsewhere,)
    return (*(r for r in report.region.resources if r.urgent), *elsewhere)


def crisis_lines(report: Report) -> Section:
    resources = shown_lines(report)
    return Section(
        w.SUMMARY_CRISIS.format(name=report.region.name),
        tuple(resource_entry(r, website=True, brief=True) for r in resources),
        "crisis",
    )


def sources(report: Report) -> Section:
    """Where it all comes from. The article by its own title, in English; in another
    language, also that its words quoted here are our translation."""
    cited = [report.article_cite]
    if translating():
        cited = [f"{report.article_cite} {w.ARTICLE_IN_ENGLISH}"]
    if report.result.screen is not None and report.screen_attribution:
        cited.append(report.screen_attribution)
    if report.decision is not None:
        cited.append(report.decision.attribution)
    cited += report.sources  # what who-to-see-first and the notes rest on
    named = [(e.name, e.checked) for e in shown_lines(report)]
    named += report.routes_checked
    days = sorted({checked for _, checked in named}, reverse=True)
    entries = "; ".join(
        w.SUMMARY_ENTRY_CHECKED.format(
            checked=day.isoformat(), names=", ".join(n for n, c in named if c == day)
        )
        for day in days
    )
    cited.append(w.SUMMARY_CHECKED.format(entries=entries))
    cited.append(w.SUMMARY_MADE_WITH.format(version=__version__))
    return Section(w.SUMMARY_SOURCES, (Bullets(tuple(cited)),))


def spoken_in(report: Report) -> tuple[Paragraph, ...]:
    """In a summary saved in another language than the guide spoke (--save-lang): the
    language the person used, so the clinician can offer it or an interpreter."""
    if report.spoken_in == report.language:
        return ()
    name = w.LANGUAGE_NAMES[report.spoken_in]
    return (Paragraph(w.SUMMARY_SPOKEN_IN.format(language=name), strong=True),)


def summary_view(report: Report) -> View:
    """The summary to bring to a first appointment; its document is the quiz's JSON.

    It says how to start where the person lives (views.care), when there is a way.
    Someone in crisis finds the crisis lines right after the suggestion.
    """
    start = report.start_here
    about = (
        Paragraph(w.SUMMARY_ABOUT.format(day=report.day.isoformat())),
        *spoken_in(report),
        Paragraph(w.SUMMARY_PRIVATE, "muted"),
    )
    blocks: list[Block] = [Title(w.SUMMARY_TITLE), *opening(report)]
    if report.crisis:  # the lines first, with nothing to read before them
        blocks += [suggestion(report), crisis_lines(report), *about, *answers(report)]
        return View((*blocks, sources(report)), result_document(report))
    blocks += [*about, *help_with(report), suggestion(report), *answers(report)]
    blocks += symptom_check(report)
    if report.decision is not None:
        blocks.append(how_sure(report.decision))
    blocks.append(Section(w.SUMMARY_ASK, (Bullets(report.questions_to_ask[:SUMMARY_QUESTIONS]),)))
    if start:
        blocks.append(Section(w.SUMMARY_START, (Bullets(start),)))
    blocks += [crisis_lines(report), sources(report)]
    return View(tuple(blocks), result_document(report))
