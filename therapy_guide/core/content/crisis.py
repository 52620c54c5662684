"""Models of crisis help by region, and the rules for choosing a region.

`CrisisDirectory.choose` owns those rules: --region (or THERAPY_GUIDE_REGION, read by the
command line), else the territory of the person's locale, else the default; aliases (GB
for UK); and, for a country we have no lines for, the international block instead of an
error. The command line only hands it what the person typed and the environment.

It also shapes the lines for the language the guide speaks (`core.language`): in a
language other than English, a line's own way in for that language (988 in Spanish: press
2, or text AYUDA) is how to reach it, and the lines that answer in it come first. English
keeps the file's order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from therapy_guide.core import language
from therapy_guide.core.content.base import Model, Sourced, Text

# Where a region came from, in the order they are tried.
Source = Literal["option", "environment", "locale", "default"]
# The locale variables that can name a place, in the order the C library reads them:
# language's list less LANGUAGE, which lists languages only.
LOCALE_VARIABLES = language.LOCALE_VARIABLES[1:]
# Codes in the territory list that are no country (CLDR's groupings and test codes).
NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})


# How a number is used: called, texted, or messaged on WhatsApp.
How = Literal["call", "text", "whatsapp"]
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# A language as ISO 639 writes it: "en", "es", "fil".
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]


class Number(Model):
    """One phone number of a resource: as its `contact` (or a note) writes it, how to
    dial it, and how it is used. The page's tel:, sms: and wa.me links are built from
    this, never from the prose; the tests check each against libphonenumber."""

    shown: Text  # as the entry writes it: "0919 057 1553", "1-800-662-4357", "442-AYUDAME"
    # E.164 where the number has one ("+639190571553"); a short number is dialled as shown.
    dial: str = ""
    by: tuple[How, ...] = ("call",)
    word: str = ""  # the word to text first ("HOME"), when `by` has "text"

    @model_validator(mode="after")
    def _check(self) -> Number:
        if self.dial and not E164.match(self.dial):
            raise ValueError(f"dial {self.dial!r} must be E.164: a + and the digits")
        if self.word and "text" not in self.by:
            raise ValueError(f"word {self.word!r} is for texting, but {self.shown} is not texted")
        if not self.dial and not re.sub(r"[ -]", "", self.shown).isdigit():
            raise ValueError(f"{self.shown!r} needs its E.164 form in dial")
        return self

    @property
    def dialled(self) -> str:
        """The digits a phone dials: the E.164 form, or a short number as shown."""
        return self.dial or re.sub(r"[ -]", "", self.shown)

    @property
    def reaches(self) -> set[tuple[str, How, str]]:
        """Each way this number is used: (digits dialled, how, the word to text first)."""
        return {(self.dialled, how, self.word) for how in self.by}


class WayIn(Sourced):
    """How to reach a line in one language, where that is not its `contact`: 988 in
    Spanish is "Call 988 and press 2, or text AYUDA to 988". Each of its numbers is one of
    the line's own (so the line's checks hold for it), and the line's hours hold for it."""

    contact: Text
    numbers: tuple[Number, ...] = Field(min_length=1)


class ResourceText(Model):
    """What a resource says about itself: when to use it, who answers, its hours."""

    name: Text
    when: Text  # when to use it
    who: Text  # who answers: clinicians, trained volunteers, emergency services
    chat: str = ""
    hours: str = ""
    open: str = ""  # the hours in a few characters ("24/7"), for the compact block
    url: str = ""
    languages: tuple[Text, ...] = ()  # the languages it is answered in, as its sources say
    # The same languages as codes, for the program: the lines that answer in the guide's
    # language come first. A language with no code ("20 Indian languages") has none.
    language_codes: tuple[LanguageCode, ...] = ()
    notes: tuple[Text, ...] = ()
    emergency: bool = False  # the emergency number: shown on its own line, always
    urgent: bool = True  # for help right now; false for a referral line (SAMHSA)


class Resource(ResourceText, Sourced):
    """A way to reach help: how (`contact`, in words), its numbers, and its source."""

    contact: Text
    numbers: tuple[Number, ...] = ()  # every number its contact and notes give
    ways_in: dict[LanguageCode, WayIn] = Field(default_factory=dict)  # by language code

    @model_validator(mode="after")
    def _check_ways_in(self) -> Resource:
        reached = {used for number in self.numbers for used in number.reaches}
        for code, way in self.ways_in.items():
            if code not in self.language_codes:
                raise ValueError(f"ways_in.{code}: the line does not answer in {code!r}")
            for number in way.numbers:
                if not number.reaches <= reached:
                    raise ValueError(f"ways_in.{code}: {number.shown} is not one of its numbers")
        return self

    def in_language(self, code: str) -> Resource:
        """This line as a speaker of language CODE reaches it: by its way in for CODE,
        if it has one (those numbers first, then the rest of its own), sourced by both."""
        way = self.ways_in.get(code)
        if way is None:
            return self
        rest = tuple(n for n in self.numbers if n not in way.numbers)
        return self.model_copy(
            update={
                "contact": way.contact,
                "numbers": (*way.numbers, *rest),
                "source": f"{way.source} {self.source}",
                "checked": min(way.checked, self.checked),
            }
        )


class Region(Model):
    name: Text
    resources: tuple[Resource, ...] = Field(min_length=1)
    # Lines the compact block always shows for this region, after its lines for help
    # right now (the US: 988 in Spanish, for the many Spanish speakers on an English locale).
    always: tuple[Text, ...] = ()
    # The language `always` is written in, if any: when the guide speaks it, the lines
    # themselves are in it already, so the block leaves `always` out.
    always_in: LanguageCode | None = None


class ChosenRegion(Region):
    """A region as chosen for one run: its lines, and how and why it was chosen.

    `known` is False for the international block (a country we have no lines for, or a
    code that is no country at all: then `country` is False too).
    """

    code: str
    source: Source
    known: bool = True
    country: bool = True


class International(Model):
    name: Text  # the title for a code that is no country
    # The emergency line for a country without lines of its own: its number, source and
    # date come from data/emergency.toml; `no_number` where that file gives none.
    emergency: ResourceText
    no_number: Text


class GivenRegion(str):
    """A region code as the person gave it, remembering where it came from."""

    source: Source

    def __new__(cls, value: str, source: Source) -> GivenRegion:
        given = super().__new__(cls, value)
        given.source = source
        return given


class CrisisDirectory(Model):
    default: Text
    unknown_region: Text  # shown with a bad --region: an error must never hide help
    intro: Text
    aliases: dict[str, str] = Field(default_factory=dict)
    regions: dict[str, Region] = Field(min_length=1)
    elsewhere: Resource  # for anyone outside the listed regions
    international: International

    @model_validator(mode="after")
    def _check(self) -> CrisisDirectory:
        for code in self.regions:
            if code != code.upper() or len(code) != 2:
                raise ValueError(f"region code {code!r} must be two upper-case letters")
        if self.default not in self.regions:
            raise ValueError(f"default region {self.default!r} is not a listed region")
        for alias, target in self.aliases.items():
            if target not in self.regions:
                raise ValueError(f"alias {alias!r} points to unknown region {target!r}")
        return self

    @property
    def checked(self) -> date:
        """The oldest check of any line: every number was checked on this day or later."""
        lines = [r for region in self.regions.values() for r in region.resources]
        return min(r.checked for r in (*lines, self.elsewhere))

    @property
    def codes(self) -> list[str]:
        return sorted(self.regions)

    @property
    def accepted_codes(self) -> list[str]:
        """Every code with lines of its own: the regions' and their aliases (GB for UK)."""
        return sorted({*self.regions, *self.aliases})

    def choose(self, given: str | None, environ: Mapping[str, str]) -> ChosenRegion:
        """The region to show: GIVEN (a code, or a GivenRegion from the environment),
        else the territory of the locale in ENVIRON, else the default.

        Never an error: a country we have no lines for, or a code that is no country,
        gets the international block (`known` False); the caller says so.
        """
        if given is not None and given.strip():
            return self._for_code(given, getattr(given, "source", "option"))
        territory = locale_territory(environ)
        if territory is not None:
            return self._for_code(territory, "locale")
        return self._for_code(self.default, "default")

    def _canonical(self, code: str) -> str:
        wanted = code.strip().upper()
        return self.aliases.get(wanted, wanted)

    def _for_code(self, code: str, source: Source) -> ChosenRegion:
        wanted = self._canonical(code)
        spoken = language.current()
        if wanted in self.regions:
            region = self.regions[wanted]
            return ChosenRegion(
                name=region.name,
                resources=spoken_in(region.resources, spoken),
                always=() if region.always_in == spoken else region.always,
                code=wanted,
                source=source,
            )
        name = country_name(wanted)
        return ChosenRegion(
            name=name or self.international.name,
            resources=(self.emergency_line(wanted if name else None),),
            code=wanted,
            source=source,
            known=False,
            country=name is not None,
        )

    def emergency_line(self, code: str | None) -> Resource:
        """The emergency line for country CODE (None: no country) from data/emergency.toml:
        "Call 119 for an ambulance or fire, or 110 for the police", each number to tap."""
        from therapy_guide.core.content import emergency_table

        table = emergency_table()
        found = table.numbers(code) if code else None
        origin = table.source_of(code or "")
        contact, numbers = self.international.no_number, tuple[Number, ...]()
        if found is not None:
            contact = found.contact()
            numbers = tuple(Number(shown=number) for number, _ in found.by_number())
        return Resource(
            **self.international.emergency.model_dump(),
            contact=contact,
            numbers=numbers,
            source=origin.source,
            checked=origin.checked,
        )


def spoken_in(resources: tuple[Resource, ...], code: str) -> tuple[Resource, ...]:
    """RESOURCES as a speaker of language CODE reaches them: each by its way in for CODE,
    and, in any language but English, the crisis lines that answer in CODE before those
    that do not. The emergency number and the services that are no crisis line keep
    their places; so does the file's order in English, and within each group."""
    shown = tuple(r.in_language(code) for r in resources)
    if code == language.ENGLISH:
        return shown
    places = [n for n, r in enumerate(shown) if r.urgent and not r.emergency]
    lines = sorted((shown[n] for n in places), key=lambda r: code not in r.language_codes)
    ordered = list(shown)
    for place, line in zip(places, lines, strict=True):
        ordered[place] = line
    return tuple(ordered)


def locale_territory(environ: Mapping[str, str]) -> str | None:
    """The territory of the first locale set in LC_ALL, LC_MESSAGES or LANG ("en_GB" gives
    "GB"); C, POSIX and empty values are skipped. None when the locale names no country
    (es_419, a region of the world).

    Babel is imported only here, and only when a locale is set: it costs start-up time.
    """
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").split(".")[0].split("@")[0].strip()
        if value in ("", "C", "POSIX"):
            continue
        from babel import Locale, UnknownLocaleError
        from babel.core import parse_locale

        try:
            territory = Locale.parse(value).territory
        except (UnknownLocaleError, ValueError, TypeError):
            try:  # a pairing CLDR does not list (de_US) still names its place
                territory = parse_locale(value)[2]
            except ValueError:
                territory = None
        # A region of the world (es_419: Latin America) is no country: it names no place
        # whose lines we could show, so the default's are shown instead.
        return territory.upper() if territory and territory.isalpha() else None
    return None


def country_name(code: str) -> str | None:
    """The name of the country CODE (ISO 3166-1 alpha-2) in the guide's language ("Japan",
    "Japón"), or None if it is none. Babel is imported only here: it costs start-up time."""
    if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
        return None
    from babel import Locale

    name: str | None = Locale.parse(language.current()).territories.get(code)
    return name
