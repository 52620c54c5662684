"""Models of safety and trust: crisis lines by region, who provides care, the about page."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from therapy_guide.content.base import Id, Model, Text, unique


class Resource(Model):
    name: Text
    contact: Text
    when: Text  # when to use it
    who: Text  # who answers: clinicians, trained volunteers, emergency services
    chat: str = ""
    hours: str = ""
    url: str = ""
    notes: tuple[Text, ...] = ()


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


class Provider(Model):
    id: Id
    name: Text
    titles: tuple[Text, ...] = ()
    training: Text
    offers: Text
    prescribes: bool = False


class Provision(Model):
    title: Text
    intro: Text
    providers: tuple[Provider, ...] = Field(min_length=1)
    in_training: Text
    verify: tuple[Text, ...] = Field(min_length=1)
    first_appointment: tuple[Text, ...] = Field(min_length=1)
    note: Text

    @model_validator(mode="after")
    def _idsunique(self) -> Provision:
        unique([p.id for p in self.providers], "provider")
        return self


class Reference(Model):
    name: Text
    use: Text
    attribution: Text


class About(Model):
    purpose: Text
    is_not: tuple[Text, ...] = Field(min_length=1)
    sources: tuple[Reference, ...] = Field(min_length=1)
    reviewed: date
    privacy: tuple[Text, ...] = Field(min_length=1)
    report: Text
