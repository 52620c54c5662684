"""The quiz as a person meets it: the installed program in a pseudo-terminal, and the same
program refusing to run its prompts where there is no one to answer them. (A dumb
terminal gets the plain quiz: tests/test_plain_quiz.py.)

In the pseudo-terminal each key is sent only once the prompt it answers is on screen.
"""

from __future__ import annotations

import shlex
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from toolkit.answers import default_answers
from toolkit.keys import CANCELLED, CONFIRM_NO, NEEDS_TERMINAL
from toolkit.reading import words
from toolkit.running import invoke
from toolkit.terminal import finish, spawn_program, watched

from therapy_guide.core import content
from therapy_guide.core.asking import applicable

BANK = content.question_bank()
EVERYONE = applicable(BANK, default_answers(BANK))
INTRO = "The quiz takes about"  # said just before the first question is built


# --- in a pseudo-terminal ----------------------------------------------------------------


def cancelled_in_a_terminal(home: Path, wait_for: str, stop: Callable[[Any], object]) -> str:
    """The quiz in a pseudo-terminal, stopped by STOP (given the child) once WAIT_FOR is
    shown: a cancel (exit 130, said), never a traceback. What it showed, in words."""
    child = spawn_program("quiz", cwd=home)
    seen = watched(child)
    child.expect_exact(wait_for)
    stop(child)
    assert finish(child) == 130
    shown = words(seen())
    assert CANCELLED in shown
    assert "Traceback" not in shown
    return shown


@pytest.mark.slow
def test_ctrl_c_at_the_first_prompt_in_a_terminal_exits_130(tmp_path: Path) -> None:
    shown = cancelled_in_a_terminal(tmp_path, CONFIRM_NO, lambda child: child.sendcontrol("c"))
    assert "may fit" not in shown


@pytest.mark.slow
def test_ctrl_c_while_the_first_question_loads_cancels_with_exit_130(
    tmp_path: Path,
) -> None:
    # Ctrl-C (SIGINT) the moment the quiz has started, as its first prompt is being built:
    # a cancel, never a traceback and never a question answered.
    shown = cancelled_in_a_terminal(tmp_path, INTRO, lambda child: child.kill(signal.SIGINT))
    assert "KeyboardInterrupt" not in shown
    assert "Question 2 of" not in shown


def refused_in_a_terminal(home: Path, shell: str) -> str:
    """The quiz started at a terminal by SHELL (see spawn_program), where a stream is not
    the terminal: refused with exit 2, saying why and how to answer from a file, never a
    traceback. What it showed, in words."""
    child = spawn_program("quiz", cwd=home, shell=shell)
    seen = watched(child)
    assert finish(child) == 2
    shown = words(seen())
    assert NEEDS_TERMINAL in shown
    assert "--answers" in shown
    assert "Traceback" not in shown
    return shown


@pytest.mark.slow
def test_stdout_redirected_to_a_file_at_a_terminal_is_refused_with_exit_2(
    tmp_path: Path,
) -> None:
    result = tmp_path / "result.txt"
    redirect = f'exec "$0" "$@" > {shlex.quote(str(result))}'
    refused_in_a_terminal(tmp_path, redirect)
    assert "Are you having thoughts" not in result.read_text(encoding="utf-8")


# stdin as each of these, while stdout and stderr stay on the terminal.
NOT_A_KEYBOARD = {
    "quiz < /dev/null": 'exec "$0" "$@" < /dev/null',
    "echo | quiz": 'echo | "$0" "$@"',
    "keystrokes piped in": "printf " + shlex.quote("n" + r"\r" * 12) + ' | "$0" "$@"',
    "stdin closed": 'exec "$0" "$@" <&-',
}


@pytest.mark.slow
@pytest.mark.parametrize("shell", NOT_A_KEYBOARD.values(), ids=NOT_A_KEYBOARD.keys())
def test_stdin_that_is_not_a_keyboard_is_refused_with_exit_2_and_never_read_as_answers(
    tmp_path: Path, shell: str
) -> None:
    shown = refused_in_a_terminal(tmp_path, shell)
    assert "therapy-guide questions" in shown
    assert "may fit" not in shown


# --- with no terminal at all ---------------------------------------------------------------


@pytest.mark.parametrize("typed", [None, "\n"], ids=["nothing on stdin", "echo piped in"])
def test_the_quiz_without_a_terminal_exits_2_naming_answers_and_questions(
    typed: str | None,
) -> None:
    done = invoke("quiz", stdin=typed)

    assert done.exit_code == 2
    message = words(done.stderr)
    assert NEEDS_TERMINAL in message
    assert "--answers" in message
    assert "therapy-guide questions" in message
    assert "Traceback" not in done.stderr
    assert done.stdout == ""  # nothing asked, nothing answered
