"""The plain quiz (--plain, TERM=dumb, THERAPY_GUIDE_PLAIN=1): numbered lines, answers
typed and then Enter, for screen readers and terminals that cannot draw menus.

Most checks run in-process and cheaply: the PlainAsker reading lines from a string, and
the whole quiz through `invoke` with its lines on stdin. A few runs in a pseudo-terminal
with TERM=dumb show what a person (or a screen reader) gets: no escape byte at all, and
each prompt line whole before anything is read.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

import pytest
from toolkit.answers import answers_leading_to, write_answers
from toolkit.keys import CANCELLED, NEEDS_TERMINAL
from toolkit.reading import words
from toolkit.running import Run, invoke, plain_runner
from toolkit.terminal import finish, spawn_program, watched

from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable, chosen, is_asked
from therapy_guide.core.content.quiz import Option, Question
from therapy_guide.quiz.interview import GoBack
from therapy_guide.quiz.line_asker import PlainAsker
from therapy_guide.quiz.person_asker import Step

BANK = content.question_bank()
QUESTION = {q.id: q for q in BANK.questions}
COLOURS = [("red", "Red"), ("green", "Green light"), ("blue", "Blue")]
CHANGES = [*COLOURS, ("big", "A big change (breakup, move, job)")]
# The end of every prompt line: "(Enter alone: ...):" and then a newline.
PROMPT_END = r"\):\r\n"

Way = Literal["numbers", "labels", "ids"]


# --- the asker, reading typed lines ----------------------------------------------------


class Typed:
    """Lines a person types, read one at a time; what was on screen at each read."""

    def __init__(self, lines: Sequence[str], screen: io.StringIO) -> None:
        self.lines = list(lines)
        self.screen = screen
        self.seen_at_read: list[str] = []

    def readline(self) -> str:
        self.seen_at_read.append(self.screen.getvalue())
        return f"{self.lines.pop(0)}\n" if self.lines else ""


def typing(*lines: str) -> tuple[PlainAsker, Typed, io.StringIO]:
    screen = io.StringIO()
    typed = Typed(lines, screen)
    return PlainAsker(stdin=typed, stdout=screen), typed, screen  # type: ignore[arg-type]


@pytest.mark.parametrize("entry", ["2", "Green light", "green LIGHT.", "  green  "])
def test_a_number_a_label_or_an_id_picks_that_option(entry: str) -> None:
    asker, _, screen = typing(entry)
    assert asker.pick("Which colour?", COLOURS, "red") == "green"
    assert "Your answer: Green light" in screen.getvalue()


# --- every option of every question, by any of its words (from the bank) ---------------


def words_of(text: str) -> list[str]:
    """Whole words as a person might type them: lower case, an id's underscores as spaces."""
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("_", " ").replace("’", "'"))


def ways_to_name(question: Question, number: int, option: Option) -> list[str]:
    """What a person may type for OPTION: its number, its label (any case), its id, the id
    in words, each word of its label, and y or n for an option that starts with yes or no."""
    typed = [str(number), option.label, option.label.upper(), option.id]
    typed += [" ".join(words_of(option.id)), *words_of(option.label)]
    first = words_of(option.label)[:1] + words_of(option.id)[:1]
    typed += [short for word, short in (("yes", "y"), ("no", "n")) if word in first]
    return list(dict.fromkeys(typed))


def whole_name_of(question: Question, typed: str) -> str | None:
    """The option whose whole label or id TYPED is, if any."""
    said = words_of(typed)
    return next(
        (o.id for o in question.options if said in (words_of(o.label), words_of(o.id))), None
    )


@pytest.mark.parametrize(
    "question",
    [q for q in BANK.questions if not q.confirm],
    ids=lambda q: q.id,
)
def test_every_option_is_picked_by_its_number_label_id_or_any_word_only_it_has(
    question: Question,
) -> None:
    choices = [(o.id, o.label) for o in question.options]
    others = {
        o.id: [words_of(x.label) + words_of(x.id) for x in question.options if x != o]
        for o in question.options
    }
    for number, option in enumerate(question.options, start=1):
        for typed in ways_to_name(question, number, option):
            asker, _, screen = typing(typed, "none" if question.kind == "multiple" else "1")
            if question.kind == "multiple":
                got = asker.pick_many(question.text, choices, [])
                picked = got[0] if got else None
            else:
                picked = asker.pick(question.text, choices, choices[0][0])
            said = words(screen.getvalue())
            if option.exclusive and typed.strip().lower() in w.PLAIN_NONE_WORDS.split():
                assert picked is None  # "none" ticks nothing: the same as "None of these"
                continue
            shared = any(set(words_of(typed)) <= set(w_) for w_ in others[option.id])
            whole = whole_name_of(question, typed)
            if typed.isdigit() or not shared or whole == option.id:
                assert picked == option.id, (question.id, typed, said)
            elif whole is not None:  # another option's whole label or id
                assert picked == whole, (question.id, typed)
            else:  # a word two options share: which one was meant?
                asks = w.PLAIN_WHICH.split("{choices}")[0].format(typed=typed).strip()
                assert asks in said, (question.id, typed)
                assert f"{number} ({words(option.label)})" in said, (question.id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed", "option_id"),
    [
        ("approach", "understanding", "insight"),
        ("growth", "growing", "long_term_growth"),
        ("concerns", "long", "ongoing"),
        ("trauma", "rather not say", "rather_not_say"),
        ("past", "n", "explore_it"),
        ("past", "no", "explore_it"),
        ("past", "y", "leave_it"),
        ("duration", "longer-term", "longer_term"),
        ("phq4_worry", "half", "more_than_half"),
    ],
)
def test_the_words_the_issue_found_refused_are_taken(
    question_id: str, typed: str, option_id: str
) -> None:
    question = QUESTION[question_id]
    asker, _, _ = typing(typed)
    choices = [(o.id, o.label) for o in question.options]
    assert asker.pick(question.text, choices, question.default_option.id) == option_id


def test_a_word_two_options_share_asks_which_was_meant_and_takes_the_number_then() -> None:
    question = QUESTION["trauma"]
    asker, _, screen = typing("not", "4")
    choices = [(o.id, o.label) for o in question.options]
    assert asker.pick(question.text, choices, "no") == question.options[3].id
    said = words(screen.getvalue())
    labels = {o.id: o.label for o in question.options}
    assert f'"not" could mean 3 ({labels["not_sure"]}) or 4 ({labels["rather_not_say"]})' in said


def test_enter_alone_takes_the_default_which_the_prompt_line_names() -> None:
    asker, _, screen = typing("")
    assert asker.pick("Which colour?", COLOURS, "blue") == "blue"
    assert "(Enter alone: 3):" in screen.getvalue()


def test_the_question_its_help_and_numbered_options_are_printed_once_each() -> None:
    asker, _, screen = typing("1")
    step = Step(progress="Question 3 of 10", help="Pick the one you like.", back=True)
    asker.pick("Which colour?", COLOURS, "red", step=step)
    shown = screen.getvalue().splitlines()
    expected = ["Question 3 of 10", "Which colour?", "Pick the one you like."]
    expected += ["1. Red", "2. Green light", "3. Blue"]
    assert [line for line in shown if line][:6] == expected  # in this order
    assert all(shown.count(line) == 1 for line in expected)


@pytest.mark.parametrize(
    ("entry", "picked"),
    [
        ("1,3", ("red", "blue")),
        ("3 1", ("red", "blue")),
        ("1, 3, 1", ("red", "blue")),
        ("green light, blue", ("green", "blue")),
        ("red green", ("red", "green")),
        ("A big change (breakup, move, job), blue", ("blue", "big")),
        ("none", ()),
        ("", ("blue",)),  # Enter alone keeps what was ticked
    ],
)
def test_several_are_picked_by_numbers_labels_or_ids_separated_by_commas_or_spaces(
    entry: str, picked: tuple[str, ...]
) -> None:
    asker, _, _ = typing(entry)
    assert asker.pick_many("Which colours?", CHANGES, ["blue"]) == picked


@pytest.mark.parametrize(
    ("entry", "reply"), [("y", True), ("YES", True), ("n", False), ("No", False), ("", False)]
)
def test_y_yes_n_and_no_answer_a_yes_no_question_and_enter_takes_the_default(
    entry: str, reply: bool
) -> None:
    asker, _, screen = typing(entry)
    assert asker.yes_no("Go on?", default=False) is reply
    assert "(Enter alone: No):" in screen.getvalue()


@pytest.mark.parametrize(
    ("entries", "why"),
    [
        (["7", "2"], "7 is not one of the numbers 1 to 3."),
        (["purple", "2"], '"purple" is not one of the choices.'),
        (["0", "2"], "0 is not one of the numbers 1 to 3."),
    ],
)
def test_a_wrong_entry_says_why_and_asks_again_without_moving_on(
    entries: list[str], why: str
) -> None:
    asker, typed, screen = typing(*entries)
    assert asker.pick("Which colour?", COLOURS, "red") == "green"
    said = words(screen.getvalue())
    assert why in said
    assert "Type a number from 1 to 3" in said
    assert len(typed.seen_at_read) == 2  # asked again, not moved on


def test_a_wrong_entry_at_a_multi_select_or_a_yes_no_question_is_asked_again() -> None:
    asker, typed, screen = typing("1, purple", "9", "1", "maybe", "y")
    assert asker.pick_many("Which colours?", COLOURS, []) == ("red",)
    assert asker.yes_no("Go on?", default=False) is True
    said = words(screen.getvalue())
    assert '"purple" is not one of the choices.' in said
    assert "9 is not one of the numbers 1 to 3." in said
    assert '"maybe" is not yes or no.' in said
    assert len(typed.seen_at_read) == 5


def test_a_question_mark_shows_the_whole_question_again() -> None:
    asker, _, screen = typing("?", "1")
    asker.pick("Which colour?", COLOURS, "red", step=Step(progress="Question 2 of 9"))
    shown = screen.getvalue().splitlines()
    assert shown.count("Question 2 of 9") == 2
    assert shown.count("Which colour?") == 2
    assert shown.count("3. Blue") == 2


def test_b_goes_back_where_there_is_a_question_before_and_says_so_where_there_is_none() -> None:
    asker, _, _ = typing("b")
    with pytest.raises(GoBack):
        asker.pick("Which colour?", COLOURS, "red", step=Step(back=True))

    asker, typed, screen = typing("b", "1")
    assert asker.pick("Which colour?", COLOURS, "red", step=Step(back=False)) == "red"
    assert w.PLAIN_NO_BACK in words(screen.getvalue())
    assert len(typed.seen_at_read) == 2


@pytest.mark.parametrize("entry", ["q", "Q"])
def test_q_quits_as_ctrl_c_does(entry: str) -> None:
    asker, _, _ = typing(entry)
    with pytest.raises(KeyboardInterrupt):
        asker.yes_no("Go on?", default=False)


def test_the_end_of_input_is_a_cancel_not_an_answer() -> None:
    asker, _, _ = typing()
    with pytest.raises(EOFError):
        asker.pick("Which colour?", COLOURS, "red")


def test_a_file_name_takes_the_default_on_enter_and_a_bad_name_is_asked_again() -> None:
    def problem(name: str) -> str | None:
        return None if name.endswith(".md") else "the name must end in .md."

    asker, _, screen = typing("notes.txt", "")
    assert asker.ask_path("Save as:", "result.md", problem) == "result.md"
    said = words(screen.getvalue())
    assert words(w.PLAIN_PATH.format(default="result.md")) in said
    assert "That answer was not taken: the name must end in .md." in said


def test_every_prompt_line_is_whole_before_anything_is_read() -> None:
    asker, typed, _ = typing("9", "?", "2", "x", "y")
    asker.pick("Which colour?", COLOURS, "red")
    asker.yes_no("Go on?", default=True)
    assert len(typed.seen_at_read) == 5
    assert all(shown.endswith("):\n") for shown in typed.seen_at_read)


# --- the whole quiz, in-process ----------------------------------------------------------


def entry_for(question: Question, answer: Answer, way: Way) -> str:
    """What a person types to give ANSWER to QUESTION: numbers, labels, or ids and y/n."""
    ids = [o.id for o in question.options]
    picked = chosen(answer)
    if question.confirm:
        return {"numbers": "yes", "labels": "Yes", "ids": "y"}[way] if answer == "yes" else "n"
    if way == "numbers":
        return ", ".join(str(ids.index(i) + 1) for i in picked) or "none"
    if way == "labels":
        labels = {o.id: o.label for o in question.options}
        return ", ".join(labels[i] for i in picked) or "none"
    return " ".join(picked) or "none"


def entries_for(answers: dict[str, Answer], way: Way) -> list[str]:
    return [entry_for(q, answers[q.id], way) for q in applicable(BANK, answers)]


@pytest.fixture
def plain_quiz(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """`plain_quiz(LINES, *ARGS)`: the quiz in-process with LINES typed, as at a terminal."""
    return plain_runner(monkeypatch)


def json_at_the_end(stdout: str) -> dict[str, Any]:
    """The result document printed after the prompts."""
    document: dict[str, Any] = json.loads(stdout[stdout.index("\n{") + 1 :])
    return document


@pytest.fixture
def from_a_file(tmp_path: Path) -> Callable[[str], dict[str, Any]]:
    """The --format json result of the answers leading to a LEANING, read from a file."""

    def result(leaning: str) -> dict[str, Any]:
        path = write_answers(tmp_path / "answers.json", answers_leading_to(leaning))  # type: ignore[arg-type]
        done = invoke("quiz", "--answers", str(path), "--no-input", "--format", "json")
        assert done.exit_code == 0, done.stderr
        document: dict[str, Any] = json.loads(done.stdout)
        return document

    return result


@pytest.mark.parametrize(
    ("way", "leaning"), [("numbers", "therapy"), ("labels", "psychotherapy"), ("ids", "therapy")]
)
def test_answers_typed_as_numbers_labels_or_words_give_the_result_of_an_answers_file(
    plain_quiz: Callable[..., Run],
    from_a_file: Callable[[str], dict[str, Any]],
    way: Way,
    leaning: str,
) -> None:
    answers = answers_leading_to(leaning)  # type: ignore[arg-type]
    # Then Enter at the review and at the offer of the SURE check.
    done = plain_quiz([*entries_for(answers, way), "", ""], "--plain", "--format", "json")

    assert done.exit_code == 0, done.stderr
    assert json_at_the_end(done.stdout) == from_a_file(leaning)


def test_b_asks_the_question_before_again_and_the_new_answer_counts(
    plain_quiz: Callable[..., Run], from_a_file: Callable[[str], dict[str, Any]]
) -> None:
    answers = answers_leading_to("therapy")
    typed = entries_for(answers, "numbers")
    second = applicable(BANK, answers)[1]
    # A wrong answer to the second question, b at the third, then the right one; and b
    # at the review, which asks the last question again.
    wrong = entry_for(second, (second.options[-1].id,), "numbers")
    lines = [typed[0], wrong, "b", typed[1], *typed[2:], "b", typed[-1], "", ""]
    done = plain_quiz(lines, "--plain", "--format", "json")

    assert done.exit_code == 0, done.stderr
    assert json_at_the_end(done.stdout) == from_a_file("therapy")
    total = len(applicable(BANK, answers))
    assert done.stdout.count(w.QUESTION_OF.format(number=2, total=total)) == 2


def test_going_back_to_the_safety_question_and_saying_yes_ends_the_quiz_with_crisis_help(
    plain_quiz: Callable[..., Run],
) -> None:
    done = plain_quiz(["b", "n", "1", "b", "b", "y"], "--plain", "--format", "json")

    assert done.exit_code == 0, done.stderr
    assert json_at_the_end(done.stdout)["suggestion"] == "crisis"
    assert w.PLAIN_NO_BACK in words(done.stdout)  # b at the first question goes nowhere


def test_the_progress_counts_the_questions_that_will_be_asked_and_no_more(
    plain_quiz: Callable[..., Run],
) -> None:
    """A question that only an answer opens (asked_if: the symptom check's four) is
    counted from the moment that answer is given, never before: no "10 of 10", then
    "11 of 14"."""
    opening = {q.asked_if.question: q.asked_if.option for q in BANK.questions if q.asked_if}
    answers: dict[str, Answer] = {}  # every default, but the answer that opens questions
    for question in BANK.questions:
        if is_asked(question, answers):
            default = () if question.kind == "multiple" else question.default_option.id
            answers[question.id] = opening.get(question.id, default)
    asked = applicable(BANK, answers)
    assert any(q.asked_if for q in asked)
    done = plain_quiz([*entries_for(answers, "numbers"), "", ""], "--plain", "--format", "json")
    assert done.exit_code == 0, done.stderr

    shown = [tuple(map(int, m)) for m in re.findall(r"Question (\d+) of (\d+)", done.stdout)]
    order = [q.id for q in asked]
    expected = []
    for number in range(1, len(asked) + 1):
        counted = [
            q for q in asked if q.asked_if is None or order.index(q.asked_if.question) < number - 1
        ]
        expected.append((number, len(counted)))
    assert shown == expected
    assert shown[-1] == (len(asked), len(asked))


def test_the_environment_switch_chooses_the_plain_quiz_and_q_quits_with_exit_130(
    plain_quiz: Callable[..., Run],
) -> None:
    done = plain_quiz(["", "q"], env={"THERAPY_GUIDE_PLAIN": "1"})

    assert done.exit_code == 130
    assert CANCELLED in done.stderr
    assert "Question 2 of" in done.stdout
    assert f"1. {BANK.questions[1].options[0].label}" in done.stdout  # numbered, so plain


def test_the_menu_leaves_out_every_reason_when_no_answer_leaned_and_never_says_0(
    plain_quiz: Callable[..., Run],
) -> None:
    done = plain_quiz([""] * 40, "--plain")  # Enter at every question, the review, the menu

    assert done.exit_code == 0, done.stderr
    menu = done.stdout[done.stdout.index(w.MENU) :]
    assert "(0)" not in menu
    assert w.MENU_REASONS.format(count=0) not in menu
    assert f"1. {w.MENU_COMPARE}" in menu


def test_the_plain_quiz_still_refuses_input_that_is_not_a_terminal() -> None:
    done = invoke("quiz", "--plain", stdin="n\n\n\n")

    assert done.exit_code == 2
    assert NEEDS_TERMINAL in words(done.stderr)
    assert done.stdout == ""


# --- in a pseudo-terminal with TERM=dumb -------------------------------------------------


@pytest.mark.slow
def test_enter_at_every_prompt_of_a_dumb_terminal_reaches_a_result_without_one_escape_byte(
    tmp_path: Path,
) -> None:
    # Each Enter is sent only once a whole prompt line, newline included, has arrived: a
    # prompt left open on its line would stop the test here.
    child = spawn_program("quiz", cwd=tmp_path, env={"TERM": "dumb"})
    seen = watched(child)
    raw = child.logfile_read
    prompts = 0
    while child.expect([PROMPT_END, "may fit"]) == 0:
        prompts += 1
        child.sendline("")
    # The result card is on screen, then the menu; Enter is Done.
    child.expect(PROMPT_END)
    child.sendline("")

    status = finish(child)

    assert status == 0
    assert "\x1b" not in raw.getvalue()
    shown = words(seen())
    everyone = applicable(BANK, {q.id: q.default_option.id for q in BANK.questions})
    assert prompts == len(everyone) + 1  # every question asked by default, and the review
    assert "Either approach may fit you." in shown
    assert "Call or text 988" in shown
    assert "1. Looks right: show my result" in shown


@pytest.mark.slow
def test_a_dumb_terminal_quiz_answered_in_words_gives_the_result_of_an_answers_file(
    tmp_path: Path, from_a_file: Callable[[str], dict[str, Any]]
) -> None:
    answers = answers_leading_to("psychotherapy")
    asked = applicable(BANK, answers)
    by_number = entries_for(answers, "numbers")
    by_label = entries_for(answers, "labels")
    by_word = entries_for(answers, "ids")
    typed = [by_word[0], "99", "?", by_number[1], "b", by_label[1]]
    typed += [(by_number, by_label, by_word)[n % 3][n] for n in range(2, len(asked))]
    child = spawn_program("quiz", "--format", "json", cwd=tmp_path, env={"TERM": "dumb"})
    raw = child.logfile_read = io.StringIO()
    for line in [*typed, "", ""]:  # and Enter at the review and at the SURE offer
        child.expect(PROMPT_END)
        child.sendline(line)

    status = finish(child)

    assert status == 0
    output = raw.getvalue().replace("\r\n", "\n")
    assert "\x1b" not in output
    assert json_at_the_end(output) == from_a_file("psychotherapy")
    asking = words(output[: output.index("\n{")])
    assert "99 is not one of the numbers 1 to" in asking
    assert asking.count(asked[1].text) == 3  # asked, repeated with ?, gone back to


@pytest.mark.slow
def test_q_in_a_dumb_terminal_quits_with_exit_130_and_nothing_saved(tmp_path: Path) -> None:
    child = spawn_program("quiz", cwd=tmp_path, env={"TERM": "dumb"})
    raw = child.logfile_read = io.StringIO()
    child.expect(PROMPT_END)
    child.sendline("q")

    status = finish(child)

    assert status == 130
    assert CANCELLED in words(raw.getvalue())
    assert "\x1b" not in raw.getvalue()
    assert list(tmp_path.iterdir()) == []
