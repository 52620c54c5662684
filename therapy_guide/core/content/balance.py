"""Models of our balance notes: each shown beside the article's words it balances."""

from __future__ import annotations

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Sourced, Text, unique


class BalanceNote(Sourced):
    id: Id
    quote: Text  # the article's words this note balances, wherever they are shown
    text: Text
    # In a translation, `quote` is in our translation of the article and this is the
    # article's own words, in English (core/content/translation.py lays it beside).
    quote_en: Text | None = None


class BalanceNotes(Model):
    label: Text  # how every note is marked as ours
    notes: tuple[BalanceNote, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _idsunique(self) -> BalanceNotes:
        unique([n.id for n in self.notes], "balance note")
        return self

    def for_text(self, text: str) -> list[BalanceNote]:
        """The notes whose quoted words TEXT holds."""
        folded = text.casefold()
        return [n for n in self.notes if n.quote.casefold() in folded]
