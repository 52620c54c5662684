"""The JSON form of a view: its document, as one JSON value on stdout."""

from __future__ import annotations

import json
import sys

from therapy_guide.console.ascii import is_utf8
from therapy_guide.views.document import Document


def dumps(doc: Document, *, ascii_only: bool = False) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=ascii_only) + "\n"


def write_json(doc: Document) -> None:
    """One JSON document on stdout; escaped to ASCII when stdout cannot carry UTF-8."""
    sys.stdout.write(dumps(doc, ascii_only=not is_utf8(sys.stdout)))
