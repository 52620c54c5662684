"""One way out: any View, in the chosen format, as a string (render) or on stdout (emit).

The renderers are imported only for the format asked for, so the JSON and markdown
paths never load Rich. Text taller than the terminal may go through a pager
(console/pager.py), for the reading commands that ask for it. A saved file is rendered
by the same function, its format chosen by its name (Format.from_suffix).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from therapy_guide.views.document import View


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"  # a saved file's only: --format does not offer it (cli.options.FORMATS)

    @classmethod
    def from_suffix(cls, suffix: str) -> Format | None:
        """The format a saved file's name asks for (.md, .html, .json), or None."""
        return SUFFIXES.get(suffix.lower())


# A saved file's format by its name's suffix, and the name of each in a message.
SUFFIXES = {".md": Format.markdown, ".html": Format.html, ".json": Format.json}


def with_balance(view: View) -> View:
    """VIEW with our balance notes (data/balance.toml) beside the article's one-sided
    words: the one place they are loaded for a view (views load nothing)."""
    from therapy_guide.core.content import balance_notes
    from therapy_guide.views.balance import balanced

    return balanced(view, balance_notes())


def render(view: View, fmt: Format, *, ascii_only: bool = False) -> str:
    """VIEW in FMT, with our balance notes beside the article's one-sided words: one
    document model, every format. ASCII_ONLY: JSON escaped for a stream without UTF-8.
    Text is drawn for this terminal, without style codes."""
    view = with_balance(view)
    if fmt is Format.json:
        from therapy_guide.render.json import dumps

        return dumps(view.document, ascii_only=ascii_only)
    if fmt is Format.html:
        from therapy_guide.render.html import to_html

        return to_html(view)
    if fmt is Format.markdown:
        from therapy_guide.render.markdown import to_markdown

        return to_markdown(view)
    from therapy_guide.console.streams import out
    from therapy_guide.render.text import print_view

    console = out(colour=False)
    with console.capture() as captured:
        print_view(console, view)
    return captured.get()


def emit(view: View, fmt: Format, *, paged: bool = False, plain: bool = False) -> None:
    """Print VIEW on stdout as Rich text, markdown or one JSON document.

    PAGED: text taller than the terminal goes through the pager (never in a pipe). PLAIN:
    the plain quiz's text, with no style codes and no box-drawn tables. Our
    balance notes go beside the article's one-sided words, whatever the format.
    """
    if fmt is not Format.text:
        from therapy_guide.console.ascii import is_utf8
        from therapy_guide.console.writing import write

        write(render(view, fmt, ascii_only=not is_utf8(sys.stdout)))
    else:
        from therapy_guide.console import pager

        view = with_balance(view)
        from therapy_guide.console.streams import out
        from therapy_guide.render.text import print_view

        command = pager.pager_command() if paged and pager.wanted() else None
        if command is None:
            print_view(out(plain=plain), view)
            return
        # Drawn for this terminal (its width; its colours if the pager shows them) first,
        # to count the lines.
        console = out(colour=pager.shows_colour(command), plain=plain)
        with console.capture() as captured:
            print_view(console, view)
        pager.show(captured.get(), console.height)


def first_fitting(views: list[View], spare: int, *, plain: bool = False) -> View:
    """The first of VIEWS that, drawn as text on this terminal, leaves SPARE rows free
    (for a menu below it); else the last, the shortest."""
    from therapy_guide.console.streams import out
    from therapy_guide.render.text import print_view

    console = out(plain=plain)
    for view in views:
        with console.capture() as captured:
            print_view(console, with_balance(view))
        if captured.get().count("\n") + spare <= console.height:
            return view
    return views[-1]
