"""What every way of asking a person shares: the interview's questions, built on a few
primitives.

A person answers either at full-screen prompts (prompt_asker.PromptAsker, questionary) or in
plain lines that a screen reader or a dumb terminal can follow (line_asker.PlainAsker). Both
ask the same questions, the same review and the same SURE check, written once here
from the primitives each of them draws in its own way: say, record, yes_no, pick,
pick_many and ask_path. The result menu (quiz/result_menu.py) takes either.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, Answers, answer_label, applicable, chosen
from therapy_guide.core.content.quiz import NO, YES, DecisionCheck, Question, QuestionBank

DONE = "__done__"
MORE = "__more__"


@dataclass(frozen=True)
class Step:
    """Where a prompt sits in the quiz: its progress line, its help, and whether the
    person may go back from it (interview.GoBack)."""

    progress: str | None = None
    help: str | None = None
    back: bool = False


class PersonAsker(ABC):
    """Asks a person at a terminal. Ctrl-C and end of input reach the caller unchanged."""

    # Whether text taller than the screen may go through the pager between questions.
    uses_pager = True

    # --- the primitives, one set per way of asking -------------------------------------

    @abstractmethod
    def say(self, text: str = "") -> None:
        """A line of the program's own words."""

    @abstractmethod
    def record(self, text: str, answer: str) -> None:
        """What stays on screen of an answered question."""

    @abstractmethod
    def yes_no(self, text: str, default: bool, *, step: Step | None = None) -> bool:
        """Yes or no; Enter alone takes DEFAULT."""

    @abstractmethod
    def pick(
        self,
        text: str,
        choices: Sequence[tuple[str, str]],
        default: str,
        *,
        record: bool = True,
        step: Step | None = None,
    ) -> str:
        """One of CHOICES (value, label). With RECORD, the answer stays on screen."""

    @abstractmethod
    def pick_many(
        self,
        text: str,
        choices: Sequence[tuple[str, str]],
        checked: Sequence[str],
        *,
        step: Step | None = None,
    ) -> tuple[str, ...]:
        """Any of CHOICES, starting from CHECKED; none is fine."""

    @abstractmethod
    def fits(self, text: str, labels: Sequence[str]) -> bool:
        """Whether a list of LABELS asked with TEXT fits the screen, prompt and all."""

    @abstractmethod
    def ask_path(self, text: str, default: str, problem: Callable[[str], str | None]) -> str:
        """A file name, DEFAULT offered; PROBLEM says why a name will not do. An empty
        answer ("") means the person would rather go back."""

    # --- the interview's questions, the same for every way of asking --------------------

    def ask(self, question: Question, number: int, total: int, current: Answer | None) -> Answer:
        step = Step(
            progress=w.QUESTION_OF.format(number=number, total=total),
            help=question.help or None,
            back=number > 1,
        )
        if question.confirm:
            default = (current or question.default_option.id) == YES
            return YES if self.yes_no(question.text, default, step=step) else NO
        options = [(o.id, o.label) for o in question.options]
        if question.kind == "multiple":
            picked = self.pick_many(question.text, options, chosen(current), step=step)
            # "None of these" ticked beside others: the others are what was meant.
            alone = {o.id for o in question.options if o.exclusive}
            return tuple(p for p in picked if p not in alone) if len(picked) > 1 else picked
        selected = current if isinstance(current, str) else question.default_option.id
        return self.pick(question.text, options, selected, step=step)

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        """The answers so far, any of them to change; None when they look right.

        "Looks right" comes first and "I need help right now" last, on every page: when
        the answers do not fit the screen with them, they are shown a page at a time.
        """
        asked = [x for x in applicable(bank, answers) if x.id in answers and x.id != bank.safety]
        answered = [
            (x.id, w.REVIEW_CHANGE.format(label=x.label, answer=answer_label(x, answers.get(x.id))))
            for x in asked
        ]
        done, help_now = (DONE, w.REVIEW_DONE), (bank.safety, w.REVIEW_HELP_NOW)
        pages = self.pages(w.REVIEW, done, answered, help_now)
        page = 0
        self.say()
        while True:
            choices = [done, *pages[page]]
            after = (page + 1) % len(pages)
            if len(pages) > 1:
                choices.append((MORE, w.REVIEW_MORE.format(page=after + 1, pages=len(pages))))
            choices.append(help_now)
            value = self.pick(w.REVIEW, choices, DONE, record=False, step=Step(back=True))
            if value != MORE:
                return None if value == DONE else value
            page = after

    def pages(
        self,
        text: str,
        first: tuple[str, str],
        entries: Sequence[tuple[str, str]],
        last: tuple[str, str],
    ) -> list[list[tuple[str, str]]]:
        """ENTRIES in pages that each fit the screen between FIRST and LAST (and the choice
        that turns the page, when there is more than one); at least one entry a page."""
        if self.fits(text, [first[1], *(label for _, label in entries), last[1]]):
            return [list(entries)]
        turn = w.REVIEW_MORE.format(page=len(entries), pages=len(entries))  # at its widest
        pages: list[list[tuple[str, str]]] = [[]]
        for entry in entries:
            labels = [label for _, label in (first, *pages[-1], entry)]
            if pages[-1] and not self.fits(text, [*labels, turn, last[1]]):
                pages.append([])
            pages[-1].append(entry)
        return pages

    def decision_check(self, check: DecisionCheck, *, offer: bool = True) -> dict[str, bool] | None:
        """The SURE test: with OFFER, first asked whether to take it (None when the person
        says no); without, at once (chosen from the result menu already)."""
        self.say()
        if offer and not self.yes_no(check.offer, default=False):
            return None
        return {item.id: self.yes_no(item.text, default=False) for item in check.items}
