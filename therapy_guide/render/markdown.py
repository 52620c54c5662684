"""The markdown form of a view: plain GitHub markdown, one block after another."""

from __future__ import annotations

from collections.abc import Iterable

from therapy_guide.views.document import (
    Block,
    Bullets,
    Commands,
    Entry,
    Labelled,
    Numbered,
    Paragraph,
    Section,
    Table,
    Title,
    View,
)


def cell(text: str) -> str:
    """A markdown table cell: pipes escaped, line breaks folded."""
    return text.replace("|", "\\|").replace("\n", " ")


def md_list(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def paragraph(p: Paragraph) -> str:
    if p.strong:
        return f"**{p.text}**"
    return f"_{p.text}_" if p.style in ("muted", "note") else p.text


def table(t: Table) -> str:
    header = "| " + " | ".join(cell(c.name) for c in t.columns) + " |"
    rule = "| " + " | ".join("---" for _ in t.columns) + " |"
    rows = ["| " + " | ".join(cell(x) for x in row) + " |" for row in t.rows]
    return "\n".join([header, rule, *rows])


def indented(text: str, by: str = "   ") -> str:
    return "\n".join(by + line if line else line for line in text.splitlines())


def block(b: Block, level: int = 2) -> str:
    match b:
        case Title(text=text):
            return f"# {text}"
        case Section(title=title, body=body):
            return join(f"{'#' * level} {title}", *(block(x, level + 1) for x in body))
        case Entry(title=title, body=body):
            return join(f"{'#' * level} {title}", *(block(x, level + 1) for x in body))
        case Paragraph():
            return paragraph(b)
        case Labelled(label=label, body=body):
            return f"**{label}:** {body}"
        case Bullets(items=items):
            return md_list(items)
        case Table():
            return table(b)
        case Numbered(number=n, label=label, body=body, details=details):
            first = f"{n}. **{label}:** {body}"
            return join(first, *(indented(block(x, level + 1)) for x in details))
        case Commands(rows=rows):
            return md_list(f"`{name}`: {what}" for name, what in rows)
    raise TypeError(f"no markdown for {type(b).__name__}")


def join(*blocks: str) -> str:
    return "\n\n".join(b for b in blocks if b)


def to_markdown(view: View) -> str:
    return join(*(block(b) for b in view.blocks)) + "\n"
