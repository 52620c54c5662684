"""The quiz at a keyboard: real questionary prompts read keys from a pipe, in-process
(the `at_the_keyboard` fixture; see toolkit.running.keyboard_runner)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from toolkit.answers import default_answers, leaning_answers
from toolkit.keys import (
    CANCELLED,
    CTRL_C,
    CTRL_D,
    DISCLAIMER,
    DOWN,
    ENTER,
    NO,
    UP,
    YES,
    keys_for_answers,
    menu_key,
    select_keys,
)
from toolkit.reading import words
from toolkit.running import QuizRun

from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable
from therapy_guide.core.scoring import score

BANK = content.question_bank()
SURE_OFFER = BANK.decision_check.offer if BANK.decision_check else ""
SURE_FIRST = words(BANK.decision_check.items[0].text) if BANK.decision_check else ""
QUESTION = {q.id: q for q in BANK.questions}
TEXT = {q.id: q.text for q in BANK.questions}
PHQ4 = [q.id for q in BANK.questions if q.section == "phq4"]
# The ten questions everyone is asked, in order; Enter at each one, at the review and at
# the offer of the SURE test walks through to a result.
EVERYONE = [q.id for q in applicable(BANK, default_answers(BANK))]
ENTER_THROUGH = ENTER * (len(EVERYONE) + 2)

EITHER = "Either approach may fit you."
THERAPY = "General therapy (counseling) may fit what you are looking for right now."
CRISIS = "Please reach out to one of the crisis lines below right now."
REVIEW = "Review your answers"


AnswerWithKeys = Callable[..., QuizRun]


def review_keys_to_change(answers: dict[str, Answer], question_id: str) -> str:
    """Keys that pick QUESTION_ID in the review: its list starts with 'Looks right', then
    every answered question but safety, in order."""
    listed = [q.id for q in applicable(BANK, answers) if q.id in answers and q.id != BANK.safety]
    return DOWN * (1 + listed.index(question_id)) + ENTER


def result_of(run: QuizRun) -> dict[str, Any]:
    assert run.exit_code == 0, run.stderr
    document: dict[str, Any] = json.loads(run.stdout)
    return document


# --- walking through -------------------------------------------------------------------


def test_enter_at_every_prompt_reaches_a_result_that_either_approach_may_fit(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    run = at_the_keyboard(ENTER_THROUGH)

    assert run.exit_code == 0, run.stderr
    assert run.asked[: len(EVERYONE)] == [TEXT[qid] for qid in EVERYONE]
    review, menu = run.asked[len(EVERYONE) :]
    assert review.startswith(REVIEW)
    assert menu == w.MENU
    assert EITHER in run.said
    assert DISCLAIMER in run.said
    assert "Call or text 988" in run.said
    assert run.stderr == ""


def test_the_first_question_is_the_safety_question(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    run = at_the_keyboard(ENTER_THROUGH)

    assert run.asked[0] == TEXT["safety"]
    assert "ending your life or hurting someone" in run.asked[0]


def test_choosing_the_therapy_leaning_answers_suggests_therapy(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    answers = leaning_answers("therapy", BANK)

    run = at_the_keyboard(keys_for_answers(BANK, answers) + ENTER + ENTER)

    assert run.exit_code == 0, run.stderr
    assert THERAPY in run.said
    assert "lean clearly toward therapy" in run.said


def test_the_options_picked_with_the_keys_are_the_answers_scored(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    answers = default_answers(BANK) | {
        "help_with": ("stress", "patterns"),
        "focus": "present",
        "trauma": "yes",
        "duration": "longer_term",
    }

    run = at_the_keyboard(keys_for_answers(BANK, answers) + ENTER + ENTER, "--format", "json")

    result = result_of(run)
    expected = {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}
    assert result["answers"] == expected
    assert result["suggestion"] == score(BANK, answers).suggestion


# --- safety first ----------------------------------------------------------------------


def test_y_at_the_safety_question_shows_the_crisis_lines_and_asks_nothing_else(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    run = at_the_keyboard(YES)  # a confirm takes y at once: no Enter needed

    assert run.exit_code == 0, run.stderr
    assert run.asked == [TEXT["safety"]]
    assert CRISIS in run.said
    assert "Call or text 988" in run.said
    assert "Call 911" in run.said
    assert "Text HOME to 741741" in run.said
    assert "This guide is not a crisis service" in run.said


def test_the_crisis_result_in_json_is_a_crisis_suggestion(at_the_keyboard: AnswerWithKeys) -> None:
    result = result_of(at_the_keyboard(YES, "--format", "json"))

    assert result["suggestion"] == "crisis"
    assert result["answers"] == {"safety": "yes"}
    contacts = [r["contact"] for r in result["crisis_resources"]]
    assert "Call or text 988" in contacts
    assert "Call 911" in contacts


def test_region_uk_shows_samaritans_on_the_crisis_screen(at_the_keyboard: AnswerWithKeys) -> None:
    run = at_the_keyboard(YES, "--region", "UK")

    assert run.exit_code == 0, run.stderr
    assert "Samaritans: Call 116 123" in run.said
    assert "Call 999" in run.said
    assert "988" not in run.said


def test_region_uk_shows_samaritans_on_the_result(at_the_keyboard: AnswerWithKeys) -> None:
    run = at_the_keyboard(ENTER_THROUGH, "--region", "UK")

    assert run.exit_code == 0, run.stderr
    assert EITHER in run.said
    assert "Samaritans: Call 116 123" in run.said  # the card's one crisis line
    assert "988" not in run.said


# --- the review ------------------------------------------------------------------------


def test_changing_an_answer_in_the_review_changes_the_result(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    first = default_answers(BANK) | {"trauma": "yes"}  # 2 points: not enough on its own
    changed = first | {"focus": "past"}  # 2 more: psychotherapy
    assert score(BANK, first).suggestion == "either"
    assert score(BANK, changed).suggestion == "psychotherapy"
    keys = (
        keys_for_answers(BANK, first)
        + review_keys_to_change(first, "focus")
        + select_keys(QUESTION["focus"], "past")
        + ENTER  # the review again: looks right
        + ENTER  # no SURE test
    )

    run = at_the_keyboard(keys, "--format", "json")

    result = result_of(run)
    assert result["suggestion"] == "psychotherapy"
    assert result["answers"]["focus"] == "past"
    assert result["answers"]["trauma"] == "yes"
    assert {(r["question_id"], r["option_id"]) for r in result["reasons"]} == {
        ("trauma", "yes"),
        ("focus", "past"),
    }
    assert run.asked.count(TEXT["focus"]) == 2
    assert sum(m.startswith(REVIEW) for m in run.asked) == 2  # before and after the change


# --- the symptom check -----------------------------------------------------------------


def test_opting_in_to_the_symptom_check_asks_four_more_and_shows_the_screen(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    answers = default_answers(BANK) | {"symptom_check": "yes"}
    answers |= {
        "phq4_nervous": "nearly_every_day",  # 3
        "phq4_worry": "nearly_every_day",  # 3: worry and nerves reach the threshold
        "phq4_interest": "not_at_all",  # 0
        "phq4_down": "several_days",  # 1
    }

    # The review, then "every reason and the symptom check" from the menu, then done.
    run = at_the_keyboard(keys_for_answers(BANK, answers) + ENTER + "1" + ENTER + ENTER)

    assert run.exit_code == 0, run.stderr
    assert run.asked[len(EVERYONE) : len(EVERYONE) + 4] == [TEXT[qid] for qid in PHQ4]
    assert len(run.asked) == len(EVERYONE) + 4 + 3
    assert "Symptom check (a screen, not a diagnosis)" in run.said
    assert "PHQ-4 (a 4-question check of worry and mood): 7 of 12 (Moderate range)" in run.said
    assert "Your answers about worry are high enough" in run.said
    assert "Your answers about mood are high enough" not in run.said
    assert "Pfizer" not in run.said  # the attribution is on `about` and in saved summaries
    assert BANK.screen is not None and words(BANK.screen.bands[2].advice) in run.said


def test_without_the_opt_in_there_is_no_symptom_check(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    run = at_the_keyboard(ENTER_THROUGH)

    assert not set(run.asked) & {TEXT[qid] for qid in PHQ4}
    assert "PHQ-4" not in run.said


def test_switching_the_symptom_check_off_in_the_review_drops_its_answers(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    answers = default_answers(BANK) | {"symptom_check": "yes"}
    answers |= dict.fromkeys(PHQ4, "nearly_every_day")
    keys = (
        keys_for_answers(BANK, answers)
        + review_keys_to_change(answers, "symptom_check")
        + NO  # the symptom check, asked again
        + ENTER  # the review again: looks right
        + ENTER  # no SURE test
    )

    result = result_of(at_the_keyboard(keys, "--format", "json"))

    assert "screen" not in result
    assert not set(PHQ4) & set(result["answers"])
    assert result["scores"] == {"therapy": 0, "psychotherapy": 0}


# --- stopping --------------------------------------------------------------------------

# The keys that reach each prompt before the result. (Stopping once the result is shown is
# not a cancel: see test_stopping_at_the_menu_is_done_and_keeps_the_result.)
PROMPTS = {
    "safety, a confirm": "",
    "what you want help with, a checkbox": ENTER,
    "focus, a select": ENTER * 2,
    "the symptom check's first item": ENTER * EVERYONE.index("symptom_check") + YES,
    "the review": ENTER * len(EVERYONE),
}
KEYS_TO_THE_MENU = ENTER * (len(EVERYONE) + 1)
SURE_IN_THE_MENU = menu_key("sure", default_answers(BANK))  # check how sure I feel


# Ctrl-C at every prompt; Ctrl-D, end of input, the same at each kind of prompt (confirm,
# checkbox, select): questionary's select and checkbox have no binding for it of their own,
# PromptAsker adds one.
STOPS = [
    *(pytest.param(CTRL_C, keys, id=f"Ctrl-C at {name}") for name, keys in PROMPTS.items()),
    *(
        pytest.param(CTRL_D, PROMPTS[name], id=f"Ctrl-D at {name}")
        for name in ("safety, a confirm", "what you want help with, a checkbox", "focus, a select")
    ),
]


@pytest.mark.parametrize(("stop", "before"), STOPS)
def test_ctrl_c_or_ctrl_d_at_any_prompt_cancels_with_exit_130(
    at_the_keyboard: AnswerWithKeys, stop: str, before: str
) -> None:
    # Enter after it: had the key been ignored, the quiz would go on to a result.
    run = at_the_keyboard(before + stop + ENTER * 20)

    assert run.exit_code == 130
    assert run.stderr.strip() == CANCELLED
    assert "Traceback" not in run.stdout + run.stderr
    assert "may fit" not in run.stdout  # no result before the last answer


def test_asking_for_help_in_the_review_shows_the_crisis_lines(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    # The last choice of the review (Up from the first wraps to it): help right now.
    run = at_the_keyboard(ENTER * len(EVERYONE) + UP + ENTER)

    assert run.exit_code == 0, run.stderr
    assert CRISIS in run.said
    assert "Call or text 988" in run.said
    assert "may fit" not in run.said


@pytest.mark.parametrize("stop", [CTRL_C, CTRL_D], ids=["Ctrl-C", "Ctrl-D"])
def test_stopping_at_the_menu_is_done_and_keeps_the_result(
    at_the_keyboard: AnswerWithKeys, tmp_path: Path, stop: str
) -> None:
    # The result is already on screen: stopping at the menu ends as "done" would, and
    # --save still happens, so nothing the person answered is lost.
    saved = tmp_path / "result.json"
    run = at_the_keyboard(KEYS_TO_THE_MENU + stop, "--save", str(saved))

    assert run.exit_code == 0, run.stderr
    assert "may fit" in run.stdout
    assert json.loads(saved.read_text(encoding="utf-8"))["suggestion"] == "either"


@pytest.mark.parametrize("stop", [CTRL_C, CTRL_D], ids=["Ctrl-C", "Ctrl-D"])
def test_stopping_inside_the_sure_check_skips_it_and_comes_back_to_the_menu(
    at_the_keyboard: AnswerWithKeys, tmp_path: Path, stop: str
) -> None:
    saved = tmp_path / "result.json"
    keys = KEYS_TO_THE_MENU + SURE_IN_THE_MENU + ENTER + stop + ENTER  # then done
    run = at_the_keyboard(keys, "--save", str(saved))

    assert run.exit_code == 0, run.stderr
    assert run.asked[-3:] == [w.MENU, SURE_FIRST, w.MENU]
    assert "decision_check" not in json.loads(saved.read_text(encoding="utf-8"))


def test_the_sure_check_from_the_menu_is_shown_and_saved(
    at_the_keyboard: AnswerWithKeys, tmp_path: Path
) -> None:
    saved = tmp_path / "result.json"
    keys = KEYS_TO_THE_MENU + SURE_IN_THE_MENU + ENTER + YES * 4 + ENTER
    run = at_the_keyboard(keys, "--save", str(saved))

    assert run.exit_code == 0, run.stderr
    assert SURE_OFFER not in run.asked  # chosen from the menu: no second question first
    assert w.HOW_SURE in run.stdout
    assert json.loads(saved.read_text(encoding="utf-8"))["decision_check"]["score"] == 4


SAVE_IN_THE_MENU = menu_key("save", default_answers(BANK))
ERASE = "\x15"  # Ctrl-U: the name offered is erased


def test_a_second_summary_on_the_same_day_is_offered_the_next_free_name(
    at_the_keyboard: AnswerWithKeys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    day = date.today().isoformat()
    for again in ("", "-2"):  # saved earlier today
        (tmp_path / w.SUMMARY_NAME.format(day=day, again=again)).write_text("earlier")
    run = at_the_keyboard(KEYS_TO_THE_MENU + SAVE_IN_THE_MENU + ENTER + ENTER + ENTER)

    assert run.exit_code == 0, run.stderr
    third = tmp_path / w.SUMMARY_NAME.format(day=day, again="-3")
    assert third.read_text(encoding="utf-8").startswith("# ")
    assert {p.read_text() for p in tmp_path.glob("*.md") if p != third} == {"earlier"}


def test_an_emptied_file_name_goes_back_to_the_menu_and_saves_nothing(
    at_the_keyboard: AnswerWithKeys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    compare = menu_key("compare", default_answers(BANK))
    keys = KEYS_TO_THE_MENU + SAVE_IN_THE_MENU + ENTER + ERASE + ENTER
    run = at_the_keyboard(keys + compare + ENTER + ENTER)  # then the comparison, then done

    assert run.exit_code == 0, run.stderr
    assert run.asked.count(w.MENU) == 3  # the menu again, after the empty name
    assert w.CONSIDER_PSYCHOTHERAPY in run.said
    assert list(tmp_path.iterdir()) == []


def test_every_reason_and_the_comparison_are_one_choice_away_in_the_menu(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    answers = leaning_answers("psychotherapy", BANK)
    reasons = score(BANK, answers).reasons
    assert len(reasons) > 3  # more than the card shows
    run = at_the_keyboard(
        keys_for_answers(BANK, answers) + ENTER + "1" + ENTER + "2" + ENTER + ENTER
    )

    assert run.exit_code == 0, run.stderr
    for reason in reasons:
        assert words(reason.because) in run.said
    assert w.CONSIDER_PSYCHOTHERAPY in run.said  # the comparison
    assert run.asked.count(w.MENU) == 3


def test_number_keys_pick_options_in_a_list_and_tick_them_in_a_multi_select(
    at_the_keyboard: AnswerWithKeys,
) -> None:
    focus = QUESTION["focus"]
    keys = (
        NO + ENTER + "1" + "3" + ENTER + ENTER + "2" + ENTER + ENTER * (len(EVERYONE) - 5) + ENTER
    )
    result = result_of(at_the_keyboard(keys + ENTER, "--format", "json"))
    help_with = [o.id for o in QUESTION["help_with"].options]
    assert result["answers"]["help_with"] == [help_with[0], help_with[2]]
    assert result["answers"]["focus"] == focus.options[1].id


@pytest.mark.parametrize(("key", "index"), [("\x1b[H", 0), ("\x1b[F", -1)], ids=["Home", "End"])
def test_home_and_end_go_to_the_first_and_last_option(
    at_the_keyboard: AnswerWithKeys, key: str, index: int
) -> None:
    focus = QUESTION["focus"]
    keys = NO + ENTER * 3 + key + ENTER + ENTER * (len(EVERYONE) - 5) + ENTER + ENTER

    result = result_of(at_the_keyboard(keys, "--format", "json"))

    assert result["answers"]["focus"] == focus.options[index].id


def test_running_out_of_keys_is_end_of_input_and_cancels(at_the_keyboard: AnswerWithKeys) -> None:
    run = at_the_keyboard(ENTER * 3)

    assert run.exit_code == 130
    assert run.stderr.strip() == CANCELLED
    assert "may fit" not in run.stdout
