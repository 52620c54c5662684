"""A content file in another language: data/LANG/NAME.toml laid over data/NAME.toml.

The translation has the English file's shape, with its text in the other language, and
nothing else: ids, sources, numbers and dates stay in the English file only. An array of
tables in English is a table in the translation, keyed by each entry's `id` (else its
`name`, else its `term`, else its place, counted from 1), so that a translation names
what it translates and cannot drift when an entry is added:

    # data/questions.toml                # data/es/questions.toml
    [[questions]]                        [questions.safety]
    id = "safety"                        label = "Su seguridad ahora"
    label = "Safety right now"

A key the English file does not have, or a value that is not text, is refused with the
path to it. Text the translation lacks stays English; `untranslated` lists it, and the
tests hold every file to none (less what may stay English, such as a service's name).
The article's words keep their English beside them: a translated `quote` keeps the
original as `quote_en`.
"""

from __future__ import annotations

from typing import Any

# Keys whose values are never text for a person to read in another language: ids, levels,
# links, sources and dates, numbers, citations of guidelines, what a number is for, and
# language codes.
NOT_TEXT = frozenset(
    {
        "id",
        "origin",
        "source",
        "source_url",
        "checked",
        "dial",
        "shown",
        "by",
        "word",
        "url",
        "link",
        "default",
        "kind",
        "urgency",
        "positive_level",
        "urgent_level",
        "option",
        "question",
        "cite",
        "crisis_cite",
        "note_cite",
        "crisis_source",
        "note_source",
        "safety",
        "aliases",
        "escalate",
        "chat",
        "side",
        "fits",
        "section",
        "urgent_item",
        "from",
        "language_codes",
        "always_in",
    }
)
# Keys that hold a list of ids where they hold a list ("questions" of a symptom-check part),
# and text or tables elsewhere.
ID_LISTS = frozenset({"questions"})


# A key of NOT_TEXT that names a table of text in one place: the article's `source` in
# data/compare.toml (its publisher and note), where elsewhere `source` is a citation.
TEXT_TABLES = frozenset({"source"})


def _never_text(key: str, value: Any) -> bool:
    """Whether KEY, holding VALUE in the English file, is left out of a translation.

    A key of NOT_TEXT that holds entries (an array of tables) is translated as entries all
    the same: questions.toml's `urgency` is an answer's level, and at the top the levels
    in words; its `questions` is the bank, and in a subscale the ids it sums."""
    if _is_tables(value) or (key in TEXT_TABLES and isinstance(value, dict)):
        return False
    return key in NOT_TEXT or (
        key in ID_LISTS and isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


KEEPS_ENGLISH = {"quote": "quote_en"}


class TranslationError(ValueError):
    """A translation that does not fit its English file; the message names the path."""


def entry_key(entry: dict[str, Any], place: int) -> str:
    """How a translation names an entry of an array of tables (see the module's help)."""
    for name in ("id", "name", "term"):
        value = entry.get(name)
        if isinstance(value, str):
            return value
    return str(place + 1)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def lay_over(english: dict[str, Any], other: dict[str, Any], path: str = "") -> dict[str, Any]:
    """ENGLISH with OTHER's text in place of its own (a new dict; neither is changed)."""
    merged = dict(english)
    for key, value in other.items():
        where = f"{path}.{key}" if path else key
        if key not in english:
            raise TranslationError(f"{where}: the English file has no {key!r} here")
        original = english[key]
        if _never_text(key, original):
            raise TranslationError(f"{where}: {key!r} is not translated; leave it out")
        if _is_tables(original):
            if not isinstance(value, dict):
                raise TranslationError(f"{where}: a table of entries, keyed by id, is expected")
            merged[key] = _lay_over_entries(original, value, where)
        elif isinstance(original, dict):
            if not isinstance(value, dict):
                raise TranslationError(f"{where}: a table is expected")
            merged[key] = lay_over(original, value, where)
        elif _is_text(original):
            if not _is_text(value) or isinstance(value, str) != isinstance(original, str):
                kind = "text" if isinstance(original, str) else "a list of text"
                raise TranslationError(f"{where}: {kind} is expected")
            if isinstance(value, list) and len(value) != len(original):
                raise TranslationError(
                    f"{where}: {len(original)} items in English, {len(value)} here"
                )
            merged[key] = value
            if key in KEEPS_ENGLISH:
                merged[KEEPS_ENGLISH[key]] = original
        else:
            raise TranslationError(f"{where}: only text is translated; leave it out")
    return merged


def _lay_over_entries(
    english: list[dict[str, Any]], other: dict[str, Any], path: str
) -> list[dict[str, Any]]:
    keyed = {entry_key(entry, place): entry for place, entry in enumerate(english)}
    if len(keyed) != len(english):  # two entries one key: a translation could not tell them
        names = [entry_key(entry, place) for place, entry in enumerate(english)]
        twice = sorted({n for n in names if names.count(n) > 1})
        raise TranslationError(f"{path}: entries share a key ({', '.join(twice)}); give each an id")
    for key, value in other.items():
        if key not in keyed:
            raise TranslationError(f"{path}.{key}: the English file has no entry {key!r} here")
        if not isinstance(value, dict):
            raise TranslationError(f"{path}.{key}: a table is expected")
    return [
        lay_over(entry, other.get(key, {}), f"{path}.{key}") if key in other else dict(entry)
        for key, entry in keyed.items()
    ]


def untranslated(english: dict[str, Any], other: dict[str, Any], path: str = "") -> list[str]:
    """The path of every text in ENGLISH that OTHER does not translate, as lay_over names it."""
    missing: list[str] = []
    for key, value in english.items():
        if _never_text(key, value):
            continue
        where = f"{path}.{key}" if path else key
        given = other.get(key)
        if _is_tables(value):
            entries = given if isinstance(given, dict) else {}
            for place, entry in enumerate(value):
                name = entry_key(entry, place)
                missing += untranslated(entry, entries.get(name) or {}, f"{where}.{name}")
        elif isinstance(value, dict):
            missing += untranslated(value, given if isinstance(given, dict) else {}, where)
        elif _is_text(value) and value and given is None:
            missing.append(where)
    return missing
