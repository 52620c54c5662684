"""What the real program puts on a real stream: width, colour, encoding, pipes and a
pseudo-terminal. Every test here runs the installed program in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pexpect
import pytest
from rich.cells import cell_len

from therapy_guide.core import content

if TYPE_CHECKING:
    from collections.abc import Callable

    from conftest import Run, RunProgram

    Environment = Callable[..., dict[str, str]]
    Terminal = Callable[..., tuple[int, str]]

pytestmark = pytest.mark.slow

READING = ["compare", "myths"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# Select Graphic Rendition parameters that set a colour: 30-38, 40-48, 90-97, 100-107.
COLOUR = re.compile(r"^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$")


_runs: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], Run] = {}


@pytest.fixture
def piped(run: RunProgram) -> RunProgram:
    """`run`, remembered: the program is deterministic, so tests that look at the same
    run from different angles share one subprocess. Keeps the whole file fast."""

    def remembered(*args: str, env: dict[str, str] | None = None) -> Run:
        key = (args, tuple(sorted((env or {}).items())))
        if key not in _runs:
            _runs[key] = run(*args, env=env)
        return _runs[key]

    return remembered


def too_wide(text: str, width: int) -> list[str]:
    return [line for line in text.splitlines() if cell_len(line) > width]


def colour_codes(text: str) -> list[str]:
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        found += [p for p in params.split(";") if COLOUR.match(p)]
    return found


@pytest.fixture
def in_a_terminal(environment: Environment) -> Terminal:
    """Run the program in a pseudo-terminal of COLUMNS x ROWS; (exit status, screen text).

    COLUMNS and LINES are removed so that the terminal's own size is what counts.
    """

    def spawn(
        *args: str, columns: int, rows: int = 50, env: dict[str, str] | None = None
    ) -> tuple[int, str]:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "therapy_guide", *args],
            env=environment({"COLUMNS": None, "LINES": None, **(env or {})}),
            dimensions=(rows, columns),
            timeout=30,
        )
        raw = child.read()
        child.close()
        assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
        return child.exitstatus, raw.decode("utf-8").replace("\r\n", "\n")

    return spawn


# --- width ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("command", READING)
def test_piped_text_fits_the_width_and_no_word_is_cut(
    piped: RunProgram, content_words: dict[str, set[str]], command: str, width: int
) -> None:
    rc, stdout, stderr = piped(command, env={"COLUMNS": str(width)})
    assert (rc, stderr) == (0, "")
    assert too_wide(stdout, width) == []
    # What awk and wc measure: bytes per line.
    assert [line for line in stdout.splitlines() if len(line.encode()) > width] == []
    assert "…" not in stdout
    assert content_words[command] - set(stdout.split()) == set()


def test_piped_text_swaps_typographic_characters_one_for_one_so_lines_keep_their_width(
    run: RunProgram, data_copy: Path
) -> None:
    myths = data_copy / "myths.toml"
    text = myths.read_text(encoding="utf-8")
    first_fact = re.search(r'(?m)^fact = ".*"$', text)
    assert first_fact is not None
    arrows = " ".join(["Settings → Privacy “quoted” — ok"] * 12)
    myths.write_text(text.replace(first_fact.group(0), f'fact = "{arrows}"', 1), encoding="utf-8")
    rc, stdout, _ = run("myths", env={"COLUMNS": "40", "THERAPY_GUIDE_DATA_DIR": str(data_copy)})
    assert rc == 0
    assert 'Settings > Privacy "quoted" - ok' in stdout
    assert too_wide(stdout, 40) == []


# --- colour and escape codes ---------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [{"COLUMNS": "80"}, {"COLUMNS": "80", "NO_COLOR": "1"}],
    ids=["piped", "piped with NO_COLOR"],
)
@pytest.mark.parametrize("command", READING)
def test_piped_output_has_no_escape_codes(
    piped: RunProgram, command: str, env: dict[str, str]
) -> None:
    rc, stdout, stderr = piped(command, env=env)
    assert rc == 0
    assert "\x1b" not in stdout
    assert "\x1b" not in stderr


def test_piped_error_messages_have_no_escape_codes(run: RunProgram) -> None:
    rc, stdout, stderr = run("compare", "--aspect", "nope")
    assert rc == 2
    assert stdout == ""
    assert "nope" in stderr
    assert "\x1b" not in stderr


def test_a_terminal_shows_colour_and_no_color_turns_it_off(in_a_terminal: Terminal) -> None:
    rc, coloured = in_a_terminal("myths", columns=80)
    assert rc == 0
    assert colour_codes(coloured) != []
    rc, plain = in_a_terminal("myths", columns=80, env={"NO_COLOR": "1"})
    assert rc == 0
    # NO_COLOR (no-color.org) removes colour; bold may stay, and the words still carry
    # the meaning: "Myth:" and "Fact:".
    assert colour_codes(plain) == []
    assert "Myth: " in ANSI.sub("", plain)
    assert "Fact: " in ANSI.sub("", plain)


# --- encoding ------------------------------------------------------------------------


@pytest.mark.parametrize("command", READING)
def test_piped_text_is_plain_ascii(piped: RunProgram, command: str) -> None:
    rc, stdout, _ = piped(command, env={"COLUMNS": "80"})
    assert rc == 0
    assert stdout.isascii()
    assert re.search(r"[a-z]'[a-z]", stdout)  # the article's ’ made plain, not dropped


@pytest.mark.parametrize(
    "args",
    [
        ["compare"],
        ["myths"],
        ["compare", "--format", "markdown"],
        ["myths", "--format", "markdown"],
        ["compare", "--json"],
        ["myths", "--json"],
    ],
    ids=" ".join,
)
def test_an_ascii_only_stdout_gets_ascii_instead_of_a_crash(
    piped: RunProgram, args: list[str]
) -> None:
    rc, stdout, stderr = piped(*args, env={"PYTHONIOENCODING": "ascii"})
    assert rc == 0
    assert "UnicodeEncodeError" not in stderr
    assert stderr == ""
    assert stdout.isascii()


@pytest.mark.parametrize("command", READING)
def test_json_on_an_ascii_stdout_means_the_same_as_on_utf8(piped: RunProgram, command: str) -> None:
    ascii_doc = json.loads(piped(command, "--json", env={"PYTHONIOENCODING": "ascii"}).stdout)
    utf8_doc = json.loads(piped(command, "--json").stdout)
    assert ascii_doc == utf8_doc


def test_a_terminal_keeps_typographic_characters_and_fits_40_columns(
    in_a_terminal: Terminal,
) -> None:
    rc, screen = in_a_terminal("compare", columns=40)
    assert rc == 0
    text = ANSI.sub("", screen)
    assert too_wide(text, 40) == []
    assert "…" not in text
    assert "’" in text  # a UTF-8 terminal keeps the article's apostrophes
    assert "Traceback" not in text


def test_an_ascii_terminal_gets_ascii_instead_of_a_crash(in_a_terminal: Terminal) -> None:
    rc, screen = in_a_terminal("compare", columns=40, env={"PYTHONIOENCODING": "ascii"})
    assert rc == 0
    assert screen.isascii()
    assert "Traceback" not in screen
    assert too_wide(ANSI.sub("", screen), 40) == []


# --- pipes that close early ----------------------------------------------------------


def test_compare_piped_to_head_ends_quietly(tmp_path: Path, environment: Environment) -> None:
    script = (
        f'"{sys.executable}" -m therapy_guide compare | head -1; echo "status=${{PIPESTATUS[0]}}"'
    )
    done = subprocess.run(
        ["bash", "-c", script],
        env=environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
        check=False,
    )
    first, status = done.stdout.splitlines()
    assert first.strip() == content.comparison().title
    assert done.stderr == ""
    # 0 when head read before the end, 1 when Click saw the closed pipe (quietly), 141 SIGPIPE.
    assert status in ("status=0", "status=1", "status=141")


@pytest.mark.parametrize(
    "args",
    [
        ["compare"],
        ["compare", "--json"],
        ["--version"],
    ],
    ids=" ".join,
)
def test_output_into_an_already_closed_pipe_ends_without_a_traceback(
    tmp_path: Path, environment: Environment, args: list[str]
) -> None:
    # Close the reading end first: every write then fails with EPIPE, with no race.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "therapy_guide", *args],
            env=environment(),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
            cwd=tmp_path,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr
    assert done.stderr == ""
    assert done.returncode in (0, 1, 141)
