"""The quiz result as views: the card, every reason, the closing lines, the whole result.

All are built from one Report (views/report.py), which feeds the screen, `--format` and
`--save` alike, so a saved summary always says what the screen said. On screen
(`full=False`) the result ends with the compact crisis block, so that is what stays in
view; in a document (`full=True`) every crisis line is given in full.
"""

from __future__ import annotations

from therapy_guide.core import wording as w
from therapy_guide.core.scoring import Reason
from therapy_guide.views.crisis import (
    brief_blocks,
    brief_line,
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
from therapy_guide.views.report import DecisionOutcome, Report


def reason_blocks(report: Report) -> tuple[Block, ...]:
    reasons = [
        Entry(
            x.question,
            (Labelled(w.YOU_SAID, x.answer), Paragraph(x.because)),
        )
        for x in report.result.reasons
    ]
    return tuple(reasons) or (Paragraph(w.NO_REASONS),)


def screen_blocks(report: Report) -> list[Block]:
    """The symptom check, if taken: how soon to see someone and what to tell them.

    It informs urgency only; its attribution is on `about` and in a saved summary.
    """
    s = report.result.screen
    if s is None:
        return []
    body: list[Block] = [
        Labelled(s.name, w.SCREEN_SCORE.format(total=s.total, maximum=s.maximum, band=s.band)),
        Paragraph(s.advice),
        *(Paragraph(x.sentence) for x in s.subscales if x.reached),
        Paragraph(s.tell),
        Paragraph(report.screen_note, "muted"),
    ]
    return [Section(w.SYMPTOM_CHECK, tuple(body))]


def crisis_blocks(report: Report, *, full: bool) -> tuple[Block, ...]:
    """On screen, the compact block every result ends with; in a document, every entry."""
    if not full:
        return brief_blocks(report.region_code, report.region, report.elsewhere)
    resources = (*report.region.resources, report.elsewhere)
    title = w.CRISIS_LINES.format(name=report.region.name, code=report.region_code)
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
            Labelled(d.name, w.DECISION_SCORE.format(score=d.score, maximum=d.maximum)),
            Paragraph(d.sentence),
        ),
    )


def decision_view(decision: DecisionOutcome) -> View:
    """The SURE outcome alone, shown right after the person takes it."""
    return View((decision_section(decision),))


def opening_blocks(report: Report) -> list[Block]:
    """When the symptom check is high, the result opens with a warm, urgent message and
    the main crisis line, before the suggestion."""
    if not report.urgent_opening:
        return []
    return [
        Paragraph(report.urgent_opening, "warning", strong=True, gap=True),
        card_crisis_line(report),
    ]


def result_blocks(report: Report, *, full: bool) -> tuple[Block, ...]:
    """The whole result: for a script's screen (FULL False) or a document (FULL True).

    On screen it ends with the compact crisis block, so that is what stays in view.
    """
    blocks: list[Block] = []
    if full:
        blocks += [
            Title(w.RESULT_TITLE),
            Paragraph(w.DATED.format(day=report.day.isoformat(), sensitive=w.SENSITIVE), "muted"),
        ]
    blocks += [
        *opening_blocks(report),
        Paragraph(report.headline, report.result.suggestion, strong=True, gap=True),
        Paragraph(report.detail),
    ]
    if not report.crisis:
        blocks += [
            Paragraph(report.lean_sentence, "muted"),
            Section(w.WHY, reason_blocks(report)),
        ]
    if report.both_note:
        blocks.append(Paragraph(report.both_note, "either", gap=True))
    blocks += screen_blocks(report)
    if report.crisis and not full:
        # Someone in crisis sees the lines, nothing else to read first.
        return (*blocks, Paragraph(report.disclaimer, gap=True), *crisis_blocks(report, full=False))
    if report.crisis:  # in a document too, the lines come before anything else
        blocks += crisis_blocks(report, full=True)
    blocks.append(Section(w.NEXT_STEPS, (Bullets(report.next_steps),)))
    if full and report.answered:
        answered = Bullets(tuple(f"{a.label}: {a.answer}" for a in report.answered))
        blocks.append(Section(w.YOUR_ANSWERS, (answered,)))
    if report.decision is not None:
        blocks.append(decision_section(report.decision))
    blocks.append(Labelled(w.PLEASE_NOTE, report.disclaimer, "warning"))
    if report.crisis:
        return tuple(blocks)
    return (*blocks, *crisis_blocks(report, full=full))


def reason_line(reason: Reason) -> str:
    return w.REASON_LINE.format(label=reason.label, answer=reason.answer, because=reason.because)


def card_view(report: Report) -> View:
    """The result card: it fits an 80x24 screen with the menu below it.

    The suggestion, how strongly the answers lean, the three strongest reasons, the next
    step and one crisis line. Everything else is one choice away in the menu.
    """
    reasons = report.result.reasons
    top = reasons[:3]
    why = w.TOP_REASONS.format(shown=len(top), total=len(reasons)) if top != reasons else w.WHY
    screen = report.result.screen
    blocks: list[Block] = [
        *opening_blocks(report),
        Paragraph(report.headline, report.result.suggestion, strong=True, gap=True),
        Paragraph(report.lean_sentence, "muted"),
        Section(why, (Bullets(tuple(reason_line(r) for r in top)),))
        if top
        else Paragraph(w.NO_REASONS, gap=True),
        *([Labelled(w.SYMPTOM_CHECK_SHORT, screen.advice)] if screen else []),
        Labelled(w.NEXT_STEP, report.next_step),
        card_crisis_line(report),
    ]
    return View(tuple(blocks), result_document(report))


def card_crisis_line(report: Report) -> Labelled:
    line = brief_line(first_line(report.region))
    return Labelled(w.HELP_NOW, f"{line.label}: {line.body}", "crisis")


def reasons_view(report: Report) -> View:
    """Every reason, and the symptom check if taken: the menu's "see every reason"."""
    return View((Section(w.WHY, reason_blocks(report)), *screen_blocks(report)))


def closing_view(report: Report) -> View:
    """What stays on screen after "done": the suggestion, the next step, one crisis line."""
    blocks: list[Block] = [
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
    opening = {}
    if report.urgent_opening:
        line = first_line(report.region)
        opening["urgent_opening"] = {
            "message": report.urgent_opening,
            "crisis_line": resource_document(line),
        }
    doc = versioned(
        **opening,
        suggestion=r.suggestion,
        headline=report.headline,
        detail=report.detail,
        scores=r.scores.model_dump(),
        difference=r.scores.lean,
        margin=report.margin,
        strength=r.strength,
        lean=report.lean_sentence,
        reasons=[
            {
                "question_id": x.question_id,
                "question": x.question,
                "option_id": x.option_id,
                "option_ids": x.option_id.split(","),
                "answer": x.answer,
                "because": x.because,
                "points": x.points.model_dump(),
            }
            for x in r.reasons
        ],
        both_note=report.both_note,
        next_steps=list(report.next_steps),
        region=report.region_code,
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
