"""The console script's entry point: the cheapest possible start, then the Typer app.

`--version` is answered here without importing Typer or Rich, so that it costs about
as much as starting Python. Everything else goes to therapy_guide.cli.
"""

from __future__ import annotations

import contextlib
import os
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
    try:
        if sys.argv[1:] in (["--version"], ["-V"]):
            print(version_line(), flush=True)
            return
        make_streams_safe()
        from therapy_guide.cli import run

        run()
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop quietly. Point stdout at /dev/null so
        # the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
