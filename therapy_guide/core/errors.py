"""One family of errors, each carrying its documented exit code (docs/json.md).

The CLI turns any of these into a short message on stderr and the exit code, in one
place. Messages never include a user's answers: they name question and option ids only.
"""

from __future__ import annotations

from enum import IntEnum

from therapy_guide.core import words as w


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    CANCELLED = 130


class GuideError(Exception):
    """Base class: an error we expected and can explain to the user."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(GuideError):
    """A bad option value, a refused overwrite, a quiz without a terminal."""


class ContentError(GuideError):
    """A file under data/ is missing, malformed or incomplete."""


class AnswersError(GuideError):
    """An answers file cannot be read or does not fit the question bank."""

    def __init__(self, problems: list[str], *, source: str, hint: str = "") -> None:
        lines = "\n".join(f"  - {p}" for p in problems)
        count = w.ONE_PROBLEM if len(problems) == 1 else w.PROBLEMS.format(number=len(problems))
        super().__init__(f"{w.HAS_PROBLEMS.format(source=source, count=count)}\n{lines}", hint=hint)
        self.problems = problems


class Cancelled(GuideError):
    """The user pressed Ctrl-C or Ctrl-D, or input ended."""

    exit_code = ExitCode.CANCELLED


class TranslationWarning(UserWarning):
    """A translation of content that cannot be used: its English is shown instead."""
