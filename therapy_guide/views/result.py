"""The quiz result as views: the card, every reason, the closing lines, the whole result.

All are built from one Report (views/report.py), which feeds the screen, `--format` and
`--save` alike, so a saved summary always says what the screen said. On screen
(`full=False`) the result ends with the compact crisis block, so that is what stays in
view; in a document (`full=True`) every crisis line is given in full.
"""

from __future__ import annotations

from therapy_guide.core import words as w
from therapy_guide.core.scoring import Reason
from therapy_guide.views.crisis import (
    brief_blocks,
    first_line,
    resource_document,
    resource_entry,
    showing,
)
from therapy_guide.views.document import (
    Block,
    Bullets,
    Document,
    Entry,
    Labelled,
    Paragraph,
    Section,
    Title,
    View,
    versioned,
)
from therapy_guide.views.first_steps import (
    card_crisis_line,
    door_document,
    first_step_blocks,
    how_soon_blocks,
    opening_blocks,
    suggestion_blocks,
)
from therapy_guide.views.report import DecisionOutcome, Report
from therapy_guide.views.translated import mark_first_quote


def reason_blocks(report: Report) -> tuple[Block, ...]:
    """Every reason: the question, the answer, and why, in the article's words where it can
    (in translation, said once: views/translated.py)."""
    given = report.result.reasons
    becauses = mark_first_quote(x.because for x in given)
    reasons = [
        Entry(x.question, (Labelled(w.YOU_SAID, x.answer), Paragraph(because)))
        for x, because in zip(given, becauses, strict=True)
    ]
    return tuple(reasons) or (Paragraph(w.NO_REASONS),)


def screen_blocks(report: Report) -> list[Block]:
    """The symptom check, if taken: its range, how soon (the result's one urgency) and
    what to tell a professional.

    It informs urgency only; its attribution is on `about` and in a saved summary.
    """
    s = report.result.screen
    if s is None:
        return []
    body: list[Block] = [
        Labelled(s.name, w.SCREEN_SCORE.format(total=s.total, maximum=s.maximum, band=s.band)),
        Paragraph(f"{s.advice} {report.urgency.how_soon}"),
        *(Paragraph(x.sentence) for x in s.subscales if x.reached),
        Paragraph(s.tell),
        Paragraph(report.screen_note, "muted"),
    ]
    return [Section(w.SYMPTOM_CHECK, tuple(body))]


def crisis_blocks(report: Report, *, full: bool) -> tuple[Block, ...]:
    """On screen, the compact block every result ends with; in a document, every entry."""
    if not full:
        return brief_blocks(report.region, report.elsewhere)
    resources = (*report.region.resources, report.elsewhere)
    title = w.CRISIS_LINES.format(name=report.region.name, code=report.region.code)
    body: list[Block] = [Paragraph(showing(report.region), "muted")] if report.crisis else []
    body += [resource_entry(r) for r in resources]
    return (Section(title, tuple(body)),)


def decision_section(d: DecisionOutcome) -> Section:
    """The SURE test's outcome: in the full result, and alone right after it is taken.

    Its attribution is on `about` and in a saved summary's sources.
    """
    return Section(
        w.HOW_SURE,
        (
            Labelled(d.name, w.SCORE.format(score=d.score, maximum=d.maximum)),
            Paragraph(d.sentence),
        ),
    )


def decision_view(decision: DecisionOutcome) -> View:
    """The SURE outcome alone, shown right after the person takes it."""
    return View((decision_section(decision),))


def crisis_result_blocks(report: Report, *, full: bool) -> tuple[Block, ...]:
    """A yes to the safety question: what to do now (reach out, others, means, company),
    then the lines, in every format: on screen the lines come last, so they stay in view
    when the program stops; in a document what to do is read first, before the lines'
    details."""
    steps = Section(w.NEXT_STEPS, (Bullets(report.next_steps),))
    head: list[Block] = [
        Paragraph(report.headline, "crisis", strong=True, gap=True),
        Paragraph(report.detail),
    ]
    if not full:
        return (
            *head,
            steps,
            Paragraph(report.disclaimer, gap=True),
            *crisis_blocks(report, full=False),
        )
    return (
        Title(w.RESULT_TITLE),
        Paragraph(w.DATED.format(day=report.day.isoformat(), sensitive=w.SENSITIVE), "muted"),
        *head,
        steps,
        *crisis_blocks(report, full=True),
        Labelled(w.PLEASE_NOTE, report.disclaimer, "warning"),
    )


def top_reasons(report: Report, shown: int) -> list[Block]:
    """The SHOWN strongest reasons as one line each, under a heading that says how many."""
    reasons = report.result.reasons
    if not reasons:
        return [Paragraph(w.NO_REASONS, gap=True)]
    if shown <= 0:
        return []
    top = reasons[:shown]
    if top == reasons:
        why = w.WHY
    elif len(top) == 1:
        why = w.TOP_REASON.format(total=len(reasons))
    else:
        why = w.TOP_REASONS.format(shown=len(top), total=len(reasons))
    lines = mark_first_quote(reason_line(r) for r in top)
    return [Section(why, (Bullets(tuple(lines)),))]


def result_blocks(report: Report, *, full: bool) -> tuple[Block, ...]:
    """The whole result: for a script's screen (FULL False) or a document (FULL True).

    At the top, anything more urgent than the suggestion: the opening, who to see first.
    On screen the three strongest reasons stand for all of them (every one is in
    markdown, JSON and the menu), and it ends with the compact crisis block, so that is
    what stays in view.
    """
    if report.crisis:
        return crisis_result_blocks(report, full=full)
    blocks: list[Block] = []
    # The article's words in them, in translation, said once (views/translated.py).
    detail, both_note = mark_first_quote((report.detail, report.both_note))
    if full:
        blocks += [
            Title(w.RESULT_TITLE),
            Paragraph(w.DATED.format(day=report.day.isoformat(), sensitive=w.SENSITIVE), "muted"),
        ]
    blocks += [
        *opening_blocks(report),
        *first_step_blocks(report),
        *suggestion_blocks(report),
        Paragraph(detail),
        Paragraph(report.lean_sentence, "muted"),
    ]
    if full:
        blocks.append(Section(w.WHY, reason_blocks(report)))
    else:
        blocks += top_reasons(report, 3)
        if len(report.result.reasons) > 3:
            blocks.append(
                Paragraph(w.ALL_REASONS.format(count=len(report.result.reasons)), "muted")
            )
    if both_note:
        blocks.append(Paragraph(both_note, "either", gap=True))
    blocks += screen_blocks(report) if full else how_soon_blocks(report)
    blocks.append(Section(w.NEXT_STEPS, (Bullets(report.next_steps),)))
    if full and report.answered:
        answered = Bullets(tuple(f"{a.label}: {a.answer}" for a in report.answered))
        blocks.append(Section(w.YOUR_ANSWERS, (answered,)))
    if report.decision is not None:
        blocks.append(decision_section(report.decision))
    blocks.append(Labelled(w.PLEASE_NOTE, report.disclaimer, "warning"))
    return (*blocks, *crisis_blocks(report, full=full))


def reason_line(reason: Reason) -> str:
    return w.REASON_LINE.format(label=reason.label, answer=reason.answer, because=reason.because)


def card_view(
    report: Report, *, reasons: int = 3, why: bool = True, lean: bool = True, opening: bool = True
) -> View:
    """The result card: it fits the screen with the menu below it.

    Anything more urgent first (the opening, who to see first), then the suggestion, how
    strongly the answers lean, up to REASONS of the strongest reasons, how soon, the next
    step, and last, just above the menu, one crisis line. Everything else is one choice
    away in the menu. A shorter card (`card_views`) drops reasons, then the doors' why,
    the lean and the opening's words: never the suggestion, who to see first or the line.
    """
    blocks: list[Block] = [
        *(opening_blocks(report, line=False) if opening else []),
        *first_step_blocks(report, brief=True, why=why),
        *suggestion_blocks(report),
        *([Paragraph(report.lean_sentence, "muted")] if lean else []),
        *top_reasons(report, reasons),
        *how_soon_blocks(report),
        Labelled(w.NEXT_STEP, report.next_step),
        card_crisis_line(report),
    ]
    return View(tuple(blocks))


def card_views(report: Report) -> list[View]:
    """The card, from the fullest to the shortest, for the caller to take the first that
    fits the screen with the menu."""
    return [
        card_view(report, reasons=3),
        card_view(report, reasons=1),
        card_view(report, reasons=0),
        card_view(report, reasons=0, why=False),
        card_view(report, reasons=0, why=False, lean=False),
        card_view(report, reasons=0, why=False, lean=False, opening=False),
    ]


def reasons_view(report: Report) -> View:
    """Every reason, and the symptom check if taken: the menu's "see every reason"."""
    return View((Section(w.WHY, reason_blocks(report)), *screen_blocks(report)))


def closing_view(report: Report) -> View:
    """What stays on screen after "done": the suggestion, the next step, one crisis line."""
    first = "; ".join(x.who for x in report.start_with)
    blocks: list[Block] = [
        *([Labelled(w.START_WITH_SHORT, first, "warning")] if first else []),
        Paragraph(report.headline, report.result.suggestion, strong=True, gap=True),
        Labelled(w.NEXT_STEP, report.next_step),
        card_crisis_line(report),
        Paragraph(report.disclaimer, "muted"),
    ]
    return View(tuple(blocks))


def result_document(report: Report) -> Document:
    """The quiz's JSON: everything a person sees, in the order they see it.

    An urgent opening, when there is one, comes before the suggestion, as on screen.
    """
    r = report.result
    line = resource_document(first_line(report.region))
    opening: Document = {}
    if report.urgent_opening:
        opening["urgent_opening"] = {"message": report.urgent_opening, "crisis_line": line}
    if report.opening:  # urgent or calm ("rather not say")
        opening["opening"] = {
            "message": report.opening,
            "urgent": report.urgency.urgent,
            "crisis_line": line,
        }
    doc = versioned(
        **opening,
        urgency=report.urgency.level,
        how_soon=report.urgency.how_soon,
        start_with=[door_document(x) for x in report.start_with],
        notes=[{"id": n.id, "text": n.text, "source": n.source} for n in report.notes],
        suggestion=r.suggestion,
        headline=report.headline,
        detail=report.detail,
        scores=r.scores.model_dump(),
        difference=r.scores.lean,
        margin=report.margin,
        strength="" if report.urgency.plain_lean else r.strength,  # as the lean says it
        lean=report.lean_sentence,
        reasons=[
            {
                "question_id": x.question_id,
                "question": x.question,
                "option_id": x.option_id,
                "option_ids": list(x.option_ids),
                "answer": x.answer,
                "because": x.because,
                "points": x.points.model_dump(),
            }
            for x in r.reasons
        ],
        both_note=report.both_note,
        next_steps=list(report.next_steps),
        region=report.region.code,
        region_name=report.region.name,
        crisis_resources=[resource_document(x) for x in report.region.resources],
        crisis_elsewhere=resource_document(report.elsewhere),
        answers={k: (list(v) if isinstance(v, tuple) else v) for k, v in report.answers.items()},
        answered=[
            {"question": a.question, "label": a.label, "answer": a.answer} for a in report.answered
        ],
        disclaimer=report.disclaimer,
        date=report.day.isoformat(),
    )
    if r.screen is not None:
        s = r.screen
        doc["screen"] = {
            "name": s.name,
            "total": s.total,
            "maximum": s.maximum,
            "band": s.band,
            "advice": s.advice,
            "tell": s.tell,
            "urgent": s.urgent,
            "subscales": [
                {
                    "id": x.id,
                    "name": x.name,
                    "score": x.score,
                    "reached": x.reached,
                    "message": x.sentence if x.reached else "",
                }
                for x in s.subscales
            ],
            "note": report.screen_note,
            "attribution": report.screen_attribution,
        }
    if report.decision is not None:
        d = report.decision
        doc["decision_check"] = {
            "name": d.name,
            "score": d.score,
            "maximum": d.maximum,
            "unsure": d.unsure,
            "sentence": d.sentence,
        }
    return doc


def result_view(report: Report, *, full: bool) -> View:
    """The result; FULL for a document (markdown, JSON, a saved file), else for the screen."""
    return View(result_blocks(report, full=full), result_document(report))
