"""The JSON form of a view: its document, as one JSON value."""

from __future__ import annotations

import json

from therapy_guide.views.document import Document


def dumps(doc: Document, *, ascii_only: bool = False) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=ascii_only) + "\n"
