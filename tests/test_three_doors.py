"""Three doors: who to see first leads the result, a passing wish is urgent and never a
dead end, a yes to safety says what to do about means and about others, and one urgency
is said the same way everywhere. The personas (tests/test_honest_content.py) check what
each person is told; these check the promises that hold for every result.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from toolkit.answers import write_answers
from toolkit.keys import ENTER
from toolkit.places import SAMPLE_ANSWERS
from toolkit.reading import words
from toolkit.running import invoke, quiz_output
from toolkit.terminal import on_screen

from therapy_guide.core import content
from therapy_guide.core import words as w

PERSONAS = sorted((Path(__file__).parent / "personas").glob("*.json"))
BANK = content.question_bank()
# The phrases that name a time to reach out, one for each level that names one ("soon"
# alone is also said of support in general, so its level is named by its how-soon words).
WHEN = {"today": "today", "this_week": "this week", "soon": "the next week or two"}


def persona(stem: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(
        (Path(__file__).parent / "personas" / f"{stem}.json").read_text()
    )
    return doc


def opted_in(doc: dict[str, Any]) -> dict[str, Any]:
    answers: dict[str, Any] = doc["answers"]
    if answers.get("safety") == "yes":
        return answers
    opted: dict[str, Any] = answers | {"symptom_check": "yes"} | doc["symptom_check"]
    return opted


def saved(answers: dict[str, Any], tmp_path: Path, suffix: str) -> str:
    target = tmp_path / f"summary{suffix}"
    target.unlink(missing_ok=True)
    quiz_output(answers, "--save", str(target))
    return target.read_text(encoding="utf-8")


# --- shorter ---------------------------------------------------------------------------


def test_the_scripted_result_for_the_sample_answers_is_at_most_45_lines_at_80_columns() -> None:
    done = invoke("quiz", "--answers", str(SAMPLE_ANSWERS), "--no-input")
    assert done.exit_code == 0, done.stderr
    assert len(done.stdout.splitlines()) <= 45


def test_the_saved_summary_for_the_sample_answers_is_at_most_700_words(tmp_path: Path) -> None:
    answers = json.loads(SAMPLE_ANSWERS.read_text(encoding="utf-8"))
    assert len(saved(answers, tmp_path, ".md").split()) <= 700


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_no_output_quotes_the_article_twice_or_says_1_points(path: Path, tmp_path: Path) -> None:
    answers = opted_in(json.loads(path.read_text(encoding="utf-8")))
    shown = {
        "text": quiz_output(answers),
        "markdown": quiz_output(answers, "--format", "markdown"),
        "summary": saved(answers, tmp_path, ".md"),
    }
    for name, text in shown.items():
        quotes = re.findall(r"[“\"]([^”\"]{12,})[”\"]", words(text))
        twice = {q for q in quotes if quotes.count(q) > 1}
        assert not twice, f"{name} quotes twice: {twice}"
        assert not re.search(r"\b1 points\b", text), name


# --- a yes to safety -------------------------------------------------------------------

CRISIS_STEPS = BANK.result.next_steps["crisis"]


@pytest.mark.parametrize("where", ["text", "markdown", "json", ".md", ".html"])
def test_a_yes_to_safety_says_what_to_do_about_means_about_others_and_company_everywhere(
    where: str, tmp_path: Path
) -> None:
    answers = persona("man_with_thoughts_of_shooting_a_coworker")["answers"]
    if where.startswith("."):
        shown = saved(answers, tmp_path, where)
    else:
        shown = quiz_output(answers, "--format", where)
    flowing = words(shown.replace("&#x27;", "'").replace("&#39;", "'"))
    if where == "json":
        assert json.loads(shown)["urgency"] == "crisis"
    for step in CRISIS_STEPS:  # reach out, others, means, company
        assert words(step) in flowing, step
    assert "a gun or pills" in flowing and "Move away from them" in flowing


def test_the_crisis_command_says_what_to_do_about_means_and_others_too() -> None:
    shown = words(invoke("crisis").stdout)
    assert words(content.crisis_directory().intro) in shown
    assert "guns or pills" in shown and "move away from them" in shown


# --- one urgency -----------------------------------------------------------------------


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_an_urgent_result_names_one_time_to_reach_out_in_every_sentence_that_names_one(
    path: Path, tmp_path: Path
) -> None:
    result = json.loads(quiz_output(opted_in(json.loads(path.read_text())), "--json"))
    level = result["urgency"]
    if level not in WHEN:
        return
    said = [result["how_soon"], result.get("opening", {}).get("message", ""), result["lean"]]
    said += result["next_steps"][:3]
    said += [x["why"] for x in result["start_with"]] + [n["text"] for n in result["notes"]]
    if "screen" in result:
        said.append(result["screen"]["advice"])
    others = [phrase for other, phrase in WHEN.items() if other != level]
    for sentence in said:
        assert not any(phrase in sentence for phrase in others), (level, sentence)
    assert WHEN[level] in result["how_soon"]


# --- doors -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_saved_summary_names_who_to_see_first_before_the_suggestion(
    suffix: str, tmp_path: Path
) -> None:
    doc = persona("drinks_every_night_with_morning_shakes")
    text = words(saved(opted_in(doc), tmp_path, suffix).replace("&#x27;", "'"))
    door = next(o for o in BANK.question("also_part").options if o.id == "alcohol_drugs")  # type: ignore[union-attr]
    assert door.door is not None
    headline = words(BANK.result.therapy.headline)
    assert text.index(words(door.door.who)) < text.index(headline)
    assert "1-800-662-4357" in text  # where to turn in the US
    assert door.door.cite in text  # the guideline it rests on, by number and year
    assert "Alcohol-use disorders" not in text  # and no condition's name beside the answers


def test_none_with_a_door_in_an_answers_file_is_an_error_naming_the_question() -> None:
    answers = json.loads(SAMPLE_ANSWERS.read_text(encoding="utf-8"))
    answers["also_part"] = ["eating", "none"]
    done = invoke("quiz", "--answers", "-", "--no-input", stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert "also_part: none cannot be given with another option" in words(done.stderr)


@pytest.mark.parametrize(("rows", "cols"), [(24, 80), (24, 40)])
def test_an_urgent_card_with_two_doors_keeps_who_comes_first_the_suggestion_and_a_line_on_screen(
    rows: int, cols: int, tmp_path: Path
) -> None:
    doc = persona("student_smoking_strong_cannabis_who_fears_classmates")
    answers = opted_in(doc) | {"safety_weeks": "yes"}  # today: the longest card there is
    path = write_answers(tmp_path / "answers.json", answers)
    steps = [(w.REVIEW_DONE, ENTER), (w.MENU_DONE, None)]
    screen = on_screen(["quiz", "--answers", str(path)], steps, rows=rows, cols=cols, home=tmp_path)
    shown = words("\n".join(screen.lines))
    assert words(BANK.result.therapy.headline) in shown
    assert "Call or text 988" in shown
    assert w.START_WITH_SHORT in shown or w.START_WITH in shown
    assert w.MENU_DONE in shown


def test_how_soon_names_who_comes_first_not_any_counselor() -> None:
    """Alcohol with morning shakes: a doctor before any cut, this week; "a doctor or
    counselor" there would contradict the door (the bilingual clinician's sixth finding)."""
    doc = json.loads(
        (
            Path(__file__).parent / "personas" / "miguel_farmworker_who_drinks_to_sleep.json"
        ).read_text()
    )
    result = json.loads(quiz_output(opted_in(doc), "--json"))
    first = result["start_with"][0]["who"]
    assert result["urgency"] == "this_week"
    assert first.split(" ", 1)[1] in result["how_soon"]  # "a doctor or an addiction service"
    assert result["how_soon"].startswith("Please see a doctor")
    assert "counselor" not in result["how_soon"]


@pytest.mark.parametrize(
    ("who", "said"),
    [
        ("A doctor", "a doctor"),
        ("Your midwife, OB or doctor", "your midwife, OB or doctor"),
        ("OB or midwife", "OB or midwife"),
        ("GP", "GP"),
    ],
)
def test_who_comes_first_reads_inside_a_sentence_with_its_acronyms_whole(
    who: str, said: str
) -> None:
    from therapy_guide.core.urgency import in_a_sentence

    assert in_a_sentence(who) == said
