"""The program run: in-process (`invoke`, fast: the default), in a subprocess (`run_program`,
for what needs a real process), measured, or remembered per worker; and the quiz
in-process with keys typed at its real prompts or lines at the plain quiz.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from typer.testing import CliRunner

from therapy_guide.cli.app import app
from toolkit.places import Env, child_env
from toolkit.reading import as_shown, words

if TYPE_CHECKING:
    import pytest


# --- the program, run ----------------------------------------------------------------


class Run(NamedTuple):
    """How a run of the program ended and what it wrote."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


_runner = CliRunner()


@cache
def _quiz_once(answers: str, args: tuple[str, ...]) -> str:
    done = invoke("quiz", "--answers", "-", "--no-input", *args, stdin=answers)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def quiz_output(answers: Mapping[str, object], *args: str) -> str:
    """The quiz's output for ANSWERS (given on stdin, as a script would) with ARGS, run
    once per worker however many tests read it (the personas are read by many); a run
    that saves a file runs each time."""
    plain = {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}
    given = json.dumps(plain, sort_keys=True)
    return _quiz_once.__wrapped__(given, args) if "--save" in args else _quiz_once(given, args)


def invoke(*args: str, stdin: str | bytes | None = None, env: Env | None = None) -> Run:
    """Run the Typer app in-process (fast): stdout and stderr captured apart.

    The captured stdout is not a terminal, so text comes out as it does in a pipe. ENV is
    applied for the run (None removes a variable). Unexpected exceptions propagate.
    """
    with _runner.isolation(input=stdin, env=env) as (out, err, _):
        try:
            _command().main(args=list(args), prog_name="therapy-guide")
            code = 0
        except SystemExit as stop:  # the app's main always exits, as a real run does
            code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        said, errors = out.getvalue(), err.getvalue()
    return Run(code, _text(said), _text(errors))


@cache
def _command() -> Any:
    """The app's Click command, built once a worker: Typer would build it again for every
    run (some 4 ms each). Nothing a run does stays on it (cli.help.help_in_language)."""
    import typer

    return typer.main.get_command(app)


def _text(captured: bytes) -> str:
    return captured.decode("utf-8", "replace").replace("\r\n", "\n")


def on_a_dumb_terminal(
    *args: str, cols: int, stdin: str | None = None, env: Env | None = None
) -> tuple[Run, list[str]]:
    """`therapy-guide ARGS` in-process as in Emacs' shell, a dumb terminal COLS wide:
    TERM=dumb, COLUMNS set and LINES not. Returns the run, and stdout as that terminal
    shows it (as_shown). TTY_COMPATIBLE=1 tells Rich that stdout is a terminal, as it
    is there: on a terminal, Rich takes a dumb one to be 80x25 unless told both sizes.
    """
    terminal = {"TERM": "dumb", "COLUMNS": str(cols), "LINES": None, "TTY_COMPATIBLE": "1"}
    done = invoke(*args, stdin=stdin, env={**terminal, **(env or {})})
    return done, as_shown(done.stdout, cols)


def run_python(
    args: Sequence[str],
    *,
    env: Env | None = None,
    cwd: Path | None = None,
    stdin: str | bytes | None = None,
    timeout: float = 30,
) -> Run:
    """Run `python ARGS` in CWD (default: a folder outside the checkout) with stdin closed
    (or fed STDIN) and output captured as pipes, in the current environment plus ENV.
    Output must be UTF-8: any invalid byte fails."""
    done = subprocess.run(
        [sys.executable, *args],
        env=child_env(env),
        cwd=cwd or tempfile.gettempdir(),
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def run_program(*args: str, **kwargs: Any) -> Run:
    """Run `python -m therapy_guide ARGS` for real (see run_python)."""
    return run_python(["-m", "therapy_guide", *args], **kwargs)


class Measured(NamedTuple):
    """A run of the program, how long it took and the most memory it held."""

    run: Run
    seconds: float
    peak_mb: float


def run_program_measured(
    *args: str, cwd: Path, stdin: Path | None = None, timeout: float, memory_cap_mb: int = 1024
) -> Measured:
    """Run `python -m therapy_guide ARGS` in CWD, stdin read from the file STDIN (or closed),
    and measure the child itself: its peak resident memory from its own wait4 usage, not
    the test worker's other children. A child still running after TIMEOUT seconds is killed
    (exit -9). Its address space is capped at MEMORY_CAP_MB, so a regression that reads
    without end fails fast instead of filling the machine's memory. Linux only (ru_maxrss
    in KiB).
    """

    def cap() -> None:
        limit = memory_cap_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with (
        open(stdin or os.devnull, "rb") as given,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        start = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", "therapy_guide", *args],
            env=child_env(),
            cwd=cwd,
            stdin=given,
            stdout=out,
            stderr=err,
            preexec_fn=cap,
        )
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        run = Run(child.returncode, out.read().decode("utf-8"), err.read().decode("utf-8"))
    return Measured(run, seconds, usage.ru_maxrss / 1024)


@cache
def _run_once(args: tuple[str, ...], env: tuple[tuple[str, str], ...], stdin: str | None) -> Run:
    return run_python(["-m", "therapy_guide", *args], env=dict(env), stdin=stdin)


def run_program_once(*args: str, env: Env | None = None, stdin: str | None = None) -> Run:
    """run_program, remembered per worker for the same arguments, standard input and whole
    environment. The program is deterministic for those, and a Run cannot be changed, so
    tests that look at the same run from different angles share one process.
    """
    return _run_once(args, tuple(sorted(child_env(env).items())), stdin)


# --- the quiz at a keyboard, in-process ----------------------------------------------


@dataclass(frozen=True)
class QuizRun:
    exit_code: int
    stdout: str
    stderr: str
    asked: list[str]  # the message of every prompt shown, in order

    @property
    def said(self) -> str:
        """stdout with its line wrapping undone."""
        return words(self.stdout)


def plain_runner(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """A function that runs `therapy-guide quiz ARGS` in-process with LINES typed at the
    plain quiz, as at a terminal: `run(LINES, *ARGS, env=...)`. The program's check for a
    terminal is switched on (see keyboard_runner); the plain quiz reads whole lines from
    stdin, so the lines are simply its input."""
    from therapy_guide.quiz import steps

    monkeypatch.setattr(steps, "is_interactive", lambda: True)

    def run(lines: Sequence[str], *args: str, env: Env | None = None) -> Run:
        return invoke("quiz", *args, stdin="".join(f"{x}\n" for x in lines), env=env)

    return run


def keyboard_runner(monkeypatch: pytest.MonkeyPatch) -> Callable[..., QuizRun]:
    """A function that runs `therapy-guide quiz ARGS` in-process with KEYS typed at its
    real questionary prompts: prompt_toolkit's pipe input stands in for the keyboard and
    DummyOutput for the screen. Every key is sent at once and the pipe then closed, so a
    test that sends too few keys ends in "end of input" (exit 130) instead of hanging.
    Each prompt is noted (its message) as it is shown.

    CliRunner's streams are not terminals, so the program's check for one is switched
    on: the ONE place the tests reach into a module that may be renamed
    (`therapy_guide.quiz.steps.is_interactive`). Everything after it is the real program.
    """
    import questionary
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from therapy_guide.quiz import steps

    monkeypatch.setattr(steps, "is_interactive", lambda: True)
    asked: list[str] = []

    def noting(prompt: Callable[..., Any]) -> Callable[..., Any]:
        def shown(message: str, *args: Any, **kwargs: Any) -> Any:
            asked.append(words(message))  # as read: the prompt wraps it to the screen
            return prompt(message, *args, **kwargs)

        return shown

    for kind in ("confirm", "select", "checkbox"):
        monkeypatch.setattr(questionary, kind, noting(getattr(questionary, kind)))

    def answer(keys: str, *args: str) -> QuizRun:
        asked.clear()
        with create_pipe_input() as keyboard:
            keyboard.send_text(keys)
            keyboard.close()  # no more keys: end of input, not a hang
            with create_app_session(input=keyboard, output=DummyOutput()):
                done = invoke("quiz", *args)
        return QuizRun(done.exit_code, done.stdout, done.stderr, list(asked))

    return answer
