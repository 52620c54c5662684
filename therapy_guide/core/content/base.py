"""The base of every content model: frozen, strict, with short string types."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# At most 24 characters: a label that fits a 40-column row beside its answer.
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=24)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class Model(BaseModel):
    # Frozen: content never changes after load. Forbid extras: a typo in a key is an
    # error that names it, not a field silently ignored.
    model_config = ConfigDict(frozen=True, extra="forbid")


class Sourced(Model):
    """An entry that carries its own source and the day it was last checked against it.

    Every crisis line, route to care, approach and balance note is one: an entry without
    them is refused at load, naming the file and the entry. `scripts/check_sources.py`
    lists the entries whose check is getting old.
    """

    source: Text  # a URL or a citation: where the entry's facts were confirmed
    checked: date  # the day they were last checked against it


def unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{what} id {item!r} is used twice")
        seen.add(item)
