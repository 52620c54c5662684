"""Answers from a file: a script builds them from `questions --format json`, the quiz
scores them exactly as it scores a person at a terminal, and every problem in a file is
named together (question id and valid choices), exit 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from toolkit.answers import (
    applies,
    expected_scores,
    leaning_answers,
    option_ids,
    published_bank,
    published_question,
    published_questions,
    toml_text,
    write_answers,
)
from toolkit.places import Document
from toolkit.reading import schema_errors, words
from toolkit.running import Run, invoke, run_program, run_program_measured, run_program_once

from therapy_guide.core.asking import Answer

Answers = dict[str, Answer | object]
QUIZ = ("quiz", "--no-input", "--format", "json")
FROM_STDIN = (*QUIZ, "--answers", "-")


def names(stderr: str, question_id: str) -> bool:
    """Whether stderr has a problem line ("  - focus: ...") about QUESTION_ID."""
    quoted = rf"""['"]?{re.escape(question_id)}['"]?"""
    return re.search(rf"(?m)^\s*-\s*{quoted}:", stderr) is not None


def refused(done: Run, *, naming: Iterable[str] = ()) -> None:
    """A refused answers file: exit 2, nothing on stdout, no traceback, and a problem line
    for each question id NAMING gives."""
    assert done.exit_code == 2, done.output
    assert done.stdout == ""
    assert "Traceback" not in done.output
    for qid in naming:
        assert names(done.stderr, qid), f"{qid} is not named in:\n{done.stderr}"


def all_therapy_answers() -> Answers:
    return dict(leaning_answers("therapy"))


def all_psychotherapy_answers() -> Answers:
    return dict(leaning_answers("psychotherapy"))


def contacts(result: Document) -> str:
    return " ".join(r["contact"] for r in result["crisis_resources"])


# --- the round trip: questions --format json -> an answers file -> quiz ------------------


@pytest.mark.slow
def test_the_question_bank_a_script_reads_is_the_one_the_quiz_scores() -> None:
    done = run_program_once("questions", "--format", "json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout) == published_bank()


@pytest.mark.parametrize(
    ("suggestion", "build"),
    [("therapy", all_therapy_answers), ("psychotherapy", all_psychotherapy_answers)],
    ids=["therapy", "psychotherapy"],
)
def test_answers_that_all_lean_one_way_get_that_suggestion_with_the_published_points(
    tmp_path: Path, suggestion: str, build: Callable[[], Answers]
) -> None:
    answers = build()
    path = write_answers(tmp_path / "answers.json", answers)
    done = invoke("quiz", "--answers", str(path), "--no-input", "--format", "json")
    assert done.exit_code == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["suggestion"] == suggestion
    assert result["scores"] == expected_scores(answers)
    assert schema_errors("quiz", result) == []
    assert done.stderr == ""


def test_a_file_that_opts_in_to_the_symptom_check_gets_its_screen_first_when_it_is_high() -> None:
    phq4 = ["phq4_nervous", "phq4_worry", "phq4_interest", "phq4_down"]
    answers = all_psychotherapy_answers() | {"symptom_check": "yes"}
    answers |= dict.fromkeys(phq4, "nearly_every_day")
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["screen"]["total"] == result["screen"]["maximum"]
    assert result["screen"]["urgent"] is True
    assert list(result)[1] == "urgent_opening"  # before the suggestion, as on screen


def test_answering_yes_to_the_safety_question_gives_the_crisis_lines_with_988_and_911(
    tmp_path: Path,
) -> None:
    path = write_answers(tmp_path / "crisis.json", {"safety": "yes"})
    done = invoke("quiz", "--answers", str(path), "--no-input", "--format", "json")
    assert done.exit_code == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["suggestion"] == "crisis"
    assert "988" in contacts(result)
    assert "911" in contacts(result)
    assert schema_errors("quiz", result) == []


@pytest.mark.slow
def test_answers_dash_reads_json_from_standard_input() -> None:
    done = run_program(*FROM_STDIN, stdin=json.dumps(all_therapy_answers()))
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["suggestion"] == "therapy"


def test_a_toml_answers_file_gives_the_same_result_as_the_json_one(tmp_path: Path) -> None:
    answers = all_psychotherapy_answers()
    results = []
    for name in ("a.json", "a.toml"):
        path = write_answers(tmp_path / name, answers)
        done = invoke(*QUIZ, "--answers", str(path))
        assert done.exit_code == 0, done.stderr
        results.append(json.loads(done.stdout))
    assert results[0] == results[1]


def test_answering_only_neutral_options_gives_either() -> None:
    answers: Answers = {}
    for q in published_questions():
        if applies(q, answers):
            answers[q["id"]] = [] if q["kind"] == "multiple" else q["default"]
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["suggestion"] == "either"


# --- hypothesis: valid documents always give a result, broken ones always exit 2 ---------

# Each example runs the whole quiz in-process: 30 a test keeps the suite inside its budget,
# and every run draws new ones.
EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
IDS = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)


def crisis_options() -> list[str]:
    return [o["id"] for o in published_question("safety")["options"] if o["crisis"]]


def answer_to(draw: st.DrawFn, q: Document) -> object:
    """A valid answer to Q: one option id, or a list of them (repeats and none allowed)."""
    choices = st.sampled_from(option_ids(q))
    if q["kind"] == "multiple":
        picked = draw(st.lists(choices, max_size=len(q["options"]) + 1))
        alone = {o["id"] for o in q["options"] if o["exclusive"]}  # "none of these"
        return [p for p in picked if p not in alone] if len(set(picked)) > 1 else picked
    return draw(choices)


@st.composite
def valid_answers(draw: st.DrawFn, *, crisis: bool | None = None) -> Answers:
    """A complete, valid answers document (a crisis one may answer any other subset).

    Opting in to the symptom check means answering its four questions: with --no-input
    they are then as required as the rest.
    """
    if crisis is None:
        crisis = draw(st.integers(0, 3)) == 0
    safety = published_question("safety")
    allowed = [o["id"] for o in safety["options"] if o["crisis"] == crisis]
    answers: Answers = {"safety": draw(st.sampled_from(allowed))}
    for q in published_questions()[1:]:
        if applies(q, answers) and (not crisis or draw(st.booleans())):
            answers[q["id"]] = answer_to(draw, q)
    return answers


FILE_KINDS = st.sampled_from(["stdin", ".json", ".toml"])


def run_quiz(answers: Answers, kind: str, folder: Path) -> Run:
    if kind == "stdin":
        return invoke(*FROM_STDIN, stdin=json.dumps(answers))
    path = write_answers(folder / f"answers{kind}", answers)
    return invoke(*QUIZ, "--answers", str(path))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("answers")


@EXAMPLES
@given(answers=valid_answers(), kind=FILE_KINDS)
def test_any_valid_answers_file_gives_exit_0_and_a_schema_valid_result(
    folder: Path, answers: Answers, kind: str
) -> None:
    done = run_quiz(answers, kind, folder)
    assert done.exit_code == 0, done.stderr
    assert "Traceback" not in done.output
    result = json.loads(done.stdout)
    assert schema_errors("quiz", result) == []
    if answers["safety"] in crisis_options():
        assert result["suggestion"] == "crisis"
        return
    assert result["scores"] == expected_scores(answers)
    lean = result["scores"]["psychotherapy"] - result["scores"]["therapy"]
    margin = published_bank()["margin"]
    expected = "psychotherapy" if lean >= margin else "therapy" if lean <= -margin else "either"
    assert result["suggestion"] == expected
    assert result["answers"].keys() == answers.keys()


def wrong_type(draw: st.DrawFn, q: Document, kind: str) -> object:
    """A value of the wrong shape for Q: a number, a list for a single question, a string
    for a multiple one, and in JSON also null or an object."""
    numbers: st.SearchStrategy[object] = st.integers() | st.floats(allow_nan=False)
    if not is_yes_no(q):  # true and false are fine answers to a yes/no question
        numbers |= st.booleans()
    wrong: st.SearchStrategy[object]
    if q["kind"] == "multiple":
        wrong = numbers | st.sampled_from(option_ids(q)) | st.lists(numbers, min_size=1)
    else:
        wrong = numbers | st.lists(st.sampled_from(option_ids(q)), max_size=2)
    if kind != ".toml":
        wrong |= st.none() | st.dictionaries(IDS, st.text(max_size=3), max_size=2)
    return draw(wrong)


def is_yes_no(q: Document) -> bool:
    return sorted(option_ids(q)) == ["no", "yes"]


def unknown_option(draw: st.DrawFn, q: Document) -> object:
    bad = draw(IDS.filter(lambda x: x not in option_ids(q)))
    if q["kind"] == "multiple":
        good = draw(st.lists(st.sampled_from(option_ids(q)), max_size=2))
        return [*good, bad]
    return bad


@st.composite
def misshapen_answers(draw: st.DrawFn, kind: str) -> tuple[Answers, set[str]]:
    """A valid document with 1-4 problems of shape: unknown question ids, unknown option ids,
    wrong types. Returns the document and every question id it should be named by.
    Never a request for crisis help: that wins over any problem (tested on its own)."""
    answers = draw(valid_answers(crisis=False))
    targets = draw(
        st.lists(st.sampled_from(sorted(set(answers) - {"safety"})), unique=True, max_size=3)
    )
    for qid in targets:
        q = published_question(qid)
        if draw(st.booleans()):
            answers[qid] = wrong_type(draw, q, kind)
        else:
            answers[qid] = unknown_option(draw, q)
    known = {q["id"] for q in published_questions()}
    strangers = draw(
        st.lists(IDS.filter(lambda x: x not in known), unique=True, max_size=2, min_size=0)
    )
    for qid in strangers:
        answers[qid] = draw(st.sampled_from(["yes", "no", 1, ["x"]]))
    offenders = {*targets, *strangers}
    if not offenders:  # at least one problem
        stranger = draw(IDS.filter(lambda x: x not in known))
        answers[stranger] = "no"
        offenders.add(stranger)
    return answers, offenders


@st.composite
def incomplete_answers(draw: st.DrawFn) -> tuple[Answers, set[str]]:
    """A valid document missing answers and/or answering the symptom check's questions
    without opting in. Returns it and every question id it should be named by."""
    answers = draw(valid_answers(crisis=False))
    phq = [q for q in published_questions() if q.get("asked_if")]
    for _ in range(draw(st.integers(1, 3))):
        if answers and draw(st.booleans()) is True:
            del answers[draw(st.sampled_from(sorted(answers)))]
        else:
            answers["symptom_check"] = "no"
            for q in draw(st.lists(st.sampled_from(phq), min_size=1, unique_by=lambda q: q["id"])):
                answers[q["id"]] = answer_to(draw, q)
    # Once a person opts in to a conditional question, --no-input needs its answer too.
    offenders = {
        q["id"]
        for q in published_questions()
        if (q["id"] in answers and not applies(q, answers))
        or ((q["required"] or q.get("asked_if")) and q["id"] not in answers and applies(q, answers))
    }
    assume(offenders)  # a later change can undo an earlier one
    return answers, offenders


@EXAMPLES
@given(data=st.data(), kind=FILE_KINDS)
def test_any_misshapen_answers_file_exits_2_naming_every_offending_question_id(
    folder: Path, data: st.DataObject, kind: str
) -> None:
    answers, offenders = data.draw(misshapen_answers(kind))
    refused(run_quiz(answers, kind, folder), naming=offenders)


@EXAMPLES
@given(data=st.data(), kind=FILE_KINDS)
def test_any_incomplete_answers_file_exits_2_naming_every_offending_question_id(
    folder: Path, data: st.DataObject, kind: str
) -> None:
    answers, offenders = data.draw(incomplete_answers())
    refused(run_quiz(answers, kind, folder), naming=offenders)


@settings(EXAMPLES, max_examples=20)
@given(answers=valid_answers(), cut=st.floats(0, 1, exclude_max=True))
def test_answers_that_are_not_valid_json_exit_2_with_the_line_and_column(
    answers: Answers, cut: float
) -> None:
    text = json.dumps(answers, indent=2)
    # At least one character: an empty stdin is its own message ("it is empty").
    done = invoke(*FROM_STDIN, stdin=text[: max(1, int(len(text) * cut))])
    refused(done)
    assert re.search(r"line \d+, column \d+", words(done.stderr)), done.stderr


@settings(EXAMPLES, max_examples=20)
@given(
    document=st.lists(st.text(max_size=5), max_size=3)
    | st.text(max_size=5)
    | st.integers()
    | st.none()
    | st.booleans()
)
def test_an_answers_document_that_is_not_one_object_exits_2_and_says_so(
    document: object,
) -> None:
    done = invoke(*FROM_STDIN, stdin=json.dumps(document))
    refused(done)
    assert "one object" in words(done.stderr)


# --- every problem together, with the choices ----------------------------------------


def test_two_problems_in_one_file_are_reported_together_naming_both_ids() -> None:
    answers = all_therapy_answers()
    answers["focus"] = "sideways"
    answers["help_with"] = "stress"
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert names(done.stderr, "focus")
    assert names(done.stderr, "help_with")
    assert "2 problems" in words(done.stderr)


@pytest.mark.parametrize("cols", [40, 80])
def test_each_problem_wraps_under_its_own_first_word_on_a_narrow_screen(cols: int) -> None:
    answers = {**all_therapy_answers(), "focus": "sideways", "mood": "ok"}
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers), env={"COLUMNS": str(cols)})
    assert done.exit_code == 2
    lines = done.stderr.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("  - "))
    problem = lines[first : next(n for n, line in enumerate(lines) if line.startswith("See "))]
    assert len(problem) > 2  # the two problems, wrapped
    for line in problem:
        assert line.startswith(("  - ", "    ")) and len(line) <= cols, line


def test_a_problem_names_the_valid_choices() -> None:
    answers = all_therapy_answers()
    answers["duration"] = "forever"
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert ", ".join(option_ids(published_question("duration"))) in words(done.stderr)
    assert "therapy-guide questions" in words(done.stderr)


def test_an_unknown_question_lists_the_questions_there_are() -> None:
    done = invoke(*FROM_STDIN, stdin=json.dumps({**all_therapy_answers(), "mood": "ok"}))
    assert done.exit_code == 2
    assert names(done.stderr, "mood")
    assert ", ".join(q["id"] for q in published_questions()) in words(done.stderr)


def test_a_value_of_the_wrong_type_is_not_echoed_back() -> None:
    answers = all_therapy_answers()
    answers["focus"] = 31415926
    answers["approach"] = ["something private I typed"]
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert "31415926" not in done.output
    assert "something private" not in done.output


def test_a_missing_required_answer_names_the_question_and_its_choices() -> None:
    answers = all_therapy_answers()
    del answers["trauma"]
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert names(done.stderr, "trauma")
    assert ", ".join(option_ids(published_question("trauma"))) in words(done.stderr)


def test_missing_answers_are_not_guessed_even_without_no_input() -> None:
    # The test runner's stdin is not a terminal, so nothing can be asked.
    done = invoke("quiz", "--format", "json", "--answers", "-", stdin='{"safety": "no"}')
    assert done.exit_code == 2
    assert done.stdout == ""
    assert names(done.stderr, "focus")


# --- files that cannot be read -------------------------------------------------------


def bad_file(tmp_path: Path, case: str) -> Path:
    if case == "missing":
        return tmp_path / "nowhere.json"
    if case == "folder":
        (tmp_path / "answers.json").mkdir()
        return tmp_path / "answers.json"
    path = tmp_path / {"yaml": "answers.yaml", "toml": "answers.toml"}.get(case, "answers.json")
    content = {
        "yaml": b"safety: no\n",
        "json": b'{\n  "safety": "no",\n  "focus": present\n}\n',
        "toml": b'safety = "no"\nfocus = present\n',
        "latin1": '{"safety": "no", "focus": "présent"}'.encode("latin-1"),
    }[case]
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "does not exist"),
        ("folder", "folder"),
        ("yaml", ".json or .toml"),
        ("json", "not valid JSON: .* line 3, column 12"),
        ("toml", "not valid TOML: .*line 2, column 9"),
        ("latin1", "not UTF-8"),
    ],
)
def test_an_answers_file_that_cannot_be_read_exits_2_with_a_clear_message(
    tmp_path: Path, case: str, message: str
) -> None:
    path = bad_file(tmp_path, case)
    done = invoke(*QUIZ, "--answers", str(path))
    refused(done)
    assert path.name in words(done.stderr)
    assert re.search(message, words(done.stderr)), done.stderr


def test_answers_dash_reads_json_only() -> None:
    done = invoke(*FROM_STDIN, stdin=toml_text(all_therapy_answers()))
    assert done.exit_code == 2
    assert "not valid JSON" in words(done.stderr)


# --- bounded input: no answers path hangs the guide or fills its memory ---------------

MIB = 1024 * 1024
GIVE_A_FILE = "Give a .json or .toml file."
TOO_LARGE = "{name} is larger than 1 MiB; an answers file is a few hundred bytes."


def not_a_file(name: str, kind: str) -> str:
    return f"{name} is not a regular file (it is {kind}). {GIVE_A_FILE}"


def hostile(folder: Path, case: str) -> tuple[list[str], Path | None, str]:
    """The arguments, the standard input and the message for CASE, made in FOLDER."""
    if case == "symlink to /dev/zero":
        (folder / "z.json").symlink_to("/dev/zero")
        return ["--answers", "z.json"], None, not_a_file("z.json", "a character device")
    if case == "FIFO with no writer":
        os.mkfifo(folder / "x.json")
        return ["--answers", "x.json"], None, not_a_file("x.json", "a FIFO, a named pipe")
    if case == "20 MB file":
        with (folder / "big.json").open("wb") as big:
            big.truncate(20_000_000)  # sparse: nothing to write, all of it to read
        return ["--answers", "big.json"], None, TOO_LARGE.format(name="big.json")
    return ["--answers", "-"], Path("/dev/zero"), TOO_LARGE.format(name="standard input")


@pytest.mark.slow
@pytest.mark.parametrize(
    "case", ["symlink to /dev/zero", "FIFO with no writer", "20 MB file", "/dev/zero on stdin"]
)
def test_an_answers_path_that_never_ends_or_is_huge_stops_at_once_in_little_memory(
    tmp_path: Path, case: str
) -> None:
    # A real process: a regression hangs or reads without end, and is killed after 2 s.
    args, stdin, message = hostile(tmp_path, case)
    done, seconds, peak_mb = run_program_measured(
        *QUIZ, *args, cwd=tmp_path, stdin=stdin, timeout=2
    )
    assert seconds < 2, f"still running after {seconds:.1f} s"
    assert peak_mb < 150, f"peak memory {peak_mb:.0f} MB"
    assert done.exit_code == 2, done.stderr
    assert message in words(done.stderr)
    assert done.stdout == ""


def padded(size: int) -> bytes:
    """Valid answers, padded with spaces to SIZE bytes: only the size can be wrong."""
    text = json.dumps(all_therapy_answers()).encode()
    return text + b" " * (size - len(text))


@pytest.mark.parametrize("size", [MIB, MIB + 1, 2 * MIB], ids=["1 MiB", "1 MiB + 1", "2 MiB"])
@pytest.mark.parametrize("kind", ["file", "stdin"])
def test_an_answers_file_or_stdin_is_read_up_to_1_mib_and_refused_past_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, size: int
) -> None:
    monkeypatch.chdir(tmp_path)
    start = time.monotonic()
    if kind == "file":
        Path("answers.json").write_bytes(padded(size))
        done = invoke(*QUIZ, "--answers", "answers.json")
    else:
        done = invoke(*FROM_STDIN, stdin=padded(size))
    assert time.monotonic() - start < 2
    if size <= MIB:
        assert done.exit_code == 0, done.stderr
        assert json.loads(done.stdout)["suggestion"] == "therapy"
        return
    assert done.exit_code == 2
    name = "answers.json" if kind == "file" else "standard input"
    assert TOO_LARGE.format(name=name) in words(done.stderr)
    assert done.stdout == ""


def test_a_folder_named_like_an_answers_file_is_not_a_regular_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.json").mkdir()
    done = invoke(*QUIZ, "--answers", "x.json")
    assert done.exit_code == 2
    assert not_a_file("x.json", "a folder") in words(done.stderr)


def test_a_fifo_swapped_in_after_the_check_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race: x.json is a regular file when it is checked, a FIFO when it is opened.
    monkeypatch.chdir(tmp_path)
    Path("before.json").write_text("{}", encoding="utf-8")
    os.mkfifo("x.json")
    real_stat = Path.stat

    def stat_before_the_swap(path: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        swapped = path.name == "x.json"
        return real_stat(Path("before.json") if swapped else path, follow_symlinks=follow_symlinks)

    def writer_comes_along() -> None:  # ends a wait for a writer, so a regression fails
        with contextlib.suppress(OSError):  # no reader waiting: nothing to end
            os.close(os.open(tmp_path / "x.json", os.O_WRONLY | os.O_NONBLOCK))

    monkeypatch.setattr(Path, "stat", stat_before_the_swap)
    rescue = threading.Timer(2, writer_comes_along)
    rescue.start()
    start = time.monotonic()
    try:
        done = invoke(*QUIZ, "--answers", "x.json")
    finally:
        rescue.cancel()
    assert time.monotonic() - start < 2, "opening the FIFO waited for a writer"
    assert done.exit_code == 2
    assert not_a_file("x.json", "a FIFO, a named pipe") in words(done.stderr)


# --- edge cases: every problem together, nothing echoed raw, no internal errors -------


def test_a_wrong_type_and_a_missing_answer_are_reported_together() -> None:
    answers = all_therapy_answers()
    answers["focus"] = 3
    del answers["trauma"]
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert names(done.stderr, "focus")
    assert names(done.stderr, "trauma")


def test_opting_in_to_the_symptom_check_names_every_unanswered_item_together() -> None:
    answers = all_therapy_answers()
    answers["symptom_check"] = "yes"
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    for qid in ("phq4_nervous", "phq4_worry", "phq4_interest", "phq4_down"):
        assert names(done.stderr, qid)


def test_a_deeply_nested_answers_file_exits_2_not_as_an_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"safety": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    done = invoke(*QUIZ, "--answers", str(path))
    assert done.exit_code == 2
    assert "nested" in words(done.stderr)


@pytest.mark.slow
def test_non_utf8_bytes_on_standard_input_exit_2_with_a_clear_message() -> None:
    # A strict decoder on stdin, as on Windows or with PYTHONIOENCODING=utf-8.
    done = run_program(*FROM_STDIN, stdin=b'{"safety": "\xff"}', env={"PYTHONIOENCODING": "utf-8"})
    assert done.exit_code == 2
    assert "UTF-8" in words(done.stderr)
    assert done.stdout == ""


def test_control_characters_in_an_unknown_question_id_do_not_reach_the_terminal() -> None:
    answers = {**all_therapy_answers(), "\x1b[2Jmood\nfake: line": "ok"}
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert "\x1b" not in done.stderr
    assert "\nfake: line" not in done.stderr


def test_a_wrong_type_is_described_in_the_words_of_json() -> None:
    answers = {**all_therapy_answers(), "focus": None, "approach": 2}
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert "NoneType" not in done.stderr
    assert " a int" not in done.stderr
    assert "not null" in words(done.stderr)
    assert "not a number" in words(done.stderr)


def test_a_request_for_help_wins_over_every_other_problem_in_the_file() -> None:
    # Someone who answered yes to safety gets the crisis lines, whatever else is wrong.
    for safety in ("yes", "Yes", True):
        answers = {"safety": safety, "focus": "bogus", "nonsense": 3}
        done = invoke(*FROM_STDIN, "--format", "json", stdin=json.dumps(answers))
        assert done.exit_code == 0, done.stderr
        result = json.loads(done.stdout)
        assert result["suggestion"] == "crisis"
        assert "988" in json.dumps(result["crisis_resources"])


def test_an_answer_that_is_not_an_option_is_not_echoed_back() -> None:
    answers = {**all_therapy_answers(), "focus": "I feel awful tonight"}
    done = invoke(*FROM_STDIN, stdin=json.dumps(answers))
    assert done.exit_code == 2
    assert "focus" in done.stderr
    assert "awful" not in done.stderr


def test_empty_standard_input_says_it_is_empty() -> None:
    done = invoke(*FROM_STDIN, stdin="")
    assert done.exit_code == 2
    assert "it is empty" in done.stderr
