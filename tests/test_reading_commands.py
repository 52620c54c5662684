"""The reading commands as a user runs them: compare, myths, questions, the welcome,
--version, and the usage errors around them."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest
from toolkit.reading import schema_errors, too_wide, words
from toolkit.running import invoke, run_program, run_python

from therapy_guide import __version__
from therapy_guide.core import content

READING = ["compare", "myths"]


def json_of(*args: str) -> Any:
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


# --- compare -------------------------------------------------------------------------


def test_compare_shows_the_title_every_aspect_both_lists_the_example_and_the_notes() -> None:
    # 40 columns: the stacked layout keeps each aspect's words together, one block each.
    result = invoke("compare", env={"COLUMNS": "40"})
    assert result.exit_code == 0
    assert result.stderr == ""
    shown = words(result.stdout)
    data = content.comparison()
    assert words(data.title) in shown
    for aspect in data.aspects:
        assert words(aspect.name) in shown
        assert words(f"Therapy: {aspect.therapy}") in shown
        assert words(f"Psychotherapy: {aspect.psychotherapy}") in shown
    for approach in ("therapy", "psychotherapy"):
        assert f"You might consider {approach} if you:" in shown
        for item in getattr(data.consider, approach):
            assert words(item) in shown
    assert words(data.example.therapy) in shown
    assert words(data.example.psychotherapy) in shown
    for note in data.notes:
        assert words(note) in shown
    assert "A psychotherapist can offer both therapy and psychotherapy" in shown
    assert "Evidence Code 1010" in shown


def test_compare_on_a_wide_terminal_is_a_table_with_a_row_per_aspect() -> None:
    result = invoke("compare", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = [
        line for line in lines if re.search(r"Aspect\s*\|\s*Therapy\s*\|\s*Psychotherapy", line)
    ]
    assert len(header) == 1
    for aspect in content.comparison().aspects:
        rows = [line for line in lines if line.startswith(f"| {aspect.name} ")]
        assert len(rows) == 1, aspect.name


def test_compare_aspect_duration_shows_only_the_duration() -> None:
    result = invoke("compare", "--aspect", "duration")
    assert result.exit_code == 0
    shown = words(result.stdout)
    duration = content.comparison().aspect("duration")
    assert duration is not None
    assert "Duration" in shown
    assert words(duration.therapy) in shown
    for other in content.comparison().aspects:
        if other.id != "duration":
            assert words(other.name) not in shown
    assert "You might consider" not in shown


def test_compare_aspect_also_narrows_json_and_markdown() -> None:
    doc = json_of("compare", "--aspect", "duration", "--format", "json")
    assert [a["id"] for a in doc["aspects"]] == ["duration"]
    markdown = invoke("compare", "--aspect", "duration", "--format", "markdown").stdout
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Aspect |")
    assert [row.split("|")[1].strip() for row in rows[2:]] == ["Duration"]


def test_an_unknown_aspect_is_exit_2_and_lists_the_valid_ids() -> None:
    result = invoke("compare", "--aspect", "nope")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "nope" in result.stderr
    for aspect_id in ("focus", "approach", "depth", "provider", "duration"):
        assert aspect_id in result.stderr


def test_compare_json_has_the_documented_shape() -> None:
    doc = json_of("compare", "--format", "json")
    assert schema_errors("compare", doc) == []
    assert len(doc["consider"]["therapy"]) == len(doc["consider"]["psychotherapy"]) == 4
    assert all(doc["example"][side] for side in ("situation", "therapy", "psychotherapy"))
    data = content.comparison()
    assert len(doc["aspects"]) == 5
    assert doc["aspects"] == [
        {"id": a.id, "name": a.name, "therapy": a.therapy, "psychotherapy": a.psychotherapy}
        for a in data.aspects
    ]
    assert doc["consider"]["therapy"] == list(data.consider.therapy)
    assert doc["consider"]["psychotherapy"] == list(data.consider.psychotherapy)
    assert doc["example"]["situation"] == data.example.situation
    assert doc["notes"] == list(data.notes)


@pytest.mark.parametrize("command", ["compare", "myths", "questions"])
def test_the_json_flag_is_shorthand_for_format_json(command: str) -> None:
    assert json_of(command, "--json") == json_of(command, "--format", "json")


def test_compare_markdown_is_a_heading_and_a_real_table() -> None:
    result = invoke("compare", "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"# {content.comparison().title}"
    table = [line for line in lines if line.startswith("|")]
    header, separator, *rows = table
    assert [c.strip() for c in header.strip("|").split("|")] == [
        "Aspect",
        "Therapy",
        "Psychotherapy",
    ]
    assert re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|){3}", separator)
    assert len(rows) == 5
    for row, aspect in zip(rows, content.comparison().aspects, strict=True):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", row.strip("|"))]
        assert cells == [aspect.name, aspect.therapy, aspect.psychotherapy]


def test_compare_markdown_lists_both_consider_if_lists() -> None:
    markdown = invoke("compare", "--format", "markdown").stdout
    data = content.comparison()
    for item in (*data.consider.therapy, *data.consider.psychotherapy):
        assert f"- {item}" in markdown.splitlines()


# --- myths ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", ["40", "120"])
def test_myths_labels_each_myth_and_fact_in_words(width: str) -> None:
    result = invoke("myths", env={"COLUMNS": width})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    myth_lines = [line for line in lines if re.match(r"^\d+\. Myth: \S", line)]
    # The article's answers are its claims, labelled as its words; ours are marked ours.
    fact_lines = [
        line for line in lines if re.match(r"^\s+(The article says|Our answer): \S", line)
    ]
    assert len(myth_lines) >= 4
    assert len(fact_lines) == len(myth_lines)
    shown = words(result.stdout)
    for myth in content.myths().myths:
        assert words(myth.myth) in shown
        assert words(myth.fact) in shown


def test_myths_json_has_the_documented_shape() -> None:
    doc = json_of("myths", "--format", "json")
    assert schema_errors("myths", doc) == []
    assert len(doc["myths"]) >= 4
    assert [m["id"] for m in doc["myths"]] == [m.id for m in content.myths().myths]


def test_myths_markdown_is_a_heading_and_numbered_myths_with_facts() -> None:
    result = invoke("myths", "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# ")
    myths = [line for line in lines if re.match(r"^\d+\. \*\*Myth:\*\* \S", line)]
    facts = [
        line for line in lines if re.match(r"^\s*\*\*(The article says|Our answer):\*\* \S", line)
    ]
    assert len(myths) >= 4
    assert len(facts) == len(myths)


# --- questions -----------------------------------------------------------------------


def test_questions_json_has_the_documented_shape() -> None:
    doc = json_of("questions", "--format", "json")
    assert schema_errors("questions", doc) == []
    bank = content.question_bank()
    assert [q["id"] for q in doc["questions"]] == [q.id for q in bank.questions]
    assert doc["questions"][0]["id"] == "safety"
    for question in doc["questions"]:
        option_ids = [o["id"] for o in question["options"]]
        assert len(set(option_ids)) == len(option_ids), question["id"]


# --- usage errors --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["compare", "myths", "questions"])
def test_an_unknown_format_is_exit_2_naming_the_choices(command: str) -> None:
    result = invoke(command, "--format", "yaml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "yaml" in result.stderr
    for choice in ("text", "markdown", "json"):
        assert choice in result.stderr


def test_a_mistyped_command_suggests_the_right_one() -> None:
    result = invoke("compre")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Did you mean 'compare'?" in result.stderr


# --- version and welcome -------------------------------------------------------------


def test_version_prints_the_package_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"therapy-guide {__version__}\n"


@pytest.mark.slow
@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_python_m_therapy_guide_prints_the_version(flag: str) -> None:
    assert run_program(flag) == (0, f"therapy-guide {__version__}\n", "")


@pytest.mark.slow
def test_version_loads_no_typer_rich_or_language_machinery() -> None:
    """--version costs about what starting Python does (cli/launch.py, core/words.py)."""
    done = run_python(["-X", "importtime", "-m", "therapy_guide", "--version"])
    loaded = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}

    assert done.exit_code == 0
    assert not {"typer", "rich", "therapy_guide.core.language", "gettext"} & loaded


def test_no_arguments_shows_a_welcome_naming_quiz_compare_myths_and_crisis() -> None:
    result = invoke()
    assert result.exit_code == 0
    assert result.stderr == ""
    shown = words(result.stdout)
    for command in ("quiz", "compare", "myths", "crisis"):
        assert f"therapy-guide {command}" in shown


# --- every width --------------------------------------------------------------------

WIDTHS = range(20, 121)


@cache
def at_every_width(command: str) -> tuple[tuple[int, str], ...]:
    """COMMAND as printed at every width from 20 to 120 columns: (width, stdout) pairs,
    rendered once per worker for the two tests that look at them."""
    rendered = []
    for width in WIDTHS:
        result = invoke(command, env={"COLUMNS": str(width), "THERAPY_GUIDE_DATA_DIR": None})
        assert result.exit_code == 0, (command, width, result.stderr)
        rendered.append((width, result.stdout))
    return tuple(rendered)


# Both tests look at the same renders: one worker makes them once.
@pytest.mark.xdist_group("every width")
@pytest.mark.parametrize("command", READING)
def test_compare_and_myths_fit_every_width_from_20_to_120_columns(command: str) -> None:
    wide = {width: too_wide(out, width) for width, out in at_every_width(command)}
    assert {width: lines for width, lines in wide.items() if lines} == {}


@pytest.mark.xdist_group("every width")
@pytest.mark.parametrize("command", READING)
def test_no_word_of_compare_or_myths_is_cut_from_30_to_120_columns(
    content_words: dict[str, set[str]], command: str
) -> None:
    # Below 30 columns a word longer than the line (e.g. "cognitive-behavioral") must fold.
    cut = {
        width: sorted(content_words[command] - set(out.split()))
        for width, out in at_every_width(command)
        if width >= 30
    }
    assert {width: words for width, words in cut.items() if words} == {}
