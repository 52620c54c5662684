"""Links in a way to reach someone: phone numbers to call or text, and web addresses.

A saved page makes "Call or text 988" into a tel: and an sms: link, "Text HOME to 741741"
into sms:741741 with HOME already typed, and "988lifeline.org" into an https: link, so a
person on a phone reaches help with one tap. The phrasings are those of data/crisis.toml:
"Call X", "Call or text X", "Text WORD to X", "Call X or Y", "Call X or text Y". Anything
else is left as plain text: a link we are not sure of is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A phone number as written: digits, with spaces or hyphens between groups, maybe a +.
NUMBER = r"\+?\d(?:[\d -]*\d)?"
REACH = re.compile(
    rf"\b(?P<how>call or text|call|text)\s+"
    rf"(?:(?P<word>[A-Za-z]+)\s+to\s+)?"
    rf"(?P<number>{NUMBER})"
    rf"(?:\s+or\s+(?P<other>{NUMBER}))?",
    re.IGNORECASE,
)
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


def dialled(number: str) -> str:
    """The number as a phone dials it: digits and a leading +."""
    return re.sub(r"[^\d+]", "", number)


def phone_links(contact: str) -> tuple[Link, ...]:
    """The calls and texts CONTACT offers, in its order, each once."""
    found: list[Link] = []
    for match in REACH.finditer(contact):
        how = match["how"].lower()
        numbers = [n for n in (match["number"], match["other"]) if n]
        for number in numbers:
            digits = dialled(number)
            if how in ("call", "call or text"):
                found.append(Link(f"Call {number}", f"tel:{digits}"))
            if how == "text" and match["word"]:
                word = match["word"]
                found.append(Link(f"Text {word} to {number}", f"sms:{digits}?&body={word}"))
            elif how in ("text", "call or text"):
                found.append(Link(f"Text {number}", f"sms:{digits}"))
    return tuple(dict.fromkeys(found))


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
