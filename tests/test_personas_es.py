"""Every persona told the same in Spanish: the translation never changes what a person is
told to do or how soon. Their Spanish result has the English result's suggestion, scores,
urgency and who to see first, in the same order; who comes first is said before the
suggestion; an urgent result leads with a doctor or counselor and 988 in Spanish."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from toolkit.reading import words
from toolkit.running import quiz_output

PERSONAS = sorted((Path(__file__).parent / "personas").glob("*.json"))


def answered(path: Path) -> dict[str, Any]:
    """The persona's answers, with the symptom check taken (as they would answer it all)."""
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    answers: dict[str, Any] = doc["answers"]
    if answers.get("safety") == "yes":
        return answers
    opted: dict[str, Any] = answers | {"symptom_check": "yes"} | doc["symptom_check"]
    return opted


SAME = ("suggestion", "scores", "urgency", "answers")


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_each_persona_is_told_the_same_in_spanish(path: Path) -> None:
    answers = answered(path)
    english = json.loads(quiz_output(answers, "--json"))
    spanish = json.loads(quiz_output(answers, "--json", "--lang", "es"))

    assert {k: spanish.get(k) for k in SAME} == {k: english.get(k) for k in SAME}
    assert [d["id"] for d in spanish.get("start_with", [])] == [
        d["id"] for d in english.get("start_with", [])
    ]
    assert list(spanish) == list(english)  # the same keys, in the same order
    if english["suggestion"] == "crisis":
        assert "marque 2" in json.dumps(spanish, ensure_ascii=False)
        return
    shown = words(quiz_output(answers, "--lang", "es"))
    headline = words(spanish["headline"])
    for door in spanish["start_with"]:
        assert shown.index(words(door["who"])) < shown.index(headline), door["id"]
    if spanish["urgency"] in ("today", "this_week"):
        assert "988" in " ".join(spanish["next_steps"][:2])
        assert "marque 2" in shown or "AYUDA" in shown


def test_the_spanish_personas_were_written_for_spanish() -> None:
    spanish = [p for p in PERSONAS if json.loads(p.read_text("utf-8")).get("language") == "es"]
    assert len(spanish) >= 3
