"""Keys as text a terminal sends, the keys that give an answer at each kind of prompt, and what
each prompt shows while it waits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable, chosen
from therapy_guide.core.content.quiz import NO as NO_ID
from therapy_guide.core.content.quiz import YES as YES_ID

if TYPE_CHECKING:
    from therapy_guide.core.content.quiz import Question, QuestionBank


# --- keys, as text a terminal sends --------------------------------------------------

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
END = "\x1b[F"
SPACE = " "
CTRL_C = "\x03"
CTRL_D = "\x04"
YES = "y" + ENTER  # a yes/no prompt takes y or n, then needs Enter
NO = "n" + ENTER


def select_keys(question: Question, option_id: str, *, start: str | None = None) -> str:
    """Keys that move a select prompt's pointer from START (default: the question's default
    option) to OPTION_ID and press Enter."""
    ids = [o.id for o in question.options]
    here = ids.index(start or question.default_option.id)
    there = ids.index(option_id)
    move = DOWN * (there - here) if there >= here else UP * (here - there)
    return move + ENTER


def checkbox_keys(question: Question, option_ids: tuple[str, ...]) -> str:
    """Keys that tick exactly OPTION_IDS in a checkbox prompt that starts with none ticked."""
    return "".join((SPACE if o.id in option_ids else "") + DOWN for o in question.options) + ENTER


def keys_for(question: Question, answer: Answer) -> str:
    """The keys that give ANSWER to QUESTION when it is asked for the first time."""
    if question.confirm:
        assert isinstance(answer, str)
        return YES if answer == YES_ID else NO
    if question.kind == "multiple":
        return checkbox_keys(question, chosen(answer))
    assert isinstance(answer, str)
    return select_keys(question, answer)


def keys_for_answers(bank: QuestionBank, answers: Mapping[str, Answer]) -> str:
    """Keys for every question the quiz asks, in order, given these answers."""
    return "".join(keys_for(q, answers[q.id]) for q in applicable(bank, answers))


def menu_key(choice: str, answers: Mapping[str, Answer], bank: QuestionBank | None = None) -> str:
    """The number that picks CHOICE in the result menu after ANSWERS: "reasons", "compare",
    "sure", "save" or "done" (result_menu's values). The menu leaves out what there is
    nothing to see in (every reason, when no answer leaned), so a number is not fixed."""
    from types import SimpleNamespace

    from therapy_guide.core.scoring import score
    from therapy_guide.quiz import result_menu

    bank = bank or content.question_bank()
    shown = result_menu.choices(bank, SimpleNamespace(result=score(bank, answers)))  # type: ignore[arg-type]
    return str([value for value, _ in shown].index(choice) + 1)


# What each kind of prompt shows, as a pseudo-terminal receives it. Waiting for these
# before sending a key means each key reaches a prompt that is ready for it.
CONFIRM_NO = w.YES_NO_HINT_NO
CHECKBOX = w.CHECKBOX_HINT
SELECT = w.SELECT_HINT


def prompt_marker(question: Question) -> str:
    if question.confirm:
        return CONFIRM_NO if question.default_option.id == NO_ID else w.YES_NO_HINT_YES
    return CHECKBOX if question.kind == "multiple" else SELECT


# What the quiz says, in the words of the tests that look for it.
CANCELLED = w.CANCELLED
NEEDS_TERMINAL = "the quiz asks its questions at an interactive terminal"
SAFETY_QUESTION = "Are you having thoughts of harming yourself"
DISCLAIMER = "This is a suggestion, not a diagnosis."
