"""Scoring: the question bank and a person's answers in, a suggestion with its reasons out.

Unit tests pin the rules a person reads in `therapy-guide questions`; hypothesis checks
them over every combination of answers the real bank allows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from toolkit.answers import Lean, default_answers, lean_of, leaning_answers, write_answers
from toolkit.running import invoke

from therapy_guide.core import content
from therapy_guide.core.asking import Answer, applicable, chosen, is_asked
from therapy_guide.core.scoring import SUGGESTIONS, decision_score, score, suggest

if TYPE_CHECKING:
    from therapy_guide.core.content.quiz import QuestionBank
    from therapy_guide.core.scoring import ScreenResult

BANK = content.question_bank()
ORDER = {"therapy": 0, "either": 1, "psychotherapy": 2}
PHQ4 = ("phq4_nervous", "phq4_worry", "phq4_interest", "phq4_down")
# An option of each PHQ-4 item, by its value (0-3).
PHQ4_OPTION = {0: "not_at_all", 1: "several_days", 2: "more_than_half", 3: "nearly_every_day"}


def with_symptom_check(*values: int) -> dict[str, Answer]:
    """Everything at its default, the symptom check taken, PHQ-4 items scored VALUES."""
    answers = default_answers(BANK)
    answers["symptom_check"] = "yes"
    answers.update({qid: PHQ4_OPTION[v] for qid, v in zip(PHQ4, values, strict=True)})
    return answers


# --- the rules, one at a time ----------------------------------------------------------


def test_enter_at_every_prompt_suggests_either_with_no_reasons() -> None:
    result = score(BANK, default_answers(BANK))

    assert result.suggestion == "either"
    assert (result.scores.therapy, result.scores.psychotherapy) == (0, 0)
    assert result.reasons == ()
    assert result.screen is None


def test_yes_to_safety_is_a_crisis_whatever_else_was_answered() -> None:
    answers = leaning_answers("psychotherapy", BANK) | {"safety": "yes"}

    result = score(BANK, answers)

    assert result.suggestion == "crisis"
    assert (result.scores.therapy, result.scores.psychotherapy) == (0, 0)
    assert [(r.question_id, r.option_id) for r in result.reasons] == [("safety", "yes")]
    assert result.answers == {"safety": ("yes",)}
    assert result.screen is None


def test_reasons_come_strongest_first_and_ties_keep_question_order() -> None:
    answers = default_answers(BANK) | {
        "help_with": ("life_change", "patterns", "not_sure"),  # 1 each; not_sure carries none
        "focus": "both",  # 1 and 1: a reason that leans neither way
        "approach": "insight",  # 2
        "trauma": "yes",  # 2
    }

    result = score(BANK, answers)

    # One reason per question: the multi-select's two picks (1 and 1 the other way) together.
    assert [(r.question_id, r.option_id) for r in result.reasons] == [
        ("approach", "insight"),
        ("trauma", "yes"),
        ("help_with", "life_change,patterns"),
        ("focus", "both"),
    ]
    assert [r.weight for r in result.reasons] == [2, 2, 0, 0]


def test_an_answer_without_points_is_never_a_reason() -> None:
    answers = default_answers(BANK) | {"trauma": "rather_not_say", "help_with": ("not_sure",)}

    assert score(BANK, answers).reasons == ()


def test_the_margin_decides_and_one_leaning_answer_alone_is_not_enough() -> None:
    margin = BANK.scoring.margin
    one_answer = default_answers(BANK) | {"focus": "past"}  # 2 points toward psychotherapy
    two_answers = one_answer | {"help_with": ("patterns",)}  # and 1 more

    assert score(BANK, one_answer).suggestion == "either"
    assert score(BANK, two_answers).suggestion == "psychotherapy"
    assert score(BANK, two_answers).scores.lean == margin


@pytest.mark.parametrize(
    ("therapy", "psychotherapy", "expected"),
    [
        (0, 3, "psychotherapy"),  # exactly the margin
        (0, 2, "either"),
        (2, 0, "either"),
        (3, 0, "therapy"),  # exactly the margin, the other way
        (5, 5, "either"),
        (1, 9, "psychotherapy"),
        (9, 1, "therapy"),
    ],
)
def test_the_totals_decide_by_a_margin_of_three(
    therapy: int, psychotherapy: int, expected: str
) -> None:
    assert BANK.scoring.margin == 3  # as data/questions.toml says; the cases assume it
    points = content.Points(therapy=therapy, psychotherapy=psychotherapy)

    assert suggest(BANK, points) == expected


@pytest.mark.parametrize(
    ("values", "total", "band"),
    [
        ((0, 0, 0, 0), 0, "None to minimal range"),
        ((1, 0, 1, 0), 2, "None to minimal range"),
        ((1, 1, 1, 0), 3, "Mild range"),
        ((2, 0, 3, 0), 5, "Mild range"),
        ((2, 2, 1, 1), 6, "Moderate range"),
        ((3, 3, 2, 0), 8, "Moderate range"),
        ((3, 3, 3, 0), 9, "Severe range"),
        ((3, 3, 3, 3), 12, "Severe range"),
    ],
)
def test_the_symptom_check_totals_its_four_answers_into_a_band(
    values: tuple[int, ...], total: int, band: str
) -> None:
    screen = score(BANK, with_symptom_check(*values)).screen

    assert screen is not None
    assert (screen.total, screen.maximum, screen.band) == (total, 12, band)
    assert screen.name.startswith("PHQ-4")


@pytest.mark.parametrize(
    ("values", "anxiety", "depression"),
    [
        ((1, 1, 1, 1), False, False),  # 2 and 2
        ((2, 1, 0, 2), True, False),  # 3 and 2: the threshold is 3 or more
        ((0, 2, 3, 0), False, True),  # 2 and 3
        ((3, 3, 3, 3), True, True),
    ],
)
def test_each_symptom_subscale_is_reached_at_three_or_more(
    values: tuple[int, ...], anxiety: bool, depression: bool
) -> None:
    screen = score(BANK, with_symptom_check(*values)).screen

    assert screen is not None
    reached = {s.id: s.reached for s in screen.subscales}
    assert reached == {"anxiety": anxiety, "depression": depression}
    scores = {s.id: s.score for s in screen.subscales}
    assert scores == {"anxiety": values[0] + values[1], "depression": values[2] + values[3]}


def test_no_symptom_check_is_shown_without_the_opt_in() -> None:
    assert score(BANK, default_answers(BANK)).screen is None


def test_symptom_answers_without_the_opt_in_neither_count_nor_show() -> None:
    answers = with_symptom_check(3, 3, 3, 3) | {"symptom_check": "no"}

    result = score(BANK, answers)

    assert result.screen is None
    assert result.reasons == ()
    assert not set(PHQ4) & set(result.answers)


@pytest.mark.parametrize("values", [(3, 3, 3, 3), (3, 2, 1, 0), (0, 0, 0, 0)])
def test_symptom_answers_never_move_the_points_or_give_a_reason(values: tuple[int, ...]) -> None:
    without = score(BANK, default_answers(BANK) | {"symptom_check": "yes"} | {})
    result = score(BANK, with_symptom_check(*values))

    assert result.scores == score(BANK, default_answers(BANK)).scores == without.scores
    assert not {r.question_id for r in result.reasons} & set(PHQ4)


def screened(*values: int) -> ScreenResult:
    """The symptom check's outcome for VALUES (it is always taken here)."""
    screen = score(BANK, with_symptom_check(*values)).screen
    assert screen is not None
    return screen


def test_a_screen_in_the_top_band_or_low_mood_nearly_every_day_with_a_subscale_is_urgent() -> None:
    assert screened(3, 3, 3, 0).urgent  # 9: the top band
    assert screened(1, 1, 1, 3).urgent  # mood pair 4, down: 3
    assert not screened(2, 1, 0, 0).urgent  # worry pair only
    assert not screened(1, 1, 1, 1).urgent  # 4, no pair at 3


@pytest.mark.parametrize(
    ("values", "band"), [((0, 0, 0, 0), 0), ((1, 1, 1, 1), 1), ((2, 2, 2, 0), 2), ((3, 3, 3, 3), 3)]
)
def test_the_symptom_check_says_how_soon_for_its_band_and_what_to_tell(
    values: tuple[int, ...], band: int
) -> None:
    screen = score(BANK, with_symptom_check(*values)).screen
    assert BANK.screen is not None
    assert screen is not None
    assert screen.advice == BANK.screen.bands[band].advice
    assert f"{sum(values)} of 12" in screen.tell


@pytest.mark.parametrize(
    ("yes", "total", "unsure"),
    [(4, 4, False), (3, 3, True), (1, 1, True), (0, 0, True)],
)
def test_the_sure_test_counts_each_yes_and_three_or_less_is_not_sure_yet(
    yes: int, total: int, unsure: bool
) -> None:
    check = BANK.decision_check
    assert check is not None
    replies = {item.id: i < yes for i, item in enumerate(check.items)}

    assert decision_score(check, replies) == (total, unsure)


def test_the_sure_test_counts_an_unanswered_item_as_no() -> None:
    check = BANK.decision_check
    assert check is not None

    assert decision_score(check, {check.items[0].id: True}) == (1, True)


# --- properties over every combination of answers --------------------------------------


@st.composite
def answer_sets(
    draw: st.DrawFn, bank: QuestionBank = BANK, *, crisis: bool | None = None
) -> dict[str, Answer]:
    """Answers to every question that applies under the answers drawn so far: one option,
    or any set of options for a multiple question. The symptom check's opt-in decides
    whether its four items are drawn. CRISIS fixes the safety answer when not None."""
    answers: dict[str, Answer] = {}
    for q in bank.questions:
        if not is_asked(q, answers):
            continue
        if q.id == bank.safety and crisis is not None:
            answers[q.id] = next(o.id for o in q.options if o.crisis == crisis)
        elif q.kind == "multiple":
            ids = [o.id for o in q.options]
            answers[q.id] = tuple(draw(st.lists(st.sampled_from(ids), unique=True)))
        else:
            answers[q.id] = draw(st.sampled_from([o.id for o in q.options]))
    return answers


def chosen_points(bank: QuestionBank, answers: dict[str, Answer]) -> tuple[int, int]:
    options = [
        option
        for q in applicable(bank, answers)
        for option in q.options
        if option.id in chosen(answers.get(q.id))
    ]
    return sum(o.points.therapy for o in options), sum(o.points.psychotherapy for o in options)


@given(answer_sets())
def test_every_combination_of_answers_gives_a_valid_result(answers: dict[str, Answer]) -> None:
    result = score(BANK, answers)

    assert result.suggestion in SUGGESTIONS
    if result.suggestion == "crisis":
        assert answers["safety"] == "yes"
        return
    assert (result.scores.therapy, result.scores.psychotherapy) == chosen_points(BANK, answers)
    assert result.scores.lean == result.scores.psychotherapy - result.scores.therapy
    assert result.strength in {s.label for s in BANK.scoring.strengths}
    assert result.answers == {qid: chosen(a) for qid, a in answers.items()}
    assert (result.screen is not None) == (answers["symptom_check"] == "yes")


@given(answer_sets(crisis=True))
def test_yes_to_safety_always_gives_crisis(answers: dict[str, Answer]) -> None:
    result = score(BANK, answers)

    assert result.suggestion == "crisis"
    assert [r.question_id for r in result.reasons] == [BANK.safety]


@given(answer_sets(crisis=False))
def test_reasons_come_strongest_first(answers: dict[str, Answer]) -> None:
    weights = [r.weight for r in score(BANK, answers).reasons]

    assert weights == sorted(weights, reverse=True)


@given(answer_sets())
def test_every_reason_cites_a_question_answered_with_that_option(
    answers: dict[str, Answer],
) -> None:
    result = score(BANK, answers)
    for reason in result.reasons:
        question = BANK.question(reason.question_id)
        assert question is not None
        assert is_asked(question, answers)
        ids = reason.option_id.split(",")
        assert set(ids) <= set(chosen(answers[reason.question_id]))
        options = [question.option(i) for i in ids]
        if result.suggestion != "crisis":  # a crisis reason is the safety answer itself
            assert all(o is not None and o.points != o.points.__class__() for o in options)
        assert reason.question == question.text
        assert reason.answer == ", ".join(o.label for o in options if o is not None)
        assert reason.because == " ".join(o.because for o in options if o is not None)
        assert reason.because, f"{reason.question_id}={reason.option_id} has no 'because'"
    # One reason per question, and no result says the same "because" twice.
    assert len({r.question_id for r in result.reasons}) == len(result.reasons)
    becauses = [r.because for r in result.reasons]
    assert len(becauses) == len(set(becauses))
    quotes = [q for b in becauses for q in re.findall(r"“([^”]+)”", b)]
    assert len(quotes) == len(set(quotes)), "a quote of the article is given twice"


@st.composite
def leaning_answer_sets(draw: st.DrawFn, lean: Lean) -> dict[str, Answer]:
    """The toolkit's answers that lean furthest toward LEAN, drawing among options that tie
    instead of taking the last."""
    return leaning_answers(lean, BANK, pick=lambda ids: draw(st.sampled_from(ids)))


@given(leaning_answer_sets("therapy"))
def test_the_most_therapy_leaning_answers_suggest_therapy(answers: dict[str, Answer]) -> None:
    assert score(BANK, answers).suggestion == "therapy"


@given(leaning_answer_sets("psychotherapy"))
def test_the_most_psychotherapy_leaning_answers_suggest_psychotherapy(
    answers: dict[str, Answer],
) -> None:
    assert score(BANK, answers).suggestion == "psychotherapy"


def more_psychotherapy_leaning(
    bank: QuestionBank, answers: dict[str, Answer]
) -> list[tuple[str, Answer]]:
    """Every way to switch one answer to one that leans further toward psychotherapy.

    A single answer becomes an option with a strictly larger lean; in a multiple answer
    one ticked option is swapped for a more leaning one, one that leans that way is
    added, or one that leans the other way is dropped.
    """
    switches: list[tuple[str, Answer]] = []
    for q in applicable(bank, answers):
        if q.id == bank.safety:
            continue
        current = chosen(answers[q.id])
        if q.kind == "single":
            now = q.option(current[0])
            assert now is not None
            switches += [(q.id, o.id) for o in q.options if lean_of(o) > lean_of(now)]
            continue
        ticked = [o for o in q.options if o.id in current]
        unticked = [o for o in q.options if o.id not in current]
        for old in ticked:
            others = tuple(x for x in current if x != old.id)
            switches += [(q.id, (*others, o.id)) for o in unticked if lean_of(o) > lean_of(old)]
            if lean_of(old) < 0:
                switches.append((q.id, others))
        switches += [(q.id, (*current, o.id)) for o in unticked if lean_of(o) > 0]
    return switches


@st.composite
def an_answer_set_and_a_switch(draw: st.DrawFn) -> tuple[dict[str, Answer], str, Answer]:
    answers = draw(answer_sets(crisis=False))
    switches = more_psychotherapy_leaning(BANK, answers)
    qid, answer = draw(st.sampled_from(switches))
    return answers, qid, answer


@given(an_answer_set_and_a_switch())
def test_a_more_psychotherapy_leaning_answer_never_moves_the_suggestion_toward_therapy(
    case: tuple[dict[str, Answer], str, Answer],
) -> None:
    answers, qid, answer = case
    before = score(BANK, answers)
    after = score(BANK, {**answers, qid: answer})

    assert after.scores.lean > before.scores.lean
    assert ORDER[after.suggestion] >= ORDER[before.suggestion]


def test_every_question_but_safety_has_a_more_psychotherapy_leaning_switch_somewhere() -> None:
    # Guards the property above against vacuity: from the therapy-leaning end, every
    # question that carries points can be switched.
    answers = leaning_answers("therapy", BANK) | {"symptom_check": "yes"}
    answers |= dict.fromkeys(PHQ4, "not_at_all")
    switched = {qid for qid, _ in more_psychotherapy_leaning(BANK, answers)}
    carrying = {
        q.id for q in BANK.questions if any(o.points != content.Points() for o in q.options)
    }

    assert switched == carrying


# --- adding a question is a data edit only ---------------------------------------------

EXTRA_QUESTION = """
[[questions]]
id = "pace"
label = "Pace of change"
text = "How fast would you like things to change?"
help = "Added by a test, to show that a question is data."
default = "not_sure"

[[questions.options]]
id = "quickly"
label = "Quickly, with steps I can take this week"
points = { therapy = 3, psychotherapy = 0 }
because = "A test's reason: practical steps now."

[[questions.options]]
id = "not_sure"
label = "I am not sure"

"""


def add_question(data: Path, block: str) -> None:
    """Insert BLOCK into DATA/questions.toml after the last question, before [scoring]."""
    path = data / "questions.toml"
    text = path.read_text(encoding="utf-8")
    at = re.search(r"^\[scoring\]$", text, flags=re.MULTILINE)
    assert at is not None, "questions.toml has no [scoring] table"
    path.write_text(text[: at.start()] + block + text[at.start() :], encoding="utf-8")


def test_a_question_added_to_the_data_is_listed_asked_and_scored(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_question(data_copy, EXTRA_QUESTION)
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))

    bank = content.question_bank()
    assert [q.id for q in bank.questions][-1] == "pace"

    listed = invoke("questions", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    pace = next(q for q in json.loads(listed.stdout)["questions"] if q["id"] == "pace")
    assert pace["kind"] == "single"
    assert pace["required"] is True
    quickly = pace["options"][0]
    assert (quickly["id"], quickly["points"]) == ("quickly", {"therapy": 3, "psychotherapy": 0})

    answers_file = tmp_path / "answers.json"
    write_answers(answers_file, default_answers(bank) | {"pace": "quickly"})
    scored = invoke("quiz", "--answers", str(answers_file), "--no-input", "--format", "json")
    assert scored.exit_code == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert result["suggestion"] == "therapy"
    assert result["scores"] == {"therapy": 3, "psychotherapy": 0}
    assert [(r["question_id"], r["option_id"]) for r in result["reasons"]] == [("pace", "quickly")]


def test_a_question_added_to_the_data_is_required_in_an_answers_file(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_question(data_copy, EXTRA_QUESTION)
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))
    answers_file = tmp_path / "answers.json"
    write_answers(answers_file, default_answers(BANK))  # the shipped bank: no pace

    missing = invoke("quiz", "--answers", str(answers_file), "--no-input")

    assert missing.exit_code == 2
    assert "pace: is not answered. Choices: quickly, not_sure" in missing.stderr
    assert missing.stderr.count("is not answered") == 1
