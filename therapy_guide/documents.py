"""The markdown and JSON forms of the reading commands' content.

JSON documents follow the shapes promised in DESIGN.md (schema_version 1): keys may be
added, never renamed or removed. Markdown is plain GitHub markdown. Neither needs Rich.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from therapy_guide.content.article import Comparison
    from therapy_guide.content.misconceptions import Myths
    from therapy_guide.content.quiz import QuestionBank
    from therapy_guide.content.safety import About, CrisisDirectory, Provision, Region, Resource

SCHEMA_VERSION = 1
Document = dict[str, Any]


def write_json(doc: Document) -> None:
    """One JSON document on stdout; escaped to ASCII when stdout cannot carry UTF-8."""
    import json  # only the JSON path pays for it

    from therapy_guide.plaintext import is_utf8

    sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=not is_utf8(sys.stdout)) + "\n")


def cell(text: str) -> str:
    """A markdown table cell: pipes escaped, line breaks folded."""
    return text.replace("|", "\\|").replace("\n", " ")


def md_list(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def md_join(*blocks: str) -> str:
    return "\n\n".join(b for b in blocks if b) + "\n"


# --- compare -------------------------------------------------------------------------


def comparison_json(comparison: Comparison, aspect_id: str | None = None) -> Document:
    aspects = [a for a in comparison.aspects if aspect_id in (None, a.id)]
    return {
        "schema_version": SCHEMA_VERSION,
        "title": comparison.title,
        "aspects": [a.model_dump() for a in aspects],
        "consider": comparison.consider.model_dump(mode="json"),
        "example": comparison.example.model_dump(),
        "notes": list(comparison.notes),
        "definitions": [d.model_dump(mode="json") for d in comparison.definitions],
        "conclusion": comparison.conclusion,
        "source": comparison.source.model_dump(),
    }


def comparison_markdown(comparison: Comparison, aspect_id: str | None = None) -> str:
    rows = [a for a in comparison.aspects if aspect_id in (None, a.id)]
    table = "\n".join(
        ["| Aspect | Therapy | Psychotherapy |", "| --- | --- | --- |"]
        + [f"| {cell(a.name)} | {cell(a.therapy)} | {cell(a.psychotherapy)} |" for a in rows]
    )
    if aspect_id is not None:
        return md_join(f"# {comparison.title}", table)
    c, ex, s = comparison.consider, comparison.example, comparison.source
    definitions = "\n\n".join(
        f"**{d.term}:** {d.summary}\n\n{md_list(d.detail)}" for d in comparison.definitions
    )
    return md_join(
        f"# {comparison.title}",
        table,
        "## You might consider therapy if you:",
        md_list(c.therapy),
        "## You might consider psychotherapy if you:",
        md_list(c.psychotherapy),
        f"## An example: {ex.situation.rstrip('.').lower()}",
        f"**With therapy:** {ex.therapy}",
        f"**With psychotherapy:** {ex.psychotherapy}",
        "## Good to know",
        md_list(comparison.notes),
        "## What the words mean",
        definitions,
        comparison.conclusion,
        f"_Source: “{s.title}”, {s.publisher}. {s.note}_",
    )


# --- myths ---------------------------------------------------------------------------


def myths_json(myths: Myths) -> Document:
    return {"schema_version": SCHEMA_VERSION, "myths": [m.model_dump() for m in myths.myths]}


def myths_markdown(myths: Myths) -> str:
    blocks = [f"# {myths.title}"]
    for number, m in enumerate(myths.myths, start=1):
        blocks.append(f"{number}. **Myth:** {m.myth}\n\n   **Fact:** {m.fact}")
        if m.origin == "balance":
            blocks.append("   _Added by therapy-guide for balance; not from the article._")
    return md_join(*blocks)


# --- questions -----------------------------------------------------------------------


def questions_json(bank: QuestionBank) -> Document:
    return {
        "schema_version": SCHEMA_VERSION,
        "margin": bank.scoring.margin,
        "questions": [
            {
                "id": q.id,
                "text": q.text,
                "kind": q.kind,
                "required": q.required,
                "default": q.default_option.id if q.kind == "single" else None,
                "asked_if": q.asked_if.model_dump() if q.asked_if else None,
                "options": [
                    {
                        "id": o.id,
                        "label": o.label,
                        "points": o.points.model_dump(),
                        "crisis": o.crisis,
                        "because": o.because,
                    }
                    for o in q.options
                ],
            }
            for q in bank.questions
        ],
    }


def questions_markdown(bank: QuestionBank) -> str:
    blocks = [
        "# The quiz's questions and how each answer is scored",
        f"Each answer adds points toward therapy and toward psychotherapy. When one total is "
        f"ahead by {bank.scoring.margin} or more, that approach is suggested; otherwise either "
        f"can fit.",
    ]
    for q in bank.questions:
        kind = f"{q.kind}, {'required' if q.required else 'optional'}"
        if q.asked_if:
            kind += f", asked if `{q.asked_if.question}` = `{q.asked_if.option}`"
        rows = "\n".join(
            f"| `{o.id}` | {cell(o.label)} | {o.points.therapy} | {o.points.psychotherapy} |"
            for o in q.options
        )
        blocks += [
            f"## `{q.id}` ({kind})",
            q.text,
            "| Option | Label | Therapy | Psychotherapy |\n| --- | --- | --- | --- |\n" + rows,
        ]
    return md_join(*blocks)


# --- crisis, providers, about --------------------------------------------------------


def resource_json(resource: Resource) -> Document:
    return resource.model_dump(mode="json")


def crisis_json(directory: CrisisDirectory, code: str, region: Region) -> Document:
    return {
        "schema_version": SCHEMA_VERSION,
        "region": code,
        "region_name": region.name,
        "checked": directory.checked.isoformat(),
        "resources": [resource_json(r) for r in region.resources],
        "elsewhere": resource_json(directory.elsewhere),
    }


def resource_markdown(resource: Resource) -> str:
    lines = [f"- **{resource.name}**: {resource.contact}"]
    if resource.chat:
        lines.append(f"  - Chat: {resource.chat}")
    if resource.hours:
        lines.append(f"  - Hours: {resource.hours}")
    lines += [f"  - When: {resource.when}", f"  - Who answers: {resource.who}"]
    lines += [f"  - {note}" for note in resource.notes]
    return "\n".join(lines)


def crisis_markdown(directory: CrisisDirectory, code: str, region: Region) -> str:
    return md_join(
        f"# Crisis help: {region.name} ({code})",
        directory.intro,
        "\n".join(resource_markdown(r) for r in (*region.resources, directory.elsewhere)),
        f"_Numbers checked {directory.checked.isoformat()}._",
    )


def providers_json(provision: Provision) -> Document:
    return {"schema_version": SCHEMA_VERSION, **provision.model_dump(mode="json")}


def providers_markdown(provision: Provision) -> str:
    people = "\n\n".join(
        f"### {p.name}{' (' + ', '.join(p.titles) + ')' if p.titles else ''}\n\n"
        f"- Training: {p.training}\n- Offers: {p.offers}"
        + ("\n- Can prescribe medication." if p.prescribes else "")
        for p in provision.providers
    )
    return md_join(
        f"# {provision.title}",
        provision.intro,
        people,
        "## In training",
        provision.in_training,
        "## How to check a license",
        md_list(provision.verify),
        "## Questions to ask at a first appointment",
        md_list(provision.first_appointment),
        f"_{provision.note}_",
    )


def about_json(about: About, version: str) -> Document:
    return {"schema_version": SCHEMA_VERSION, "version": version, **about.model_dump(mode="json")}


def about_markdown(about: About, version: str) -> str:
    sources = "\n".join(f"- **{s.name}**: {s.use} _{s.attribution}_" for s in about.sources)
    return md_join(
        f"# therapy-guide {version}",
        about.purpose,
        "## What it is not",
        md_list(about.is_not),
        "## Where the content comes from",
        sources,
        "## Content last reviewed",
        about.reviewed.isoformat(),
        "## Your privacy",
        md_list(about.privacy),
        "## Report a problem",
        about.report,
    )
