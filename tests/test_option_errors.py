"""A bad option gets one line in the program's own words, a hint line, and exit 2.

Never Click's usage block ("Usage: ... Try ... Invalid value for ..."), never a
traceback, nothing on stdout. In-process through typer.testing.CliRunner (which calls
the app's main, as the console script does) and once for real in a subprocess.
"""

from __future__ import annotations

import pytest
from toolkit.reading import words
from toolkit.running import Run, invoke, run_program

from therapy_guide.core.content import crisis_directory

READING = ["compare", "myths", "questions", "crisis", "providers", "about"]
CODES = ", ".join(crisis_directory().accepted_codes)


def refused(result: Run) -> list[str]:
    """The lines of a usage error, after checking it looks like one: nothing on stdout but
    crisis's own lines, which it shows before any error (tests/test_safety_commands.py)."""
    assert result.exit_code == 2, result.output
    assert result.stdout == "" or result.stdout.startswith("Crisis help:")
    assert "Usage:" not in result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr.splitlines()


@pytest.mark.parametrize("command", [*READING, "quiz"])
def test_an_unknown_format_is_one_line_naming_the_choices_and_a_hint(command: str) -> None:
    assert refused(invoke(command, "--format", "yaml")) == [
        "Error: --format must be one of: text, markdown, json (not 'yaml').",
        f"See: therapy-guide {command} --help",
    ]


def test_the_format_still_takes_any_case() -> None:
    result = invoke("myths", "-f", "JSON")
    assert result.exit_code == 0
    assert result.stdout.startswith("{")


def test_a_mistyped_option_suggests_the_right_one() -> None:
    assert refused(invoke("compare", "--formt", "json")) == [
        "Error: no such option --formt; did you mean --format?",
        "See: therapy-guide compare --help",
    ]


def test_an_unknown_option_with_no_near_match_is_named() -> None:
    assert refused(invoke("myths", "-z"))[0] == "Error: no such option -z."


@pytest.mark.parametrize("flag", ["--region", "-r"])
def test_a_region_without_a_value_names_the_codes(flag: str) -> None:
    *error, hint = refused(invoke("crisis", flag))
    assert words(" ".join(error)) == f"Error: {flag} needs a value: one of {CODES}."
    assert hint == "See: therapy-guide crisis --help"


def test_an_option_without_its_value_says_so() -> None:
    assert refused(invoke("quiz", "--save")) == [
        "Error: --save needs a value.",
        "See: therapy-guide quiz --help",
    ]


def test_a_flag_given_a_value_says_it_takes_none() -> None:
    assert refused(invoke("about", "--json=yes"))[0] == "Error: --json takes no value."


def test_a_code_that_is_no_country_shows_help_first_then_names_the_codes() -> None:
    result = invoke("crisis", "--region", "XX")
    assert result.exit_code == 2
    assert "findahelpline.com" in words(result.stdout), "the help comes first, on stdout"
    said = words(result.stderr)
    error = f"Error: 'XX' is not a country code. Codes with their own lines: {CODES}."
    assert said.startswith(error)
    assert "Usage:" not in result.stderr and "Traceback" not in result.stderr


def test_a_code_that_is_no_country_from_the_environment_names_the_variable() -> None:
    result = invoke("crisis", env={"THERAPY_GUIDE_REGION": "ZZ"})
    assert result.exit_code == 2
    said = words(result.stderr)
    assert said.startswith("Error: THERAPY_GUIDE_REGION (from the environment): 'ZZ' is not")
    assert CODES in said
    assert "findahelpline.com" in words(result.stdout)


def test_unreadable_content_while_checking_an_option_is_a_message_not_a_traceback() -> None:
    result = invoke("crisis", "--region", "UK", env={"THERAPY_GUIDE_DATA_DIR": "/nonexistent"})
    assert result.exit_code == 2
    assert "crisis.toml is missing" in result.stderr
    assert "findahelpline.com" in result.stderr  # help is named even then
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_installed_program_says_the_same_in_a_real_run() -> None:
    done = run_program("compare", "--format", "yaml")
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        "Error: --format must be one of: text, markdown, json (not 'yaml').",
        "See: therapy-guide compare --help",
    ]


@pytest.mark.parametrize("args", [["--help"], ["crisis", "--help"], ["-V"]])
def test_help_and_version_still_exit_0(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout
