"""Rich renderings of the reading commands: compare, myths, questions, crisis, providers, about.

Every block labels its meaning in words (Therapy:, Myth:, Fact:) so that nothing depends
on colour. Below STACK_BELOW columns, tables become stacked blocks so that no word is cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from therapy_guide.content.article import Aspect, Comparison
    from therapy_guide.content.misconceptions import Myths
    from therapy_guide.content.quiz import QuestionBank
    from therapy_guide.content.safety import About, CrisisDirectory, Provision, Region, Resource
from therapy_guide.terminal import narrow


def heading(text: str) -> Text:
    return Text(text, style="heading")


def labelled(label: str, body: str, style: str = "label") -> Text:
    """'Label: body' with the label styled: the words carry the meaning, colour only helps."""
    out = Text()
    out.append(f"{label}: ", style=style)
    out.append(body)
    return out


def bullets(items: Iterable[str], marker: str = "-") -> Table:
    """A list with hanging indents: one grid for all items (a grid each is slow to lay out)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(marker, Text(item))
    return grid


def section(title: str, *body: RenderableType) -> Group:
    return Group(Text(""), heading(title), *body)


def indent(renderable: RenderableType) -> Padding:
    return Padding(renderable, (0, 0, 0, 2))


# --- compare -------------------------------------------------------------------------


def table_fits(console: Console, aspects: list[Aspect]) -> bool:
    """Whether the three-column table leaves each column room for its longest word."""
    longest = max(len(word) for a in aspects for word in f"{a.therapy} {a.psychotherapy}".split())
    names = max(len(a.name) for a in aspects)
    frame = 4 + 3 * 2  # four borders, one space of padding on each side of three columns
    return console.width >= names + 2 * longest + frame


def comparison_table(
    console: Console, comparison: Comparison, aspect_id: str | None
) -> RenderableType:
    aspects = [a for a in comparison.aspects if aspect_id in (None, a.id)]
    if narrow(console) or not table_fits(console, aspects):
        blocks: list[RenderableType] = [heading(comparison.title)]
        for a in aspects:
            blocks += [
                Text(""),
                Text(a.name, style="heading"),
                indent(labelled("Therapy", a.therapy, "therapy")),
                indent(labelled("Psychotherapy", a.psychotherapy, "psychotherapy")),
            ]
        return Group(*blocks)
    table = Table(title=comparison.title, show_lines=True, expand=False, title_justify="left")
    table.add_column("Aspect", style="label", overflow="fold")
    table.add_column("Therapy", header_style="therapy", overflow="fold", ratio=1)
    table.add_column("Psychotherapy", header_style="psychotherapy", overflow="fold", ratio=1)
    for a in aspects:
        table.add_row(Text(a.name), Text(a.therapy), Text(a.psychotherapy))
    return table


def comparison_view(
    console: Console, comparison: Comparison, aspect_id: str | None, *, full: bool = False
) -> Group:
    """The comparison, or one aspect of it; FULL adds the article's definitions."""
    parts: list[RenderableType] = [comparison_table(console, comparison, aspect_id)]
    if aspect_id is not None:
        return Group(*parts)
    c = comparison.consider
    ex = comparison.example
    parts += [
        section("You might consider therapy if you:", bullets(c.therapy)),
        section("You might consider psychotherapy if you:", bullets(c.psychotherapy)),
        section(
            f"An example: {ex.situation.rstrip('.').lower()}",
            labelled("With therapy", ex.therapy, "therapy"),
            Text(""),
            labelled("With psychotherapy", ex.psychotherapy, "psychotherapy"),
        ),
        section("Good to know", bullets(comparison.notes)),
    ]
    if full:
        parts.append(
            section(
                "What the words mean",
                *[
                    Group(labelled(d.term, d.summary), indent(bullets(d.detail)), Text(""))
                    for d in comparison.definitions
                ],
            )
        )
    else:
        parts += [
            Text(""),
            Text("The article's definitions: therapy-guide compare --full", style="muted"),
        ]
    parts += [Text(""), Text(comparison.conclusion), Text(""), source_line(comparison)]
    return Group(*parts)


def source_line(comparison: Comparison) -> Text:
    s = comparison.source
    return Text(f"Source: “{s.title}”, {s.publisher}. {s.note}", style="muted")


# --- myths ---------------------------------------------------------------------------


def myths_view(myths: Myths) -> Group:
    parts: list[RenderableType] = [heading(myths.title)]
    for number, m in enumerate(myths.myths, start=1):
        parts += [
            Text(""),
            labelled(f"{number}. Myth", m.myth, "myth"),
            indent(labelled("Fact", m.fact, "fact")),
        ]
        if m.origin == "balance":
            parts.append(
                indent(
                    Text(
                        "(Added by therapy-guide for balance; not from the article.)", style="muted"
                    )
                )
            )
    return Group(*parts)


# --- questions -----------------------------------------------------------------------


def questions_view(bank: QuestionBank) -> Group:
    parts: list[RenderableType] = [
        heading("The quiz's questions and how each answer is scored"),
        Text(
            f"Each answer adds points toward therapy and toward psychotherapy. When one total is "
            f"ahead by {bank.scoring.margin} or more, that approach is suggested; otherwise either "
            f"can fit. The safety question ends the quiz with crisis help when the answer is yes."
        ),
    ]
    for number, q in enumerate(bank.questions, start=1):
        flags = [q.kind, "required" if q.required else "optional"]
        if q.asked_if:
            flags.append(f"asked if {q.asked_if.question} = {q.asked_if.option}")
        parts += [
            Text(""),
            Text.assemble((f"{number}. {q.id}", "label"), (f"  ({', '.join(flags)})", "muted")),
            indent(Text(q.text)),
        ]
        rows = []
        for o in q.options:
            note = "ends the quiz with crisis help" if o.crisis else str(o.points)
            default = " [default]" if (q.kind == "single" and o is q.default_option) else ""
            rows.append(f"{o.id}: {o.label}{default} ({note})")
        parts.append(indent(bullets(rows)))
    return Group(*parts)


# --- crisis, providers, about --------------------------------------------------------


def resource_lines(resource: Resource) -> Iterator[RenderableType]:
    yield Text(resource.name, style="crisis")
    yield indent(labelled("Contact", resource.contact))
    if resource.chat:
        yield indent(labelled("Chat", resource.chat))
    if resource.hours:
        yield indent(labelled("Hours", resource.hours))
    yield indent(labelled("When", resource.when))
    yield indent(labelled("Who answers", resource.who))
    for note in resource.notes:
        yield indent(Text(note))


def crisis_view(directory: CrisisDirectory, code: str, region: Region) -> Group:
    parts: list[RenderableType] = [
        Text(f"Crisis help: {region.name} ({code})", style="crisis"),
        Text(directory.intro),
    ]
    for resource in (*region.resources, directory.elsewhere):
        parts += [Text(""), *resource_lines(resource)]
    parts += [
        Text(""),
        Text(
            f"Numbers checked {directory.checked.isoformat()}. Other regions: "
            f"{', '.join(directory.codes)} (therapy-guide crisis --region CODE).",
            style="muted",
        ),
    ]
    return Group(*parts)


def providers_view(provision: Provision) -> Group:
    parts: list[RenderableType] = [heading(provision.title), Text(provision.intro)]
    for p in provision.providers:
        name = f"{p.name} ({', '.join(p.titles)})" if p.titles else p.name
        parts += [
            Text(""),
            Text(name, style="label"),
            indent(labelled("Training", p.training)),
            indent(labelled("Offers", p.offers)),
        ]
        if p.prescribes:
            parts.append(indent(Text("Can prescribe medication.")))
    parts += [
        section("In training", Text(provision.in_training)),
        section("How to check a license", bullets(provision.verify)),
        section("Questions to ask at a first appointment", bullets(provision.first_appointment)),
        Text(""),
        Text(provision.note, style="muted"),
    ]
    return Group(*parts)


def about_view(about: About, version: str) -> Group:
    return Group(
        heading(f"therapy-guide {version}"),
        Text(about.purpose),
        section("What it is not", bullets(about.is_not)),
        section(
            "Where the content comes from",
            *[
                Group(
                    Text(s.name, style="label"),
                    indent(Text(s.use)),
                    indent(Text(s.attribution, style="muted")),
                )
                for s in about.sources
            ],
        ),
        section("Content last reviewed", Text(about.reviewed.isoformat())),
        section("Your privacy", bullets(about.privacy)),
        section("Report a problem", Text(about.report)),
    )


# --- welcome -------------------------------------------------------------------------


def welcome(console: Console) -> Group:
    """What `therapy-guide` alone shows: what it is for, where to start, and crisis help."""
    commands: list[RenderableType] = []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="label", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, what in (
        ("quiz", "answer a few questions, get a suggestion and its reasons"),
        ("compare", "therapy and psychotherapy side by side"),
        ("myths", "common misconceptions, and the facts"),
        ("providers", "who provides what, and how to check a license"),
        ("about", "what this tool is and is not"),
    ):
        if narrow(console):  # stacked, so a command is never split across lines
            commands += [Text(f"therapy-guide {name}", style="label"), indent(Text(what))]
        else:
            grid.add_row(Text(f"therapy-guide {name}"), Text(what))
    if not narrow(console):
        commands.append(grid)
    return Group(
        heading("therapy-guide"),
        Text(
            "Should you look for general therapy (counseling) or for psychotherapy? "
            "This guide helps you think it through, privately and offline. "
            "It suggests; it never diagnoses."
        ),
        Text(""),
        *commands,
        Text(""),
        labelled(
            "In crisis right now",
            "run therapy-guide crisis, or call your local emergency number.",
            "crisis",
        ),
        Text("More: therapy-guide --help", style="muted"),
    )
