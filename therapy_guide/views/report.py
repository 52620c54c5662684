"""The quiz result gathered once: the Report every view of a result is built from.

Everything a result says, in words, from the question bank and the scored answers; the
views in views/result.py turn it into the screen, the card and the saved document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, chosen
from therapy_guide.core.language import ENGLISH, Language, current
from therapy_guide.core.scoring import Answered, Result, answered_in_words, decision_score
from therapy_guide.core.urgency import FirstStep, Note, Urgency, in_a_sentence
from therapy_guide.views.crisis import first_line

if TYPE_CHECKING:
    from therapy_guide.core.content.article import Source
    from therapy_guide.core.content.care_routes import CareGuide, DoorHere
    from therapy_guide.core.content.crisis import ChosenRegion, Region, Resource
    from therapy_guide.core.content.quiz import QuestionBank


@dataclass(frozen=True, kw_only=True)
class FirstStepHere(FirstStep):
    """Who to see first, and where to turn for it in the person's region, if we know."""

    here: DoorHere | None = None


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
    region: ChosenRegion  # its code, its lines, and how it was chosen
    elsewhere: Resource
    disclaimer: str
    answered: tuple[Answered, ...]
    answers: Mapping[str, Answer]
    screen_note: str
    screen_attribution: str
    margin: int
    day: date
    urgency: Urgency  # how soon, decided once (core/urgency.py); every output reads it
    start_with: tuple[FirstStepHere, ...]  # who to see first, before the suggestion
    start_here: tuple[str, ...]  # how to begin where the person lives (data/care.toml)
    lead_steps: tuple[str, ...]  # what comes before anything else, when urgent or a door
    crisis_cite: str  # where the crisis advice on means and on others comes from, in short
    article_cite: str  # the source article, in a summary's words
    help_with: tuple[str, ...]  # the labels of what the person wants help with, as chosen
    subscale_maxima: Mapping[str, int]  # each symptom-check part's highest score, by id
    routes_checked: tuple[tuple[str, date], ...]  # each route the result names, when checked
    questions_to_ask: tuple[str, ...]  # the one list (data/providers.toml), for a summary
    decision: DecisionOutcome | None = None
    language: Language = ENGLISH  # the language it is said in
    spoken_in: Language = ENGLISH  # the language the person used the guide in

    @property
    def crisis(self) -> bool:
        return self.result.suggestion == "crisis"

    @property
    def opening(self) -> str:
        """A warm message before everything else (with the main crisis line), or ""."""
        return self.urgency.opening

    @property
    def urgent_opening(self) -> str:
        """The opening when the result is urgent (today or this week), else ""."""
        return self.urgency.opening if self.urgency.urgent else ""

    @property
    def notes(self) -> tuple[Note, ...]:
        """Notes beside the result (intrusive thoughts, lasting low mood)."""
        return self.urgency.notes

    @property
    def sources(self) -> tuple[str, ...]:
        """What the result's clinical advice rests on, each once, by publisher, number and
        year: a saved summary names no condition beside a person's answers."""
        found = [x.cite for x in self.start_with] + [x.cite for x in self.notes]
        if self.crisis:
            found.append(self.crisis_cite)
        return tuple(dict.fromkeys(s for s in found if s))


def points(number: int) -> str:
    """'1 point', '2 points': the noun agrees with its number."""
    return (w.ONE_POINT if number == 1 else w.POINTS).format(number=number)


def describe_lean(result: Result, margin: int, *, plain: bool = False) -> str:
    """How the answers lean. PLAIN (urgent, or someone else comes first): no "clearly"
    or "slightly", which would sound surer than a first step allows."""
    s = result.scores
    totals = w.TOTALS.format(therapy=points(s.therapy), psychotherapy=points(s.psychotherapy))
    if s.lean == 0:
        return w.EVEN.format(totals=totals)
    toward = w.TOWARD["psychotherapy" if s.lean > 0 else "therapy"]
    if plain and abs(s.lean) < margin:  # "either": close, not pointing one way
        return w.CLOSE.format(totals=totals)
    if plain:
        return w.LEAN_PLAIN.format(toward=toward, totals=totals)
    return w.LEAN.format(
        strength=result.strength, toward=toward, totals=totals, margin=points(margin)
    )


def decision_outcome(
    bank: QuestionBank, replies: Mapping[str, bool] | None
) -> DecisionOutcome | None:
    check = bank.decision_check
    if replies is None or check is None:
        return None
    total, unsure = decision_score(check, replies)
    sentence = check.low if unsure else check.high
    return DecisionOutcome(check.name, total, len(check.items), unsure, sentence, check.attribution)


def door_steps(urgency: Urgency) -> tuple[str, ...]:
    """ "Start with a doctor this week.": one step for each door, with the one urgency."""
    return tuple(
        w.START_WITH_STEP.format(who=in_a_sentence(x.who), when=urgency.when)
        for x in urgency.start_with
    )


def lead_steps(result: Result, region: Region, start_here: tuple[str, ...]) -> tuple[str, ...]:
    """The steps that come before anything else, in the one urgency's order, or none.

    An answer's own steps (tell them about these thoughts, keep a gun or pills away), then
    who each door says to see; when urgent with no door, the level's step (see a doctor or
    counselor this week) and how to reach a doctor there; and when urgent, second, the
    crisis line for when it feels unsafe. No "few free sessions" before them.
    """
    urgency = result.urgency
    if urgency is None or result.suggestion == "crisis":
        return ()
    if not (urgency.urgent or urgency.start_with):
        return ()
    lead = [*urgency.steps, *door_steps(urgency)]
    if not lead:
        lead = [urgency.level_step, *start_here]
    if urgency.urgent:
        line = first_line(region)
        lead.insert(1, w.IF_UNSAFE.format(contact=line.contact, name=line.name))
    return tuple(lead)


def next_steps(
    bank: QuestionBank, result: Result, lead: tuple[str, ...], start_here: tuple[str, ...]
) -> tuple[str, ...]:
    """Every next step: the lead steps, or else how to start where the person lives; then
    the suggestion's own steps."""
    suggested = bank.result.next_steps.get(result.suggestion, ())
    return (*(lead or start_here), *suggested)


def help_with_labels(bank: QuestionBank, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """What the person wants help with (the answer of the question the bank marks
    `heads_summary`), one option's label each (a label may hold commas)."""
    question = bank.summary_head
    if question is None or question.id not in answers:
        return ()
    picked = chosen(answers[question.id])
    return tuple(o.label for o in question.options if o.id in picked)


def subscale_maxima(bank: QuestionBank) -> dict[str, int]:
    """Each symptom-check part's highest possible score, by its id."""
    if bank.screen is None:
        return {}
    maxima = {}
    for part in bank.screen.subscales:
        questions = [q for q in (bank.question(i) for i in part.questions) if q is not None]
        maxima[part.id] = sum(max((o.value or 0 for o in q.options), default=0) for q in questions)
    return maxima


def build_report(
    bank: QuestionBank,
    result: Result,
    answers: Mapping[str, Answer],
    *,
    region: ChosenRegion,
    elsewhere: Resource,
    care: CareGuide,
    article: Source,
    questions_to_ask: tuple[str, ...],
    decision: Mapping[str, bool] | None = None,
    day: date | None = None,
) -> Report:
    """Gather everything the result shows, in words, from the bank and the scored answers.

    Everything is gathered here once (the region's lines, how to start there, who to see
    first), so the views only read the Report. The one urgency leads: an urgent result or
    a door starts its next steps with a doctor, never a few free sessions.
    """
    words = bank.result
    outcome = getattr(words, result.suggestion)
    crisis = result.suggestion == "crisis"
    screen = bank.screen
    urgency = result.urgency
    assert urgency is not None  # scoring always decides it
    start_with = tuple(
        FirstStepHere(**vars(x), here=care.door_here(region.code, x.id)) for x in urgency.start_with
    )
    # With a door, who it names comes first and the usual routes wait; when it is urgent
    # and no door applies, how to reach a doctor where the person lives.
    doctor_first = urgency.urgent and not start_with
    routes = (
        ()
        if start_with
        else care.step_routes(result.suggestion, region.code, doctor_first=doctor_first)
    )
    start_here = tuple(r.said(doctor_first=doctor_first) for r in routes)
    lead = lead_steps(result, region, start_here)
    return Report(
        language=current(),
        spoken_in=current(),
        result=result,
        headline=outcome.headline,
        detail=outcome.detail,
        next_step=lead[0] if lead else outcome.next_step,
        lean_sentence=""
        if crisis
        else describe_lean(result, bank.scoring.margin, plain=urgency.plain_lean),
        both_note=words.both_note if result.suggestion == "either" else "",
        next_steps=next_steps(bank, result, lead, start_here),
        lead_steps=lead,
        region=region,
        elsewhere=elsewhere,
        disclaimer=words.crisis_disclaimer if crisis else words.disclaimer,
        answered=tuple(answered_in_words(bank, answers)),
        answers=dict(answers),
        screen_note=screen.note if screen else "",
        screen_attribution=screen.attribution if screen else "",
        margin=bank.scoring.margin,
        day=day or date.today(),
        urgency=urgency,
        start_with=start_with,
        start_here=start_here,
        crisis_cite=words.crisis_cite,
        article_cite=w.SUMMARY_ARTICLE.format(
            title=article.title, publisher=article.publisher, note=article.note
        ),
        help_with=help_with_labels(bank, answers),
        subscale_maxima=subscale_maxima(bank),
        routes_checked=tuple((r.name, r.checked) for r in routes),
        questions_to_ask=questions_to_ask,
        decision=decision_outcome(bank, decision),
    )
