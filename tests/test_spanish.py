"""Plain, natural Spanish, tested (issue #20, part 4): every Spanish sentence of ours reads
"bastante fácil" or easier (Fernández-Huerta >= 70), says "usted", and uses none of the
words we never use for a person. The checkers are shown to catch a planted sentence."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from language_helpers import (
    MIN_EASE_ES,
    Passage,
    catalog_passages,
    reading_ease_es,
    spanish_content_passages,
    spanish_readability_findings,
    spanish_word_findings,
)
from toolkit import DATA

HARD_ES = (
    "No obstante las consideraciones anteriormente mencionadas, los individuos que "
    "experimentan dificultades psicológicas multifacéticas frecuentemente necesitan "
    "intervenciones terapéuticas integrales e individualizadas administradas por "
    "profesionales debidamente acreditados."
)


def findings_message(findings: list[str]) -> str:
    return "\n".join(["", *findings])


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
