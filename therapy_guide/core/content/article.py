"""Models of the source article's comparison: definitions, table, lists, example, notes."""

from __future__ import annotations

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Text, unique


class Source(Model):
    title: Text
    publisher: Text
    location: Text
    note: Text


class Definition(Model):
    term: Text
    summary: Text
    detail: tuple[Text, ...] = ()


class Aspect(Model):
    id: Id
    name: Text
    therapy: Text
    psychotherapy: Text


class Consider(Model):
    therapy: tuple[Text, ...] = Field(min_length=1)
    psychotherapy: tuple[Text, ...] = Field(min_length=1)


class Example(Model):
    situation: Text
    therapy: Text
    psychotherapy: Text


class Comparison(Model):
    """The article's comparison: definitions, table, 'consider if' lists, example, notes."""

    title: Text
    source: Source
    definitions: tuple[Definition, ...] = Field(min_length=2)
    aspects: tuple[Aspect, ...] = Field(min_length=1)
    consider: Consider
    example: Example
    notes: tuple[Text, ...] = Field(min_length=1)
    conclusion: Text

    @model_validator(mode="after")
    def _idsunique(self) -> Comparison:
        unique([a.id for a in self.aspects], "aspect")
        return self

    def aspect(self, aspect_id: str) -> Aspect | None:
        return next((a for a in self.aspects if a.id == aspect_id), None)
