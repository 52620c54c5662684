"""What a person sees when the program stops: a terminal emulator (pyte) at 80x24 and 40x24.

The program runs in a pseudo-terminal of that size; everything it writes is fed to a
screen of the same size, and the tests read the screen as it is left, not the captured
text: the crisis lines must still be in view, the card must fit, no word may be split.
"""

from __future__ import annotations

import re
import shutil
import stat
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from toolkit.answers import add_questions, default_answers, leaning_answers, write_answers
from toolkit.keys import END, ENTER, UP, keys_for, menu_key, prompt_marker
from toolkit.places import DATA
from toolkit.reading import as_shown, split_words, too_wide, words
from toolkit.running import invoke, on_a_dumb_terminal, plain_runner
from toolkit.terminal import Screen, on_screen

from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable, chosen
from therapy_guide.core.content.quiz import Question, QuestionBank

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


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_a_mistyped_crisis_option_leaves_the_lines_on_screen_above_the_error(
    rows: int, cols: int, tmp_path: Path
) -> None:
    screen = on_screen(["crisis", "--regoin", "UK"], [], rows=rows, cols=cols, home=tmp_path)
    assert screen.exit_status == 2
    shown = visible(screen)
    assert "Call or text 988" in shown and "Call 911" in shown
    assert shown.index("Call 911") < shown.index("Error: no such option --regoin")


@pytest.mark.parametrize(("rows", "cols"), SIZES)
@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
def test_a_region_that_is_no_country_is_named_at_the_top_of_the_quiz(
    rows: int, cols: int, term: str, tmp_path: Path
) -> None:
    first = w.YES_NO_HINT_NO if term != "dumb" else "(Enter alone: No):"
    screen = on_screen(
        ["quiz", "--region", "ZZ"],
        [(first, None)],
        rows=rows,
        cols=cols,
        home=tmp_path,
        env={"TERM": term},
    )
    shown = visible(screen)
    assert shown.index("'ZZ' is not a country code") < shown.index("Question 1 of")


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_more_as_the_pager_shows_whole_words_not_escape_codes(
    rows: int, cols: int, tmp_path: Path
) -> None:
    env = {"PAGER": "more", "THERAPY_GUIDE_NO_PAGER": None}
    steps: list[tuple[str, str | None]] = [("--More--", None)]
    screen = on_screen(["compare"], steps, rows=rows, cols=cols, home=tmp_path, env=env)
    page = [line for line in screen.lines if "--More--" not in line]
    assert "Therapy vs. psychotherapy" in visible(screen)
    assert split_words(page) == set()


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


PSYCHOTHERAPY = leaning_answers("psychotherapy", BANK)
ERASE = "\x15"  # Ctrl-U: the line typed so far (the name offered) is erased
NO_SUCH_FOLDER = "no/such/folder/my-result.md"


def answering(answers: dict[str, Answer]) -> list[tuple[str, str]]:
    """The keys that give ANSWERS at each prompt as it comes, then Enter at the review."""
    asked = applicable(BANK, answers)
    return [(prompt_marker(q), keys_for(q, answers[q.id])) for q in asked] + [
        (w.REVIEW_DONE, ENTER)
    ]


@pytest.fixture(scope="module")
def menu_walks(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], tuple[Screen, Path]]:
    """Answers that lean to psychotherapy, then every choice of the menu in turn: every
    reason and the comparison (each through a pager that keeps what it got in
    paged.txt); save to a folder that does not exist, then erase the name and go back;
    save with the name offered; the SURE check; save again; done. One run per width;
    the screen and the folder it ran in."""

    @cache
    def walk(cols: int) -> tuple[Screen, Path]:
        home = tmp_path_factory.mktemp(f"menu{cols}")
        pager = f"sh -c 'cat >> \"{home / 'paged.txt'}\"; echo PAGED'"
        env = {"PAGER": pager, "THERAPY_GUIDE_NO_PAGER": None}
        check = BANK.decision_check
        assert check is not None

        def pick(choice: str) -> tuple[str, str]:
            return (w.MENU_DONE, menu_key(choice, PSYCHOTHERAPY) + ENTER)

        steps: list[tuple[str, str | None]] = [
            *answering(PSYCHOTHERAPY),
            pick("reasons"),
            ("PAGED", ""),
            pick("compare"),
            ("PAGED", ""),
            pick("save"),
            (w.PATH_HINT, ERASE + NO_SUCH_FOLDER + ENTER),  # refused: asked again
            ("does not exist", ""),
            (w.PATH_HINT, ERASE + ENTER),  # an empty name: back to the menu
            pick("save"),
            (w.PATH_HINT, ENTER),
            pick("sure"),
            *[(w.YES_NO_HINT_NO, ENTER) for _ in check.items],
            pick("save"),
            (w.PATH_HINT, ENTER),
            (w.MENU_DONE, ENTER),
        ]
        screen = on_screen(["quiz"], steps, rows=24, cols=cols, home=home, env=env)
        return screen, home

    return walk


def seen_in(screen: Screen) -> str:
    return words("\n".join(line for moment in screen.moments for line in moment))


@pytest.mark.parametrize("cols", [80, 40])
def test_every_reason_and_the_comparison_go_through_the_pager_and_back_to_the_menu(
    menu_walks: Callable[[int], tuple[Screen, Path]], cols: int
) -> None:
    screen, home = menu_walks(cols)
    assert screen.exit_status == 0
    paged = words((home / "paged.txt").read_text(encoding="utf-8"))
    assert paged.index(w.WHY) < paged.index(content.comparison().title)
    shown = [words("\n".join(moment)) for moment in screen.moments]
    back = [m for m in shown if "PAGED" in m and words(w.MENU) in m.split("PAGED")[-1]]
    assert len(back) >= 2  # after each pager, the menu again


@pytest.mark.parametrize("cols", [80, 40])
def test_the_sure_check_chosen_from_the_menu_starts_at_once(
    menu_walks: Callable[[int], tuple[Screen, Path]], cols: int
) -> None:
    check = BANK.decision_check
    assert check is not None
    seen = seen_in(menu_walks(cols)[0])
    assert words(check.items[0].text) in seen
    assert words(check.offer) not in seen  # no second question before it


@pytest.mark.parametrize("cols", [80, 40])
def test_saving_from_the_menu_writes_what_save_writes_and_then_offers_the_next_free_name(
    menu_walks: Callable[[int], tuple[Screen, Path]], cols: int
) -> None:
    screen, home = menu_walks(cols)
    day = date.today().isoformat()
    first = home / w.SUMMARY_NAME.format(day=day, again="")
    again = home / w.SUMMARY_NAME.format(day=day, again="-2")
    assert set(home.glob("therapy-guide-result-*.md")) == {first, again}
    for saved in (first, again):
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    seen = seen_in(screen)
    assert words(w.PATH_HINT) in seen  # says that Ctrl-C goes back
    assert again.name in seen  # the second save offered the next free name
    answers = write_answers(home / "answers.json", PSYCHOTHERAPY)
    by_file = home / "by-file.md"
    done = invoke("quiz", "--answers", str(answers), "--no-input", "--save", str(by_file))
    assert done.exit_code == 0, done.stderr
    assert first.read_text() == by_file.read_text()


@pytest.mark.parametrize("cols", [80, 40])
def test_a_name_that_will_not_do_is_said_whole_and_an_empty_one_goes_back_to_the_menu(
    menu_walks: Callable[[int], tuple[Screen, Path]], cols: int
) -> None:
    screen, home = menu_walks(cols)
    said = next(m for m in screen.moments if any("does not exist" in line for line in m))
    start = next(n for n, line in enumerate(said) if line.startswith("That answer was not"))
    end = next(n for n, line in enumerate(said) if "does not exist" in line)
    why = said[start : end + 1]
    assert any(NO_SUCH_FOLDER in line for line in why)  # the name whole, on one line
    assert split_words(why) == set()
    assert w.SAVE_CANCELLED in seen_in(screen)
    assert not (home / "no").exists()


# --- prompts never swallow a key ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["n", "y", "no", "YES"])
def test_a_letter_and_enter_at_a_yes_no_prompt_leave_the_next_question_waiting(
    typed: str, tmp_path: Path
) -> None:
    """The symptom-check offer: y or n, then Enter, answers it and nothing more."""
    *before, offer = enter_through()[: len(QUESTIONS)]  # up to the symptom-check offer
    keys = [*before, (offer[0], typed + ENTER)]
    first = next(q for q in BANK.questions if q.section == "phq4")
    opened = len(applicable(BANK, {**default_answers(BANK), "symptom_check": "yes"}))
    asked = w.QUESTION_OF.format(number=len(QUESTIONS) + 1, total=opened)
    if typed.lower().startswith("y"):
        then = [(asked, ""), (first.options[-1].label, None)]
    else:
        then = [(w.REVIEW_DONE, None)]
    screen = on_screen(["quiz"], [*keys, *then], rows=24, cols=80, home=tmp_path)
    shown = visible(screen)
    if typed.lower().startswith("y"):
        assert words(first.text)[:40] in shown  # asked, and still waiting for its answer
        assert all(o.label in shown for o in first.options)
        assert f"Question {len(QUESTIONS) + 2}" not in shown
    else:
        assert w.REVIEW in shown
        assert f"Question {len(QUESTIONS) + 1}" not in shown


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


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_no_prompt_or_message_splits_a_word_at_any_width(
    walks: Callable[[int], Screen], cols: int
) -> None:
    screen = walks(cols)
    seen = [*screen.lines, *(line for moment in screen.moments for line in moment)]
    assert split_words(seen) == set(), f"words cut at {cols} columns"


# Every command a person reads, as a dumb terminal (Emacs' shell, an IDE console) shows it.
READING = [
    [],
    ["--help"],
    ["quiz", "--help"],
    ["compare"],
    ["compare", "--full"],
    ["myths"],
    ["questions"],
    ["crisis"],
    ["crisis", "--details"],
    ["crisis", "--region", "UK"],
    ["providers"],
    ["find-care"],
    ["find-care", "--region", "AU"],
    ["find-care", "--region", "UK"],
    ["approaches"],
    ["about"],
]
# A table's frame: Unicode's box-drawing characters, or their ASCII stand-ins in a pipe.
BOX = re.compile(r"[\u2500-\u257f]|^[+|]", re.MULTILINE)


@pytest.mark.parametrize("cols", [20, 40, 80])
@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a) or "welcome")
def test_on_a_dumb_terminal_every_reading_command_fits_its_width_without_a_split_word(
    args: list[str], cols: int
) -> None:
    done, shown = on_a_dumb_terminal(*args, cols=cols)
    assert done.exit_code == 0, done.stderr
    assert split_words(shown) == set(), f"words cut at {cols} columns"
    assert not BOX.search(done.stdout)


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_on_a_dumb_terminal_the_plain_quiz_and_every_menu_choice_split_no_word(
    cols: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every question, the review, the card, then every reason, the comparison, the SURE
    check and saving, in plain lines at the terminal's width (as Emacs' shell sets it)."""
    monkeypatch.chdir(tmp_path)
    answers = PSYCHOTHERAPY
    check = BANK.decision_check
    assert check is not None
    typed = [entry_for(q, answers[q.id]) for q in applicable(BANK, answers)] + [""]
    for choice, then in [("reasons", []), ("compare", []), ("sure", ["y"] * len(check.items))]:
        typed += [menu_key(choice, answers), *then]
    typed += [menu_key("save", answers), "", ""]  # the name offered, then done
    terminal = {"TERM": "dumb", "COLUMNS": str(cols), "LINES": None, "TTY_COMPATIBLE": "1"}
    done = plain_runner(monkeypatch)(typed, env=terminal)
    assert done.exit_code == 0, done.stderr
    said = words(done.stdout)
    assert w.HOW_SURE in said and words(content.comparison().title) in said
    assert split_words(as_shown(done.stdout, cols)) == set(), f"words cut at {cols} columns"
    # "Saved your result to PATH": the path is kept whole, on a line of its own, however long.
    said = re.sub(rf"\S*{re.escape(str(tmp_path.resolve()))}\S*", "PATH", done.stderr)
    assert split_words(as_shown(said, cols)) == set()


def entry_for(question: Question, answer: Answer) -> str:
    """The numbers that give ANSWER to QUESTION in the plain quiz (y or n for a yes/no)."""
    if question.confirm:
        return "y" if answer == "yes" else "n"
    ids = [o.id for o in question.options]
    return ", ".join(str(ids.index(i) + 1) for i in chosen(answer)) or "none"


@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
def test_the_plain_quiz_keeps_to_the_terminals_own_width_over_a_stale_columns(
    term: str, tmp_path: Path
) -> None:
    """COLUMNS=120 from when the window was wider (Emacs sets it once): the card and the
    menu still fit the 40 columns the terminal has now."""
    prompts = [(w.PLAIN_PICK.split("(")[1][:11], ENTER)] * (len(QUESTIONS) + 1)
    steps = [*prompts, (w.MENU_DONE, None)]
    env = {"TERM": term, "COLUMNS": "120"}
    screen = on_screen(["quiz", "--plain"], steps, rows=24, cols=40, home=tmp_path, env=env)
    assert w.MENU_DONE in visible(screen)
    assert split_words(screen.lines) == set()


@pytest.mark.parametrize("cols", [40, 80])
def test_a_real_dumb_terminal_wraps_the_crisis_lines_at_its_own_width(
    cols: int, tmp_path: Path
) -> None:
    """The terminal's own size, with COLUMNS and LINES unset as in a person's shell."""
    screen = on_screen(["crisis"], [], rows=24, cols=cols, home=tmp_path, env={"TERM": "dumb"})
    assert screen.exit_status == 0
    assert split_words(screen.lines) == set()
    assert "Call or text 988" in visible(screen)


# A bank grown to 18 answers to review (today's has 14 at most), and answers that take
# every question: the symptom check, yes.
GROWN_TO = 18


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, QuestionBank, dict[str, Answer]]:
    data = tmp_path_factory.mktemp("grown") / "data"
    shutil.copytree(DATA, data)
    everyone = len(applicable(BANK, {**default_answers(BANK), "symptom_check": "yes"})) - 1
    add_questions(data, GROWN_TO - everyone)
    bank = content.load_file("questions.toml", QuestionBank, data)
    answers = default_answers(bank)
    answers = {**default_answers(bank), "symptom_check": "yes"}
    answers = {q.id: answers.get(q.id, q.default_option.id) for q in applicable(bank, answers)}
    assert len(answers) - 1 == GROWN_TO  # all but safety
    return data, bank, answers


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_a_review_of_18_answers_fits_the_screen_a_page_at_a_time_with_help_always_there(
    grown: tuple[Path, QuestionBank, dict[str, Answer]], rows: int, cols: int, tmp_path: Path
) -> None:
    data, bank, answers = grown
    asked = applicable(bank, answers)
    # Each question by its own words and hint: the added ones are alike but for a number.
    steps = [(f"{q.text} {prompt_marker(q)}", keys_for(q, answers[q.id])) for q in asked]
    env = {"THERAPY_GUIDE_DATA_DIR": str(data)}

    def review(*turns: str) -> list[str]:
        """The review's page after pressing TURNS (each: End, Up, Enter: turn the page)."""
        more = [("show the crisis lines", turn) for turn in turns]
        last = ("show the crisis lines", None)
        home = tmp_path / str(len(turns))
        home.mkdir()
        return on_screen(
            ["quiz"], [*steps, *more, last], rows=rows, cols=cols, home=home, env=env
        ).lines

    pages = [review()]
    turn = w.REVIEW_MORE.split("(")[0].strip()
    if turn in words("\n".join(pages[0])):
        pages.append(review(END + UP + ENTER))
    for page in pages:
        shown = words("\n".join(page))
        top = shown.rindex(w.REVIEW)  # the question, and below it the whole list
        assert w.REVIEW_DONE in shown[top:]
        assert shown.endswith(w.REVIEW_HELP_NOW)
        assert too_wide("\n".join(page), cols) == []
    every = words("\n".join(line for page in pages for line in page))
    for q in asked[1:]:
        assert f"{q.label}:" in every, q.id
    if cols == 40:
        assert len(pages) == 2  # 18 answers, wrapped at 40 columns, take two pages


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_the_plain_review_of_18_answers_fits_the_screen_a_page_at_a_time(
    grown: tuple[Path, QuestionBank, dict[str, Answer]],
    monkeypatch: pytest.MonkeyPatch,
    rows: int,
    cols: int,
) -> None:
    data, bank, answers = grown
    typed = ["y" if answers[q.id] == "yes" else "" for q in applicable(bank, answers)]
    turn = w.REVIEW_MORE.split("(")[0].strip()  # said in words: "Show more of my answers"
    terminal = {"TERM": "dumb", "COLUMNS": str(cols), "LINES": str(rows)}
    env = {**terminal, "THERAPY_GUIDE_DATA_DIR": str(data)}
    done = plain_runner(monkeypatch)([*typed, turn, "", ""], env=env)
    assert done.exit_code == 0, done.stderr
    shown = as_shown(done.stdout, cols)
    starts = [n for n, line in enumerate(shown) if line.startswith(w.REVIEW[:20])]
    if cols == 40:
        assert len(starts) == 2  # 18 answers, wrapped at 40 columns, take two pages
    every = ""
    for start in starts:
        end = next(n for n in range(start, len(shown)) if shown[n].startswith("Type a"))
        page = shown[start - 1 : end + 2]  # the blank line before, the line typed after
        every += words("\n".join(page))
        assert len(page) <= rows
        assert words("\n".join(page[:-2])).endswith(w.REVIEW_HELP_NOW)
    for q in applicable(bank, answers)[1:]:
        assert f"{q.label}:" in every, q.id


def test_the_review_at_40_columns_shows_every_answer_whole(tmp_path: Path) -> None:
    keys = enter_through()[: len(QUESTIONS)]
    # Its last line drawn: the list is whole on screen (a page of it, when it needs more).
    last = (w.REVIEW_HELP_NOW.split(":")[0], None)
    screen = on_screen(["quiz"], [*keys, last], rows=24, cols=40, home=tmp_path)
    shown = visible(screen)
    labels = [q.label for q in QUESTIONS[1:]]
    on_this_page = [label for label in labels if f"{label}:" in shown]
    assert on_this_page == labels[: len(on_this_page)] and len(on_this_page) >= 3
    more = w.REVIEW_MORE.split("(")[0].strip()
    assert on_this_page == labels or more in shown  # the rest is a page away
    assert all(len(line.rstrip()) <= 40 for line in screen.lines)
