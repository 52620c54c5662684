"""Help that reads well at any width: stacked option lists below 60 columns.

Click lays options out in two columns, the first up to 30 characters wide, and never
narrower than 50 columns in all; at 40 columns that cuts words and overflows the
screen. Below STACK_BELOW columns each option goes on its own line with its
description indented beneath it, and every line (usage and examples too) is wrapped to
the real width. Only a word longer than a whole line is folded.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence

import typer
from typer.core import TyperCommand, TyperGroup

from therapy_guide import STACK_BELOW

# Click's formatter, reached through the public Context class rather than Typer's private
# copy of Click (typer._click), which may move in any release.
HelpFormatter = typer.Context.formatter_class


class StackingHelpFormatter(HelpFormatter):  # type: ignore[misc,valid-type]
    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        super().__init__(indent_increment, width, max_width)
        columns = shutil.get_terminal_size().columns
        if width is None and columns < STACK_BELOW:
            self.width = max(columns - 1, 10)  # Click never goes below 50

    @property
    def narrow(self) -> bool:
        return self.width < STACK_BELOW

    def _wrap(self, line: str, extra_indent: int = 4) -> list[str]:
        if len(line) <= self.width:
            return [line]
        indent = " " * (len(line) - len(line.lstrip()))
        return textwrap.wrap(
            line.strip(),
            self.width,
            initial_indent=indent,
            subsequent_indent=indent + " " * extra_indent,
            break_on_hyphens=False,
        )

    def write(self, string: str) -> None:
        if not self.narrow:
            super().write(string)
            return
        lines = string.split("\n")
        super().write("\n".join("\n".join(self._wrap(line)) for line in lines))

    def write_text(self, text: str) -> None:
        """Paragraphs wrapped without splitting hyphenated words ("therapy-guide")."""
        indent = " " * self.current_indent
        width = max(self.width - self.current_indent, 10)
        for number, paragraph in enumerate(text.split("\n\n")):
            if number:
                super().write("\n")
            if paragraph.startswith("\b\n"):  # Click's mark for a block kept as written
                lines = paragraph[2:].splitlines()
            else:
                lines = textwrap.wrap(" ".join(paragraph.split()), width, break_on_hyphens=False)
            self.write("".join(f"{indent}{line}\n" for line in lines))

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if not self.narrow:
            super().write_usage(prog, args, prefix)
            return
        words = f"{prog} {args}".split()
        body = textwrap.wrap(" ".join(words), self.width - 2, break_on_hyphens=False)
        self.write(f"{prefix or 'Usage:'}\n" + "\n".join(f"  {line}" for line in body) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if not self.narrow:
            super().write_dl(rows, col_max, col_spacing)
            return
        indent = self.current_indent
        width = max(self.width - indent - 4, 10)
        for term, description in rows:
            self.write(f"{'':>{indent}}{term}\n")
            for line in textwrap.wrap(description, width, break_on_hyphens=False):
                self.write(f"{'':>{indent + 4}}{line}\n")


class GuideContext(typer.Context):
    formatter_class = StackingHelpFormatter


class GuideCommand(TyperCommand):
    context_class = GuideContext


class StackingGroup(TyperGroup):
    context_class = GuideContext
