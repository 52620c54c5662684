"""Long text at a terminal goes through a pager, the way git does it.

$PAGER if set (empty or `cat` means none), else `less -FRX` where less exists, with
LESS=FRX when LESS is unset: quit at once if the text fits, keep colour, and leave the
text on the screen afterwards. Only for text taller than the terminal, and only when
stdout is one (render.emit decides which commands and formats ask for it). Colour goes
only to a pager that shows it (less with R); any other (more, most) gets plain text,
where escape codes would show as garbage and break its lines.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath

from therapy_guide.console import screen
from therapy_guide.console.ascii import is_utf8

NO_PAGER_ENV = "THERAPY_GUIDE_NO_PAGER"
OFF = ("", "0", "false", "no")
# A shell's "cannot run" and "not found": the pager never showed anything.
NOT_RUN = (126, 127)
# git's defaults for less, set when LESS is unset: quit if one screen, raw colour, no init.
LESS = "FRX"


def pager_command() -> list[str] | None:
    """The pager to run, or None: turned off, set to nothing or cat, or no less here."""
    if os.environ.get(NO_PAGER_ENV, "").strip().lower() not in OFF:
        return None
    chosen = os.environ.get("PAGER")
    if chosen is None:
        # less on a dumb terminal warns and waits for Return before anything is shown.
        if screen.is_dumb() or shutil.which("less") is None:
            return None
        return ["less", "-FRX"]
    import shlex

    try:
        words = shlex.split(chosen)
    except ValueError:  # an unbalanced quote: print rather than guess
        return None
    return None if words in ([], ["cat"]) else words


def shows_colour(command: list[str]) -> bool:
    """Whether COMMAND shows colour codes as colour: less, told R (or r) on its command
    line or in LESS (LESS=FRX when unset). Any other pager would show the codes as text."""
    if PurePath(command[0]).name != "less":
        return False
    told = [*command[1:], *os.environ.get("LESS", LESS).split()]
    for option in told:
        if option.startswith("--"):
            if option.lower() == "--raw-control-chars":
                return True
        elif "R" in option or "r" in option:
            return True
    return False


def wanted() -> bool:
    """Whether long text may be paged: stdout is a terminal and a pager is set."""
    return sys.stdout.isatty() and pager_command() is not None


@contextmanager
def ctrl_c_left_to_the_pager() -> Iterator[None]:
    """Ctrl-C at the pager reaches us too; let the pager decide (less ignores it).

    A Python handler, not SIG_IGN: the pager starts with the default, not an ignore.
    """
    import signal

    previous = signal.signal(signal.SIGINT, lambda *_: None)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_pager(command: list[str], text: str) -> bool:
    """Show TEXT through COMMAND; False if the pager could not be started."""
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", LESS)  # git's defaults, for PAGER=less too; a LESS set is kept
    encoding = sys.stdout.encoding or "utf-8"
    if is_utf8(sys.stdout):
        # What we send is UTF-8: less must not show "é" as <C3><A9> where the locale
        # (es_US.UTF-8, say) is not installed. A LESSCHARSET set is kept.
        env.setdefault("LESSCHARSET", "utf-8")
    sys.stdout.flush()
    try:
        with ctrl_c_left_to_the_pager():
            done = subprocess.run(
                command, input=text, text=True, encoding=encoding, errors="replace", env=env
            )
    except OSError:
        return False
    return done.returncode not in NOT_RUN


def show(text: str, height: int) -> None:
    """Page TEXT if it is taller than HEIGHT rows less one (the prompt), else print it.

    The user quitting the pager early is a success; a pager that is missing or cannot
    run means the text is printed directly.
    """
    command = pager_command()
    taller = text.count("\n") > height - 1
    if command is None or not taller or not run_pager(command, text):
        sys.stdout.write(text)
