"""The interview: which questions are asked, in what order, and the review before a result.

Safety first (a crisis answer ends it at once), then every question that applies, then
a review where any answer can change. It asks through a small Asker interface, so one
interview serves every source of answers: a person at a terminal (prompt_asker.PromptAsker)
and an answers file (the answers arrive already given; NoInputAsker refuses to ask).
Cancelling (Ctrl-C, Ctrl-D) is handled once, by the caller, around the interview. An
asker may raise GoBack (the plain quiz's "b"): the question before is asked again, with
its answer as the default, and the quiz goes on from there.
"""

from __future__ import annotations

from typing import Protocol

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, Answers, applicable, choices_of, is_asked, is_crisis
from therapy_guide.core.content.quiz import Question, QuestionBank
from therapy_guide.core.errors import AnswersError


class GoBack(Exception):  # a request, not an error
    """The person asked to go back one question."""


class Asker(Protocol):
    def ask(
        self, question: Question, number: int, total: int, current: Answer | None
    ) -> Answer | None:
        """Ask one question: an option id (single), a tuple of ids (multiple), None if skipped."""

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        """Show the answers; return the id of a question to change, or None when done.

        Returning the safety question's id means the person asked for help right now.
        GoBack from here asks the last question again.
        """


def progress_total(bank: QuestionBank, answers: Answers) -> int:
    """How many questions this person will see, taking each unanswered opt-in as its default."""
    assumed = dict(answers)
    for q in bank.questions:
        if q.id not in assumed and q.kind == "single":
            assumed[q.id] = q.default_option.id
    return len(applicable(bank, assumed))


def _ask(asker: Asker, bank: QuestionBank, answers: dict[str, Answer], question: Question) -> bool:
    """Ask QUESTION; whether it was answered (an optional one may be skipped)."""
    number = 1 + [q.id for q in applicable(bank, answers)].index(question.id)
    answer = asker.ask(question, number, progress_total(bank, answers), answers.get(question.id))
    if answer is not None:
        answers[question.id] = answer
    return answer is not None


def _before(bank: QuestionBank, answers: Answers, question: Question) -> Question:
    """The question asked just before QUESTION (itself when it is the first)."""
    asked = applicable(bank, answers)
    index = [q.id for q in asked].index(question.id)
    return asked[max(index - 1, 0)]


def _fill(
    asker: Asker, bank: QuestionBank, answers: dict[str, Answer], first: Question | None = None
) -> None:
    """Ask FIRST if given, then every question that applies and is not answered yet, in
    order; drop answers that no longer apply. GoBack asks the one before again."""
    skipped: set[str] = set()  # optional questions an asker left unanswered
    target = first
    while not is_crisis(bank, answers):  # safety first: a crisis answer ends it at once
        for q in bank.questions:
            if not is_asked(q, answers):
                answers.pop(q.id, None)  # e.g. the symptom check was switched off
        if target is None:
            pending = applicable(bank, answers)
            target = next((q for q in pending if q.id not in {*answers, *skipped}), None)
            if target is None:
                return
        try:
            if not _ask(asker, bank, answers, target):
                skipped.add(target.id)
        except GoBack:
            target = _before(bank, answers, target)
        else:
            target = None


def interview(bank: QuestionBank, asker: Asker, given: Answers | None = None) -> dict[str, Answer]:
    """Run the quiz: safety first (a crisis answer ends it at once), the rest, then a review."""
    answers: dict[str, Answer] = dict(given or {})
    _fill(asker, bank, answers)
    if is_crisis(bank, answers):
        return {bank.safety: answers[bank.safety]}
    while True:
        try:
            change = asker.review(bank, answers)
        except GoBack:  # back from the review: the last question again
            _fill(asker, bank, answers, first=applicable(bank, answers)[-1])
        else:
            if change is None:
                return answers
            question = bank.question(change)
            if question is None:
                continue
            if question.id == bank.safety:  # "I need help right now" in the review
                crisis = next(o for o in question.options if o.crisis)
                return {bank.safety: crisis.id}
            _fill(asker, bank, answers, first=question)
        if is_crisis(bank, answers):
            return {bank.safety: answers[bank.safety]}


class NoInputAsker:
    """For --no-input and non-interactive runs: the answers file must already be complete."""

    def ask(
        self, question: Question, number: int, total: int, current: Answer | None
    ) -> Answer | None:
        if not question.required:
            return None  # an optional question left out of the file is skipped
        raise AnswersError(
            [w.NOT_ANSWERED.format(question=question.id, choices=choices_of(question))],
            source=w.THE_ANSWERS_FILE,
            hint=w.NOT_ANSWERED_HINT,
        )

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        return None
