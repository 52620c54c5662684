"""The quiz result gathered once: the Report every view of a result is built from.

Everything a result says, in words, from the question bank and the scored answers; the
views in views/result.py turn it into the screen, the card and the saved document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from therapy_guide.core import wording as w
from therapy_guide.core.asking import Answer
from therapy_guide.core.scoring import Answered, Result, answered_in_words, decision_score
from therapy_guide.views.care import care_steps

if TYPE_CHECKING:
    from therapy_guide.core.content.crisis import Region, Resource
    from therapy_guide.core.content.quiz import QuestionBank


@dataclass(frozen=True)
class DecisionOutcome:
    """The SURE test's outcome: how sure the person feels about their choice."""

    name: str
    score: int
    maximum: int
    unsure: bool
    sentence: str
    attribution: str


@dataclass(frozen=True)
class Report:
    """Everything a result says, in words, gathered from the bank and the scored answers."""

    result: Result
    headline: str
    detail: str
    next_step: str
    lean_sentence: str
    both_note: str
    next_steps: tuple[str, ...]
    region_code: str
    region: Region
    elsewhere: Resource
    disclaimer: str
    answered: tuple[Answered, ...]
    answers: Mapping[str, Answer]
    screen_note: str
    urgent_opening: str  # a warm, urgent message before the suggestion, or ""
    screen_attribution: str
    margin: int
    day: date
    decision: DecisionOutcome | None = None

    @property
    def crisis(self) -> bool:
        return self.result.suggestion == "crisis"


def describe_lean(result: Result, margin: int) -> str:
    s = result.scores
    totals = w.TOTALS.format(therapy=s.therapy, psychotherapy=s.psychotherapy)
    if s.lean == 0:
        return w.EVEN.format(totals=totals)
    toward = "psychotherapy" if s.lean > 0 else "therapy"
    return w.LEAN.format(strength=result.strength, toward=toward, totals=totals, margin=margin)


def decision_outcome(
    bank: QuestionBank, replies: Mapping[str, bool] | None
) -> DecisionOutcome | None:
    check = bank.decision_check
    if replies is None or check is None:
        return None
    total, unsure = decision_score(check, replies)
    sentence = check.low if unsure else check.high
    return DecisionOutcome(check.name, total, len(check.items), unsure, sentence, check.attribution)


def build_report(
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
    """Gather everything the result shows, in words, from the bank and the scored answers.

    The next steps start with how to begin where the person lives (data/care.toml).
    """
    words = bank.result
    outcome = getattr(words, result.suggestion)
    crisis = result.suggestion == "crisis"
    screen = bank.screen
    return Report(
        result=result,
        headline=outcome.headline,
        detail=outcome.detail,
        next_step=outcome.next_step,
        lean_sentence="" if crisis else describe_lean(result, bank.scoring.margin),
        both_note=words.both_note if result.suggestion in ("either", "psychotherapy") else "",
        next_steps=(
            *care_steps(result.suggestion, region_code),
            *words.next_steps.get(result.suggestion, ()),
        ),
        region_code=region_code,
        region=region,
        elsewhere=elsewhere,
        disclaimer=words.crisis_disclaimer if crisis else words.disclaimer,
        answered=tuple(answered_in_words(bank, answers)),
        answers=dict(answers),
        screen_note=screen.note if screen else "",
        urgent_opening=screen.urgent if screen and result.screen and result.screen.urgent else "",
        screen_attribution=screen.attribution if screen else "",
        margin=bank.scoring.margin,
        day=day or date.today(),
        decision=decision_outcome(bank, decision),
    )
