"""One way out: any View, drawn in the chosen format on stdout.

The renderers are imported only for the format asked for, so the JSON and markdown
paths never load Rich.
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


def emit(view: View, fmt: Format) -> None:
    """Print VIEW on stdout as Rich text, markdown or one JSON document."""
    if fmt is Format.json:
        from therapy_guide.render.json import write_json

        write_json(view.document)
    elif fmt is Format.markdown:
        from therapy_guide.render.markdown import to_markdown

        sys.stdout.write(to_markdown(view))
    else:
        from therapy_guide.render.text import print_view
        from therapy_guide.terminal import out

        print_view(out(), view)
