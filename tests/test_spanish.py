"""Plain, natural Spanish, tested (issue #20, part 4): every Spanish sentence of ours reads
"bastante fácil" or easier (Fernández-Huerta >= 70), says "usted", and uses none of the
words we never use for a person. The checkers are shown to catch a planted sentence."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from language_helpers import (
    MIN_EASE_ES,
    Passage,
    catalog_passages,
    findings_message,
    reading_ease_es,
    spanish_content_passages,
    spanish_readability_findings,
    spanish_word_findings,
)
from toolkit import DATA, REPO, invoke

HARD_ES = (
    "No obstante las consideraciones anteriormente mencionadas, los individuos que "
    "experimentan dificultades psicológicas multifacéticas frecuentemente necesitan "
    "intervenciones terapéuticas integrales e individualizadas administradas por "
    "profesionales debidamente acreditados."
)


def ours() -> list[Passage]:
    return [*spanish_content_passages(), *catalog_passages()]


def test_every_spanish_sentence_we_wrote_is_at_least_fairly_easy() -> None:
    findings = spanish_readability_findings(ours())

    assert not findings, findings_message(findings)


def test_our_spanish_says_usted_and_uses_no_word_we_never_use() -> None:
    findings = spanish_word_findings(ours())

    assert not findings, findings_message(findings)


def test_the_spanish_checks_reach_the_content_and_the_catalog() -> None:
    passages = ours()

    assert sum(p.where.startswith("es/questions.toml") for p in passages) > 60
    assert sum(p.where.startswith("es.po") for p in passages) > 250


def test_a_planted_long_hard_sentence_is_flagged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    spanish = data / "es" / "about.toml"
    spanish.parent.mkdir(exist_ok=True)
    text = spanish.read_text(encoding="utf-8") if spanish.exists() else ""
    others = re.sub(r'(?m)^report = ".*"\n', "", text)  # its own report, if any, goes
    spanish.write_text(f'report = "{HARD_ES}"\n{others}', encoding="utf-8")

    findings = spanish_readability_findings(spanish_content_passages(data))

    assert reading_ease_es(HARD_ES) < MIN_EASE_ES
    assert any("about.toml: report" in f for f in findings), findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Usted tiene un trastorno de ansiedad y debe ver a alguien.",
        "Esto no quiere decir que usted esté loco ni que sea un enfermo mental.",
        "Si tú quieres, podemos hablar de lo que sientes ahora mismo.",
        "Puedes llamar a la línea de crisis a cualquier hora del día.",
        "Si os sentís mal, llamad a vuestro médico esta misma semana.",
    ],
)
def test_a_planted_banned_word_or_tu_form_is_flagged(sentence: str) -> None:
    assert spanish_word_findings([Passage("planted", sentence)])


def test_plain_usted_sentences_pass_the_word_rules() -> None:
    sentence = "Si usted quiere, puede llamar a la línea de crisis a cualquier hora."

    assert spanish_word_findings([Passage("fine", sentence)]) == []


# --- nothing English left -------------------------------------------------------------------

ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "with",
        "for",
        "is",
        "are",
        "this",
        "that",
        "what",
        "how",
        "when",
        "who",
        "not",
        "can",
        "of",
        "to",
        "in",
        "an",
        "if",
        "it",
        "be",
        "will",
        "on",
        "at",
        "by",
        "from",
        "any",
        "more",
        "about",
        "have",
        "has",
        "our",
        "we",
        "they",
        "them",
        "do",
        "does",
        "see",
        "help",
        "here",
        "there",
        "all",
        "each",
        "may",
        "might",
        "should",
        "would",
    ]
)
SPANISH_RUNS = [
    ["--help"],
    ["quiz", "--help"],
    ["compare", "--full"],
    ["myths"],
    ["questions"],
    ["crisis"],
    ["crisis", "--details"],
    ["providers"],
    ["find-care"],
    ["approaches"],
]


def english_lines(text: str) -> list[str]:
    """Lines of TEXT with three or more different English words, less the sources, which
    are cited in English and say so ("Fuente (en inglés)")."""
    found = []
    for line in text.splitlines():
        if "en inglés" in line:
            continue
        prose = re.sub(r"\w+_\w+", "", line)  # ids (not_at_all) are not words
        said = {t.lower() for t in re.findall(r"[A-Za-z']+", prose)} & ENGLISH_WORDS
        if len(said) >= 3:
            found.append(line.strip())
    return found


@pytest.mark.parametrize("args", SPANISH_RUNS, ids=" ".join)
def test_nothing_english_is_left_in_spanish_but_names_and_cited_sources(args: list[str]) -> None:
    # Wide enough that a source's citation stays on its labelled line.
    done = invoke(*args, "--lang", "es", env={"COLUMNS": "3000"})

    assert done.exit_code == 0, done.stderr
    assert english_lines(done.stdout) == []


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_nothing_english_is_left_in_a_spanish_result(fmt: str) -> None:
    answers = (REPO / "docs" / "sample-answers.json").read_text(encoding="utf-8")
    done = invoke(
        "quiz",
        "--answers",
        "-",
        "--no-input",
        "--format",
        fmt,
        "--lang",
        "es",
        stdin=answers,
        env={"COLUMNS": "3000"},
    )

    assert done.exit_code == 0, done.stderr
    assert english_lines(done.stdout) == []


def test_nothing_english_is_left_in_what_about_says_in_spanish() -> None:
    """about's own words; its sources are citations of English works, under a heading
    that says so."""
    about = json.loads(invoke("about", "--json", "--lang", "es").stdout)
    ours = [about["purpose"], about["report"], *about["is_not"], *about["privacy"]]
    ours += [s["use"] for s in about["sources"]]

    assert english_lines("\n".join(ours)) == []


def test_the_english_line_finder_finds_an_english_line() -> None:
    assert english_lines("Hola.\nThis is what you can do now.\n") == [
        "This is what you can do now."
    ]
