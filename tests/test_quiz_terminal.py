"""The quiz as a person meets it: the installed program in a pseudo-terminal, and the same
program refusing to run its prompts where there is no one to answer them.

Every test starts `python -m therapy_guide quiz` in a subprocess. In the pseudo-terminal
each key is sent only once the prompt it answers is on screen.
"""

from __future__ import annotations

import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import child_env
from quiz_helpers import (
    CONFIRM_NO,
    ENTER,
    YES,
    default_answers,
    finish,
    prompt_marker,
    spawn_program,
    words,
)

from therapy_guide.core import content
from therapy_guide.core.scoring import applicable

pytestmark = pytest.mark.slow

BANK = content.question_bank()
EVERYONE = applicable(BANK, default_answers(BANK))
ANSI = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|[()][A-Z0-9]|[=>])")
DISCLAIMER = "This is a suggestion, not a diagnosis."
NEEDS_TERMINAL = "the quiz asks its questions at an interactive terminal"


def screen_text(raw: str) -> str:
    """What the terminal showed, without escape codes, with line wrapping undone."""
    return words(ANSI.sub("", raw))


def watched(child: pexpect.spawn) -> io.StringIO:
    """Keep everything the child writes, for asserting on the whole screen at the end."""
    seen = io.StringIO()
    child.logfile_read = seen
    return seen


# --- in a pseudo-terminal ----------------------------------------------------------------


def test_enter_at_every_prompt_in_a_terminal_reaches_a_result_and_exits_0(
    tmp_path: Path,
) -> None:
    child = spawn_program("quiz", home=tmp_path)
    seen = watched(child)
    for question in EVERYONE:
        child.expect_exact(prompt_marker(question))
        child.send(ENTER)
    child.expect_exact("Review your answers")
    child.send(ENTER)
    child.expect_exact(DISCLAIMER)
    child.expect_exact(CONFIRM_NO)  # the offer of the SURE test
    child.send(ENTER)

    status = finish(child)

    assert status == 0
    shown = screen_text(seen.getvalue())
    total = len(EVERYONE)
    assert all(f"Question {n} of {total}" in shown for n in range(1, total + 1))
    assert "Either approach may fit you. A psychotherapist can offer both." in shown
    assert "Call or text 988" in shown
    assert "Traceback" not in shown


def test_y_at_the_safety_question_in_a_terminal_shows_988_and_exits_0(tmp_path: Path) -> None:
    child = spawn_program("quiz", home=tmp_path)
    seen = watched(child)
    child.expect_exact(CONFIRM_NO)
    child.send(YES)

    status = finish(child)

    assert status == 0
    shown = screen_text(seen.getvalue())
    assert "Please reach out to one of the crisis lines below right now." in shown
    assert "Call or text 988" in shown
    assert "Call 911" in shown
    assert "Question 2 of" not in shown


def test_ctrl_c_at_the_first_prompt_in_a_terminal_exits_130(tmp_path: Path) -> None:
    child = spawn_program("quiz", home=tmp_path)
    seen = watched(child)
    child.expect_exact(CONFIRM_NO)
    child.sendcontrol("c")

    status = finish(child)

    assert status == 130
    shown = screen_text(seen.getvalue())
    assert "Quiz cancelled; nothing was saved." in shown
    assert "Traceback" not in shown
    assert "may fit" not in shown


def test_a_dumb_terminal_is_refused_with_exit_2_before_any_prompt(tmp_path: Path) -> None:
    child = spawn_program("quiz", home=tmp_path, TERM="dumb")
    seen = watched(child)

    status = finish(child)

    assert status == 2
    shown = screen_text(seen.getvalue())
    assert NEEDS_TERMINAL in shown
    assert "--answers" in shown
    assert "therapy-guide questions" in shown
    assert "Are you having thoughts" not in shown
    assert "Traceback" not in shown


def test_stdout_redirected_to_a_file_at_a_terminal_is_refused_with_exit_2(
    tmp_path: Path,
) -> None:
    result = tmp_path / "result.txt"
    redirect = f'exec "$0" "$@" > {shlex.quote(str(result))}'
    child = spawn_program("quiz", home=tmp_path, shell=redirect)
    seen = watched(child)

    status = finish(child)

    assert status == 2
    shown = screen_text(seen.getvalue())
    assert NEEDS_TERMINAL in shown
    assert "--answers" in shown
    assert "Are you having thoughts" not in result.read_text(encoding="utf-8")


# stdin as each of these, while stdout and stderr stay on the terminal.
NOT_A_KEYBOARD = {
    "quiz < /dev/null": 'exec "$0" "$@" < /dev/null',
    "echo | quiz": 'echo | "$0" "$@"',
    "keystrokes piped in": "printf " + shlex.quote("n" + r"\r" * 12) + ' | "$0" "$@"',
    "stdin closed": 'exec "$0" "$@" <&-',
}


@pytest.mark.parametrize("shell", NOT_A_KEYBOARD.values(), ids=NOT_A_KEYBOARD.keys())
def test_stdin_that_is_not_a_keyboard_is_refused_with_exit_2_and_never_read_as_answers(
    tmp_path: Path, shell: str
) -> None:
    child = spawn_program("quiz", home=tmp_path, shell=shell)
    seen = watched(child)

    status = finish(child)

    assert status == 2
    shown = screen_text(seen.getvalue())
    assert NEEDS_TERMINAL in shown
    assert "--answers" in shown
    assert "therapy-guide questions" in shown
    assert "Traceback" not in shown
    assert "may fit" not in shown


# --- with every stream a pipe ------------------------------------------------------------------


def quiz_without_a_terminal(
    tmp_path: Path, typed: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the quiz with every stream a pipe: stdin from /dev/null, or TYPED piped in."""
    return subprocess.run(
        [sys.executable, "-m", "therapy_guide", "quiz"],
        env=child_env(),
        cwd=tmp_path,
        input=typed,
        stdin=subprocess.DEVNULL if typed is None else None,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def refused_without_a_terminal(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2
    message = words(done.stderr)
    assert NEEDS_TERMINAL in message
    assert "--answers" in message
    assert "therapy-guide questions" in message
    assert "Traceback" not in done.stderr
    assert done.stdout == ""  # nothing asked, nothing answered


def test_quiz_from_dev_null_exits_2_naming_answers_and_questions(tmp_path: Path) -> None:
    refused_without_a_terminal(quiz_without_a_terminal(tmp_path))


def test_echo_piped_into_quiz_exits_2_naming_answers_and_questions(tmp_path: Path) -> None:
    refused_without_a_terminal(quiz_without_a_terminal(tmp_path, typed="\n"))
