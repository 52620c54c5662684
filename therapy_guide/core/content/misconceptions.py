"""Models of the misconceptions (myths): the article's three, and ours for balance."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Text, unique


class Myth(Model):
    id: Id
    myth: Text
    fact: Text
    origin: Literal["article", "balance"] = "article"


class Myths(Model):
    title: Text
    myths: tuple[Myth, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _idsunique(self) -> Myths:
        unique([m.id for m in self.myths], "myth")
        return self
