"""The quiz result, gathered once and shown three ways: Rich text, markdown and JSON.

The same Report feeds the screen, `--format`, and `--save`, so a saved summary always
says what the screen said.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from therapy_guide.content.quiz import QuestionBank
from therapy_guide.content.safety import Region, Resource
from therapy_guide.documents import (
    SCHEMA_VERSION,
    md_join,
    md_list,
    resource_json,
    resource_markdown,
)
from therapy_guide.scoring import Answer, Result, answered_labels, decision_score

if TYPE_CHECKING:
    from rich.console import Group


SENSITIVE = "This summary holds sensitive information: keep it private."


@dataclass(frozen=True)
class DecisionOutcome:
    name: str
    score: int
    maximum: int
    low: bool
    sentence: str
    attribution: str


@dataclass(frozen=True)
class Report:
    result: Result
    headline: str
    detail: str
    lean: str
    both_note: str
    next_steps: tuple[str, ...]
    region_code: str
    region: Region
    elsewhere: Resource
    disclaimer: str
    answered: tuple[tuple[str, str], ...]
    answers: Mapping[str, Answer]
    screen_note: str
    screen_concern: str
    screen_attribution: str
    margin: int
    day: date
    decision: DecisionOutcome | None = None


def lean_sentence(result: Result, margin: int) -> str:
    s = result.scores
    totals = f"therapy {s.therapy} points, psychotherapy {s.psychotherapy}"
    if result.difference == 0:
        return f"Your answers are evenly balanced: {totals}."
    toward = "psychotherapy" if result.difference > 0 else "therapy"
    return (
        f"Your answers lean {result.strength} toward {toward}: {totals}. "
        f"A lead of {margin} points or more suggests one approach."
    )


def build(
    bank: QuestionBank,
    result: Result,
    answers: Mapping[str, Answer],
    *,
    region_code: str,
    region: Region,
    elsewhere: Resource,
    decision: Mapping[str, bool] | None = None,
    day: date | None = None,
) -> Report:
    """Gather everything the result shows, in words, from the bank and the scored answers."""
    words = bank.result
    outcome = getattr(words, result.suggestion)
    crisis = result.suggestion == "crisis"
    outcome_decision = None
    if decision is not None and bank.decision_check is not None:
        check = bank.decision_check
        total, low = decision_score(check, decision)
        outcome_decision = DecisionOutcome(
            check.name,
            total,
            len(check.items),
            low,
            check.low if low else check.high,
            check.attribution,
        )
    return Report(
        result=result,
        headline=outcome.headline,
        detail=outcome.detail,
        lean="" if crisis else lean_sentence(result, bank.scoring.margin),
        both_note=words.both_note if result.suggestion in ("either", "psychotherapy") else "",
        next_steps=tuple(words.next_steps.get(result.suggestion, ())),
        region_code=region_code,
        region=region,
        elsewhere=elsewhere,
        disclaimer=words.crisis_disclaimer if crisis else words.disclaimer,
        answered=tuple(answered_labels(bank, answers)),
        answers=dict(answers),
        screen_note=bank.screen.note if bank.screen else "",
        screen_concern=bank.screen.concern if bank.screen else "",
        screen_attribution=bank.screen.attribution if bank.screen else "",
        margin=bank.scoring.margin,
        day=day or date.today(),
        decision=outcome_decision,
    )


# --- JSON ----------------------------------------------------------------------------


def to_json(report: Report) -> dict[str, Any]:
    r = report.result
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "suggestion": r.suggestion,
        "headline": report.headline,
        "detail": report.detail,
        "scores": r.scores.model_dump(),
        "difference": r.difference,
        "margin": report.margin,
        "strength": r.strength,
        "lean": report.lean,
        "reasons": [
            {
                "question_id": x.question_id,
                "question": x.question,
                "option_id": x.option_id,
                "answer": x.answer,
                "because": x.because,
                "points": x.points.model_dump(),
            }
            for x in r.reasons
        ],
        "both_note": report.both_note,
        "next_steps": list(report.next_steps),
        "region": report.region_code,
        "region_name": report.region.name,
        "crisis_resources": [resource_json(x) for x in report.region.resources],
        "crisis_elsewhere": resource_json(report.elsewhere),
        "answers": {k: (list(v) if isinstance(v, tuple) else v) for k, v in report.answers.items()},
        "answered": [{"question": q, "answer": a} for q, a in report.answered],
        "disclaimer": report.disclaimer,
        "date": report.day.isoformat(),
    }
    if r.screen is not None:
        s = r.screen
        doc["screen"] = {
            "name": s.name,
            "total": s.total,
            "maximum": s.maximum,
            "band": s.band,
            "subscales": [
                {"id": x.id, "name": x.name, "score": x.score, "reached": x.reached}
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
            "unsure": d.low,
            "sentence": d.sentence,
        }
    return doc


# --- markdown ------------------------------------------------------------------------


def to_markdown(report: Report) -> str:
    r = report.result
    crisis = r.suggestion == "crisis"
    blocks = [
        "# therapy-guide: your result",
        f"_{report.day.isoformat()}. {SENSITIVE}_",
        f"**{report.headline}**",
        report.detail,
    ]
    if r.screen is not None and r.screen.concerning:
        blocks.append(f"**{report.screen_concern}**")
    if crisis:
        blocks.append(f"_{region_hint(report)}_")
    if not crisis:
        blocks.append(report.lean)
        blocks += [
            "## Why",
            md_list(
                f"“{x.question}” You said: **{x.answer}** ({x.points}). {x.because}"
                for x in r.reasons
            )
            or "_No answer leaned either way._",
        ]
    if report.both_note:
        blocks.append(f"_{report.both_note}_")
    if r.screen is not None:
        s = r.screen
        blocks += ["## Symptom check", f"{s.name}: {s.total} of {s.maximum} ({s.band})."]
        blocks += [x.sentence for x in s.subscales if x.reached]
        blocks += [report.screen_note, f"_{report.screen_attribution}_"]
    next_steps = ["## Next steps", md_list(report.next_steps)]
    lines = "\n".join(resource_markdown(x) for x in (*report.region.resources, report.elsewhere))
    crisis_lines = [f"## Crisis lines: {report.region.name} ({report.region_code})", lines]
    # In a crisis the lines come first; otherwise the next steps do.
    blocks += crisis_lines + next_steps if crisis else next_steps + crisis_lines
    if report.answered:
        blocks += ["## Your answers", md_list(f"{q}: **{a}**" for q, a in report.answered)]
    if report.decision is not None:
        d = report.decision
        blocks += [
            "## How sure you feel",
            f"{d.name}: {d.score} of {d.maximum}. {d.sentence}",
            f"_{d.attribution}_",
        ]
    blocks.append(f"> {report.disclaimer}")
    return md_join(*blocks)


# --- Rich text -----------------------------------------------------------------------


def region_hint(report: Report) -> str:
    return (
        f"These are the lines for {report.region.name}. Somewhere else? "
        f"Run: therapy-guide crisis --region CODE"
    )


def to_rich(report: Report, *, summary: bool = False) -> Group:
    """The result as the screen shows it; with summary=True, as a saved page (date, answers).

    On screen, outside a crisis, the crisis lines are one line each (the full entries are a
    command away), so the suggestion and its reasons do not scroll out of sight.
    """
    from rich.console import Group
    from rich.text import Text

    from therapy_guide.render import bullets, heading, labelled, resource_lines, section

    r = report.result
    crisis = r.suggestion == "crisis"
    parts: list[Any] = []
    if summary:
        parts += [
            heading("therapy-guide: your result"),
            Text(f"{report.day.isoformat()}. {SENSITIVE}", style="muted"),
        ]
    parts += [Text(""), Text(report.headline, style=r.suggestion), Text(report.detail)]
    if r.screen is not None and r.screen.concerning:
        parts += [Text(""), Text(report.screen_concern, style="warning")]
    if not crisis:
        parts.append(Text(report.lean, style="muted"))
        reasons: list[Any] = [
            Group(
                Text(x.question, style="label"),
                Text.assemble("You said: ", (x.answer, "label"), f" ({x.points})"),
                Text(x.because),
                Text(""),
            )
            for x in r.reasons
        ] or [Text("None of your answers leaned either way.")]
        parts.append(section("Why: the answers that moved the result", *reasons))
    if report.both_note:
        parts += [Text(""), Text(report.both_note, style="either")]
    if r.screen is not None:
        s = r.screen
        parts.append(
            section(
                "Symptom check (a screen, not a diagnosis)",
                labelled(s.name, f"{s.total} of {s.maximum} ({s.band})"),
                *[Text(x.sentence) for x in s.subscales if x.reached],
                Text(report.screen_note),
                Text(report.screen_attribution, style="muted"),
            )
        )
    resources = (*report.region.resources, report.elsewhere)
    title = f"Crisis lines: {report.region.name} ({report.region_code})"
    if crisis or summary:
        lines: list[Any] = [Text(region_hint(report), style="muted"), Text("")] if crisis else []
        for resource in resources:
            lines += [*resource_lines(resource), Text("")]
    else:
        lines = [labelled(x.name, x.contact, "crisis") for x in resources]
        lines.append(
            Text(f"Details: therapy-guide crisis --region {report.region_code}", style="muted")
        )
    crisis_lines = section(title, *lines)
    next_steps = section("Next steps", bullets(report.next_steps))
    # In a crisis the lines come first; otherwise the next steps do.
    parts += [crisis_lines, next_steps] if crisis else [next_steps, crisis_lines]
    if summary and report.answered:
        parts.append(section("Your answers", bullets(f"{q}: {a}" for q, a in report.answered)))
    if report.decision is not None:
        parts.append(rich_decision(report.decision))
    parts += [Text(""), labelled("Please note", report.disclaimer, "warning")]
    return Group(*parts)


def rich_decision(d: DecisionOutcome) -> Group:
    """The SURE test's outcome: in the full result, and alone right after the person takes it."""
    from rich.text import Text

    from therapy_guide.render import labelled, section

    return section(
        "How sure you feel",
        labelled(d.name, f"{d.score} of {d.maximum}"),
        Text(d.sentence),
        Text(d.attribution, style="muted"),
    )
