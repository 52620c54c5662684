"""The program in a pseudo-terminal (pexpect), and the screen a person sees there (pyte): for
what needs a real terminal only; each run costs a process.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.places import Env, child_env
from toolkit.reading import screen_text

if TYPE_CHECKING:
    import pexpect


# --- the program in a pseudo-terminal ------------------------------------------------


def terminal_env(overrides: Env | None = None) -> dict[str, str]:
    """A child's environment in a pseudo-terminal: the terminal's own size counts (COLUMNS
    and LINES removed), and prompt_toolkit does not ask where the cursor is
    (PROMPT_TOOLKIT_NO_CPR): it would wait for an answer pexpect never gives."""
    return child_env(
        {"COLUMNS": None, "LINES": None, "PROMPT_TOOLKIT_NO_CPR": "1", **(overrides or {})}
    )


def spawn_program(
    *args: str,
    columns: int = 80,
    rows: int = 24,
    cwd: Path | None = None,
    shell: str | None = None,
    env: Env | None = None,
    timeout: float = 20,
) -> pexpect.spawn:
    """Start `python -m therapy_guide ARGS` in a pseudo-terminal of ROWS x COLUMNS.

    With SHELL, bash runs that script with the command line as "$0" "$@", so that a test
    can redirect one stream, as in `exec "$0" "$@" > file`.
    """
    import pexpect

    command, argv = sys.executable, ["-m", "therapy_guide", *args]
    if shell is not None:
        command, argv = "bash", ["-c", shell, sys.executable, *argv]
    child = pexpect.spawn(
        command,
        argv,
        env=terminal_env(env),
        cwd=str(cwd or tempfile.gettempdir()),
        dimensions=(rows, columns),
        timeout=timeout,
        encoding="utf-8",
        codec_errors="strict",
    )
    # Every key is sent once its prompt is on screen, so no pause is needed before it; and
    # a test closes the terminal once the program has ended, so no pause is needed after.
    child.delaybeforesend = None
    child.delayafterclose = child.ptyproc.delayafterclose = 0
    child.delayafterterminate = child.ptyproc.delayafterterminate = 0
    return child


def finish(child: pexpect.spawn) -> int:
    """Read the rest of the child's output and wait for it to end; its exit status."""
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return int(child.exitstatus)


def watched(child: pexpect.spawn) -> Callable[[], str]:
    """Keep everything CHILD writes; the returned function gives it all as screen_text."""
    import io

    seen = io.StringIO()
    child.logfile_read = seen
    return lambda: screen_text(seen.getvalue())


def in_a_terminal(
    *args: str, columns: int, rows: int = 60, env: Env | None = None
) -> tuple[int, str]:
    """Run the program in a pseudo-terminal to the end: (exit status, everything it wrote,
    escape codes included, lines as '\\n')."""
    child = spawn_program(*args, columns=columns, rows=rows, env=env, timeout=30)
    raw = child.read()
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return child.exitstatus, raw.replace("\r\n", "\n")


@cache
def in_a_terminal_once(
    args: tuple[str, ...], columns: int, env: tuple[tuple[str, str], ...] = ()
) -> tuple[int, str]:
    """in_a_terminal, remembered per worker: see run_program_once."""
    return in_a_terminal(*args, columns=columns, env=dict(env))


# --- the screen a person sees ----------------------------------------------------------


@dataclass(frozen=True)
class Screen:
    """A terminal's screen when the program stopped (or when a test stopped looking)."""

    lines: list[str]
    cursor_row: int
    exit_status: int | None  # None when the test stopped looking while it still ran
    moments: list[list[str]]  # the screen as each step's text appeared, before its keys


def loose(text: str) -> str:
    """A pattern for TEXT as a terminal receives it: wrapped anywhere between words, with
    escape codes between them."""
    gap = r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])+"
    return gap.join(re.escape(word) for word in text.split())


def on_screen(
    args: list[str],
    steps: list[tuple[str, str | None]],
    *,
    rows: int,
    cols: int,
    home: Path,
    env: Env | None = None,
) -> Screen:
    """Run the program in a ROWS x COLS pseudo-terminal and return its screen at the end.

    STEPS are (text to wait for, keys to send): each key waits for its prompt, which may
    be wrapped anywhere. Keys of None stop there and look at the screen as it is, with
    the program still waiting. Everything written is fed to a pyte screen of the same size.
    """
    import io

    import pexpect
    import pyte

    child = spawn_program(*args, columns=cols, rows=rows, cwd=home, env=env)
    seen = io.StringIO()
    child.logfile_read = seen
    screen = pyte.Screen(cols, rows)
    stream = pyte.Stream(screen)
    fed = 0
    moments: list[list[str]] = []

    def catch_up() -> None:
        nonlocal fed
        written = seen.getvalue()
        stream.feed(written[fed:])
        fed = len(written)

    status: int | None = None
    for marker, keys in steps:
        child.expect(loose(marker))
        catch_up()
        moments.append(list(screen.display))
        if keys is None:
            break
        child.send(keys)
    else:
        child.expect(pexpect.EOF)
        child.close()
        status = child.exitstatus
    if status is None:
        child.terminate(force=True)
    catch_up()
    return Screen(list(screen.display), screen.cursor.y, status, moments)
