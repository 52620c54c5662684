"""The quiz flow over a small Asker interface: safety first, the questions, a review.

One flow, two sources of answers: a person at a terminal (PromptAsker, backed by
questionary) and an answers file (the answers arrive already given; NoInputAsker refuses
to ask). Cancelling (Ctrl-C, Ctrl-D) is handled once, by the caller, around the flow.
"""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, Protocol

from therapy_guide.answers import choices_of
from therapy_guide.content.quiz import DecisionCheck, Question, QuestionBank
from therapy_guide.errors import AnswersError
from therapy_guide.scoring import (
    Answer,
    Answers,
    answer_label,
    applicable,
    chosen,
    is_asked,
    is_crisis,
)

DONE = "__done__"


class Asker(Protocol):
    def ask(
        self, question: Question, number: int, total: int, current: Answer | None
    ) -> Answer | None:
        """Ask one question: an option id (single), a tuple of ids (multiple), None if skipped."""

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        """Show the answers; return the id of a question to change, or None when done.

        Returning the safety question's id means the person asked for help right now.
        """


def progress_total(bank: QuestionBank, answers: Answers) -> int:
    """How many questions this person will see, taking each unanswered opt-in as its default."""
    assumed = dict(answers)
    for q in bank.questions:
        if q.id not in assumed and q.kind == "single":
            assumed[q.id] = q.default_option.id
    return len(applicable(bank, assumed))


def _ask(asker: Asker, bank: QuestionBank, answers: dict[str, Answer], question: Question) -> None:
    number = 1 + [q.id for q in applicable(bank, answers)].index(question.id)
    answer = asker.ask(question, number, progress_total(bank, answers), answers.get(question.id))
    if answer is not None:
        answers[question.id] = answer


def _fill(asker: Asker, bank: QuestionBank, answers: dict[str, Answer]) -> None:
    """Ask every question that applies and is not answered yet, in order; drop stale ones."""
    for q in bank.questions:
        if bank.safety in answers and is_crisis(bank, answers):
            return  # safety first: a crisis answer ends the quiz before anything else
        if not is_asked(q, answers):
            answers.pop(q.id, None)  # e.g. the symptom check was switched off in the review
        elif q.id not in answers:
            _ask(asker, bank, answers, q)


def interview(bank: QuestionBank, asker: Asker, given: Answers | None = None) -> dict[str, Answer]:
    """Run the quiz: safety first (a crisis answer ends it at once), the rest, then a review."""
    answers: dict[str, Answer] = dict(given or {})
    _fill(asker, bank, answers)
    if is_crisis(bank, answers):
        return {bank.safety: answers[bank.safety]}
    while (change := asker.review(bank, answers)) is not None:
        question = bank.question(change)
        if question is None:
            continue
        if question.id == bank.safety:  # "I need help right now" in the review
            crisis = next(o for o in question.options if o.crisis)
            return {bank.safety: crisis.id}
        _ask(asker, bank, answers, question)
        if is_crisis(bank, answers):
            return {bank.safety: answers[bank.safety]}
        _fill(asker, bank, answers)
    return answers


class NoInputAsker:
    """For --no-input and non-interactive runs: the answers file must already be complete."""

    def ask(
        self, question: Question, number: int, total: int, current: Answer | None
    ) -> Answer | None:
        if not question.required:
            return None  # an optional question left out of the file is skipped
        raise AnswersError(
            [f"{question.id}: is not answered. Choices: {choices_of(question)}"],
            source="the answers file",
            hint="Add it to the file, or run at a terminal without --no-input to be asked.",
        )

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        return None


class PromptAsker:
    """Asks with questionary at a terminal. Only unsafe_ask(): Ctrl-C must reach the caller."""

    # Plain prompt_toolkit lines, not Rich: the first prompt should not wait for Rich.
    MUTED = "fg:ansibrightblack"

    def __init__(self, *, ascii_only: bool = False) -> None:
        import questionary

        self._q = questionary
        self._pointer = ">" if ascii_only else "\u276f"  # questionary's own default pointer
        self._style = questionary.Style([("qmark", "bold"), ("question", "bold")])

    def say(self, text: str = "") -> None:
        """A muted line, wrapped to the terminal (questionary's printer does not wrap)."""
        width = max(shutil.get_terminal_size().columns - 1, 20)
        for line in textwrap.wrap(text, width, break_on_hyphens=False) or [""]:
            self._q.print(line, style=self.MUTED)

    @staticmethod
    def _answer(prompt: Any) -> Any:
        """Ask, letting Ctrl-C and Ctrl-D through to the caller as a cancel.

        questionary's select and checkbox bind Ctrl-C but not Ctrl-D, which would
        otherwise do nothing; DESIGN.md promises that both cancel.
        """
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

        extra = KeyBindings()

        @extra.add("c-d", eager=True)
        def _end_of_input(event: Any) -> None:
            event.app.exit(exception=EOFError, style="class:aborting")

        app = prompt.application
        app.key_bindings = merge_key_bindings([b for b in (app.key_bindings, extra) if b])
        return prompt.unsafe_ask()

    def _heading(self, number: int, total: int, question: Question) -> None:
        self.say()
        self.say(f"Question {number} of {total}")
        if question.help:
            self.say(question.help)

    def ask(self, question: Question, number: int, total: int, current: Answer | None) -> Answer:
        q = self._q
        self._heading(number, total, question)
        if question.confirm:
            default = (current or question.default_option.id) == "yes"
            reply = self._answer(q.confirm(question.text, default=default, style=self._style))
            return "yes" if reply else "no"
        if question.kind == "multiple":
            picked = set(chosen(current))
            choices = [
                q.Choice(o.label, value=o.id, checked=o.id in picked) for o in question.options
            ]
            values = self._answer(
                q.checkbox(
                    question.text,
                    choices=choices,
                    pointer=self._pointer,
                    style=self._style,
                    instruction="(Space to select, Enter when done; none is fine)",
                )
            )
            return tuple(values)
        choices = [q.Choice(o.label, value=o.id) for o in question.options]
        selected = current if isinstance(current, str) else question.default_option.id
        value: str = self._answer(
            q.select(
                question.text,
                choices=choices,
                default=selected,
                pointer=self._pointer,
                style=self._style,
                instruction="(arrow keys, then Enter)",
            )
        )
        return value

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        q = self._q
        asked = [x for x in applicable(bank, answers) if x.id in answers and x.id != bank.safety]
        choices = [q.Choice("Looks right: show my result", value=DONE)]
        # The answer first: on a narrow terminal the end of a long line is cut off.
        choices += [
            q.Choice(f"{answer_label(x, answers.get(x.id))}  (change: {x.text})", value=x.id)
            for x in asked
        ]
        choices.append(q.Choice("I need help right now: show the crisis lines", value=bank.safety))
        self.say()
        value: str = self._answer(
            q.select(
                "Review your answers. Change any, or see your result.",
                choices=choices,
                default=DONE,
                pointer=self._pointer,
                style=self._style,
                instruction="(arrow keys, then Enter)",
            )
        )
        return None if value == DONE else value

    def decision_check(self, check: DecisionCheck) -> dict[str, bool] | None:
        """Offer the SURE test; None when the person says no."""
        q = self._q
        self.say()
        if not self._answer(q.confirm(check.offer, default=False, style=self._style)):
            return None
        return {
            item.id: bool(self._answer(q.confirm(item.text, default=False, style=self._style)))
            for item in check.items
        }
