"""Honest content: the symptom check informs urgency, not the suggestion; our balance note
travels with every one-sided quote; a result never borrows or repeats a quote; attributions
stay where they belong; twelve realistic people get what the article's criteria give them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from toolkit.reading import words
from toolkit.running import invoke, quiz_output

from therapy_guide.core import content
from therapy_guide.core import words as w

PERSONAS = sorted((Path(__file__).parent / "personas").glob("*.json"))
ONE_SIDED = "a therapist cannot offer psychotherapy"


def persona(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def with_and_without_the_symptom_check(doc: dict[str, Any]) -> list[dict[str, Any]]:
    answers = doc["answers"]
    if answers.get("safety") == "yes":
        return [answers]
    return [
        answers | {"symptom_check": "no"},
        answers | {"symptom_check": "yes"} | doc["symptom_check"],
    ]


# --- realistic people, each written with what they should be told before it was built --


def test_there_are_at_least_twenty_personas_each_with_what_they_should_get_and_why() -> None:
    assert len(PERSONAS) >= 20
    levels = ("crisis", "today", "this_week", "soon", "routine")
    for path in PERSONAS:
        doc = persona(path)
        assert doc["expected"] in ("therapy", "psychotherapy", "either", "crisis"), path.name
        assert doc["expected_urgency"] in levels, path.name
        assert doc["person"] and doc["why"] and doc["should_be_told"], path.name
    doors = {d for path in PERSONAS for d in persona(path)["expected_start_with"]}
    also_part = content.question_bank().question("also_part")
    assert also_part is not None
    assert doors == {o.id for o in also_part.options if o.door is not None}  # every door


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_each_persona_is_told_how_soon_and_who_to_see_first_at_the_top_in_json_and_text(
    path: Path, tmp_path: Path
) -> None:
    doc = persona(path)
    answers = with_and_without_the_symptom_check(doc)[-1]  # as they would answer it all
    result = json.loads(quiz_output(answers, "--format", "json"))
    assert result["urgency"] == doc["expected_urgency"], doc.get("urgency_why")
    assert [x["id"] for x in result["start_with"]] == doc["expected_start_with"]
    keys = list(result)
    assert keys.index("start_with") < keys.index("suggestion")
    shown = words(quiz_output(answers))
    headline = words(result["headline"])
    for door in result["start_with"]:  # who to see first comes before the suggestion
        assert words(door["who"]) in shown
        assert shown.index(words(door["who"])) < shown.index(headline), door["id"]
    if result["urgency"] in ("today", "this_week"):
        assert "clearly" not in result["lean"] and "slightly" not in result["lean"]
        assert "few free sessions" not in result["next_steps"][0]
        assert "988" in " ".join(result["next_steps"][:2])


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_each_persona_gets_the_same_suggestion_with_and_without_the_symptom_check(
    path: Path, tmp_path: Path
) -> None:
    doc = persona(path)
    got = [
        json.loads(quiz_output(answers, "--format", "json"))["suggestion"]
        for answers in with_and_without_the_symptom_check(doc)
    ]
    assert got == [doc["expected"]] * len(got), doc["why"]


def test_the_hopeless_persona_s_result_opens_with_the_urgent_message_and_a_crisis_line(
    tmp_path: Path,
) -> None:
    doc = persona(next(p for p in PERSONAS if p.stem == "hopeless_every_day"))
    answers = with_and_without_the_symptom_check(doc)[1]
    document = json.loads(quiz_output(answers, "--format", "json"))
    assert document["urgency"] == "today"

    first_lines = words("\n".join(quiz_output(answers).splitlines()[:8]))
    assert words(document["opening"]["message"]) in first_lines
    assert "Call or text 988" in first_lines
    keys = list(document)
    assert keys.index("urgent_opening") < keys.index("suggestion")
    assert document["urgent_opening"]["crisis_line"]["contact"] == "Call or text 988"


# --- balance travels with the quote ----------------------------------------------------


def outputs(tmp_path: Path) -> dict[str, str]:
    """Every command and result that may quote the article's one-sided sentence."""
    shown = {
        f"{command} {fmt}": invoke(command, "--format", fmt).stdout
        for command in ("compare", "myths")
        for fmt in ("text", "markdown", "json")
    }
    shown["compare --full"] = invoke("compare", "--full").stdout
    for path in PERSONAS:
        for fmt in ("text", "markdown", "json"):
            answers = persona(path)["answers"] | {"symptom_check": "no"}
            shown[f"{path.stem} {fmt}"] = quiz_output(answers, "--format", fmt)
    saved = tmp_path / "saved.md"
    answers = persona(PERSONAS[0])["answers"] | {"symptom_check": "no"}
    quiz_output(answers, "--save", str(saved))
    shown["a saved summary"] = saved.read_text(encoding="utf-8")
    return shown


def test_every_output_that_quotes_the_one_sided_sentence_also_holds_our_balance_note(
    tmp_path: Path,
) -> None:
    notes = content.balance_notes()
    titles = next(n for n in notes.notes if n.quote == ONE_SIDED)
    quoting = {k: v for k, v in outputs(tmp_path).items() if ONE_SIDED in words(v)}
    assert len(quoting) >= 6  # compare, and the results that suggest either or psychotherapy
    for name, text in quoting.items():
        flowing = words(text.replace("\\n", " "))
        assert words(titles.text) in flowing, name
        assert notes.label in flowing, f"{name}: the note is not marked as ours"


def test_the_article_s_example_and_surface_level_come_with_our_notes() -> None:
    shown = words(invoke("compare").stdout)
    notes = {n.id: n for n in content.balance_notes().notes}
    assert words(notes["intrusive"].text) in shown
    assert "exposure and response prevention" in shown and "NICE" in shown
    assert words(notes["surface"].text) in shown


def test_no_quiz_result_mentions_the_pfizer_grant_which_stays_on_about(tmp_path: Path) -> None:
    doc = persona(next(p for p in PERSONAS if p.stem == "hopeless_every_day"))
    answers = with_and_without_the_symptom_check(doc)[1]
    for fmt in ("text", "markdown", "json"):
        assert "Pfizer" not in quiz_output(answers, "--format", fmt), fmt
    assert "Pfizer" in invoke("about").stdout


def test_the_fourth_myth_refines_the_first_instead_of_contradicting_it() -> None:
    first, *_, ours = content.myths().myths
    assert ours.origin == "balance"
    assert "different names for the same thing" in first.myth
    # It agrees with the first (the kinds of work differ), then says what ours adds: the
    # titles overlap, on the law our balance note on titles rests on.
    assert "kinds of work differ, as the first myth says" in ours.fact
    assert "titles overlap" in ours.fact
    titles = next(n for n in content.balance_notes().notes if n.id == "titles")
    assert "Evidence Code 1010" in titles.source and "Evidence Code 1010" in ours.fact
    for license in ("LPCC", "LCSW", "LMFT", "psychologist"):
        assert license in ours.fact, license
    shown = words(invoke("myths").stdout)
    assert f"Our answer: {words(ours.fact)}" in shown


def test_providers_name_registered_psychological_associates_and_lcsws_psychotherapy() -> None:
    shown = words(invoke("providers").stdout)
    assert "registered psychological associates" in shown
    lcsw = next(p for p in content.provision().providers if p.id == "lcsw")
    assert "psychotherapy" in lcsw.offers.lower()


def test_about_and_questions_say_the_symptom_check_only_informs_urgency() -> None:
    phq4 = next(s for s in content.about().sources if s.name.startswith("PHQ-4"))
    assert "never changes which kind of help is suggested" in phq4.use
    assert "only says how soon" in phq4.use
    assert words(phq4.use) in words(invoke("about").stdout)
    intro = w.QUESTIONS_INTRO.format(margin=content.question_bank().scoring.margin)
    assert "symptom check (PHQ-4) add no points: they say how soon" in intro
    assert words(intro) in words(invoke("questions").stdout)
