"""How soon to reach out, and who to see first: decided once, read by every output.

The urgency is the most urgent of what the answers say: the safety questions, the doors
(`also_part`: a doctor, a psychiatrist or a specialist first) and the symptom check's
band. Every output (the opening, the card, the order of next steps, the summary, the
JSON) reads this one value, so no two sentences disagree. Pure: no I/O, no terminal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable, chosen, is_crisis
from therapy_guide.core.content.quiz import LEVELS, Level, Option, QuestionBank


@dataclass(frozen=True, kw_only=True)
class Cited:
    """Something the result advises, and the guideline it rests on."""

    id: str
    source: str  # in full (about, JSON)
    cite: str = ""  # by publisher, number and year: a saved summary names no condition


@dataclass(frozen=True, kw_only=True)
class FirstStep(Cited):
    """One door: who to see first, and why."""

    who: str
    why: str


@dataclass(frozen=True, kw_only=True)
class Note(Cited):
    """A note beside the result (not a door)."""

    text: str


@dataclass(frozen=True)
class Urgency:
    """How soon, in one level and its words, and what leads the result because of it."""

    level: Level
    how_soon: str
    urgent: bool  # lead with a doctor and a crisis line; no "clearly" about the lean
    when: str = ""  # the level in a few words, for a step: "this week"
    opening: str = ""  # a warm message before everything else, with the main crisis line
    steps: tuple[str, ...] = ()  # answers' own next steps, which come first
    level_step: str = ""  # the level's step, first when no answer gives one
    start_with: tuple[FirstStep, ...] = ()
    notes: tuple[Note, ...] = ()
    tell: tuple[str, ...] = ()  # what a saved summary says for the person (answers' `tell`)

    @property
    def plain_lean(self) -> bool:
        """Whether the lean is said without "clearly" or "slightly": when it is urgent,
        or when someone else comes first."""
        return self.urgent or bool(self.start_with)


def most(levels: list[Level]) -> Level:
    return max(levels, key=LEVELS.index, default=LEVELS[0])


def _picked(bank: QuestionBank, answers: Mapping[str, Answer]) -> list[tuple[str, Option]]:
    """Every chosen option of every question that applies, with its question's id."""
    return [
        (q.id, o) for q in applicable(bank, answers) for o in q.picked(chosen(answers.get(q.id)))
    ]


def lasting_note(bank: QuestionBank, answers: Mapping[str, Answer], positive: bool) -> Note | None:
    """The note for low mood or worry that has lasted, when the screen says so."""
    lasting = bank.screen.lasting if bank.screen else None
    if (
        lasting is None
        or not positive
        or lasting.option not in chosen(answers.get(lasting.question))
    ):
        return None
    return Note(id="lasting", text=lasting.text, source=lasting.source, cite=lasting.cite)


def in_a_sentence(who: str) -> str:
    """WHO ("A doctor", "Your midwife, OB or doctor") as it reads inside a sentence: its
    first letter small, unless the first word is a name or an acronym ("OB", "GP")."""
    first = who.split(" ", 1)[0]
    return who if first[1:2].isupper() else who[:1].lower() + who[1:]


# The level whose "how soon" names a doctor or counselor, where a door names who comes
# first instead (today's also names a crisis line, and keeps it).
FIRST_STEP_LEVELS = ("this_week",)


def decide(
    bank: QuestionBank,
    answers: Mapping[str, Answer],
    *,
    screen_level: Level | None = None,
    screen_urgent: bool = False,
    screen_positive: bool = False,
) -> Urgency:
    """The one urgency of a result, from the answers and the symptom check's outcome.

    SCREEN_LEVEL is the band's level, SCREEN_URGENT whether the screen is high (its warm
    opening), SCREEN_POSITIVE whether a subscale reached its threshold.
    """
    picked = _picked(bank, answers)
    if is_crisis(bank, answers):  # what was answered, for a clinician, and nothing else
        crisis = bank.level("crisis")
        tell = tuple(o.tell for _, o in picked if o.tell and o.crisis)
        return Urgency("crisis", crisis.how_soon, urgent=True, when=crisis.when, tell=tell)
    # Each thing that asks for haste, keyed by what said it: an answer, the screen's band,
    # the screen being high. An answer may also raise the level the others reach (a wish
    # to be dead, with a high screen, makes "this week" "today").
    raised: list[tuple[str, Level]] = [(f"{q}.{o.id}", o.urgency) for q, o in picked if o.urgency]
    openings = [(o.urgency or LEVELS[0], o.opening) for _, o in picked if o.opening]
    if screen_level is not None:
        raised.append(("screen", screen_level))
    if screen_positive and bank.screen is not None:
        raised.append(("screen positive", bank.screen.positive_level))
    if screen_urgent and bank.screen is not None:
        raised.append(("screen high", bank.screen.urgent_level))
        openings.append((bank.screen.urgent_level, bank.screen.urgent))
    levels = [level for _, level in raised]
    for q, o in picked:
        others = most([level for key, level in raised if key != f"{q}.{o.id}"])
        if others in o.escalate:
            levels.append(o.escalate[others])
    level = bank.level(most(levels))
    # The opening of the most urgent answer that has one: one voice, never two.
    # Said with the one level's "when", so it never names another time than the rest.
    opening = max(openings, key=lambda x: LEVELS.index(x[0]), default=("routine", ""))[1]
    opening = opening.format(when=level.when)
    # An answer's own steps lead; every step, reason and note says the one level's "when".
    when = level.when
    steps = [step.format(when=when) for _, o in picked for step in o.steps]
    given = {(qid, o.id) for qid, o in picked}
    start_with = tuple(
        FirstStep(
            id=o.id,
            who=o.door.who,
            why=o.door.why.format(when=when),
            source=o.door.source,
            cite=o.door.cite,
        )
        for _, o in picked
        if o.door
    )
    notes: list[Note] = []
    for qid, o in picked:
        variant = next((v for v in o.note_with if (v.question or qid, v.option) in given), None)
        text, source, cite = (
            (variant.text, variant.source, variant.cite)
            if variant is not None
            else (o.note, o.note_source, o.note_cite)
        )
        if text:
            notes.append(Note(id=o.id, text=text.format(when=when), source=source, cite=cite))
    lasting = lasting_note(bank, answers, screen_positive)
    if lasting is not None:
        notes.append(lasting)
    how_soon = level.how_soon
    if start_with and level.id in FIRST_STEP_LEVELS:  # who comes first, not any counselor
        first = start_with[0].who
        how_soon = w.HOW_SOON_FIRST.format(who=in_a_sentence(first), when=level.when)
    return Urgency(
        level=level.id,
        how_soon=how_soon,
        urgent=level.urgent,
        when=level.when,
        opening=opening,
        steps=tuple(steps),
        level_step=level.step,
        tell=tuple(o.tell for _, o in picked if o.tell),
        start_with=start_with,
        notes=tuple(notes),
    )
