"""Models of the about page: what the tool is and is not, its sources, privacy."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from therapy_guide.core.content.base import Model, Text


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
