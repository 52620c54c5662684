"""What a person sees when the program stops: a terminal emulator (pyte) at 80x24 and 40x24.

The program runs in a pseudo-terminal of that size; everything it writes is fed to a
screen of the same size, and the tests read the screen as it is left, not the captured
text: the crisis lines must still be in view, the card must fit, no word may be split.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from toolkit import (
    DATA,
    ENTER,
    Screen,
    default_answers,
    invoke,
    on_screen,
    prompt_marker,
    words,
)

from therapy_guide.core import content
from therapy_guide.core import wording as w
from therapy_guide.core.asking import applicable

BANK = content.question_bank()
SIZES = [(24, 80), (24, 40)]
# The compact US block's line in Spanish (data/crisis.toml), for Spanish speakers on an
# English locale.
SPANISH = content.crisis_directory().regions["US"].always[0]
QUESTIONS = [q for q in BANK.questions if q.id in default_answers(BANK)]


def visible(screen: Screen) -> str:
    return words("\n".join(screen.lines))


# --- crisis help stays in view -----------------------------------------------------------


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_crisis_leaves_the_call_and_text_lines_and_the_emergency_number_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(["crisis"], [], rows=rows, cols=cols, home=tmp_path)
    assert screen.exit_status == 0
    shown = visible(screen)
    assert "Call or text 988" in shown
    assert "Text HOME to 741741" in shown
    assert "Call 911" in shown
    assert "findahelpline.com" in shown
    assert words(SPANISH) in shown  # always, whatever the locale's language


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_yes_to_the_safety_question_leaves_the_crisis_lines_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(
        ["quiz"], [("then Enter)", "y" + ENTER)], rows=rows, cols=cols, home=tmp_path
    )
    assert screen.exit_status == 0
    shown = visible(screen)
    assert "Call or text 988" in shown
    assert "Call 911" in shown
    assert words(SPANISH) in shown
    assert "Question 2 of" not in shown  # nothing else is asked first


# --- the result card and its menu --------------------------------------------------------


def enter_through() -> list[tuple[str, str]]:
    """Enter at every question and at the review: the keys that reach the result card."""
    return [(prompt_marker(q), ENTER) for q in QUESTIONS] + [(w.REVIEW_DONE, ENTER)]


@pytest.fixture(scope="module")
def walks(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Screen]:
    """Enter through the quiz to the card, then Enter at the menu ("done"): one run per
    width, shared by the tests that look at it."""

    @cache
    def walk(cols: int) -> Screen:
        home = tmp_path_factory.mktemp(f"walk{cols}")
        rows = 24 if cols >= 40 else 200
        return on_screen(
            ["quiz"], [*enter_through(), (w.MENU_DONE, ENTER)], rows=rows, cols=cols, home=home
        )

    return walk


def test_the_result_card_and_its_menu_fit_one_screen(walks: Callable[[int], Screen]) -> None:
    at_the_menu = words("\n".join(walks(80).moments[-1]))
    assert words(BANK.result.either.headline) in at_the_menu  # the suggestion, at the top
    assert w.NEXT_STEP in at_the_menu
    assert "Call or text 988" in at_the_menu
    assert w.MENU_SAVE in at_the_menu and w.MENU_DONE in at_the_menu


def test_enter_at_every_prompt_walks_through_every_question_to_the_result(
    walks: Callable[[int], Screen],
) -> None:
    screen = walks(80)
    assert screen.exit_status == 0
    seen = words("\n".join(line for moment in screen.moments for line in moment))
    total = len(QUESTIONS)
    assert all(f"Question {n} of {total}" in seen for n in range(1, total + 1))
    assert "Traceback" not in seen + visible(screen)


@pytest.mark.parametrize("cols", [40, 80])
def test_done_at_the_menu_ends_with_the_suggestion_and_a_crisis_line_on_screen(
    walks: Callable[[int], Screen], cols: int
) -> None:
    screen = walks(cols)
    assert screen.exit_status == 0
    shown = visible(screen)
    assert words(BANK.result.either.headline) in shown
    assert "Call or text 988" in shown


def test_saving_from_the_menu_writes_what_save_writes_privately(tmp_path: Path) -> None:
    steps = [
        *enter_through(),
        (w.MENU_DONE, "4" + ENTER),  # save a summary
        (w.PATH_HINT, ENTER),  # the default name
        (w.MENU_DONE, ENTER),
    ]
    screen = on_screen(["quiz"], steps, rows=24, cols=80, home=tmp_path)
    assert screen.exit_status == 0
    saved = list(tmp_path.glob("therapy-guide-result-*.md"))
    assert len(saved) == 1
    assert stat.S_IMODE(saved[0].stat().st_mode) == 0o600
    answers = tmp_path / "answers.json"
    answers.write_text(
        "{" + ", ".join(f'"{k}": {_json(v)}' for k, v in default_answers(BANK).items()) + "}"
    )
    again = tmp_path / "again.md"
    done = invoke("quiz", "--answers", str(answers), "--no-input", "--save", str(again))
    assert done.exit_code == 0, done.stderr
    assert saved[0].read_text() == again.read_text()


def _json(value: object) -> str:
    import json

    return json.dumps(list(value) if isinstance(value, tuple) else value)


# --- prompts never swallow a key ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["n", "y", "no", "YES"])
def test_a_letter_and_enter_at_a_yes_no_prompt_leave_the_next_question_waiting(
    typed: str, tmp_path: Path
) -> None:
    """The symptom-check offer: y or n, then Enter, answers it and nothing more."""
    *before, offer = enter_through()[: len(QUESTIONS)]  # up to the symptom-check offer
    keys = [*before, (offer[0], typed + ENTER)]
    first = next(q for q in BANK.questions if q.section == "phq4")
    opted_in = [q.id for q in applicable(BANK, {"symptom_check": "yes"})]
    number, total = opted_in.index(first.id) + 1, len(opted_in)
    if typed.lower().startswith("y"):
        then = [(f"Question {number} of {total}", ""), (first.options[-1].label, None)]
    else:
        then = [(w.REVIEW_DONE, None)]
    screen = on_screen(["quiz"], [*keys, *then], rows=24, cols=80, home=tmp_path)
    shown = visible(screen)
    if typed.lower().startswith("y"):
        assert words(first.text)[:40] in shown  # asked, and still waiting for its answer
        assert all(o.label in shown for o in first.options)
        assert f"Question {number + 1}" not in shown
    else:
        assert w.REVIEW in shown
        assert f"Question {number}" not in shown


def test_a_multi_select_says_in_words_what_was_picked(tmp_path: Path) -> None:
    help_with = BANK.question("help_with")
    assert help_with is not None
    after = [q.id for q in BANK.questions].index("help_with") + 1
    steps = [
        (w.YES_NO_HINT_NO, ENTER),
        *((prompt_marker(q), ENTER) for q in BANK.questions[1 : after - 1]),
        (w.CHECKBOX_HINT, "1" + "3" + ENTER),
        (BANK.questions[after].text[:30], None),  # the next question, in its own words
    ]
    screen = on_screen(["quiz"], steps, rows=24, cols=80, home=tmp_path)
    picked = ", ".join(help_with.options[i].label for i in (0, 2))
    assert words(w.PICKED.format(picked=picked)) in visible(screen)


# --- words stay whole --------------------------------------------------------------------


def vocabulary() -> set[str]:
    """Every word the quiz may show: from data/ and the program's own wording."""
    text = " ".join(p.read_text(encoding="utf-8") for p in DATA.glob("*.toml"))
    text += Path(w.__file__).read_text(encoding="utf-8")
    return {t.lower() for t in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_no_prompt_or_message_splits_a_word_at_any_width(
    walks: Callable[[int], Screen], cols: int
) -> None:
    screen = walks(cols)
    known = vocabulary()
    seen = [*screen.lines, *(line for moment in screen.moments for line in moment)]
    split = {
        token
        for line in seen
        for token in re.findall(r"[A-Za-z]+", line)
        if token.lower() not in known
    }
    assert split == set(), f"words cut at {cols} columns: {sorted(split)}"


def test_the_review_at_40_columns_shows_every_answer_whole(tmp_path: Path) -> None:
    keys = enter_through()[: len(QUESTIONS)]
    screen = on_screen(["quiz"], [*keys, (w.REVIEW_DONE, None)], rows=24, cols=40, home=tmp_path)
    shown = visible(screen)
    for q in QUESTIONS[1:]:
        assert f"{q.label}:" in shown
    assert all(len(line.rstrip()) <= 40 for line in screen.lines)
