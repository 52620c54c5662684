"""What a person sees when the program stops: a terminal emulator (pyte) at 80x24 and 40x24.

The program runs in a pseudo-terminal of that size; everything it writes is fed to a
screen of the same size, and the tests read the screen as it is left, not the captured
text: the crisis lines must still be in view, the card must fit, no word may be split.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from toolkit import (
    DATA,
    ENTER,
    Screen,
    default_answers,
    invoke,
    on_screen,
    words,
)

from therapy_guide.core import content
from therapy_guide.core import wording as w

BANK = content.question_bank()
SIZES = [(24, 80), (24, 40)]
QUESTIONS = [q for q in BANK.questions if q.id in default_answers(BANK)]


def yes_no_prompt(text: str) -> str:
    """What a yes/no prompt waits with: its hint, after the (wrapped) question."""
    return "then Enter)"


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


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_yes_to_the_safety_question_leaves_the_crisis_lines_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(["quiz"], [("then Enter)", "y" + ENTER)], rows=rows, cols=cols, home=tmp_path)
    assert screen.exit_status == 0
    shown = visible(screen)
    assert "Call or text 988" in shown
    assert "Call 911" in shown


# --- the result card and its menu --------------------------------------------------------


def enter_through() -> list[tuple[str, str]]:
    """Enter at every question and at the review: the keys that reach the result card."""
    return [("then Enter)", ENTER)] * len(QUESTIONS) + [("show my result", ENTER)]


@pytest.mark.parametrize(("rows", "cols"), [(24, 80)])
def test_the_result_card_and_its_menu_fit_one_screen(rows: int, cols: int, tmp_path: Path) -> None:
    screen = on_screen(
        ["quiz"], [*enter_through(), (w.MENU_DONE, None)], rows=rows, cols=cols, home=tmp_path
    )
    shown = visible(screen)
    assert words(BANK.result.either.headline) in shown  # the suggestion, at the top
    assert w.NEXT_STEP in shown
    assert "Call or text 988" in shown
    assert w.MENU_SAVE in shown and w.MENU_DONE in shown


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_done_at_the_menu_ends_with_the_suggestion_and_a_crisis_line_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(
        ["quiz"], [*enter_through(), (w.MENU_DONE, ENTER)], rows=rows, cols=cols, home=tmp_path
    )
    assert screen.exit_status == 0
    shown = visible(screen)
    assert words(BANK.result.either.headline) in shown
    assert "Call or text 988" in shown


def test_saving_from_the_menu_writes_what_save_writes_privately(tmp_path: Path) -> None:
    steps = [
        *enter_through(),
        (w.MENU_DONE, "4" + ENTER),  # save a summary
        ("(Enter to accept)", ENTER),  # the default name
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
    assert done.rc == 0, done.stderr
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
    keys = [("then Enter)", ENTER)] * (len(QUESTIONS) - 1)  # up to the symptom-check offer
    keys.append(("then Enter)", typed + ENTER))
    wait_for = "Question 11 of 14" if typed.lower().startswith("y") else "Review your answers"
    screen = on_screen(["quiz"], [*keys, (wait_for, None)], rows=24, cols=80, home=tmp_path)
    shown = visible(screen)
    if typed.lower().startswith("y"):
        first = next(q for q in BANK.questions if q.section == "phq4")
        assert words(first.text)[:40] in shown  # asked, and still waiting for its answer
        assert "?" in screen.lines[screen.cursor_row]
    else:
        assert "Review your answers" in shown


# --- words stay whole --------------------------------------------------------------------


def vocabulary() -> set[str]:
    """Every word the quiz may show: from data/ and the program's own wording."""
    text = " ".join(p.read_text(encoding="utf-8") for p in DATA.glob("*.toml"))
    text += Path(w.__file__).read_text(encoding="utf-8")
    return {t.lower() for t in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_no_prompt_or_message_splits_a_word_at_any_width(cols: int, tmp_path: Path) -> None:
    screen = on_screen(
        ["quiz"],
        [*enter_through(), (w.MENU_DONE, ENTER)],
        rows=200,
        cols=cols,
        home=tmp_path,
    )
    known = vocabulary()
    split = {
        token
        for line in screen.lines
        for token in re.findall(r"[A-Za-z]+", line)
        if token.lower() not in known
    }
    assert split == set(), f"words cut at {cols} columns: {sorted(split)}"


def test_the_review_at_40_columns_shows_every_answer_whole(tmp_path: Path) -> None:
    keys = [("then Enter)", ENTER)] * len(QUESTIONS)
    screen = on_screen(["quiz"], [*keys, ("show my result", None)], rows=24, cols=40, home=tmp_path)
    shown = visible(screen)
    for q in QUESTIONS[1:]:
        assert f"{q.label}:" in shown
    assert all(len(line.rstrip()) <= 40 for line in screen.lines)
