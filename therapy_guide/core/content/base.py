"""The base of every content model: frozen, strict, with short string types."""

from __future__ import annotations

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


def unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{what} id {item!r} is used twice")
        seen.add(item)
