"""--save PATH: a private summary to take to a first appointment.

Markdown, a self-contained HTML page or JSON, chosen by the extension; created 0600 through
a temporary file in the same folder; never overwriting without --force; refused before
the first question when it cannot be written.
"""

from __future__ import annotations

import html
import json
import os
import re
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from toolkit.answers import leaning_answers, write_answers
from toolkit.keys import CANCELLED, CTRL_C
from toolkit.places import Document
from toolkit.reading import schema_errors, words
from toolkit.running import QuizRun, Run, invoke, run_program

FORMATS = [".md", ".html", ".json"]
AtTheKeyboard = Callable[..., QuizRun]


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    """All-therapy answers, in a folder of their own (not the one saved into)."""
    (tmp_path / "in").mkdir()
    return write_answers(tmp_path / "in" / "answers.json", leaning_answers("therapy"))


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    """An empty folder to save into."""
    (tmp_path / "saves").mkdir()
    return tmp_path / "saves"


QUIZ = ("quiz", "--no-input", "--format", "json")


def save(answers: Path, target: Path, *more: str) -> Run:
    return invoke(*QUIZ, "--answers", str(answers), "--save", str(target), *more)


def result_of(answers: Path) -> Document:
    done = invoke(*QUIZ, "--answers", str(answers))
    assert done.exit_code == 0, done.stderr
    result: Document = json.loads(done.stdout)
    return result


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def listing(folder: Path) -> list[str]:
    """Every name in FOLDER, hidden ones included: a leftover temporary file shows up."""
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", FORMATS)
def test_save_writes_a_private_file_holding_the_suggestion_and_the_988_line(
    answers: Path, saves: Path, suffix: str
) -> None:
    target = saves / f"result{suffix}"
    done = save(answers, target)
    assert done.exit_code == 0, done.stderr
    assert listing(saves) == [target.name]
    assert mode(target) == 0o600
    text = target.read_text(encoding="utf-8")
    assert result_of(answers)["headline"] in text
    assert "988" in text


def test_a_saved_json_file_is_the_quiz_result_and_validates_against_its_schema(
    answers: Path, saves: Path
) -> None:
    target = saves / "result.json"
    done = save(answers, target)
    assert done.exit_code == 0, done.stderr
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert schema_errors("quiz", saved) == []
    assert saved == json.loads(done.stdout)
    assert saved["suggestion"] == "therapy"


def test_a_saved_html_file_is_a_whole_page_that_needs_nothing_from_the_network(
    answers: Path, saves: Path
) -> None:
    target = saves / "result.html"
    assert save(answers, target).exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "<html" in page
    assert "</html>" in page.lower()
    assert 'charset="utf-8"' in page.lower()
    external = re.findall(
        r"""<(?:script|link|img|iframe)\b[^>]*(?:src|href)\s*=\s*["']?(?:https?:)?//"""
        r"""|@import|url\(\s*["']?(?:https?:)?//""",
        page,
        flags=re.IGNORECASE,
    )
    assert external == []


def readable(path: Path) -> str:
    """What a person reads in a saved file, as words: HTML tags and escapes undone."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    elif path.suffix == ".json":
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return words(text)


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_saved_summary_holds_the_date_and_every_answer_in_words(
    answers: Path, saves: Path, suffix: str
) -> None:
    target = saves / f"result{suffix}"
    assert save(answers, target).exit_code == 0
    text = readable(target)
    assert date.today().isoformat() in text
    for row in result_of(answers)["answered"]:
        assert words(row["answer"]) in text


def test_after_saving_stderr_says_where_the_file_is_and_that_it_is_sensitive(
    answers: Path, saves: Path
) -> None:
    target = saves / "result.md"
    done = save(answers, target)
    assert done.exit_code == 0
    message = words(done.stderr)
    # Rich may wrap a long path at any character: look for it with the wrapping undone.
    assert str(target) in "".join(done.stderr.split())
    assert "sensitive" in message
    assert str(target) not in done.stdout


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_second_save_without_force_exits_2_and_leaves_the_file_untouched(
    tmp_path: Path, answers: Path, saves: Path, suffix: str
) -> None:
    target = saves / f"result{suffix}"
    assert save(answers, target).exit_code == 0
    before = target.read_bytes()
    stamp = target.stat().st_mtime_ns
    other = write_answers(tmp_path / "in" / "other.json", leaning_answers("psychotherapy"))
    done = save(other, target)
    assert done.exit_code == 2
    assert "--force" in words(done.stderr)
    assert done.stdout == ""
    assert target.read_bytes() == before
    assert target.stat().st_mtime_ns == stamp
    assert mode(target) == 0o600
    assert listing(saves) == [target.name]


def test_force_replaces_the_file_and_it_is_still_private(
    answers: Path, saves: Path, tmp_path: Path
) -> None:
    target = saves / "result.md"
    target.write_text("an older summary\n", encoding="utf-8")
    target.chmod(0o644)
    done = save(answers, target, "--force")
    assert done.exit_code == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert "an older summary" not in text
    assert result_of(answers)["headline"] in text
    assert mode(target) == 0o600
    assert listing(saves) == [target.name]


def test_saving_into_a_folder_that_does_not_exist_exits_2_and_writes_nothing(
    answers: Path, saves: Path
) -> None:
    target = saves / "missing" / "result.md"
    done = save(answers, target)
    assert done.exit_code == 2
    assert "does not exist" in words(done.stderr)
    assert done.stdout == ""
    assert listing(saves) == []


def test_saving_onto_a_folder_exits_2(answers: Path, saves: Path) -> None:
    (saves / "result.md").mkdir()
    done = save(answers, saves / "result.md")
    assert done.exit_code == 2
    assert (saves / "result.md").is_dir()
    assert listing(saves) == ["result.md"]


@pytest.mark.parametrize("name", ["result.txt", "result", "result.MD.bak", "result.pdf"])
def test_saving_to_another_extension_exits_2_naming_the_ones_allowed(
    answers: Path, saves: Path, name: str
) -> None:
    done = save(answers, saves / name)
    assert done.exit_code == 2
    assert ".md, .html or .json" in words(done.stderr)
    assert done.stdout == ""
    assert listing(saves) == []


def test_an_upper_case_extension_is_accepted(answers: Path, saves: Path) -> None:
    done = save(answers, saves / "RESULT.MD")
    assert done.exit_code == 0, done.stderr
    assert mode(saves / "RESULT.MD") == 0o600


@pytest.mark.slow
def test_a_saved_file_is_private_even_with_a_permissive_umask(answers: Path, saves: Path) -> None:
    old = os.umask(0)
    try:  # the child inherits the umask
        done = run_program(
            "quiz", "--answers", str(answers), "--no-input", "--save", "r.html", cwd=saves
        )
    finally:
        os.umask(old)
    assert done.exit_code == 0, done.stderr
    assert mode(saves / "r.html") == 0o600
    assert listing(saves) == ["r.html"]


# --- refused before the first question, at a keyboard -------------------------------


def test_a_bad_extension_is_refused_before_the_first_question_is_asked(
    at_the_keyboard: AtTheKeyboard, saves: Path
) -> None:
    run = at_the_keyboard("", "--save", str(saves / "result.txt"))
    assert run.exit_code == 2
    assert ".md, .html or .json" in words(run.stderr)
    assert run.asked == []
    assert listing(saves) == []


def test_an_existing_file_is_refused_before_the_first_question_is_asked(
    at_the_keyboard: AtTheKeyboard, saves: Path
) -> None:
    (saves / "result.md").write_text("mine\n", encoding="utf-8")
    run = at_the_keyboard("", "--save", str(saves / "result.md"))
    assert run.exit_code == 2
    assert "--force" in words(run.stderr)
    assert run.asked == []
    assert (saves / "result.md").read_text(encoding="utf-8") == "mine\n"


def test_cancelling_at_the_first_question_saves_nothing(
    at_the_keyboard: AtTheKeyboard, saves: Path
) -> None:
    run = at_the_keyboard(CTRL_C, "--save", str(saves / "result.md"))
    assert run.exit_code == 130
    assert len(run.asked) == 1  # the safety question
    assert run.stderr.strip() == CANCELLED
    assert listing(saves) == []


def test_a_folder_that_cannot_be_written_is_exit_2_not_an_internal_error() -> None:
    # /proc refuses new files even to root, whose permission checks always pass.
    done = invoke(
        "quiz",
        "--answers",
        "-",
        "--no-input",
        "--save",
        "/proc/therapy-guide-result.json",
        stdin=json.dumps(leaning_answers("therapy")),
    )
    assert done.exit_code == 2
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr
    assert "/proc/therapy-guide-result.json" in done.stderr
