"""A translation laid over its English file: which keys are text and which are not."""

from __future__ import annotations

import pytest

from therapy_guide.core import content, language, scoring
from therapy_guide.core.content.translation import TranslationError, lay_over, untranslated

# questions.toml in little: `urgency` is an answer's level (an id) and, at the top, the levels
# in words; `questions` is the bank and, in a subscale, the ids it sums.
ENGLISH = {
    "questions": [
        {"id": "mood", "label": "Mood", "section": "phq4", "urgency": "soon"},
    ],
    "screen": {
        "urgent_item": "mood",
        "subscales": [{"id": "low", "name": "Low mood", "questions": ["mood"]}],
    },
    "urgency": [{"id": "soon", "when": "soon", "how_soon": "See someone soon."}],
}


def test_the_levels_in_words_are_text_and_the_ids_that_name_them_are_not() -> None:
    assert untranslated(ENGLISH, {}) == [
        "questions.mood.label",
        "screen.subscales.low.name",
        "urgency.soon.when",
        "urgency.soon.how_soon",
    ]
    spanish = {
        "questions": {"mood": {"label": "Ánimo"}},
        "screen": {"subscales": {"low": {"name": "Ánimo bajo"}}},
        "urgency": {"soon": {"when": "pronto", "how_soon": "Vea a alguien pronto."}},
    }
    assert untranslated(ENGLISH, spanish) == []
    merged = lay_over(ENGLISH, spanish)
    assert merged["urgency"] == [
        {"id": "soon", "when": "pronto", "how_soon": "Vea a alguien pronto."}
    ]
    assert merged["questions"][0] == {
        "id": "mood",
        "label": "Ánimo",
        "section": "phq4",
        "urgency": "soon",
    }
    assert merged["screen"]["subscales"][0]["questions"] == ["mood"]


@pytest.mark.parametrize(
    ("spanish", "where"),
    [
        ({"questions": {"mood": {"urgency": "pronto"}}}, "questions.mood.urgency"),
        ({"questions": {"mood": {"section": "fase4"}}}, "questions.mood.section"),
        ({"screen": {"urgent_item": "animo"}}, "screen.urgent_item"),
        ({"screen": {"subscales": {"low": {"questions": ["animo"]}}}}, "low.questions"),
    ],
)
def test_an_id_is_refused_in_a_translation(spanish: dict[str, object], where: str) -> None:
    with pytest.raises(TranslationError, match=where):
        lay_over(ENGLISH, spanish)


def test_in_spanish_a_result_says_how_soon_in_spanish() -> None:
    """{when} in a door's reason and in an answer's step is the level's Spanish word."""
    with language.speaking("es"):
        bank = content.question_bank()
        door = scoring.score(bank, {"safety": "no", "also_part": ("voices_beliefs",)}).urgency
        step = scoring.score(bank, {"safety": "no", "safety_weeks": "yes"}).urgency
    assert door is not None and step is not None
    assert door.when == step.when == "esta semana"
    assert "vale la pena consultarlo esta semana." in door.start_with[0].why
    assert step.steps[0].startswith("Hable con un médico o un consejero esta semana")
