"""The document model: what a command shows, as plain data that any renderer can draw.

Every command builds a View (its blocks for people, its JSON document for tools) and
hands it to `render.emit`, which draws it as Rich text, markdown or JSON. Nothing here
knows about a terminal: the renderers decide what a Heading or a Table looks like.

Styles are names of meaning ("muted", "warning", "crisis", "therapy"...), never colours;
the text renderer maps them to a theme, and every block carries its meaning in words too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Document = dict[str, Any]
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Title:
    """The view's title: a first-level heading."""

    text: str
    style: str = "heading"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; GAP puts a blank line before it on screen (markdown spaces every block)."""

    text: str
    style: str = ""
    strong: bool = False
    gap: bool = False


@dataclass(frozen=True)
class Labelled:
    """'Label: body', the label carrying the meaning in words (Myth:, Fact:, Therapy:)."""

    label: str
    body: str
    style: str = "label"


@dataclass(frozen=True)
class Reach:
    """One way to reach someone by phone: HOW ("call", "text", "whatsapp"), the number as
    SHOWN, as DIALLED (E.164, or a short number's digits), and a WORD to text first."""

    how: str
    shown: str
    dialled: str
    word: str = ""


@dataclass(frozen=True)
class Contact(Labelled):
    """'Contact: Call or text 988': a Labelled whose body is a way to reach someone.

    Drawn as a Labelled everywhere; a page (render/html.py) also makes each of its REACH
    a tel:, sms: or wa.me button and its web addresses https: links.
    """

    reach: tuple[Reach, ...] = ()


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Column:
    name: str
    style: str = ""


@dataclass(frozen=True)
class Table:
    """A table; on a narrow screen the text renderer stacks each row as a block instead."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Entry:
    """One titled item (a resource, a provider, a reason): its title, then its lines."""

    title: str
    body: tuple[Block, ...] = ()
    style: str = "label"


@dataclass(frozen=True)
class Numbered:
    """A numbered item, '1. Myth: ...', with its details beneath it."""

    number: int
    label: str
    body: str
    style: str = "label"
    details: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading and what falls under it."""

    title: str
    body: tuple[Block, ...]
    style: str = "heading"


@dataclass(frozen=True)
class Commands:
    """Commands and what each does (the welcome screen): a command is never split."""

    rows: tuple[tuple[str, str], ...]


Block = Title | Paragraph | Labelled | Bullets | Table | Entry | Numbered | Section | Commands
# Contact is a Labelled: every renderer that draws a Labelled draws it, as it is.


@dataclass(frozen=True)
class View:
    """What one command shows: BLOCKS for people (text, markdown), DOCUMENT for tools (JSON)."""

    blocks: tuple[Block, ...]
    document: Document = field(default_factory=dict)


def versioned(**fields: Any) -> Document:
    """A JSON document of the promised shape: schema_version first, then FIELDS."""
    return {"schema_version": SCHEMA_VERSION, **fields}
