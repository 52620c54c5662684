"""The HTML form of a view: a real page for a saved summary, on a phone, a desk or paper.

The page is built as a tree of elements (the standard library's ElementTree) and
serialised by it, so every piece of text and every attribute is escaped on the way out:
nothing from data/ or typed by a person can become markup. Headings, lists, tables and
definition lists carry the structure; one small stylesheet, embedded, makes it readable
at 390 pixels wide and in print. Ways to reach someone (a `Contact` block) get tel:, sms:
and https: links (render/links.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from therapy_guide.core import words as w
from therapy_guide.core.language import current
from therapy_guide.render.links import phone_links, split_addresses
from therapy_guide.views.document import (
    Block,
    Bullets,
    Commands,
    Contact,
    Entry,
    Labelled,
    Numbered,
    Paragraph,
    Section,
    Table,
    Title,
    View,
)

# Colours pass WCAG AA on their backgrounds (text 4.5:1 or more): body #1b1b1b (17:1),
# muted #4a4f55 (8:1), links and buttons #0b4f9c (8:1), crisis #9b1c1c (8:1), and each
# tinted box keeps the same text colours. Print drops the tap-to-call buttons (the
# numbers are in the text beside them) and the tints. On paper a section without
# sections of its own, an entry, a list item or a row is never split across pages (a
# section of sections, such as the crisis lines, may part between them, or a page
# would be left half empty), and the last section (the sources) never has a page to
# itself: it takes the entry before it along.
STYLESHEET = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; color: #1b1b1b; background: #fff;
  font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .75rem 0; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .5rem; padding-top: .75rem;
  border-top: 2px solid #c8d1dc; }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.25rem 0 .35rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .25rem; }
p, ul, ol, dl, table { margin: .5rem 0; }
ul, ol { padding-left: 1.4rem; }
li { margin: .25rem 0; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.muted { color: #4a4f55; }
.therapy, .psychotherapy, .either { background: #eef4fb; border-left: .35rem solid #0b4f9c;
  padding: .6rem .8rem; font-size: 1.1rem; }
.warning { background: #fff6dc; border-left: .35rem solid #8a5a00; padding: .6rem .8rem; }
p.crisis, div.crisis, section.crisis > h2, section.crisis > h3 { color: #9b1c1c; }
section.entry.crisis { border-left: .3rem solid #9b1c1c; padding-left: .8rem; margin: 1rem 0; }
dl.labelled > div { margin: .3rem 0; }
dt { display: inline; font-weight: 700; }
dd { display: inline; margin: 0; }
ul.actions { list-style: none; padding: 0; margin: .4rem 0 .2rem; display: flex;
  flex-wrap: wrap; gap: .5rem; }
ul.actions li { margin: 0; }
ul.actions a { display: inline-block; min-height: 2.75rem; padding: .6rem 1rem;
  border-radius: .4rem; background: #0b4f9c; color: #fff; font-weight: 700;
  text-decoration: none; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem;
  border-bottom: 1px solid #c8d1dc; }
thead th { border-bottom: 2px solid #1b1b1b; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95em; }
@media print {
  body { font-size: 11pt; color: #000; }
  main { max-width: none; padding: 0; }
  .muted, a, p.crisis, div.crisis, section.crisis > h2, section.crisis > h3 { color: #000; }
  a { text-decoration: none; }
  ul.actions { display: none; }
  .therapy, .psychotherapy, .either, .warning { background: none; }
  h2, h3 { break-after: avoid; }
  main > section:not(:has(section)), section.entry, li, tr, dl.labelled > div {
    break-inside: avoid; }
  main > section:last-child { break-before: avoid; }
}
"""

CODE = re.compile(r"`([^`]+)`")  # a command in content, set in backticks in markdown


def add(parent: ET.Element, tag: str, text: str = "", css: str = "", **attrs: str) -> ET.Element:
    """A child element of PARENT holding TEXT (escaped when written), with a class."""
    element = ET.SubElement(parent, tag, attrs)
    if css:
        element.set("class", css)
    if text:
        element.text = text
    return element


def append_text(parent: ET.Element, text: str) -> None:
    """TEXT after whatever PARENT holds so far (its text, or its last child's tail)."""
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def prose(parent: ET.Element, text: str) -> None:
    """TEXT into PARENT, with each `command` as code rather than in backticks."""
    start = 0
    for match in CODE.finditer(text):
        append_text(parent, text[start : match.start()])
        add(parent, "code", match.group(1))
        start = match.end()
    append_text(parent, text[start:])


def reachable(parent: ET.Element, block: Contact) -> None:
    """A way to reach someone: its web addresses linked, then a button for each call,
    text or WhatsApp message its numbers offer."""
    for piece, href in split_addresses(block.body):
        if href:
            add(parent, "a", piece, href=href)
        else:
            append_text(parent, piece)
    links = phone_links(block.reach)
    if links:
        actions = add(parent, "ul", css="actions")
        for link in links:
            add(add(actions, "li"), "a", link.text, href=link.href)


def labelled(group: ET.Element, block: Labelled) -> None:
    row = add(group, "div", css=block.style if block.style != "label" else "")
    add(row, "dt", f"{block.label}:")
    body = add(row, "dd")
    if isinstance(block, Contact):
        reachable(body, block)
    else:
        prose(body, block.body)


def heading(parent: ET.Element, level: int, text: str) -> None:
    add(parent, f"h{min(level, 6)}", text)


def table(parent: ET.Element, block: Table) -> None:
    """A table whose first column names each row (a question, an aspect)."""
    grid = add(parent, "table")
    head = add(add(grid, "thead"), "tr")
    for column in block.columns:
        add(head, "th", column.name, scope="col")
    body = add(grid, "tbody")
    for row in block.rows:
        line = add(body, "tr")
        for n, value in enumerate(row):
            cell = add(line, "th", scope="row") if n == 0 else add(line, "td")
            prose(cell, value)


def block(parent: ET.Element, item: Block, level: int) -> None:
    """One block (not a Labelled or Numbered: `blocks` groups those into lists)."""
    match item:
        case Title(text=text, style=style):
            add(parent, "h1", text, style if style != "heading" else "")
        case Section(title=title, body=body, style=style):
            section = add(parent, "section", css=style if style != "heading" else "")
            heading(section, level, title)
            blocks(section, body, level + 1)
        case Entry(title=title, body=body, style=style):
            entry = add(parent, "section", css=f"entry {style}".strip())
            heading(entry, level, title)
            blocks(entry, body, level + 1)
        case Paragraph(text=text, style=style, strong=strong):
            p = add(parent, "p", css=style)
            prose(add(p, "strong") if strong else p, text)
        case Bullets(items=items):
            listed = add(parent, "ul")
            for text in items:
                prose(add(listed, "li"), text)
        case Table():
            table(parent, item)
        case Commands(rows=rows):
            listed = add(parent, "dl", css="labelled")
            for name, what in rows:
                row = add(listed, "div")
                add(add(row, "dt"), "code", name)
                prose(add(row, "dd"), what)
        case _:
            raise TypeError(f"no HTML for {type(item).__name__}")


def blocks(parent: ET.Element, items: Iterable[Block], level: int) -> None:
    """Blocks in order; a run of Labelled is one definition list, a run of Numbered one list."""
    group: ET.Element | None = None
    numbered: ET.Element | None = None
    for item in items:
        if isinstance(item, Labelled):
            group = group if group is not None else add(parent, "dl", css="labelled")
            labelled(group, item)
            continue
        group = None
        if isinstance(item, Numbered):
            numbered = numbered if numbered is not None else add(parent, "ol")
            li = add(numbered, "li", value=str(item.number))
            add(li, "strong", f"{item.label}:")
            append_text(li, " ")
            prose(li, item.body)
            blocks(li, item.details, level + 1)
            continue
        numbered = None
        block(parent, item, level)


def page_title(view: View) -> str:
    return next((b.text for b in view.blocks if isinstance(b, Title)), w.RESULT_TITLE)


def to_html(view: View) -> str:
    """A self-contained, accessible page of the view: nothing loaded from anywhere."""
    root = ET.Element("html", lang=current())
    head = add(root, "head")
    add(head, "meta", charset="utf-8")
    add(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    add(head, "title", page_title(view))
    add(head, "style", STYLESHEET)
    main = add(add(root, "body"), "main")
    blocks(main, view.blocks, 2)
    ET.indent(root)
    return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html") + "\n"
