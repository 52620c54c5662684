"""The article's words in another language: our translation, said to be ours, with the
English original kept for tools.

The article is in English. When the guide speaks another language, every view that shows
the article's words shows our translation of them, and says so once a view or a section,
never after every sentence:

- `compare`: a line under the title, "What the article says (our translation)";
- `myths`: the first of the article's answers, "The article says (our translation)";
- a quiz result and a saved summary: "(our translation)" after the first text of a
  section that quotes the article (a `because`, a result's `detail`, the `both_note`),
  so data/LANG/questions.toml needs no marker of its own. In those texts the article's
  words, and only they, stand inside “ ” (data/questions.toml).

The JSON of `compare` and `myths` keeps the English beside the translation: each object
that shows the article's words has `quote_en`, the same keys as the English original has
them (docs/json.md), from the English content the caller loads and passes in
(`core.content.english_original`: views load nothing). A balance note's `quote_en` is laid
beside its `quote` when the content is loaded (core/content/translation.py). In English
nothing here adds anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from therapy_guide.core import language
from therapy_guide.core import words as w

if TYPE_CHECKING:
    from therapy_guide.core.content.base import Model

QUOTE_OPENS = "“"  # how the article's words open inside a text of ours


def translating() -> bool:
    """Whether the article's words are shown in our translation: the guide speaks another
    language than the article's own, English."""
    return language.current() != language.ENGLISH


def marked(text: str) -> str:
    """TEXT, then the words that say it is our translation."""
    return f"{text} {w.OUR_TRANSLATION}"


def quotes_article(text: str) -> bool:
    return QUOTE_OPENS in text


def mark_first_quote(texts: Iterable[str]) -> list[str]:
    """TEXTS, one section's, with "(our translation)" after the first that quotes the
    article, when translating; as they are in English."""
    out = list(texts)
    if not translating():
        return out
    for place, text in enumerate(out):
        if quotes_article(text):
            out[place] = marked(text)
            break
    return out


def english_beside(shown: dict[str, Any], original: Model, keys: Iterable[str]) -> dict[str, Any]:
    """SHOWN (a JSON object of the article's words in translation) with `quote_en`: its
    KEYS as the English ORIGINAL has them."""
    return {**shown, "quote_en": original.model_dump(mode="json", include=set(keys))}
