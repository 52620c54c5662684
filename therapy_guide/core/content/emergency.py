"""Models of the emergency numbers of every country (data/emergency.toml): what a person
in a country we have no crisis lines for is told to call.

Each country lists its number for everything (`all`), or one for each service that has
its own (JP: 119 for an ambulance or fire, 110 for the police), and which table it came
from. The tests check every number with libphonenumber's `is_emergency_number`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Model, Sourced, Text

Service = Literal["ambulance", "police", "fire"]
SERVICES: tuple[Service, ...] = ("ambulance", "police", "fire")  # the order they are named in


class CountryNumbers(Model):
    all: str = ""  # one number for every service
    ambulance: str = ""
    police: str = ""
    fire: str = ""
    origin: str = Field(default="wikipedia", alias="from")  # a key of the file's `sources`

    @model_validator(mode="after")
    def _check(self) -> CountryNumbers:
        own = [getattr(self, s) for s in SERVICES if getattr(self, s)]
        if bool(self.all) == bool(own):
            raise ValueError("give either `all` or the services' own numbers")
        for number in (self.all, *own):
            if number and not number.isdigit():
                raise ValueError(f"{number!r} must be digits only, as dialled")
        return self

    def contact(self) -> str:
        """In words: "Call 911", or "Call 119 for an ambulance or fire, or 110 for the police"."""
        from therapy_guide.core import words as w

        groups = self.by_number()
        if len(groups) == 1:
            return w.EMERGENCY_CALL.format(numbers=groups[0][0])
        each = [
            w.EMERGENCY_FOR.format(
                number=number, services=w.EMERGENCY_OR.join(w.SERVICE_NAMES[s] for s in services)
            )
            for number, services in groups
        ]
        return w.EMERGENCY_CALL.format(numbers=w.EMERGENCY_OR_LAST.join(each))

    def by_number(self) -> list[tuple[str, tuple[Service, ...]]]:
        """Each number once, with the services it reaches, in the order they are named."""
        if self.all:
            return [(self.all, SERVICES)]
        grouped: dict[str, list[Service]] = {}
        for service in SERVICES:
            if getattr(self, service):
                grouped.setdefault(getattr(self, service), []).append(service)
        return [(number, tuple(services)) for number, services in grouped.items()]


class EmergencyTable(Model):
    sources: dict[str, Sourced] = Field(min_length=1)
    countries: dict[str, CountryNumbers] = Field(min_length=1)
    none: dict[str, Text] = Field(default_factory=dict)  # code: why no number is given

    @model_validator(mode="after")
    def _check(self) -> EmergencyTable:
        for code, numbers in self.countries.items():
            if code != code.upper() or len(code) != 2:
                raise ValueError(f"countries.{code}: a code is two upper-case letters")
            if numbers.origin not in self.sources:
                raise ValueError(f"countries.{code}: from {numbers.origin!r} is not a source")
            if code in self.none:
                raise ValueError(f"none.{code}: {code} has numbers")
        return self

    def numbers(self, code: str) -> CountryNumbers | None:
        return self.countries.get(code)

    def source_of(self, code: str) -> Sourced:
        """Where CODE's numbers come from (the first source for a place with none)."""
        found = self.countries.get(code)
        return self.sources[found.origin] if found else next(iter(self.sources.values()))
