"""Models of the quiz: questions, options and points, the screen, the SURE test, the result."""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, ShortText, Text, unique


class Points(Model):
    therapy: int = 0
    psychotherapy: int = 0

    def __str__(self) -> str:
        return f"therapy +{self.therapy}, psychotherapy +{self.psychotherapy}"

    @property
    def lean(self) -> int:
        """Positive leans toward psychotherapy, negative toward therapy."""
        return self.psychotherapy - self.therapy


# How soon to reach out, least urgent first. One level is decided per result (core/urgency.py).
Level = Literal["routine", "soon", "this_week", "today", "crisis"]
LEVELS: tuple[Level, ...] = ("routine", "soon", "this_week", "today", "crisis")


class Door(Model):
    """Who to see first, before or beside talk therapy, and why (a first step)."""

    who: Text
    why: Text  # {when} is the result's one urgency in words
    source: Text  # the guideline it rests on, in full (about, JSON)
    cite: Text  # the same by publisher, number and year: a saved summary names no condition


class NoteVariant(Model):
    """Another note, when another answer is given too: OPTION of QUESTION (by default the
    same question)."""

    question: Id | None = None
    option: Id
    text: Text
    source: Text
    cite: Text


# The two option ids of a yes/no (confirm) question.
YES, NO = "yes", "no"


class Option(Model):
    id: Id
    label: Text
    points: Points = Points()
    because: str = ""
    crisis: bool = False
    value: int | None = None  # a screen item's score (PHQ-4: 0-3)
    urgency: Level | None = None  # the least urgent a result with this answer can be
    # With this answer, a level the other answers reach rises: {this_week = "today"}.
    escalate: dict[Level, Level] = Field(default_factory=dict)
    opening: str = ""  # a warm message that opens the result, with the main crisis line
    steps: tuple[Text, ...] = ()  # next steps that lead the result; {when} is its urgency
    tell: str = ""  # what a saved summary says for the person, in their voice
    door: Door | None = None  # who to see first: shown at the top of the result
    note: str = ""  # a note shown with the result (not a door)
    note_with: tuple[NoteVariant, ...] = ()  # the first that applies replaces the note
    note_source: str = ""
    note_cite: str = ""
    exclusive: bool = False  # "none of these": cannot be picked with another option


class Condition(Model):
    question: Id
    option: Id


class Question(Model):
    id: Id
    label: ShortText  # a few words, for the review screen and a saved summary
    text: Text
    help: str = ""
    kind: Literal["single", "multiple"] = "single"
    required: bool = True
    confirm: bool = False  # a yes/no question, shown as a confirm prompt
    default: Id | None = None
    section: Id | None = None
    asked_if: Condition | None = None
    heads_summary: bool = False  # its answer heads a saved summary ("What I want help with")
    options: tuple[Option, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> Question:
        unique([o.id for o in self.options], f"question {self.id!r} option")
        ids = {o.id for o in self.options}
        if self.default is not None and self.default not in ids:
            raise ValueError(f"default {self.default!r} is not one of the options {sorted(ids)}")
        if self.confirm and (self.kind != "single" or ids != {YES, NO}):
            raise ValueError("a confirm question is single and has exactly the options yes and no")
        if self.kind == "multiple" and self.default is not None:
            raise ValueError("a multiple question starts with nothing selected; remove default")
        for o in self.options:
            if o.exclusive and self.kind != "multiple":
                raise ValueError(f"option {o.id!r}: only a multiple question has exclusive options")
            if any(v.question is None and v.option not in ids for v in o.note_with):
                raise ValueError(f"option {o.id!r}: note_with names an option the question lacks")
        return self

    def picked(self, answer: tuple[str, ...]) -> list[Option]:
        """The options ANSWER names, each once, in the order it names them."""
        found = (self.option(i) for i in dict.fromkeys(answer))
        return [o for o in found if o is not None]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def default_option(self) -> Option:
        """The option Enter picks: the declared default, else 'no' for confirms, else the first."""
        wanted = self.default or (NO if self.confirm else None)
        found = self.option(wanted) if wanted else None
        return found or self.options[0]


class Band(Model):
    min: int
    max: int
    label: Text
    advice: Text  # which range this is; how soon comes from the one urgency level
    urgency: Level = "routine"


class Lasting(Model):
    """A note for low mood or worry that has lasted: when QUESTION is answered OPTION and a
    subscale of the screen is positive."""

    question: Id
    option: Id
    text: Text
    source: Text
    cite: Text


class Subscale(Model):
    id: Id
    name: Text
    questions: tuple[Id, ...] = Field(min_length=1)
    threshold: int
    positive: Text  # the sentence shown when the subscale reaches the threshold


class Screen(Model):
    """A short validated symptom check (PHQ-4): shown as a screen, never a diagnosis."""

    @model_validator(mode="after")
    def _bands_cover_every_total(self) -> Screen:
        ordered = sorted(self.bands, key=lambda b: b.min)
        if ordered[0].min != 0 or any(b.min != a.max + 1 for a, b in pairwise(ordered)):
            raise ValueError("screen bands must run from 0 without gaps or overlaps")
        return self

    section: Id
    name: Text
    intro: Text
    bands: tuple[Band, ...] = Field(min_length=1)
    subscales: tuple[Subscale, ...] = ()
    note: Text
    urgent: Text  # the warm opening of a result whose screen is high, before the suggestion
    urgent_level: Level = "this_week"  # how soon, when the screen is high
    positive_level: Level = "soon"  # how soon, when a subscale reaches its threshold
    lasting: Lasting | None = None
    urgent_item: Id  # high also when a subscale is positive and this item is at least...
    urgent_value: int  # ...this value (feeling down or hopeless nearly every day)
    tell: Text  # what to tell a professional; {total} and {maximum} are filled in
    attribution: Text


class DecisionItem(Model):
    id: Id
    text: Text


class DecisionCheck(Model):
    """The SURE test: four yes/no items about how sure a person feels about a decision."""

    name: Text
    offer: Text
    items: tuple[DecisionItem, ...] = Field(min_length=1)
    threshold: int  # a score at or below this gets the gentle suggestion
    low: Text
    high: Text
    attribution: Text


class Strength(Model):
    min: int  # the smallest absolute difference of the totals that earns this label
    label: Text


class UrgencyLevel(Model):
    """How soon to reach out, in words; `urgent` levels lead with a doctor and a crisis line."""

    id: Level
    how_soon: Text
    when: Text  # fills {when} in an answer's step: "this week"
    step: str = ""  # leads the next steps when no answer gives its own
    urgent: bool = False


class Outcome(Model):
    headline: Text
    detail: Text
    next_step: Text  # the one step the result card shows


class ResultText(Model):
    therapy: Outcome
    psychotherapy: Outcome
    either: Outcome
    crisis: Outcome
    both_note: Text
    next_steps: dict[str, tuple[Text, ...]]
    disclaimer: Text
    crisis_disclaimer: Text
    crisis_source: Text  # where the crisis result's advice on means and on others comes from
    crisis_cite: Text  # the same in short, for a saved summary


class Scoring(Model):
    margin: int = Field(ge=1)
    strengths: tuple[Strength, ...] = Field(min_length=1)

    def strength(self, difference: int) -> str:
        """The label for how strongly the answers lean, by the absolute difference."""
        fitting = [s for s in self.strengths if abs(difference) >= s.min]
        return max(fitting, key=lambda s: s.min).label if fitting else self.strengths[0].label


class QuestionBank(Model):
    """The quiz: questions in order, how they are scored, and the words of the result."""

    safety: Id
    questions: tuple[Question, ...] = Field(min_length=1)
    scoring: Scoring
    screen: Screen | None = None
    decision_check: DecisionCheck | None = None
    urgency: tuple[UrgencyLevel, ...]
    result: ResultText

    @model_validator(mode="after")
    def _check(self) -> QuestionBank:
        unique([q.id for q in self.questions], "question")
        if sum(q.heads_summary for q in self.questions) > 1:
            raise ValueError("at most one question heads_summary")
        by_id = {q.id: q for q in self.questions}
        first = self.questions[0]
        if first.id != self.safety:
            raise ValueError(f"the first question must be the safety question {self.safety!r}")
        if not any(o.crisis for o in first.options):
            raise ValueError(f"the safety question {self.safety!r} needs a crisis = true option")
        if first.default_option.crisis:
            raise ValueError("the safety question's default must not be the crisis option")
        seen: set[str] = set()
        for q in self.questions:
            if q.asked_if is not None:
                cond = by_id.get(q.asked_if.question)
                if cond is None or cond.id not in seen:
                    raise ValueError(
                        f"question {q.id!r}: asked_if names {q.asked_if.question!r}, "
                        "which is not an earlier question"
                    )
                if cond.option(q.asked_if.option) is None:
                    raise ValueError(
                        f"question {q.id!r}: asked_if option {q.asked_if.option!r} "
                        f"is not an option of {cond.id!r}"
                    )
            seen.add(q.id)
        # A reason's words must be its own: no two answers that move the result share one,
        # so that no result says the same "because" twice.
        seen_because: dict[str, str] = {}
        for q in self.questions:
            for o in q.options:
                if o.points == Points() or not o.because:
                    continue
                where = f"{q.id}.{o.id}"
                if o.because in seen_because:
                    raise ValueError(
                        f"option {where} has the same because as {seen_because[o.because]}"
                    )
                seen_because[o.because] = where
        if sorted(x.id for x in self.urgency) != sorted(LEVELS):
            raise ValueError(f"urgency must give each level once: {', '.join(LEVELS)}")
        if self.screen is not None:
            in_section = {q.id for q in self.questions if q.section == self.screen.section}
            if self.screen.urgent_item not in in_section:
                raise ValueError(
                    f"screen urgent_item {self.screen.urgent_item!r} is not a screen question"
                )
            for sub in self.screen.subscales:
                missing = set(sub.questions) - in_section
                if missing:
                    raise ValueError(
                        f"subscale {sub.id!r} names questions outside the screen: {sorted(missing)}"
                    )
        return self

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def summary_head(self) -> Question | None:
        """The question whose answer heads a saved summary (what the person wants help
        with), if the bank marks one."""
        return next((q for q in self.questions if q.heads_summary), None)

    def level(self, level: Level) -> UrgencyLevel:
        return next(x for x in self.urgency if x.id == level)
