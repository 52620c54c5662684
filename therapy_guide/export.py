"""Saving a result privately: markdown, HTML or JSON by extension, mode 0600, no overwrite.

The file is written to a temporary file in the same folder (created 0600 by mkstemp) and
then linked or renamed into place, so a reader never sees half a file and an existing
file is never replaced without --force.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

from therapy_guide.errors import UsageError
from therapy_guide.report import Report, to_json, to_markdown, to_rich

# Rich's page, with a title and a print-friendly width; {stylesheet} etc. are Rich's.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>therapy-guide: your result</title>
<style>
{stylesheet}
body {{ color: {foreground}; background-color: {background}; max-width: 60em; margin: 2em auto; }}
pre {{ white-space: pre-wrap; }}
</style>
</head>
<body>
<pre style="font-family: Menlo, 'DejaVu Sans Mono', consolas, monospace"><code>{code}</code></pre>
</body>
</html>
"""

FORMATS = {".md": "markdown", ".html": "HTML", ".json": "JSON"}


def already_exists(path: Path) -> UsageError:
    return UsageError(
        f"{path} already exists; it was left as it is.",
        hint="Choose another name, or add --force to replace it.",
    )


def check_target(path: Path, *, force: bool) -> None:
    """Refuse a bad --save target before the quiz starts, so no one answers in vain."""
    if path.suffix.lower() not in FORMATS:
        raise UsageError(
            f"cannot save to {path}: the name must end in .md, .html or .json.",
            hint="For example: --save my-result.md",
        )
    if not path.parent.is_dir():
        raise UsageError(
            f"cannot save to {path}: the folder {path.parent} does not exist.",
            hint="Create the folder first, or choose another path.",
        )
    if path.is_dir():
        raise UsageError(f"cannot save to {path}: it is a folder.")
    if not os.access(path.parent, os.W_OK):
        raise UsageError(
            f"cannot save to {path}: the folder {path.parent} is not writable.",
            hint="Choose a folder you can write to, such as your home folder.",
        )
    if path.exists() and not force:
        raise already_exists(path)


def html_page(report: Report) -> str:
    """A self-contained page: Rich records the same rendering the screen shows."""
    from rich.console import Console

    from therapy_guide.terminal import THEME

    console = Console(
        record=True,
        file=io.StringIO(),
        width=88,
        theme=THEME,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
    )
    console.print(to_rich(report, summary=True))
    return console.export_html(inline_styles=True, code_format=PAGE)


def render_for(path: Path, report: Report) -> str:
    kind = path.suffix.lower()
    if kind == ".json":
        return json.dumps(to_json(report), indent=2, ensure_ascii=False) + "\n"
    if kind == ".html":
        return html_page(report)
    return to_markdown(report)


def save(path: Path, report: Report, *, force: bool) -> None:
    """Write the report to PATH as 0600, atomically; never overwrite unless force."""
    check_target(path, force=force)
    body = render_for(path, report).encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".therapy-guide-", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot save to {path}: {exc.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            Path(tmp).replace(path)
        else:
            try:
                path.hardlink_to(tmp)  # fails if the target appeared meanwhile: never clobber
            except FileExistsError:
                raise already_exists(path) from None
            except OSError:  # no hard links here (FAT, some network drives)
                check_target(path, force=False)
                Path(tmp).replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
