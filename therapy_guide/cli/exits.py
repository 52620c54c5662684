"""The one place where anything that stops a command becomes a message and an exit code.

Each error class carries its exit code (errors.py); this turns it into words on stderr.
A reader that went away (`| head -1`) ends quietly with 0. Anything unexpected is exit 1
with a short message: no traceback and no locals, which could hold a person's answers.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from therapy_guide.console.wrapping import wrap
from therapy_guide.core import words as w
from therapy_guide.core.errors import ContentError, ExitCode, GuideError

# The indent of a line, with its list mark if it has one ("  - ", "- ").
LIST_MARK = re.compile(r"\s*(?:- )?")


def message(text: str, style: str = "error", *, plain: bool = False) -> None:
    """A message on stderr, wrapped at word boundaries.

    A word longer than a line (a long path) stays whole on a line of its own, so that it
    can still be copied; Rich would fold it, and the screen's edge would cut any word. An
    indented line ("  - focus: ...") keeps its indent as it wraps, under its first word.
    PLAIN: the plain quiz's, with no style codes.
    """
    from therapy_guide.console.streams import err

    console = err(plain=plain)
    lines: list[str] = []
    for line in text.splitlines():
        indent, under = hanging(line)
        lines += wrap(line[len(indent) :], console.width, indent, under, whole_words=True)
    console.print("\n".join(lines), style=style, markup=False, highlight=False, soft_wrap=True)


def hanging(line: str) -> tuple[str, str]:
    """LINE's indent (with its list mark, "  - "), and the indent of its wrapped lines:
    under the text after the mark."""
    mark = LIST_MARK.match(line)
    indent = mark.group() if mark else ""
    return indent, " " * len(indent)


def explain(error: GuideError, *, plain: bool = False) -> None:
    if error.exit_code == ExitCode.CANCELLED:
        message(error.message, plain=plain)
    else:
        message(w.ERROR.format(message=error.message), plain=plain)
    if error.hint:
        message(error.hint, style="none", plain=plain)
    if isinstance(error, ContentError):  # when the crisis lines cannot be read
        message(w.FALLBACK_HELP, style="none", plain=plain)


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that no later flush complains about a closed pipe."""
    with open(os.devnull, "w") as devnull:  # noqa: PTH123 (a file descriptor, not a path)
        os.dup2(devnull.fileno(), sys.stdout.fileno())


@contextmanager
def exit_codes(*, plain: bool = False) -> Iterator[None]:
    """Run a command; turn whatever stops it into the documented exit code (SystemExit).

    PLAIN: the messages of the plain quiz, with no style codes (it runs its own, inside the
    command's)."""
    try:
        yield
        sys.stdout.flush()  # a block-buffered pipe fails here, not at interpreter exit
    except GuideError as error:
        explain(error, plain=plain)
        raise SystemExit(error.exit_code) from None
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(ExitCode.OK) from None
    except (KeyboardInterrupt, EOFError):
        message(w.STOPPED, style="none", plain=plain)
        raise SystemExit(ExitCode.CANCELLED) from None
    except Exception as error:
        message(w.INTERNAL.format(kind=type(error).__name__), plain=plain)
        message(w.FALLBACK_HELP, style="none", plain=plain)
        raise SystemExit(ExitCode.INTERNAL) from None
