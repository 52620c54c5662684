"""The console script's entry point: the cheapest possible start, then the Typer app.

`--version` is answered here without importing Typer or Rich, so that it costs about
as much as starting Python. Everything else goes to therapy_guide.cli.app, whose one error
path (cli/exits.py) turns whatever stops a command into its exit code.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys

from therapy_guide import version_line


def make_streams_safe() -> None:
    """On a stream that is not UTF-8 (PYTHONIOENCODING=ascii, cp1252), degrade instead of crash.

    Rich draws ASCII boxes on such a stream by itself, but any curly quote, dash or its
    own ellipsis would still raise UnicodeEncodeError.
    """
    from therapy_guide.console.ascii import HANDLER, is_utf8

    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not is_utf8(stream):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors=HANDLER)  # type: ignore[union-attr]


# The program's one garbage-collection policy, here and nowhere else. Start-up creates
# some 56,000 long-lived objects (Typer, pydantic, Rich, our models); the collector would
# walk them dozens of times for no garbage, and once more at exit. So main collects nothing
# until the work is done, or until a person starts answering (person_answering), and
# freezes everything at exit so the last pass skips it. Start-up is some 20% faster for
# it (docs/architecture.md).


def person_answering() -> None:
    """A person answers for minutes: collect again, skipping everything loaded so far.

    Only where main turned the collector off: in-process (the tests), it does nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main() -> None:
    gc.disable()
    try:
        if sys.argv[1:] in (["--version"], ["-V"]):
            from therapy_guide.cli.exits import exit_codes
            from therapy_guide.console.writing import write

            with exit_codes():
                write(version_line() + "\n")
            return
        # pydantic scans every installed package's entry points for plugins when it builds
        # the first model; a person's own setting of this variable is kept.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
        make_streams_safe()
        from therapy_guide.cli.app import run

        run()
    finally:
        gc.freeze()
