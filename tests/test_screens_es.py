"""The screens in Spanish (issue #20, part 4): Spanish is longer, so what must stay on
screen is checked again at 80x24 and 40x24 with LANG=es_US.UTF-8, in a pseudo-terminal
read by pyte, and no word may be split. Only the screens where length matters run
again: the crisis block, the quiz's crisis screen, the card with its menu, the review,
and the reading commands on a dumb terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from toolkit import (
    DOWN,
    ENTER,
    Screen,
    default_answers,
    menu_key,
    on_a_dumb_terminal,
    on_screen,
    split_words,
    too_wide,
    words,
)

from therapy_guide.core import content, language
from therapy_guide.core import words as w
from therapy_guide.core.content.quiz import Question

SPANISH = {"LANG": "es_US.UTF-8", "LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None}
SIZES = [(24, 80), (24, 40)]

with language.speaking("es"):
    BANK = content.question_bank()
    US = content.crisis_directory().regions["US"]
    SAID: dict[str, str] = {
        name: str(getattr(w, name))
        for name in (
            "YES_NO_HINT_NO",
            "YES_NO_HINT_YES",
            "CHECKBOX_HINT",
            "SELECT_HINT",
            "REVIEW_DONE",
            "MENU_DONE",
            "NEXT_STEP",
            "SAVE_LANGUAGE",
            "PATH_HINT",
            "SUMMARY_TITLE",
        )
    }
ENGLISH_TITLE = str(w.SUMMARY_TITLE)
QUESTIONS = [q for q in BANK.questions if q.id in default_answers(BANK)]
FIRST_LINE = US.resources[0]  # 988, whose Spanish way in leads in Spanish


def visible(screen: Screen) -> str:
    return words("\n".join(screen.lines))


def spanish_988(shown: str) -> bool:
    return "988" in shown and "marque 2" in shown and "AYUDA" in shown


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_crisis_in_spanish_keeps_988_in_spanish_and_911_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(["crisis"], [], rows=rows, cols=cols, home=tmp_path, env=SPANISH)

    assert screen.exit_status == 0
    shown = visible(screen)
    assert spanish_988(shown)
    assert "911" in shown
    assert split_words(screen.lines) == set()


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_s_at_the_safety_question_leaves_the_spanish_crisis_lines_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    hint = SAID["YES_NO_HINT_NO"]
    screen = on_screen(
        ["quiz"], [(hint, "s" + ENTER)], rows=rows, cols=cols, home=tmp_path, env=SPANISH
    )

    assert screen.exit_status == 0
    shown = visible(screen)
    assert spanish_988(shown)
    assert "911" in shown
    assert split_words(screen.lines) == set()


def marker(question: Question) -> str:
    if question.confirm:
        no = question.default_option.id == "no"
        return SAID["YES_NO_HINT_NO"] if no else SAID["YES_NO_HINT_YES"]
    return SAID["CHECKBOX_HINT"] if question.kind == "multiple" else SAID["SELECT_HINT"]


@pytest.mark.parametrize("cols", [80, 40])
def test_the_spanish_quiz_at_24_rows_card_menu_and_saving_in_either_language(
    cols: int, tmp_path: Path
) -> None:
    """One walk a width: Enter through the quiz in Spanish to the card; at the menu the
    card fits with 988; save twice, first in Spanish (offered first), then in English for
    a clinician who reads English; done. No word is split on the way to the menu."""
    save = (SAID["MENU_DONE"], menu_key("save", default_answers(BANK), BANK) + ENTER)
    steps: list[tuple[str, str | None]] = [(marker(q), ENTER) for q in QUESTIONS]
    steps += [
        (SAID["REVIEW_DONE"], ENTER),
        save,
        (SAID["SAVE_LANGUAGE"], ENTER),  # Español, offered first
        (SAID["PATH_HINT"], ENTER),
        save,
        (SAID["SAVE_LANGUAGE"], DOWN + ENTER),  # English
        (SAID["PATH_HINT"], ENTER),
        (SAID["MENU_DONE"], ENTER),
    ]

    screen = on_screen(["quiz"], steps, rows=24, cols=cols, home=tmp_path, env=SPANISH)

    assert screen.exit_status == 0
    at_the_menu = words("\n".join(screen.moments[len(QUESTIONS) + 1]))  # the card and menu
    assert words(BANK.result.either.headline) in at_the_menu
    assert SAID["MENU_DONE"] in at_the_menu
    assert "988" in at_the_menu
    to_the_menu = screen.moments[: len(QUESTIONS) + 2]  # then the saved paths, folded whole
    assert split_words([line for moment in to_the_menu for line in moment]) == set()
    first, second = sorted(tmp_path.glob("*.md"), key=lambda p: p.stat().st_mtime_ns)
    assert first.read_text(encoding="utf-8").startswith(f"# {SAID['SUMMARY_TITLE']}")
    assert second.read_text(encoding="utf-8").startswith(f"# {ENGLISH_TITLE}")


@pytest.mark.parametrize("cols", [40, 80])
@pytest.mark.parametrize(
    "args",
    [["crisis"], ["compare"], ["myths"], ["find-care"], ["about"], ["quiz", "--help"]],
    ids=" ".join,
)
def test_on_a_dumb_terminal_spanish_reading_commands_fit_without_a_split_word(
    args: list[str], cols: int
) -> None:
    done, lines = on_a_dumb_terminal(*args, cols=cols, env=SPANISH)

    assert done.exit_code == 0, done.stderr
    assert too_wide("\n".join(lines), cols) == []
    assert split_words(lines) == set()
