"""The Typer app: options, formats, regions, and turning errors into exit codes.

Commands parse and render; the core (content, scoring) decides. Heavy imports (Rich
renderers, questionary) happen inside the command that needs them.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from therapy_guide import __version__, version_line
from therapy_guide.errors import FALLBACK_HELP, ContentError, ExitCode, GuideError, UsageError
from therapy_guide.help_format import GuideCommand, StackingGroup

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from therapy_guide.content.safety import Region

REGION_ENV = "THERAPY_GUIDE_REGION"


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class GuideGroup(StackingGroup):
    """Turns our errors into a message on stderr and the documented exit code, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except GuideError as error:
            fail(error)
        except BrokenPipeError:
            # The reader went away (`| head -1`): not an error of ours. Stop quietly, and
            # point stdout at /dev/null so the final flush does not complain again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(ExitCode.OK) from None


def message(text: str, style: str = "error") -> None:
    from therapy_guide.terminal import err

    err().print(text, style=style, markup=False, highlight=False, soft_wrap=True)


def fail(error: GuideError) -> NoReturn:
    prefix = "" if error.exit_code == ExitCode.CANCELLED else "Error: "
    message(f"{prefix}{error.message}")
    if error.hint:
        message(error.hint, style="none")
    if isinstance(error, ContentError):
        message(FALLBACK_HELP, style="none")
    raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    cls=GuideGroup,
    name="therapy-guide",
    help=(
        "Find out whether general therapy (counseling) or psychotherapy may fit you. "
        "Private, offline, and never a diagnosis.\n\n"
        "In crisis right now? Run: therapy-guide crisis"
    ),
    epilog="Start with: therapy-guide quiz",
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def show_version(value: bool) -> None:
    if value:
        print(version_line())
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Show the version and exit.",
            is_eager=True,
            callback=show_version,
        ),
    ] = False,
) -> None:
    """Find out whether general therapy (counseling) or psychotherapy may fit you."""
    if ctx.invoked_subcommand is None:
        from therapy_guide import render
        from therapy_guide.terminal import out

        console = out()
        console.print(render.welcome(console))


def examples(*lines: str) -> str:
    """An epilog of examples, kept line by line (\\b stops Click from rewrapping them)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


command = functools.partial(app.command, cls=GuideCommand)


# --- shared options ------------------------------------------------------------------

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


def region_codes() -> list[str]:
    from therapy_guide.content import crisis_directory

    directory = crisis_directory()
    return sorted({*directory.regions, *directory.aliases})


def check_region(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    from therapy_guide.content import crisis_directory

    directory = crisis_directory()
    code = directory.aliases.get(code, code)
    if code not in directory.regions:
        raise typer.BadParameter(
            f"{value!r} is not a region we have crisis lines for. Known: "
            f"{', '.join(region_codes())}. Anywhere else: {directory.elsewhere.contact}. "
            f"{directory.unknown_region}"
        )
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


def resolve_region(code: str | None) -> tuple[str, Region]:
    from therapy_guide.content import crisis_directory

    directory = crisis_directory()
    chosen = code or directory.default
    return chosen, directory.regions[chosen]


def emit(
    fmt: Format,
    json_flag: bool,
    *,
    text: Callable[[ModuleType, Console], RenderableType],
    markdown: Callable[[], str],
    document: Callable[[], dict[str, Any]],
) -> None:
    """Print one thing in the chosen format: Rich text, markdown or one JSON document.

    TEXT gets the render module, imported only here: the JSON and markdown paths never
    load Rich.
    """
    if json_flag:
        fmt = Format.json
    if fmt is Format.json:
        from therapy_guide.documents import write_json

        write_json(document())
    elif fmt is Format.markdown:
        sys.stdout.write(markdown())
    else:
        from therapy_guide import render
        from therapy_guide.terminal import out

        console = out()
        console.print(text(render, console))


# --- the quiz ------------------------------------------------------------------------


@command(
    short_help="Answer a few questions; get a suggestion and its reasons.",
    epilog=examples(
        "therapy-guide quiz",
        "therapy-guide quiz --region UK --save my-result.md",
        "therapy-guide quiz --answers answers.json --no-input --json",
    ),
)
def quiz(
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            metavar="FILE|-",
            help="Take answers from a JSON or TOML file (- reads JSON from stdin). "
            "Ids: therapy-guide questions.",
        ),
    ] = None,
    no_input: Annotated[
        bool,
        typer.Option(
            "--no-input", help="Never prompt: every required answer must be in the --answers file."
        ),
    ] = False,
    fmt: FormatOption = Format.text,
    json_flag: JsonFlag = False,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save",
            metavar="PATH",
            dir_okay=False,
            help="Also write the result to PATH: .md, .html or .json. Private (0600).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Let --save replace an existing file.")
    ] = False,
    region: RegionOption = None,
) -> None:
    """Answer a few questions and get a suggested approach, with the reasons for it.

    The first question asks about your safety. Then about ten questions on what you
    want help with, and a review where you can change any answer. Press Enter to
    accept a default; Ctrl-C stops at any time and nothing is saved.
    """
    from therapy_guide import quiz_flow

    quiz_flow.run(
        answers_source=answers,
        no_input=no_input,
        fmt="json" if json_flag else fmt.value,
        save=save,
        force=force,
        region=lambda: resolve_region(region),
    )


# --- the reading commands ------------------------------------------------------------


def aspect_ids() -> list[str]:
    from therapy_guide.content import comparison

    return [a.id for a in comparison().aspects]


@command(
    short_help="Therapy and psychotherapy side by side.",
    epilog=examples(
        "therapy-guide compare",
        "therapy-guide compare --aspect duration",
        "therapy-guide compare --full",
        "therapy-guide compare --format markdown > compare.md",
    ),
)
def compare(
    fmt: FormatOption = Format.text,
    json_flag: JsonFlag = False,
    aspect: Annotated[
        str | None,
        typer.Option(
            "--aspect",
            "-a",
            metavar="ID",
            autocompletion=aspect_ids,
            help="Show one aspect: focus, approach, depth, provider or duration.",
        ),
    ] = None,
    full: Annotated[
        bool,
        typer.Option("--full", help="Also show the article's definitions of both words."),
    ] = False,
) -> None:
    """Therapy and psychotherapy side by side.

    The five aspects from the source article (focus, approach, depth of work, who
    provides it, duration), who might consider each, an example, and notes on where
    the words overlap. Markdown and JSON always include the article's definitions.
    """
    from therapy_guide.content import comparison

    data = comparison()
    if aspect is not None and data.aspect(aspect) is None:
        choices = ", ".join(aspect_ids())
        raise UsageError(f"there is no aspect {aspect!r}. Choose one of: {choices}.")

    from therapy_guide import documents

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.comparison_view(console, data, aspect, full=full),
        markdown=lambda: documents.comparison_markdown(data, aspect),
        document=lambda: documents.comparison_json(data, aspect),
    )


@command(
    short_help="Common misconceptions, and the facts.",
    epilog=examples("therapy-guide myths", "therapy-guide myths --format markdown"),
)
def myths(fmt: FormatOption = Format.text, json_flag: JsonFlag = False) -> None:
    """Common misconceptions about therapy and psychotherapy, and the facts.

    The three from the source article, and one we added for balance.
    """
    from therapy_guide import documents
    from therapy_guide.content import myths as load_myths

    data = load_myths()

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.myths_view(data),
        markdown=lambda: documents.myths_markdown(data),
        document=lambda: documents.myths_json(data),
    )


@command(
    short_help="Every quiz question and the points each answer carries.",
    epilog=examples("therapy-guide questions", "therapy-guide questions --json > questions.json"),
)
def questions(fmt: FormatOption = Format.text, json_flag: JsonFlag = False) -> None:
    """Every quiz question, its options, and the points each answer carries.

    See exactly how the quiz scores, and find the ids to use in an answers file.
    """
    from therapy_guide import documents
    from therapy_guide.content import question_bank

    bank = question_bank()

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.questions_view(bank),
        markdown=lambda: documents.questions_markdown(bank),
        document=lambda: documents.questions_json(bank),
    )


@command(
    short_help="Who to contact right now, for your region.",
    epilog=examples(
        "therapy-guide crisis",
        "therapy-guide crisis --region UK",
        "THERAPY_GUIDE_REGION=AU therapy-guide crisis",
    ),
)
def crisis(
    region: RegionOption = None, fmt: FormatOption = Format.text, json_flag: JsonFlag = False
) -> None:
    """Who to contact right now, for your region.

    If you or someone else is in immediate danger, call your local emergency number now.
    """
    from therapy_guide import documents
    from therapy_guide.content import crisis_directory

    directory = crisis_directory()
    code, chosen = resolve_region(region)

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.crisis_view(directory, code, chosen),
        markdown=lambda: documents.crisis_markdown(directory, code, chosen),
        document=lambda: documents.crisis_json(directory, code, chosen),
    )


@command(
    short_help="Who provides what, and how to check a license.",
    epilog=examples(
        "therapy-guide providers", "therapy-guide providers --format markdown > providers.md"
    ),
)
def providers(fmt: FormatOption = Format.text, json_flag: JsonFlag = False) -> None:
    """Who provides what: counselors, LMFTs, LCSWs, LPCCs, psychologists, psychiatrists.

    What each is trained to do, what "in training" means, how to check a license, and
    questions worth asking at a first appointment.
    """
    from therapy_guide import documents
    from therapy_guide.content import provision

    data = provision()

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.providers_view(data),
        markdown=lambda: documents.providers_markdown(data),
        document=lambda: documents.providers_json(data),
    )


@command(
    short_help="What this tool is and is not: sources, privacy.",
    epilog=examples("therapy-guide about", "therapy-guide about --json"),
)
def about(fmt: FormatOption = Format.text, json_flag: JsonFlag = False) -> None:
    """What this tool is and is not, where its content comes from, and your privacy."""
    from therapy_guide import documents
    from therapy_guide.content import about as load_about

    data = load_about()

    emit(
        fmt,
        json_flag,
        text=lambda render, console: render.about_view(data, __version__),
        markdown=lambda: documents.about_markdown(data, __version__),
        document=lambda: documents.about_json(data, __version__),
    )


def run() -> None:
    try:
        app(prog_name="therapy-guide")
    except Exception as error:  # the last line of defence; Typer handles its own errors
        # No traceback and no locals: they could hold a person's answers.
        message(
            f"therapy-guide hit an internal error ({type(error).__name__}). Nothing was saved. "
            "Please report it to the project (see: therapy-guide about) with the command you "
            "ran, leaving out your answers."
        )
        message(FALLBACK_HELP, style="none")
        sys.exit(ExitCode.INTERNAL)
