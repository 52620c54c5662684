"""Models of crisis help by region, and the rules for choosing a region.

`CrisisDirectory.lookup` owns those rules (aliases, the default, what counts as a known
code); the command line only hands it what the person typed.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Model, Text
from therapy_guide.core.errors import UsageError


class Resource(Model):
    name: Text
    contact: Text
    when: Text  # when to use it
    who: Text  # who answers: clinicians, trained volunteers, emergency services
    chat: str = ""
    hours: str = ""
    open: str = ""  # the hours in a few characters ("24/7"), for the compact block
    url: str = ""
    notes: tuple[Text, ...] = ()
    emergency: bool = False  # the emergency number: shown on its own line, always
    urgent: bool = True  # for help right now; false for a referral line (SAMHSA)


class Region(Model):
    name: Text
    resources: tuple[Resource, ...] = Field(min_length=1)


class CrisisDirectory(Model):
    checked: date  # the day each number was checked against the service's own pages
    default: Text
    unknown_region: Text  # shown with a bad --region: an error must never hide help
    intro: Text
    aliases: dict[str, str] = Field(default_factory=dict)
    regions: dict[str, Region] = Field(min_length=1)
    elsewhere: Resource  # for anyone outside the listed regions

    @model_validator(mode="after")
    def _check(self) -> CrisisDirectory:
        for code in self.regions:
            if code != code.upper():
                raise ValueError(f"region code {code!r} must be upper case")
        if self.default not in self.regions:
            raise ValueError(f"default region {self.default!r} is not a listed region")
        for alias, target in self.aliases.items():
            if target not in self.regions:
                raise ValueError(f"alias {alias!r} points to unknown region {target!r}")
        return self

    @property
    def codes(self) -> list[str]:
        return sorted(self.regions)

    @property
    def accepted_codes(self) -> list[str]:
        """Every code a person may type: the regions' own and their aliases (GB for UK)."""
        return sorted({*self.regions, *self.aliases})

    def lookup(self, code: str | None) -> tuple[str, Region]:
        """The region for CODE (any case, aliases allowed), or the default for None.

        An unknown code is a UsageError that still tells the person where to find help.
        """
        if code is None:
            return self.default, self.regions[self.default]
        wanted = code.strip().upper()
        wanted = self.aliases.get(wanted, wanted)
        if wanted not in self.regions:
            from therapy_guide.core import wording as w

            raise UsageError(
                w.NOT_A_REGION.format(value=code, codes=", ".join(self.accepted_codes)),
                hint=f"Anywhere else: {self.elsewhere.contact}. {self.unknown_region}",
            )
        return wanted, self.regions[wanted]
