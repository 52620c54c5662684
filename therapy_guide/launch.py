"""The console script's entry point: the cheapest possible start, then the Typer app.

`--version` is answered here without importing Typer or Rich, so that it costs about
as much as starting Python. Everything else goes to therapy_guide.cli, whose one error
path (exits.py) turns whatever stops a command into its exit code.
"""

from __future__ import annotations

import contextlib
import sys

from therapy_guide import version_line


def make_streams_safe() -> None:
    """On a stream that is not UTF-8 (PYTHONIOENCODING=ascii, cp1252), degrade instead of crash.

    Rich draws ASCII boxes on such a stream by itself, but any curly quote, dash or its
    own ellipsis would still raise UnicodeEncodeError.
    """
    from therapy_guide.plaintext import HANDLER, is_utf8

    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not is_utf8(stream):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors=HANDLER)  # type: ignore[union-attr]


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from therapy_guide.exits import exit_codes

        with exit_codes():
            print(version_line())
        return
    make_streams_safe()
    from therapy_guide.cli import run

    run()
