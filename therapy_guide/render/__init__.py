"""One way out: any View, drawn in the chosen format on stdout.

The renderers are imported only for the format asked for, so the JSON and markdown
paths never load Rich. Text taller than the terminal may go through a pager
(console/pager.py), for the reading commands that ask for it.
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


def emit(view: View, fmt: Format, *, paged: bool = False, plain: bool = False) -> None:
    """Print VIEW on stdout as Rich text, markdown or one JSON document.

    PAGED: text taller than the terminal goes through the pager (never in a pipe). PLAIN:
    the plain quiz's text, with no style codes and no box-drawn tables. Our
    balance notes go beside the article's one-sided words, whatever the format.
    """
    from therapy_guide.views.balance import balanced

    view = balanced(view)
    if fmt is Format.json:
        from therapy_guide.render.json import write_json

        write_json(view.document)
    elif fmt is Format.markdown:
        from therapy_guide.render.markdown import to_markdown

        sys.stdout.write(to_markdown(view))
    else:
        from therapy_guide.console import pager
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
    from therapy_guide.views.balance import balanced

    console = out(plain=plain)
    for view in views:
        with console.capture() as captured:
            print_view(console, balanced(view))
        if captured.get().count("\n") + spare <= console.height:
            return view
    return views[-1]
