"""The text form of a view, drawn with Rich for a terminal (or plain ASCII for a pipe).

Every block labels its meaning in words (Therapy:, Myth:, Fact:) so that nothing depends
on colour. Below STACK_BELOW columns, in the plain quiz and on a dumb terminal, tables
become stacked blocks so no word is cut and no box is drawn. A command in content
(`therapy-guide providers`) is drawn bold, without the backticks that markdown keeps.
Words wrap at spaces (`Prose`): a phone number is never split across lines, a word longer
than a line breaks after a hyphen or a slash, and a numbered item's lines hang under its
first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rich.cells import cell_len
from rich.console import (
    Console,
    ConsoleOptions,
    Group,
    JustifyMethod,
    OverflowMethod,
    RenderableType,
)
from rich.containers import Lines
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table as RichTable
from rich.text import Text

from therapy_guide.console.streams import narrow, plain_layout
from therapy_guide.console.wrapping import line_starts, plain_spaces_will_do, unbreakable
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

BLANK = Text("")
COMMAND = re.compile(r"`(therapy-guide(?: [^`]*)?)`")
COMMAND_STYLE = "bold"
# A numbered title ("1. Your GP and a plan"): its lines hang under its first word.
NUMBERED = re.compile(r"(\d+\.) (.+)", re.DOTALL)


class Prose(Text):
    """Text that wraps by the program's one rule (console/wrapping.py), not Rich's: phone numbers
    whole, a word longer than a line broken at a hyphen or slash."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        overflow = overflow or self.overflow or "fold"
        plain = self.plain
        if (
            no_wrap
            or self.no_wrap
            or overflow == "ignore"
            or "\t" in plain
            or plain_spaces_will_do(plain, width)  # Rich's own, faster, gives the same
        ):
            return super().wrap(
                console,
                width,
                justify=justify,
                overflow=overflow,
                tab_size=tab_size,
                no_wrap=no_wrap,
            )
        lines = Lines()
        for line in self.split(allow_blank=True):
            starts = line_starts(line.plain, width, measure=cell_len, fold=overflow == "fold")
            for piece in line.divide(starts):
                piece.rstrip()
                lines.extend(
                    Text.wrap(
                        piece, console, width, justify=justify, overflow=overflow, no_wrap=True
                    )
                )
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least as wide as its longest phone number or unbreakable piece of a word."""
        widest = Text.__rich_measure__(self, console, options).maximum
        narrowest = max((cell_len(p) for p in unbreakable(self.plain)), default=widest)
        return Measurement(narrowest, widest)


def prose(text: str, style: str = "") -> Prose:
    """TEXT with each `therapy-guide ...` command styled instead of set in backticks."""
    drawn = Prose(style=style)
    start = 0
    for match in COMMAND.finditer(text):
        drawn.append(text[start : match.start()])
        drawn.append(match.group(1), style=COMMAND_STYLE)
        start = match.end()
    drawn.append(text[start:])
    return drawn


def labelled(label: str, body: str, style: str = "label") -> Text:
    """'Label: body' with the label styled: the words carry the meaning, colour only helps."""
    line = Prose()
    line.append(f"{label}: ", style=style)
    line.append_text(prose(body))
    return line


def bullets(items: Iterable[str], marker: str = "-") -> RichTable:
    """A list with hanging indents: one grid for all items (a grid each is slow to lay out)."""
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(marker, prose(item))
    return grid


def indent(*renderables: RenderableType, by: int = 2) -> Padding:
    return Padding(Group(*renderables), (0, 0, 0, by))


def hanging(marker: Text, body: RenderableType) -> RichTable:
    """MARKER ("1.") and BODY beside it, BODY's lines hanging under its own first word."""
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(marker, body)
    return grid


def table_fits(console: Console, table: Table) -> bool:
    """Whether the table leaves each column room for its longest word."""
    first = max(len(row[0]) for row in table.rows)
    longest = max(len(word) for row in table.rows for text in row[1:] for word in text.split())
    others = len(table.columns) - 1
    frame = len(table.columns) + 1 + 2 * len(table.columns)  # borders, one space each side
    return console.width >= first + others * longest + frame


def stacked(table: Table) -> Iterator[RenderableType]:
    """Each row as a block: its first cell as a heading, the others labelled beneath it."""
    for row in table.rows:
        yield BLANK
        yield prose(row[0], style="heading")
        for column, text in zip(table.columns[1:], row[1:], strict=True):
            yield indent(labelled(column.name, text, column.style or "label"))


def grid_table(table: Table) -> RichTable:
    drawn = RichTable(show_lines=True, expand=False)
    first, *others = table.columns
    drawn.add_column(first.name, style="label", overflow="fold")
    for column in others:
        drawn.add_column(column.name, header_style=column.style, overflow="fold", ratio=1)
    for row in table.rows:
        drawn.add_row(*(prose(x) for x in row))
    return drawn


def commands(console: Console, rows: tuple[tuple[str, str], ...]) -> Iterator[RenderableType]:
    """Set apart by blank lines; stacked on a narrow screen so a command is never split."""
    yield BLANK
    if narrow(console):
        for name, what in rows:
            yield Text(name, style="label")
            yield indent(prose(what))
    else:
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(style="label", no_wrap=True)
        grid.add_column(overflow="fold")
        for name, what in rows:
            grid.add_row(Text(name), prose(what))
        yield grid
    yield BLANK


def draw(console: Console, block: Block) -> Iterator[RenderableType]:
    """The renderables for one block, with the blank lines that set it apart."""
    match block:
        case Title(text=text, style=style):
            yield BLANK
            yield prose(text, style=style)
        case Section(title=title, body=body, style=style):
            yield BLANK
            yield prose(title, style=style)
            yield from draw_all(console, body)
        case Entry(title=title, body=body, style=style):
            yield BLANK
            numbered = NUMBERED.fullmatch(title)
            if numbered is None:
                yield prose(title, style=style)
                yield indent(*draw_all(console, body))
            else:  # "1. A route": the title and its lines under its first word
                marker, rest = numbered.groups()
                yield hanging(Text(marker, style=style), prose(rest, style=style))
                yield indent(*draw_all(console, body), by=len(marker) + 1)
        case Paragraph(text=text, style=style, strong=strong, gap=gap):
            if gap:
                yield BLANK
            yield prose(text, style=f"{style} bold".strip() if strong else style)
        case Labelled(label=label, body=body, style=style):
            yield labelled(label, body, style)
        case Bullets(items=items):
            yield bullets(items)
        case Table():
            if narrow(console) or plain_layout(console) or not table_fits(console, block):
                yield from stacked(block)
            else:
                yield grid_table(block)
        case Numbered(number=n, label=label, body=body, style=style, details=details):
            yield BLANK
            marker = f"{n}."
            yield hanging(Text(marker, style=style), labelled(label, body, style))
            if details:
                yield indent(*draw_all(console, details), by=len(marker) + 1)
        case Commands(rows=rows):
            yield from commands(console, rows)


def draw_all(console: Console, blocks: Iterable[Block]) -> list[RenderableType]:
    return [r for b in blocks for r in draw(console, b)]


def to_rich(console: Console, view: View) -> Group:
    drawn = draw_all(console, view.blocks)
    if view.blocks and isinstance(view.blocks[0], Title):
        drawn = drawn[1:]  # a title sets itself apart, except at the very top
    return Group(*drawn)


def print_view(console: Console, view: View) -> None:
    console.print(to_rich(console, view))
