"""Content quality: the guide suggests and never diagnoses, and the texts we wrote read at
grade 8 or lower. Both checks are functions (tests/language_helpers.py) that also run on a
copy of the content with a bad sentence planted in it, and must flag it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from language_helpers import (
    GRADED,
    GRADED_PATTERNS,
    MAX_GRADE,
    Passage,
    article_sentences,
    command_outputs,
    content_passages,
    diagnostic_findings,
    findings_message,
    grade,
    graded_passages,
    our_sentences,
    readability_findings,
)

from therapy_guide.core import content

DIAGNOSIS = "You have depression."
HARD = (
    "Notwithstanding the aforementioned considerations, individuals experiencing "
    "multifaceted psychological difficulties frequently necessitate comprehensive, "
    "individualized therapeutic interventions administered by appropriately credentialed "
    "practitioners."
)


# --- the diagnostic-language checker itself -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        DIAGNOSIS,
        "Based on your answers, you may have an anxiety disorder.",
        "You've got PTSD.",
        "You are suffering from burnout.",
        "You’re suffering from stress.",
        "You suffer from anxiety.",
        "You are depressed.",
        "You seem to be clinically depressed.",
        "You might be bipolar.",
        "Diagnosis: moderate depression",
        "**Diagnosis:** anxiety",
        "Take your diagnosis to a professional.",
        "Your answers show signs of depression.",
        "You probably meet the criteria for depression.",
        "You have a mental health condition.",
    ],
)
def test_checker_flags_statements_about_the_user(sentence: str) -> None:
    assert diagnostic_findings([Passage("planted", sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        # The article's own sentences about care in general, and our disclaimers.
        "Psychotherapy is conducted by a trained professional ... who provides assessment, "
        "diagnosis, and treatment for mental health disorders.",
        "It is not a diagnosis. It suggests a kind of help. It never tells you what condition "
        "you have.",
        "This is a screen, not a diagnosis.",
        "Struggle with ongoing mental health concerns, such as anxiety, depression, or trauma.",
        "Have experienced significant past trauma that continues to affect your life.",
        "You do not have to be suicidal to call.",
        "If you are thinking about suicide or feel you cannot cope.",
        "Over the last 2 weeks, how often have you been bothered by feeling down, depressed "
        "or hopeless?",
    ],
)
def test_checker_leaves_general_statements_alone(sentence: str) -> None:
    assert not diagnostic_findings([Passage("fine", sentence)])


# --- no diagnostic language anywhere the user can see ---------------------------------


def test_content_files_use_no_diagnostic_language() -> None:
    passages = content_passages()
    assert len(passages) > 200, "the walk should see every string of every content file"
    findings = diagnostic_findings(passages)
    assert not findings, findings_message(findings)


def test_command_output_uses_no_diagnostic_language(tmp_path: Path) -> None:
    """Every command in every format, and quiz results of all four kinds."""
    passages = command_outputs(tmp_path)
    shown = {p.where.split(":")[0] for p in passages}
    for leaning in ("therapy", "psychotherapy", "either", "crisis"):
        assert {f"quiz {leaning} --format {fmt}" for fmt in ("text", "markdown", "json")} <= shown
    findings = diagnostic_findings(passages)
    assert not findings, findings_message(findings)


# --- reading grade --------------------------------------------------------------------


def test_texts_we_wrote_read_at_grade_8_or_lower() -> None:
    article = article_sentences()
    findings = readability_findings(graded_passages(), article)
    if findings and article is None:
        pytest.skip(
            "without the source article, its unquoted sentences cannot be told from ours: "
            + findings_message(findings)
        )
    assert not findings, findings_message(findings)


def test_grading_reaches_every_kind_of_text_we_wrote() -> None:
    """Each GRADED path matches content, so a renamed key cannot quietly skip grading."""
    graded = graded_passages()
    for file, globs in GRADED.items():
        for glob, pattern in zip(globs, GRADED_PATTERNS[file], strict=True):
            assert any(p.file == file and pattern.fullmatch(p.path) for p in graded), (
                f"{file}: nothing at {glob}"
            )


def test_instrument_wording_and_quotations_are_exempt() -> None:
    """PHQ-4 items and SURE items are as published; the article's words are as written."""
    bank = content.question_bank()
    assert bank.screen is not None and bank.decision_check is not None
    graded = {(p.file, p.path) for p in graded_passages()}
    for n, q in enumerate(bank.questions):
        in_screen = q.section == bank.screen.section
        assert (("questions.toml", f"questions.{n}.text") in graded) is not in_screen, q.id
        assert ("questions.toml", f"questions.{n}.help") in graded, q.id
    assert not any(path.startswith("decision_check.items") for _, path in graded)
    assert not any(path.endswith("attribution") for _, path in graded)
    assert not any(file in ("compare.toml", "myths.toml") for file, _ in graded)

    mixed = "Not being sure is fine. The article: “speaking with a licensed professional.”"
    assert our_sentences(mixed) == ["Not being sure is fine."]
    quoted = "You do not have to share any details. “I would rather not say” is always okay."
    assert our_sentences(quoted) == ["You do not have to share any details."]
    article = article_sentences()
    if article is not None:
        both = content.question_bank().result.both_note
        assert our_sentences(both, article) == [], "the article's words, as written"
        assert our_sentences("Both", article) == ["Both"], "whole sentences only"


# --- a planted bad sentence is flagged ------------------------------------------------


def plant(data: Path, field: str, sentence: str) -> None:
    """Put SENTENCE at the start of the first option's FIELD in the copy's questions.toml
    (or the first question's, for a field options do not have)."""
    path = data / "questions.toml"
    text = path.read_text(encoding="utf-8")
    marker = f'\n{field} = "'
    options = text.index("[[questions.options]]")
    at = text.find(marker, options)
    at = at if at >= 0 else text.index(marker)
    at += len(marker)
    path.write_text(f"{text[:at]}{sentence} {text[at:]}", encoding="utf-8")


def test_planted_diagnosis_is_flagged(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plant(data_copy, "help", DIAGNOSIS)
    plant(data_copy, "label", DIAGNOSIS)
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))
    assert content.data_dir() == data_copy

    in_content = diagnostic_findings(content_passages())
    assert any(re.search(r"questions\.\d+\.help", f) for f in in_content), in_content
    assert any(re.search(r"questions\.\d+\.options\.\d+\.label", f) for f in in_content)
    assert all(f.startswith("questions.toml") for f in in_content), in_content

    outputs = tmp_path / "answers"
    outputs.mkdir()
    shown = diagnostic_findings(command_outputs(outputs))
    assert any(f.startswith("questions --format text") for f in shown), shown
    assert any(f.startswith("questions --format json") for f in shown), shown


def test_planted_hard_sentence_is_flagged(data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert grade(HARD) > 12
    plant(data_copy, "label", HARD)
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))
    assert content.question_bank().questions[0].options[0].label.startswith("Notwithstanding")

    findings = readability_findings(graded_passages(), article_sentences())
    where = "questions.toml: questions.0.options.0.label: grade "
    planted = [f for f in findings if f.startswith(where)]
    assert len(planted) == 1, findings_message(findings)
    assert float(planted[0].removeprefix(where).split()[0]) > MAX_GRADE
