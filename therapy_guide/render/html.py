"""The HTML form of a view, for a saved summary: Rich records the same text the screen shows."""

from __future__ import annotations

import io

from rich.console import Console

from therapy_guide.core import wording as w
from therapy_guide.render.text import to_rich
from therapy_guide.terminal import THEME
from therapy_guide.views.document import View

# Rich's page, with a title (%s) and a print-friendly width; {stylesheet} etc. are Rich's.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>%s</title>
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


def to_html(view: View) -> str:
    """A self-contained page of the view."""
    console = Console(
        record=True,
        file=io.StringIO(),
        width=88,
        theme=THEME,
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
    )
    console.print(to_rich(console, view))
    return console.export_html(inline_styles=True, code_format=PAGE % w.RESULT_TITLE)
