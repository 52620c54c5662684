"""Crisis help for a region: each way to reach help, when to use it and who answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.core.language import current
from therapy_guide.views.document import (
    Block,
    Contact,
    Document,
    Entry,
    Labelled,
    Paragraph,
    Reach,
    Title,
    View,
    versioned,
)
from therapy_guide.views.translated import translating

if TYPE_CHECKING:
    from therapy_guide.core.content.care_routes import DoorHere
    from therapy_guide.core.content.crisis import ChosenRegion, CrisisDirectory, Region, Resource


def reach(resource: Resource | DoorHere) -> tuple[Reach, ...]:
    """Each way to reach RESOURCE by phone, from its numbers: what a page's buttons dial."""
    return tuple(
        Reach(how, number.shown, number.dialled, number.word)
        for number in resource.numbers
        for how in number.by
    )


def sourced(source: str, checked: date) -> str:
    """ "Where it comes from (checked 2026-12-05)": an entry's source and its date."""
    return w.SOURCE_CHECKED.format(source=source, checked=checked.isoformat())


def resource_entry(resource: Resource, *, website: bool = False, brief: bool = False) -> Entry:
    """One resource in full: how to reach it, when to use it, who answers, and where
    that comes from.

    WEBSITE is for a saved summary: it adds the line's site and leaves its source to the
    summary's list of sources. On a page its ways to reach someone (`Contact` blocks)
    become tel:, sms:, wa.me and https: links. BRIEF (a saved summary) keeps how and when
    it is open, one way online, when to use it and its languages.
    """
    open_now = brief and resource.open and not resource.emergency
    contact = f"{resource.contact} ({resource.open})" if open_now else resource.contact
    body: list[Block] = [Contact(w.CONTACT, contact, reach=reach(resource))]
    if resource.chat:
        body.append(Contact(w.CHAT, resource.chat))
    if resource.hours and not brief:
        body.append(Labelled(w.HOURS, resource.hours))
    if website and resource.url and not (brief and resource.chat):
        body.append(Contact(w.SUMMARY_WEBSITE, resource.url))
    body.append(Labelled(w.WHEN, resource.when))
    if not brief:
        body.append(Labelled(w.WHO_ANSWERS, resource.who))
    if resource.languages:
        body.append(Labelled(w.LANGUAGES, ", ".join(resource.languages)))
    if not brief:
        body += [Paragraph(note) for note in resource.notes]
    if not website:
        body.append(Labelled(w.SOURCE, sourced(resource.source, resource.checked), "muted"))
    return Entry(resource.name, tuple(body), "crisis")


def brief_line(resource: Resource) -> Contact:
    """One way to reach help on one line: its name, how, and when it is open."""
    brief = resource.open and not resource.emergency  # an emergency number is always open
    how = f"{resource.contact} ({resource.open})" if brief else resource.contact
    codes = resource.language_codes
    if translating() and codes and current() not in codes and resource.languages:
        # Not answered in the guide's language: say which it is ("(en inglés)", "(en francés)").
        how = f"{how} {w.ANSWERED_IN.format(languages=w.OR.join(resource.languages))}"
    label = w.SOMEONE_IN_DANGER if resource.emergency else resource.name
    return Contact(label, how, "crisis", reach=reach(resource))


def help_now(region: Region) -> Contact:
    """ "If you need help now: 988 Suicide & Crisis Lifeline: Call or text 988 (24/7)",
    with its numbers to tap: the line an urgent result opens with."""
    line = brief_line(first_line(region))
    return Contact(w.HELP_NOW, f"{line.label}: {line.body}", "crisis", reach=line.reach)


def in_the_us_too(region: ChosenRegion) -> tuple[str, ...]:
    """The US lines in a sentence, for a Spanish speaker whose locale chose another
    country (es_MX, es_GT): many who run the guide in Spanish are in California, and a
    locale says what language a person reads, not where they are."""
    chosen_by_locale = region.source == "locale" and region.code != "US"
    return (w.IF_IN_THE_US,) if chosen_by_locale and translating() else ()


def showing(region: ChosenRegion) -> str:
    """Which lines these are, why, and how to change them: for a region as chosen."""
    if not region.country:
        return w.SHOWING_NO_COUNTRY
    if not region.known:
        return w.SHOWING_NO_LINES.format(name=region.name)
    return w.SHOWING.format(name=region.name, why=w.REGION_WHY[region.source])


def brief_blocks(region: ChosenRegion, elsewhere: Resource, intro: str = "") -> tuple[Block, ...]:
    """The compact crisis block, about ten lines: it fits any screen with room to spare.

    The lines for right now first, then the emergency number (for anyone in danger,
    the person or someone else), then where to look anywhere else, and last which
    region this is and how to change it. For a place we have no lines for, the
    directory of helplines is where to look first.
    """
    urgent = [r for r in region.resources if r.urgent and not r.emergency]
    emergency = [r for r in region.resources if r.emergency]
    title = w.CRISIS_TITLE.format(name=region.name, code=region.code)
    lines: list[Block] = [Title(title, "crisis")]
    if intro:
        lines.append(Paragraph(intro))
    lines += [brief_line(r) for r in urgent]
    lines += [Paragraph(said, "crisis") for said in region.always]
    lines += [brief_line(r) for r in emergency]
    lines += [Paragraph(said, "crisis") for said in in_the_us_too(region)]
    lines += [
        Contact(w.ANYWHERE_ELSE if region.known else w.FIND_A_LINE, elsewhere.contact, "crisis"),
        Paragraph(f"{showing(region)} {w.MORE_DETAILS}", "muted"),
    ]
    return tuple(lines)


def first_line(region: Region) -> Resource:
    """The one line a result card shows: the region's first line for help right now."""
    return next((r for r in region.resources if r.urgent and not r.emergency), region.resources[0])


def resource_document(resource: Resource) -> Document:
    return resource.model_dump(mode="json")


def crisis_view(directory: CrisisDirectory, region: ChosenRegion, *, details: bool = True) -> View:
    """Crisis help for REGION: the compact block, or with DETAILS every entry in full."""
    code = region.code
    document = versioned(
        region=code,
        region_name=region.name,
        region_source=region.source,
        international=not region.known,
        checked=directory.checked.isoformat(),
        resources=[resource_document(r) for r in region.resources],
        elsewhere=resource_document(directory.elsewhere),
        regions=[{"code": c, "name": directory.regions[c].name} for c in directory.codes],
        aliases=dict(directory.aliases),
    )
    if not details:
        return View(brief_blocks(region, directory.elsewhere, directory.intro), document)
    blocks: list[Block] = [
        Title(w.CRISIS_TITLE.format(name=region.name, code=code), "crisis"),
        Paragraph(directory.intro),
        Paragraph(showing(region), "muted"),
        *(resource_entry(r) for r in (*region.resources, directory.elsewhere)),
        Paragraph(
            w.CHECKED.format(
                checked=directory.checked.isoformat(), codes=", ".join(directory.codes)
            ),
            "muted",
            gap=True,
        ),
    ]
    return View(tuple(blocks), document)
