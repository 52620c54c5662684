"""Models of who provides care: kinds of provider, training, and how to check a license."""

from __future__ import annotations

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Text, unique


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
    # The one list of questions to ask a therapist: providers, find-care and a saved summary.
    first_appointment: tuple[Text, ...] = Field(min_length=1)
    note: Text

    @model_validator(mode="after")
    def _idsunique(self) -> Provision:
        unique([p.id for p in self.providers], "provider")
        return self
