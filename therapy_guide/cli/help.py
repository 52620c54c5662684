"""The Click classes behind the app: help that fits any width, and one error path.

Errors: the app's group runs Typer's main inside exits.exit_codes, so Click's usage
errors come out in our words (options.in_our_words), and each command's body runs
inside it too (Typer would turn a Ctrl-C there into a silent exit 130).

Help: stacked option lists below 60 columns.

Click lays options out in two columns, the first up to 30 characters wide, and never
narrower than 50 columns in all; at 40 columns that cuts words and overflows the
screen. Below STACK_BELOW columns each option goes on its own line with its
description indented beneath it, and every line (usage and examples too) is wrapped to
the real width. Only a word longer than a whole line is folded.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from therapy_guide import STACK_BELOW
from therapy_guide.cli.options import LANG_FLAG, in_our_words
from therapy_guide.compat import HelpFormatter, give_context
from therapy_guide.console import screen
from therapy_guide.console.wrapping import wrap
from therapy_guide.core import language, wording
from therapy_guide.core import words as w
from therapy_guide.core.errors import Cancelled

# Set by the shell completion Typer installs for this program.
COMPLETE_VAR = "_THERAPY_GUIDE_COMPLETE"
# Below this many columns, a description hangs less far under its option.
VERY_NARROW = 30


class StackingHelpFormatter(HelpFormatter):
    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        super().__init__(indent_increment, width, max_width)
        if width is not None:
            return
        # Click measures with shutil, which believes a stale COLUMNS over the terminal.
        columns = screen.size(sys.stdout).columns
        if columns < STACK_BELOW:
            self.width = max(columns - 1, 10)  # Click never goes below 50
        else:
            self.width = max(min(columns, max_width or 80) - 2, 50)  # as Click does

    @property
    def narrow(self) -> bool:
        return self.width < STACK_BELOW

    @property
    def hang(self) -> int:
        """How far a description sits under its option: less on the narrowest screens,
        so that a long word still fits a line."""
        return 4 if self.width >= VERY_NARROW else 2

    def _wrap(self, line: str) -> list[str]:
        if len(line) <= self.width:
            return [line]
        indent = " " * (len(line) - len(line.lstrip()))
        return wrap(line, self.width, indent, indent + " " * self.hang)

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
                lines = wrap(paragraph, width)
            self.write("".join(f"{indent}{line}\n" for line in lines))

    def write_heading(self, heading: str) -> None:
        super().write_heading(language.translate(heading))  # Options, Commands

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = f"{w.HELP_USAGE} " if prefix is None else prefix
        if not self.narrow:
            super().write_usage(prog, args, prefix)
            return
        body = wrap(f"{prog} {args}", self.width, "  ", "  ")
        self.write(f"{prefix.rstrip()}\n" + "\n".join(body) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = [(term, translated_extras(language.translate(text))) for term, text in rows]
        if not self.narrow:
            super().write_dl(rows, col_max, col_spacing)
            return
        indent = " " * self.current_indent
        under = indent + " " * self.hang
        for term, description in rows:
            self.write(f"{indent}{term}\n")
            self.write("".join(f"{line}\n" for line in wrap(description, self.width, under, under)))


class GuideContext(typer.Context):
    formatter_class = StackingHelpFormatter


class GuideCommand(TyperCommand):
    context_class = GuideContext


class StackingGroup(TyperGroup):
    context_class = GuideContext


class NamesItsCommand:
    """Click's parser raises some usage errors ('--region' without a value) with no
    context; give them this one, so the message can name the command and its options."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except typer.TyperException as error:
            give_context(error, ctx)
            raise


class GuardedCommand(NamesItsCommand, GuideCommand):
    """Every command runs inside exits.exit_codes: one error path for the whole app."""

    def invoke(self, ctx: Any) -> Any:
        from therapy_guide.cli.exits import exit_codes

        with exit_codes():
            return super().invoke(ctx)


class HelpFirstCommand(GuardedCommand):
    """A command that shows its help before any mistake on its command line is named:
    `crisis`, whose lines must never hide behind an error (a mistyped option, --region
    without its value, a bad --format). The help is `help_first`; the error follows it on
    stderr, exit 2, by the one error path."""

    @staticmethod
    def help_first() -> None:
        raise NotImplementedError

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.TyperException:
            self.help_first()
            raise


class GuideGroup(NamesItsCommand, StackingGroup):
    """Click's usage errors in our words, through the same one error path.

    Typer's main runs without its standalone handling, so that a bad option or value
    becomes one line of ours and exit 2 (not Click's usage block), in a real run and
    under typer.testing.CliRunner alike (both call main).
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        from therapy_guide.cli.exits import exit_codes

        # The language outside the error path, so that every error is said in it too.
        with speaking_as_asked(args), exit_codes(), help_in_language(self):
            try:
                code = super().main(
                    args,
                    prog_name,
                    complete_var,
                    standalone_mode=False,
                    windows_expand_args=windows_expand_args,
                    **extra,
                )
            except typer.TyperException as error:  # Click's usage errors and their kin
                raise in_our_words(error) from None
            except typer.Abort as abort:  # Typer's word for end of input (EOFError)
                if isinstance(abort.__cause__, KeyboardInterrupt | EOFError):
                    raise Cancelled(w.STOPPED) from None
                raise
        if not standalone_mode:
            return code
        # Typer returns an Exit's code (--help, --version) or the command's own value.
        sys.exit(code if isinstance(code, int) else 0)


@contextlib.contextmanager
def speaking_as_asked(args: Sequence[str] | None) -> Iterator[None]:
    """The command runs in the language asked for: --lang on its command line (checked
    again by the option itself), else the environment's. A language we do not have is a
    note on stderr, and English."""
    import os

    from therapy_guide.cli.exits import message

    given = language_given(sys.argv[1:] if args is None else list(args))
    choice = language.choose(given, os.environ)
    completing = COMPLETE_VAR in os.environ  # Typer's shell completion: a Tab press
    with language.speaking(choice.code), translation_notes():
        if choice.unavailable and not completing:
            message(w.NO_SUCH_LANGUAGE.format(language=choice.unavailable), style="note")
        yield


@contextlib.contextmanager
def translation_notes() -> Iterator[None]:
    """A translation of content that cannot be used (core.content falls back to English)
    is one line on stderr, when it happens; any other warning goes its usual way."""
    import warnings

    from therapy_guide.cli.exits import message as say
    from therapy_guide.core.errors import TranslationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", TranslationWarning)
        usual = warnings.showwarning

        def show(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if issubclass(category, TranslationWarning):
                say(str(message), style="warning")
            else:
                usual(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


def language_given(args: list[str]) -> str | None:
    """The value of --lang in ARGS, if any (before a bare --); the last, as Click takes it."""
    found = None
    for at, arg in enumerate(args):
        if arg == "--":
            break
        if arg.startswith(LANG_FLAG + "="):
            found = arg.split("=", 1)[1]
        elif arg == LANG_FLAG and at + 1 < len(args):
            found = args[at + 1]
    return found


@contextlib.contextmanager
def help_in_language(group: Any) -> Iterator[None]:
    """Every help text of GROUP and its commands in the current language, for this run;
    as they were after it, so a command object that serves many runs (the tests') never
    keeps another language's help. The English of each text is its key in the catalog."""
    if language.current() == language.ENGLISH:
        yield
        return
    kept: list[tuple[Any, str, Any]] = []

    def put(owner: Any, name: str, text: str) -> None:
        kept.append((owner, name, getattr(owner, name)))
        setattr(owner, name, text)

    for command in (group, *group.commands.values()):
        for name in ("help", "short_help"):
            text = getattr(command, name, None)
            if text:
                put(command, name, language.translate(text))
        if command.epilog:  # a sentence of ours, or examples under their heading
            epilog = language.translate(command.epilog)
            put(command, "epilog", epilog.replace(wording.HELP_EXAMPLES, w.HELP_EXAMPLES, 1))
        for param in command.params:
            if getattr(param, "help", None):
                put(param, "help", language.translate(param.help))
    try:
        yield
    finally:
        for owner, name, text in reversed(kept):
            setattr(owner, name, text)


EXTRAS = re.compile(r"\[(?:[^\[\]]+)\]$")


def translated_extras(description: str) -> str:
    """The "[env var: X; default: Y; required]" that Typer adds to an option's help, in
    the current language (Typer writes it in English)."""
    found = EXTRAS.search(description)
    if found is None or language.current() == language.ENGLISH:
        return description
    parts = []
    for part in found.group(0)[1:-1].split("; "):
        for english, key in (
            (wording.HELP_DEFAULT, "default"),
            (wording.HELP_ENV_VAR, "var"),
        ):
            label = english.split("{")[0]
            if part.startswith(label):
                part = language.translate(english).format(**{key: part[len(label) :]})
        if part == wording.HELP_REQUIRED:
            part = w.HELP_REQUIRED
        parts.append(part)
    return description[: found.start()] + "[" + "; ".join(parts) + "]"
