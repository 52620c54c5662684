"""Shared pieces of the quiz tests: keys as a terminal sends them, answers built from the
question bank, and the prompts as a pseudo-terminal shows them.

Answers and key sequences are derived from data/questions.toml rather than written out,
so that a content edit (a new option, another default) does not silently change what a
test means.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from therapy_guide.core.scoring import Answer, chosen, is_asked

if TYPE_CHECKING:
    import pexpect

    from therapy_guide.core.content import Option, Question, QuestionBank

Lean = Literal["therapy", "psychotherapy"]

# --- keys, as text a terminal sends ----------------------------------------------------

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
SPACE = " "
CTRL_C = "\x03"
CTRL_D = "\x04"
YES = "y"  # a confirm prompt takes y or n at once, without Enter (questionary's auto_enter)
NO = "n"


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


def confirm_keys(option_id: str) -> str:
    return YES if option_id == "yes" else NO


def keys_for(question: Question, answer: Answer) -> str:
    """The keys that give ANSWER to QUESTION when it is asked for the first time."""
    if question.confirm:
        assert isinstance(answer, str)
        return confirm_keys(answer)
    if question.kind == "multiple":
        return checkbox_keys(question, chosen(answer))
    assert isinstance(answer, str)
    return select_keys(question, answer)


def keys_for_answers(bank: QuestionBank, answers: dict[str, Answer]) -> str:
    """Keys for every question the quiz asks, in order, given these answers."""
    return "".join(keys_for(q, answers[q.id]) for q in bank.questions if is_asked(q, answers))


# --- answers built from the bank -------------------------------------------------------


def lean_of(option: Option) -> int:
    """Psychotherapy points minus therapy points: positive leans toward psychotherapy."""
    return option.points.psychotherapy - option.points.therapy


def toward(lean: Lean) -> Callable[[Option], int]:
    """How strongly an option leans toward LEAN (bigger is more)."""
    sign = 1 if lean == "psychotherapy" else -1
    return lambda option: sign * lean_of(option)


def default_answers(bank: QuestionBank) -> dict[str, Answer]:
    """What Enter at every prompt gives: each default, and nothing ticked in a checkbox."""
    answers: dict[str, Answer] = {}
    for q in bank.questions:
        if is_asked(q, answers):
            answers[q.id] = () if q.kind == "multiple" else q.default_option.id
    return answers


def leaning_answers(bank: QuestionBank, lean: Lean) -> dict[str, Answer]:
    """The answers that lean furthest toward LEAN: for each question the option that leans
    most (the first such), for each multiple question every option that leans that way at
    all. The safety answer is never the crisis option."""
    weight = toward(lean)
    answers: dict[str, Answer] = {}
    for q in bank.questions:
        if not is_asked(q, answers):
            continue
        options = [o for o in q.options if not o.crisis]
        if q.kind == "multiple":
            answers[q.id] = tuple(o.id for o in options if weight(o) > 0)
        else:
            answers[q.id] = max(options, key=weight).id
    return answers


def words(text: str) -> str:
    """TEXT with every run of whitespace as one space: asserts survive line wrapping."""
    return " ".join(text.split())


# --- the program in a pseudo-terminal --------------------------------------------------

# What each kind of prompt shows, as a pseudo-terminal receives it. Waiting for these
# before sending a key means each key reaches a prompt that is ready for it.
CONFIRM_NO = "(y/N)"
CHECKBOX = "(Space to select"
SELECT = "(arrow keys, then Enter)"

SCREEN_ROWS, SCREEN_COLUMNS = 24, 80


def prompt_marker(question: Question) -> str:
    if question.confirm:
        return CONFIRM_NO if question.default_option.id == "no" else "(Y/n)"
    return CHECKBOX if question.kind == "multiple" else SELECT


def terminal_env(home: Path, **overrides: str) -> dict[str, str]:
    """A child's environment for a pseudo-terminal: a colour TERM, UTF-8, a private HOME.

    PROMPT_TOOLKIT_NO_CPR: prompt_toolkit asks the terminal where the cursor is and waits
    up to a second for an answer a real terminal gives at once; pexpect never answers.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "THERAPY_GUIDE_REGION")
    }
    env.update(
        TERM="xterm-256color",
        LC_ALL="C.UTF-8",
        HOME=str(home),
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    env.update(overrides)
    return env


def spawn_program(
    *args: str, home: Path, shell: str | None = None, timeout: float = 10, **env: str
) -> pexpect.spawn:
    """Start `python -m therapy_guide ARGS` in a pseudo-terminal of a fixed size.

    With SHELL, bash runs that script with the command line as "$0" "$@", so that a test
    can redirect one stream, as in `exec "$0" "$@" > file`.
    """
    import pexpect

    command, argv = sys.executable, ["-m", "therapy_guide", *args]
    if shell is not None:
        command, argv = "bash", ["-c", shell, sys.executable, *argv]
    return pexpect.spawn(
        command,
        argv,
        env=terminal_env(home, **env),
        cwd=str(home),
        dimensions=(SCREEN_ROWS, SCREEN_COLUMNS),
        timeout=timeout,
        encoding="utf-8",
        codec_errors="strict",
    )


def finish(child: pexpect.spawn) -> int:
    """Read the rest of the child's output and wait for it to end; its exit status."""
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return child.exitstatus
