"""The language the guide speaks, and its words in that language.

The rule (docs/architecture.md, "Languages"): --lang, else THERAPY_GUIDE_LANG, else the
first language of the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. A
language we have no words for falls back to English with a note.

The chosen language is held for the current command (`speaking`), not set on a module:
the command line enters it once, and in-process tests leave it as they found it. English
needs no catalog; a translation's compiled catalog (therapy_guide/locale/) is read only
when that language is chosen, with the standard library's gettext.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from gettext import NullTranslations

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")
ENGLISH: Language = "en"
SPANISH: Language = "es"
# Each language's name in itself: what `about` and the save menu offer.
NAMES: dict[Language, str] = {"en": "English", "es": "Español"}
LANGUAGE_ENV = "THERAPY_GUIDE_LANG"
# The locale variables, in the order gettext reads them for messages.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
DOMAIN = "therapy_guide"
Source = Literal["option", "environment", "locale", "default"]

_speaking: ContextVar[Language] = ContextVar("language", default=ENGLISH)


@dataclass(frozen=True)
class Choice:
    """The language chosen, where the choice came from, and any language asked for that we
    do not have (for the one-line note on stderr)."""

    code: Language
    source: Source
    unavailable: str = ""


def known(value: str) -> Language | None:
    """VALUE as one of ours ("es", "ES", "es_MX.UTF-8", "es-419"), else None."""
    code = value.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    for language in LANGUAGES:
        if code == language:
            return language
    return None


def _locale_languages(environ: Mapping[str, str]) -> Iterator[str]:
    """The languages the locale asks for, in gettext's order; C and POSIX ask for none.

    LANGUAGE is a list ("es:en"); it counts only beside a locale that is set, as in gettext.
    """
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        if name == "LANGUAGE":
            if any(environ.get(n) for n in LOCALE_VARIABLES[1:]):
                yield from (part for part in value.split(":") if part)
            continue
        if value.split(".")[0] not in ("C", "POSIX"):
            yield value
        return


def choose(given: str | None, environ: Mapping[str, str]) -> Choice:
    """The language for GIVEN (--lang, already checked) and ENVIRON, by the rule above."""
    if given:
        code = known(given)
        if code is not None:
            return Choice(code, "option")
    from_env = environ.get(LANGUAGE_ENV, "").strip()
    if from_env:
        code = known(from_env)
        if code is not None:
            return Choice(code, "environment")
        return Choice(ENGLISH, "default", unavailable=from_env)
    asked = list(_locale_languages(environ))
    for value in asked:
        code = known(value)
        if code is not None:
            return Choice(code, "locale")
    if asked and known(asked[0]) is None and not asked[0].lower().startswith("en"):
        return Choice(ENGLISH, "default", unavailable=asked[0].split(".")[0])
    return Choice(ENGLISH, "default")


def current() -> Language:
    """The language of the command being run."""
    return _speaking.get()


@contextlib.contextmanager
def speaking(language: Language) -> Iterator[None]:
    """Run the block in LANGUAGE; the language before it comes back after."""
    token = _speaking.set(language)
    try:
        yield
    finally:
        _speaking.reset(token)


def locale_dir() -> Path:
    return Path(__file__).parents[1] / "locale"


@cache
def catalog(language: Language) -> NullTranslations:
    """LANGUAGE's compiled catalog, read once; English (and a missing file) translates nothing."""
    import gettext

    if language == ENGLISH:
        return gettext.NullTranslations()
    # Its one file, opened directly: gettext.translation would first search the locale's
    # variants for it. A missing file (a broken install) translates nothing; CI's wheel
    # smoke test runs the guide in Spanish, so a wheel without it fails there.
    path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError:
        return gettext.NullTranslations()


T = TypeVar("T", str, dict[str, str])


def translate(words: T) -> T:
    """WORDS in the current language: a sentence, or each of a dict's values (wording.py
    holds nothing else: tests/test_languages.py). English is the words themselves; a
    sentence the catalog lacks stays English."""
    language = _speaking.get()
    if language == ENGLISH:
        return words
    found = catalog(language)
    if isinstance(words, str):
        return found.gettext(words) if words else words
    return {key: found.gettext(value) for key, value in words.items()}
