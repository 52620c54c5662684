"""Every command in every terminal: 20 to 120 columns, a pipe, NO_COLOR, TERM=dumb, ASCII,
and pipes that close early.

Rich decides colour, width and encoding from the real streams, so the cells run the real
program: widths in a pseudo-terminal (what a person sees), the other conditions with
stdout piped. NO_COLOR and TERM=dumb with stdout piped are decided from the environment
alone, so those cells run in-process, where stdout is not a terminal either.

In every cell: exit 0, no traceback, no line wider than the terminal, no word cut off with
an ellipsis, and the meaning carried by words that survive without colour. A run that
several tests look at is made once per worker (run_program_once, in_a_terminal_once).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from toolkit.places import SAMPLE_ANSWERS, Env, child_env
from toolkit.reading import ANSI, CURSOR_CONTROL, colour_codes, too_wide
from toolkit.running import invoke, run_program, run_program_once
from toolkit.terminal import in_a_terminal_once

from therapy_guide.core import content
from therapy_guide.core.asking import applicable

pytestmark = pytest.mark.slow

# command line -> words that must appear, so the meaning never rests on colour
COMMANDS: dict[str, tuple[tuple[str, ...], list[str]]] = {
    "quiz": (
        ("quiz", "--answers", str(SAMPLE_ANSWERS), "--no-input"),
        ["Why", "Please note", "988"],
    ),
    "compare": (("compare",), ["Therapy", "Psychotherapy", "Duration"]),
    "myths": (("myths",), ["Myth", "The article says"]),
    "questions": (("questions",), ["safety", "psychotherapy +"]),
    "crisis": (("crisis",), ["988", "911", "findahelpline"]),
    "crisis --details": (("crisis", "--details"), ["988", "911", "When"]),
    "providers": (("providers",), ["LMFT", "license"]),
    "about": (("about",), ["diagnos", "PHQ-4"]),
    "find-care": (("find-care", "--region", "UK"), ["Talking Therapies", "Cost", "How long"]),
    "approaches": (("approaches",), ["CBT", "Which side", "licensed professional"]),
    "--help": (("--help",), ["Usage", "quiz", "crisis"]),
    "welcome": ((), ["therapy-guide quiz", "therapy-guide crisis"]),
}
# A real terminal at the widths people use most; the narrowest and the widest are laid
# out by the same code for a pipe, and checked there in-process (much cheaper).
WIDTHS = [40, 80]
PIPED_WIDTHS = [20, 120]
PIPED: dict[str, Env] = {
    "piped": {"COLUMNS": "80"},
    "NO_COLOR": {"COLUMNS": "80", "NO_COLOR": "1"},
    "TERM=dumb": {"COLUMNS": "80", "TERM": "dumb"},
    "ascii": {"COLUMNS": "80", "PYTHONIOENCODING": "ascii"},
}
IN_PROCESS = {"piped", "NO_COLOR", "TERM=dumb"}  # no real process needed to be a pipe
READING = ["compare", "myths"]


def terminal(args: tuple[str, ...], width: int, **env: str) -> tuple[int, str]:
    """The program in a pseudo-terminal WIDTH columns wide, remembered."""
    return in_a_terminal_once(args, width, tuple(sorted(env.items())))


def check_cell(rc: int, out: str, err: str, width: int, words: list[str]) -> None:
    assert rc == 0, err
    assert "Traceback" not in out + err
    assert too_wide(out, width) == []
    assert "…" not in out  # Rich's truncation mark: a word was cut
    flowing = " ".join(out.split())  # words may wrap across lines at 20 columns
    for word in words:
        assert word in flowing, f"{word!r} missing"


# --- the matrix ----------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_fits_a_real_terminal_of_each_width(name: str, width: int) -> None:
    args, words = COMMANDS[name]
    rc, raw = terminal(args, width)
    check_cell(rc, ANSI.sub("", raw), "", width, words)


@pytest.mark.parametrize("width", PIPED_WIDTHS)
@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_fits_the_narrowest_and_widest_screens(name: str, width: int) -> None:
    args, words = COMMANDS[name]
    rc, out, err = invoke(*args, env={"COLUMNS": str(width)})
    check_cell(rc, out, err, width, words)


# An ASCII-only stdout needs a real process (the streams are set up at start); a command
# of each way of drawing, and the ones with the most accented names, stand for the rest.
ASCII_RUNS = {"compare", "crisis", "quiz", "--help", "welcome", "find-care", "about"}
CELLS = [
    pytest.param(name, condition, id=f"{name}-{condition}")
    for name in COMMANDS
    for condition in PIPED
    if condition != "ascii" or name in ASCII_RUNS
]


@pytest.mark.parametrize(("name", "condition"), CELLS)
def test_each_command_reads_well_piped_without_colour_dumb_or_ascii(
    name: str, condition: str
) -> None:
    args, words = COMMANDS[name]
    if condition in IN_PROCESS:
        rc, out, err = invoke(*args, env=PIPED[condition])
    else:
        rc, out, err = run_program_once(*args, env=PIPED[condition])
    check_cell(rc, out, err, 80, words)
    assert "\x1b" not in out + err  # nothing here is a colour terminal
    if condition == "ascii":
        assert out.isascii()


# Whether Rich and Click send cursor codes depends on the terminal, not on the words: one
# command of each way of drawing (a table, plain blocks, the quiz's result, Click's help,
# the welcome) stands for the rest.
DRAWN_EACH_WAY = ["compare", "crisis", "quiz", "--help", "welcome"]


@pytest.mark.parametrize("name", DRAWN_EACH_WAY)
def test_a_dumb_terminal_gets_no_cursor_control_codes(name: str) -> None:
    args, words = COMMANDS[name]
    rc, raw = terminal(args, 80, TERM="dumb")
    assert CURSOR_CONTROL.findall(raw) == []
    check_cell(rc, ANSI.sub("", raw), "", 80, words)


def test_the_sample_answers_file_is_a_complete_answers_file() -> None:
    # The matrix's quiz cell relies on it; it is generated by scripts/gen_docs.py. Complete:
    # every question the quiz would ask is answered, and a run without prompts scores it.
    sample = json.loads(SAMPLE_ANSWERS.read_text(encoding="utf-8"))
    bank = content.question_bank()
    assert {q.id for q in applicable(bank, sample)} == set(sample)
    done = invoke("quiz", "--answers", str(SAMPLE_ANSWERS), "--no-input", "--format", "json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["suggestion"] in ("therapy", "psychotherapy", "either")


# --- width of piped text --------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("command", READING)
def test_piped_text_fits_the_width_and_no_word_is_cut(
    content_words: dict[str, set[str]], command: str, width: int
) -> None:
    rc, stdout, stderr = invoke(command, env={"COLUMNS": str(width)})  # stdout is a pipe
    assert (rc, stderr) == (0, "")
    assert too_wide(stdout, width) == []
    # What awk and wc measure: bytes per line.
    assert [line for line in stdout.splitlines() if len(line.encode()) > width] == []
    assert "…" not in stdout
    assert content_words[command] - set(stdout.split()) == set()


def test_piped_text_swaps_typographic_characters_one_for_one_so_lines_keep_their_width(
    data_copy: Path,
) -> None:
    myths = data_copy / "myths.toml"
    text = myths.read_text(encoding="utf-8")
    first_fact = re.search(r'(?m)^fact = ".*"$', text)
    assert first_fact is not None
    arrows = " ".join(["Settings → Privacy “quoted” — ok"] * 12)
    myths.write_text(text.replace(first_fact.group(0), f'fact = "{arrows}"', 1), encoding="utf-8")
    env = {"COLUMNS": "40", "THERAPY_GUIDE_DATA_DIR": str(data_copy)}
    rc, stdout, _ = run_program("myths", env=env)
    assert rc == 0
    assert 'Settings > Privacy "quoted" - ok' in " ".join(stdout.split())  # across wraps
    assert too_wide(stdout, 40) == []


# --- colour and escape codes ---------------------------------------------------------


def test_piped_error_messages_have_no_escape_codes() -> None:
    rc, stdout, stderr = run_program("compare", "--aspect", "nope")
    assert rc == 2
    assert stdout == ""
    assert "nope" in stderr
    assert "\x1b" not in stderr


def test_a_terminal_shows_colour_and_no_color_turns_it_off() -> None:
    rc, coloured = terminal(("myths",), 80)
    assert rc == 0
    assert colour_codes(coloured) != []
    rc, plain = terminal(("myths",), 80, NO_COLOR="1")
    assert rc == 0
    # NO_COLOR (no-color.org) removes colour; bold may stay, and the words still carry
    # the meaning: "Myth:" and "The article says:".
    assert colour_codes(plain) == []
    assert "Myth: " in ANSI.sub("", plain)
    assert "The article says: " in ANSI.sub("", plain)


# --- encoding ------------------------------------------------------------------------


@pytest.mark.parametrize("command", READING)
def test_piped_text_is_plain_ascii(command: str) -> None:
    rc, stdout, _ = run_program_once(command, env=PIPED["piped"])
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
def test_an_ascii_only_stdout_gets_ascii_instead_of_a_crash(args: list[str]) -> None:
    rc, stdout, stderr = run_program_once(*args, env=PIPED["ascii"])
    assert rc == 0
    assert "UnicodeEncodeError" not in stderr
    assert stderr == ""
    assert stdout.isascii()


@pytest.mark.parametrize("command", READING)
def test_json_on_an_ascii_stdout_means_the_same_as_on_utf8(command: str) -> None:
    ascii_doc = json.loads(run_program_once(command, "--json", env=PIPED["ascii"]).stdout)
    utf8_doc = json.loads(run_program_once(command, "--json").stdout)
    assert ascii_doc == utf8_doc


def test_a_utf8_terminal_keeps_the_articles_typographic_characters() -> None:
    # The 40-column cell of the matrix: it fits, and keeps the article's apostrophes.
    rc, screen = terminal(("compare",), 40)
    assert rc == 0
    assert "’" in ANSI.sub("", screen)


def test_an_ascii_terminal_gets_ascii_instead_of_a_crash() -> None:
    rc, screen = terminal(("compare",), 40, PYTHONIOENCODING="ascii")
    assert rc == 0
    assert screen.isascii()
    assert "Traceback" not in screen
    assert too_wide(ANSI.sub("", screen), 40) == []


# --- pipes that close early ----------------------------------------------------------


def test_compare_piped_to_head_ends_quietly(tmp_path: Path) -> None:
    script = (
        f'"{sys.executable}" -m therapy_guide compare | head -1; echo "status=${{PIPESTATUS[0]}}"'
    )
    done = subprocess.run(
        ["bash", "-c", script],
        env=child_env(),
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
    tmp_path: Path, args: list[str]
) -> None:
    # Close the reading end first: every write then fails with EPIPE, with no race. The
    # child's stdout is block-buffered, as in a person's shell (no PYTHONUNBUFFERED): the
    # failing write may then come at the interpreter's final flush.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "therapy_guide", *args],
            env=child_env({"PYTHONUNBUFFERED": None}),
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
