"""Links in a way to reach someone: phone numbers to call, text or WhatsApp, and web
addresses.

A saved page gives each way to reach a line (a `Reach`, built from the entry's `numbers`
in data/crisis.toml) a button: "Call 988" is tel:988, "Text HOME to 741741" is
sms:741741 with HOME already typed, "WhatsApp 9151 1767" is https://wa.me/6591511767. A
number that has an E.164 form is dialled in it (+18006624357), so the link works from
abroad too; a short number (988, 116 123) is dialled as it is. The numbers are never
read back out of the prose. Web addresses in the text ("988lifeline.org") become https:
links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from therapy_guide.core import words as w
from therapy_guide.views.document import Reach

# A web address: https://... or a bare domain such as findahelpline.com or lifeline.org.au.
ADDRESS = re.compile(
    r"\bhttps?://[^\s<>\"]+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
TRAILING = ".,;:)"


@dataclass(frozen=True)
class Link:
    """One thing to tap: what it says ("Text 988") and where it goes ("sms:988")."""

    text: str
    href: str


def link(reach: Reach) -> Link:
    """The button for one way to reach someone."""
    if reach.how == "whatsapp":
        digits = reach.dialled.removeprefix("+")
        return Link(w.LINK_WHATSAPP.format(number=reach.shown), f"https://wa.me/{digits}")
    if reach.how == "text" and reach.word:
        text = w.LINK_TEXT_WORD.format(word=reach.word, number=reach.shown)
        return Link(text, f"sms:{reach.dialled}?&body={reach.word}")
    if reach.how == "text":
        return Link(w.LINK_TEXT.format(number=reach.shown), f"sms:{reach.dialled}")
    return Link(w.LINK_CALL.format(number=reach.shown), f"tel:{reach.dialled}")


def phone_links(reach: tuple[Reach, ...]) -> tuple[Link, ...]:
    """A button for each way to reach someone, in order, each once."""
    return tuple(dict.fromkeys(link(r) for r in reach))


def split_addresses(text: str) -> list[tuple[str, str]]:
    """TEXT cut into pieces, each (words, "") or (address, its https: link), in order."""
    pieces: list[tuple[str, str]] = []
    start = 0
    for match in ADDRESS.finditer(text):
        address = match.group().rstrip(TRAILING)
        end = match.start() + len(address)
        if "." not in address.split("//")[-1]:
            continue
        pieces.append((text[start : match.start()], ""))
        href = address if re.match(r"https?://", address, re.IGNORECASE) else f"https://{address}"
        pieces.append((address, href))
        start = end
    pieces.append((text[start:], ""))
    return [p for p in pieces if p[0]]
