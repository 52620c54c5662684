"""In terminal text a command is drawn bold, not wrapped in backticks; markdown keeps them."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from toolkit.places import SAMPLE_ANSWERS
from toolkit.running import invoke

from therapy_guide.render.text import prose

QUIZ = ["quiz", "--answers", str(SAMPLE_ANSWERS), "--no-input"]
COMMANDS = [
    [],
    ["compare"],
    ["compare", "--full"],
    ["myths"],
    ["questions"],
    ["crisis"],
    ["providers"],
    ["about"],
    QUIZ,
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:1]) or "(none)")
def test_text_output_has_no_backticks(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert "`" not in result.stdout


def test_the_quiz_result_names_the_command_plainly_in_text_and_in_backticks_in_markdown() -> None:
    text = " ".join(invoke(*QUIZ).stdout.split())
    assert "its cost: run therapy-guide find-care. Who does what: therapy-guide providers" in text
    markdown = invoke(*QUIZ, "--format", "markdown").stdout
    assert "run `therapy-guide find-care`. Who does what: `therapy-guide providers`" in markdown


def test_a_command_in_content_is_drawn_bold_at_a_terminal() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=80)
    console.print(prose("Run `therapy-guide providers` to see who provides what."))
    drawn = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Run \x1b[1mtherapy-guide providers\x1b[0m to see who provides what." in drawn
