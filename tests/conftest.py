"""Shared fixtures: a fixed terminal, the program run for real, and copies of the content.

Subprocess runs are the truth for terminal behaviour: Rich decides colour, width and
encoding from the real streams. The in-process `cli` helper is for fast checks of what
the commands print and how they exit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

import pytest
from typer.testing import CliRunner, Result

from therapy_guide.cli import app

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"

Env = Mapping[str, str | None]

# Variables that change what Rich draws or what content is read. Each test starts from
# the same terminal: 80x24, a colour-capable TERM, UTF-8, no overrides, and no pager
# (it would wait for a key; tests/test_pager.py turns it back on).
TERMINAL = {
    "COLUMNS": "80",
    "LINES": "24",
    "TERM": "xterm-256color",
    "LC_ALL": "C.UTF-8",
    "THERAPY_GUIDE_NO_PAGER": "1",
}
CLEARED = (
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "PYTHONIOENCODING",
    "PYTHONUTF8",
    "THERAPY_GUIDE_DATA_DIR",
    "THERAPY_GUIDE_REGION",
)


@pytest.fixture(autouse=True)
def terminal_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fix the terminal environment so output is the same on every machine."""
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in TERMINAL.items():
        monkeypatch.setenv(name, value)


def child_env(overrides: Env | None = None) -> dict[str, str]:
    """The current (fixed) environment with OVERRIDES applied; None removes a variable."""
    env = dict(os.environ)
    for name, value in (overrides or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


@pytest.fixture
def environment() -> Callable[..., dict[str, str]]:
    """For tests that start a process themselves: child_env(overrides)."""
    return child_env


class Run(NamedTuple):
    rc: int
    stdout: str
    stderr: str


RunProgram = Callable[..., Run]
InvokeApp = Callable[..., Result]


@pytest.fixture(scope="session")
def run(tmp_path_factory: pytest.TempPathFactory) -> RunProgram:
    """Run the installed program as `python -m therapy_guide ARGS` with stdin closed.

    Runs from a folder outside the checkout, with stdout and stderr captured as pipes, in
    the environment of the calling test (fixed by terminal_env) plus ENV. Returns
    (rc, stdout, stderr); output is decoded as UTF-8 and any invalid byte fails.
    """
    elsewhere = tmp_path_factory.mktemp("elsewhere")

    def run_program(*args: str, env: Env | None = None, timeout: float = 30) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "therapy_guide", *args],
            env=child_env(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            cwd=elsewhere,
            check=False,
        )
        return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))

    return run_program


@pytest.fixture
def cli() -> InvokeApp:
    """Invoke the Typer app in-process. stdout and stderr are captured separately.

    Typer 0.29's CliRunner(charset, env) has no mix_stderr: result.stdout and
    result.stderr are apart, result.output holds both. The captured stdout is not a
    terminal, so text output comes out as it does in a pipe. Unexpected exceptions
    propagate to the test.
    """
    runner = CliRunner()

    def invoke(*args: str, env: Env | None = None) -> Result:
        return runner.invoke(
            app, list(args), env=env, catch_exceptions=False, prog_name="therapy-guide"
        )

    return invoke


# Piped output is plain ASCII; these are the typographic characters the content uses.
TO_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


@pytest.fixture
def content_words() -> dict[str, set[str]]:
    """Every word that compare and myths must show, as it looks in plain output.

    A word Rich cut short ("Psychothera…", made plain as "Psychothera.") is missing
    from the output's words, so `content_words[cmd] <= set(output.split())` finds it.
    """
    from therapy_guide.core import content

    comparison = content.comparison()
    compare = [comparison.title, *comparison.notes]
    compare += [t for a in comparison.aspects for t in (a.name, a.therapy, a.psychotherapy)]
    compare += [*comparison.consider.therapy, *comparison.consider.psychotherapy]
    compare += [comparison.example.therapy, comparison.example.psychotherapy]
    myths = [content.myths().title]
    myths += [t for m in content.myths().myths for t in (m.myth, m.fact)]
    return {
        "compare": set(" ".join(compare).translate(TO_ASCII).split()),
        "myths": set(" ".join(myths).translate(TO_ASCII).split()),
    }


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped data/ folder, to point THERAPY_GUIDE_DATA_DIR at."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy
