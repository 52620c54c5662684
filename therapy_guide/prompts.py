"""Questions asked at a terminal with questionary: the PromptAsker of the interview.

Only unsafe_ask(): Ctrl-C and Ctrl-D must reach the caller, which turns them into a
cancel once, around the whole interview.
"""

from __future__ import annotations

import shutil
import textwrap
from typing import Any

from therapy_guide.core import wording as w
from therapy_guide.core.content.quiz import DecisionCheck, Question, QuestionBank
from therapy_guide.core.scoring import Answer, Answers, answer_label, applicable, chosen

DONE = "__done__"


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
        self.say(w.QUESTION_OF.format(number=number, total=total))
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
                    instruction=w.CHECKBOX_HINT,
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
                instruction=w.SELECT_HINT,
            )
        )
        return value

    def review(self, bank: QuestionBank, answers: Answers) -> str | None:
        q = self._q
        asked = [x for x in applicable(bank, answers) if x.id in answers and x.id != bank.safety]
        choices = [q.Choice(w.REVIEW_DONE, value=DONE)]
        # The answer first: on a narrow terminal the end of a long line is cut off.
        choices += [
            q.Choice(
                w.REVIEW_CHANGE.format(answer=answer_label(x, answers.get(x.id)), question=x.text),
                value=x.id,
            )
            for x in asked
        ]
        choices.append(q.Choice(w.REVIEW_HELP_NOW, value=bank.safety))
        self.say()
        value: str = self._answer(
            q.select(
                w.REVIEW,
                choices=choices,
                default=DONE,
                pointer=self._pointer,
                style=self._style,
                instruction=w.SELECT_HINT,
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
