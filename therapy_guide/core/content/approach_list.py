"""Models of the kinds of talk therapy: what each is like, what it is often used for, how
long it takes, which side of the article's line it sits on, and what it rests on."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Text, unique

# therapy: solution-oriented; psychotherapy: insight-driven (the article's two sides).
Side = Literal["therapy", "psychotherapy", "both"]


class Approach(Model):
    id: Id
    name: Text
    session: Text  # what a session is like
    used_for: Text  # what it is often used for
    length: Text  # how long it tends to take
    side: Side
    side_why: Text
    source: Text  # the guideline or review it rests on, as cited
    source_url: str = ""
    checked: date  # the day the source was last checked


class Approaches(Model):
    title: Text
    intro: Text
    note: Text
    approaches: tuple[Approach, ...] = Field(min_length=10)

    @model_validator(mode="after")
    def _ids_unique(self) -> Approaches:
        unique([a.id for a in self.approaches], "approach")
        return self

    @property
    def checked(self) -> date:
        """The oldest check of any approach's source."""
        return min(a.checked for a in self.approaches)

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.approaches]

    def find(self, wanted: str) -> Approach:
        """The approach with id WANTED, checked already (cli.options.chosen_id)."""
        return next(a for a in self.approaches if a.id == wanted)
