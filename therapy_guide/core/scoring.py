"""Pure scoring: a question bank and a person's answers in, a suggestion with its reasons out.

No I/O and no terminal. Scoring is additive and transparent: every chosen option adds its
points toward therapy and toward psychotherapy; the suggestion compares the totals with
the margin held in data/questions.toml. A crisis answer to the safety question overrides
everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from therapy_guide.core.asking import (
    Answers,
    answer_label,
    applicable,
    chosen,
    is_asked,
    is_crisis,
)
from therapy_guide.core.content.quiz import DecisionCheck, Level, Points, QuestionBank, Screen
from therapy_guide.core.urgency import Urgency, decide

Suggestion = Literal["therapy", "psychotherapy", "either", "crisis"]
SUGGESTIONS: tuple[Suggestion, ...] = ("therapy", "psychotherapy", "either", "crisis")


@dataclass(frozen=True)
class Reason:
    """One chosen option that moved the result, and the source's words for why."""

    question_id: str
    question: str
    label: str  # the question in a few words
    option_ids: tuple[str, ...]  # every option chosen that moved it (one, or several ticked)
    answer: str
    because: str
    points: Points

    @property
    def option_id(self) -> str:
        """The option ids joined with "," (the JSON's option_id, kept for its readers)."""
        return ",".join(self.option_ids)

    @property
    def weight(self) -> int:
        return abs(self.points.lean)


@dataclass(frozen=True)
class SubscaleResult:
    id: str
    name: str
    score: int
    reached: bool
    sentence: str


@dataclass(frozen=True)
class ScreenResult:
    """The symptom check's total, band and subscales: a screen, never a diagnosis.

    It informs urgency only (how soon, what to tell a professional), never the points.
    """

    name: str
    total: int
    maximum: int
    band: str
    advice: str  # which range this is (how soon is the result's one urgency)
    tell: str  # what to tell a professional
    subscales: tuple[SubscaleResult, ...]
    urgent: bool  # the result opens with a warm, urgent message and a crisis line
    level: Level = "routine"  # the band's urgency

    @property
    def positive(self) -> bool:
        return any(x.reached for x in self.subscales)


@dataclass(frozen=True)
class Result:
    suggestion: Suggestion
    scores: Points
    strength: str
    reasons: tuple[Reason, ...]
    answers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    screen: ScreenResult | None = None
    urgency: Urgency | None = None  # how soon, and who to see first (core/urgency.py)


@dataclass(frozen=True)
class Answered:
    """One answered question in words: its short label, its text, the answer's labels."""

    label: str
    question: str
    answer: str


def answered_in_words(bank: QuestionBank, answers: Answers) -> list[Answered]:
    """Each answered question, in order, as the person saw it."""
    return [
        Answered(q.label, q.text, answer_label(q, answers[q.id]))
        for q in bank.questions
        if q.id in answers
    ]


def suggest(bank: QuestionBank, scores: Points) -> Suggestion:
    margin = bank.scoring.margin
    if scores.lean >= margin:
        return "psychotherapy"
    if scores.lean <= -margin:
        return "therapy"
    return "either"


def reasons_for(bank: QuestionBank, answers: Answers) -> list[Reason]:
    """One reason per question whose answer carries points, strongest first (ties keep
    question order). A multi-select question gives one reason listing its picks."""
    found: list[Reason] = []
    for q in applicable(bank, answers):
        moving = [o for o in q.picked(chosen(answers.get(q.id))) if o.points != Points()]
        if not moving:
            continue
        points = Points(
            therapy=sum(o.points.therapy for o in moving),
            psychotherapy=sum(o.points.psychotherapy for o in moving),
        )
        found.append(
            Reason(
                question_id=q.id,
                question=q.text,
                label=q.label,
                option_ids=tuple(o.id for o in moving),
                answer=", ".join(o.label for o in moving),
                because=" ".join(dict.fromkeys(o.because for o in moving)),
                points=points,
            )
        )
    return sorted(found, key=lambda r: -r.weight)


def screen_result(bank: QuestionBank, answers: Answers) -> ScreenResult | None:
    """The PHQ-4 style screen, when every one of its questions was answered."""
    screen: Screen | None = bank.screen
    if screen is None:
        return None
    items = [q for q in bank.questions if q.section == screen.section]
    values: dict[str, int] = {}
    for q in items:
        picked = chosen(answers.get(q.id)) if is_asked(q, answers) else ()
        option = q.option(picked[0]) if picked else None
        if option is None or option.value is None:
            return None
        values[q.id] = option.value
    total = sum(values.values())
    maximum = sum(max(o.value or 0 for o in q.options) for q in items)
    band = next(b for b in screen.bands if b.min <= total <= b.max)
    subscales = tuple(
        SubscaleResult(s.id, s.name, score, score >= s.threshold, s.positive)
        for s in screen.subscales
        for score in [sum(values[qid] for qid in s.questions)]
    )
    top = max(screen.bands, key=lambda b: b.min)
    urgent = total >= top.min or (
        any(x.reached for x in subscales) and values[screen.urgent_item] >= screen.urgent_value
    )
    tell = screen.tell.format(total=total, maximum=maximum)
    return ScreenResult(
        screen.name, total, maximum, band.label, band.advice, tell, subscales, urgent, band.urgency
    )


def score(bank: QuestionBank, answers: Answers) -> Result:
    """Score a person's answers: the suggestion, the totals, and the reasons for it."""
    kept = {q.id: chosen(answers.get(q.id)) for q in applicable(bank, answers) if q.id in answers}
    if is_crisis(bank, answers):
        safety = bank.question(bank.safety)
        assert safety is not None
        option = next(o for o in safety.options if o.id in kept[bank.safety])
        reason = Reason(
            safety.id,
            safety.text,
            safety.label,
            (option.id,),
            option.label,
            option.because,
            Points(),
        )
        answered = {bank.safety: kept[bank.safety]}
        return Result("crisis", Points(), "", (reason,), answered, urgency=decide(bank, answered))
    reasons = reasons_for(bank, answers)
    scores = Points(
        therapy=sum(r.points.therapy for r in reasons),
        psychotherapy=sum(r.points.psychotherapy for r in reasons),
    )
    screen = screen_result(bank, answers)
    urgency = decide(
        bank,
        answers,
        screen_level=screen.level if screen else None,
        screen_urgent=bool(screen and screen.urgent),
        screen_positive=bool(screen and screen.positive),
    )
    return Result(
        suggestion=suggest(bank, scores),
        scores=scores,
        strength=bank.scoring.strength(scores.lean),
        reasons=tuple(reasons),
        answers=kept,
        screen=screen,
        urgency=urgency,
    )


def decision_score(check: DecisionCheck, replies: Mapping[str, bool]) -> tuple[int, bool]:
    """The SURE test: one point per yes; a score at or below the threshold is 'not sure yet'."""
    total = sum(1 for item in check.items if replies.get(item.id))
    return total, total <= check.threshold
