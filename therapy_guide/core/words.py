"""The program's words in the language of the command being run: `words.X` is
`wording.X` (the English, written once) through the language's catalog.

Modules say `from therapy_guide.core import words as w` and read `w.X` when they build
what they show, never at import, so the same process can speak English and then Spanish
(a summary saved in the other language, the tests). mypy reads the names and their types
from wording.py; at run time each is looked up here, in the current language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from therapy_guide.core.wording import *  # noqa: F403
else:

    def __getattr__(name: str) -> object:
        # Imported here, not above: `--version` imports this module (cli.exits) and never
        # reads a word, so it must not pay for the language module (dataclasses, gettext).
        from therapy_guide.core import language, wording

        try:
            english = getattr(wording, name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        return language.translate(english)
