"""Reading commands page text taller than the terminal, the way git does; never otherwise.

Run for real in a pseudo-terminal of 24 rows. PAGER is a small shell command that
keeps what it was given in a file and says PAGED, so each test can tell whether the
pager ran and what it got; one test uses the real `less -FRX`.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from toolkit.places import Env
from toolkit.reading import ANSI
from toolkit.running import run_program
from toolkit.terminal import in_a_terminal, spawn_program

pytestmark = pytest.mark.slow

ROWS = 24
TOP = "Who provides therapy and psychotherapy"  # the first line of `providers`
RECORDER = "sh -c 'cat > \"$PAGED_TO\"; echo PAGED'"


def paging_env(paged_to: Path, **overrides: str | None) -> Env:
    """The tests' fixed terminal, with the pager on (a recorder that keeps what it was
    given in PAGED_TO) and the terminal's own size."""
    return {
        "PAGER": RECORDER,
        "PAGED_TO": str(paged_to),
        "COLUMNS": None,
        "LINES": None,
        "LESS": None,
        "THERAPY_GUIDE_NO_PAGER": None,
        **overrides,
    }


def in_terminal(*args: str, env: Env, rows: int = ROWS) -> tuple[int, str]:
    """Run the program in an 80-column pseudo-terminal; (exit status, everything it showed)."""
    return in_a_terminal(*args, columns=80, rows=rows, env=env)


@pytest.fixture
def paged_to(tmp_path: Path) -> Path:
    return tmp_path / "paged.txt"


def test_text_taller_than_the_screen_goes_through_the_pager(paged_to: Path) -> None:
    rc, shown = in_terminal("providers", env=paging_env(paged_to))
    assert rc == 0
    assert "PAGED" in shown
    assert TOP not in shown  # the pager had it all
    paged = paged_to.read_text(encoding="utf-8")
    assert paged.lstrip("\x1b[0123456789;m").startswith(TOP)
    assert paged.count("\n") > ROWS
    assert "\x1b" not in paged  # a pager that is not less gets no escape codes


def pager_named(folder: Path, name: str) -> str:
    """A pager called NAME (less, more) that keeps what it was given in $PAGED_TO, and the
    LESS it was started with in $PAGED_TO.less, and says PAGED."""
    script = folder / name
    script.write_text(
        '#!/bin/sh\ncat > "$PAGED_TO"; printf %s "${LESS-unset}" > "$PAGED_TO.less"; echo PAGED\n'
    )
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    ("name", "less", "colour", "given"),
    [
        ("less", None, True, "FRX"),  # git's LESS, set because there was none
        ("less", "-S", False, "-S"),  # a LESS of the person's own is kept, and has no R
        ("more", None, False, "FRX"),
    ],
    ids=["less", "LESS=-S", "more"],
)
def test_colour_goes_only_to_a_pager_that_shows_it_and_a_less_of_your_own_is_kept(
    paged_to: Path, name: str, less: str | None, colour: bool, given: str
) -> None:
    pager = pager_named(paged_to.parent, name)
    rc, shown = in_terminal("providers", env=paging_env(paged_to, PAGER=pager, LESS=less))
    assert rc == 0
    assert "PAGED" in shown
    paged = paged_to.read_text(encoding="utf-8")
    assert ("\x1b[1m" in paged) is colour  # bold headings, for less -R only
    assert ANSI.sub("", paged).startswith(TOP)
    assert Path(f"{paged_to}.less").read_text(encoding="utf-8") == given


@pytest.mark.parametrize(
    ("command", "less", "colour"),
    [
        (["less"], None, True),
        (["/usr/bin/less"], "-FX", False),
        (["less", "-R"], "-FX", True),
        (["less", "--RAW-CONTROL-CHARS"], "-S", True),
        (["less"], "-r", True),
        (["more"], "-R", False),
        (["most"], None, False),
    ],
)
def test_only_less_told_r_shows_colour(
    monkeypatch: pytest.MonkeyPatch, command: list[str], less: str | None, colour: bool
) -> None:
    from therapy_guide.console.pager import shows_colour

    if less is None:
        monkeypatch.delenv("LESS", raising=False)
    else:
        monkeypatch.setenv("LESS", less)
    assert shows_colour(command) is colour


@pytest.mark.parametrize(
    ("args", "overrides"),
    [
        (["--no-pager"], {}),
        ([], {"THERAPY_GUIDE_NO_PAGER": "1"}),
        ([], {"PAGER": ""}),
        ([], {"PAGER": "cat"}),
    ],
    ids=["--no-pager", "THERAPY_GUIDE_NO_PAGER=1", "PAGER=", "PAGER=cat"],
)
def test_the_pager_can_be_turned_off(
    paged_to: Path, args: list[str], overrides: dict[str, str]
) -> None:
    rc, shown = in_terminal("providers", *args, env=paging_env(paged_to, **overrides))
    assert rc == 0
    assert "PAGED" not in shown
    assert not paged_to.exists()
    assert TOP in shown


def test_text_that_fits_the_screen_is_printed_without_the_pager(paged_to: Path) -> None:
    rc, shown = in_terminal("providers", env=paging_env(paged_to), rows=500)
    assert rc == 0
    assert "PAGED" not in shown
    assert TOP in shown


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_json_and_markdown_are_never_paged(paged_to: Path, fmt: str) -> None:
    rc, shown = in_terminal("providers", "--format", fmt, env=paging_env(paged_to))
    assert rc == 0
    assert "PAGED" not in shown
    assert not paged_to.exists()
    if fmt == "json":
        assert json.loads(shown)["schema_version"] == 1


def test_a_pipe_is_never_paged(paged_to: Path) -> None:
    done = run_program("providers", env=paging_env(paged_to))
    assert done.exit_code == 0
    assert "PAGED" not in done.stdout
    assert not paged_to.exists()
    assert done.stdout.startswith(TOP)


def test_a_pager_that_cannot_start_means_the_text_is_printed(paged_to: Path) -> None:
    env = paging_env(paged_to, PAGER="/nonexistent/pager --flag")
    rc, shown = in_terminal("providers", env=env)
    assert rc == 0
    assert TOP in shown
    assert "Traceback" not in shown


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_less_shows_the_top_first_and_q_quits_with_exit_0(paged_to: Path) -> None:
    child = spawn_program("providers", rows=ROWS, env=paging_env(paged_to, PAGER=None), timeout=30)
    child.expect_exact(TOP)
    child.expect(r"\n:")  # less's prompt: the first screen is full and it waits
    assert "Questions to ask at a first appointment" not in child.before
    child.sendintr()  # Ctrl-C belongs to less, which stays; the program does not stop
    time.sleep(0.05)  # less drops keys typed while it handles Ctrl-C
    child.send("q")
    rest = child.read()
    child.close()
    assert child.exitstatus == 0
    assert "Stopped" not in rest


@pytest.mark.parametrize(("given", "seen"), [(None, "utf-8"), ("latin1", "latin1")])
def test_the_pager_is_told_the_text_is_utf8_unless_told_otherwise(
    paged_to: Path, given: str | None, seen: str
) -> None:
    """Spanish in less on a machine without the es_US locale: "é", not <C3><A9>."""
    recorder = 'sh -c \'echo "$LESSCHARSET" > "$PAGED_TO"; cat > /dev/null; echo PAGED\''
    env = paging_env(paged_to, PAGER=recorder, LESSCHARSET=given, LANG="es_US.UTF-8")

    rc, _ = in_terminal("providers", "--lang", "es", env=env)

    assert rc == 0
    assert paged_to.read_text(encoding="utf-8").strip() == seen
