"""The options several commands share: --format/--json, --region, and example epilogs."""

from __future__ import annotations

from typing import Annotated

import typer

from therapy_guide.core.errors import UsageError
from therapy_guide.render import Format

REGION_ENV = "THERAPY_GUIDE_REGION"


def examples(*lines: str) -> str:
    """An epilog of examples, kept line by line (\\b stops Click from rewrapping them)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="text (for reading), markdown or json (for tools).",
        case_sensitive=False,
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]


def chosen_format(fmt: Format, json_flag: bool) -> Format:
    return Format.json if json_flag else fmt


def region_codes() -> list[str]:
    from therapy_guide.core.content import crisis_directory

    return crisis_directory().accepted_codes


def check_region(value: str | None) -> str | None:
    """Checked while parsing, so Click names the option (or the environment variable)."""
    if value is None:
        return None
    from therapy_guide.core.content import crisis_directory

    try:
        code, _ = crisis_directory().lookup(value)
    except UsageError as error:
        raise typer.BadParameter(f"{error.message}\n{error.hint}") from None
    return code


RegionOption = Annotated[
    str | None,
    typer.Option(
        "--region",
        "-r",
        metavar="CODE",
        envvar=REGION_ENV,
        callback=check_region,
        autocompletion=region_codes,
        show_envvar=True,
        help="Where you are, for crisis lines: a two-letter country code (ISO 3166-1), "
        "so CA is Canada, not California; UK or GB for the United Kingdom. Default: US.",
    ),
]
