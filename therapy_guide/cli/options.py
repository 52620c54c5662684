"""The options several commands share (--format/--json, --region, --no-pager), example
epilogs, and Click's complaints about any option, said in the program's own words.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from therapy_guide.core import words as w
from therapy_guide.core.errors import UsageError
from therapy_guide.core.language import LANGUAGES, known
from therapy_guide.render import Format

if TYPE_CHECKING:
    from therapy_guide.core.content.crisis import ChosenRegion

REGION_ENV = "THERAPY_GUIDE_REGION"
FORMAT_FLAGS = ("--format", "-f")
REGION_FLAGS = ("--region", "-r")


class BadValue(typer.BadParameter):
    """A bad option value, already in the program's own words, with a hint line."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def format_message(self) -> str:
        return self.message  # not Click's "Invalid value for '--format' / '-f': ..."


def examples(*lines: str) -> str:
    """An epilog of examples, kept line by line (\\b stops Click from rewrapping them)."""
    from therapy_guide.core import wording

    return f"{wording.HELP_EXAMPLES}\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


# The formats --format offers: every one but a saved file's HTML.
FORMATS = tuple(f for f in Format if f is not Format.html)


def format_names() -> list[str]:
    return [f.value for f in FORMATS]


def parse_format(value: str | Format) -> Format:
    """Any case; a wrong value names the choices (Typer's own message is pydantic's)."""
    for fmt in FORMATS:
        if fmt.value == str(value).lower():
            return fmt
    choices = ", ".join(format_names())
    said = w.BAD_CHOICE.format(option=FORMAT_FLAGS[0], choices=choices, value=value)
    raise BadValue(said)


FormatOption = Annotated[
    Format,
    typer.Option(
        *FORMAT_FLAGS,
        metavar="FORMAT",
        parser=parse_format,
        autocompletion=format_names,
        help="text (for reading), markdown or json (for tools).",
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]


def chosen_format(fmt: Format, json_flag: bool) -> Format:
    return Format.json if json_flag else fmt


def region_codes() -> list[str]:
    from therapy_guide.core.content import crisis_directory

    return crisis_directory().accepted_codes


def check_region(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """Remembers where the code came from; never refuses one while parsing.

    A code we have no lines for still gets help (the international block), so the check
    waits until the region is chosen (`choose_region`), after the quiz's last answer.
    """
    if value is None:
        return None
    from therapy_guide.core.content.crisis import GivenRegion

    source = ctx.get_parameter_source(param.name or "")
    from_environment = source is not None and source.name == "ENVIRONMENT"
    return GivenRegion(value, "environment" if from_environment else "option")


def region_from_environment() -> str | None:
    """THERAPY_GUIDE_REGION, as --region takes it when the command line cannot be read."""
    import os

    from therapy_guide.core.content.crisis import GivenRegion

    value = os.environ.get(REGION_ENV)
    return GivenRegion(value, "environment") if value else None


def choose_region(given: str | None, *, strict: bool, plain: bool = False) -> ChosenRegion:
    """The region to show for GIVEN (else the locale's, else the default), and a line on
    stderr when we have no lines for it.

    A country we have no lines for is a note; a code that is no country is a warning,
    or with STRICT a UsageError for the caller to raise after showing the help.
    """
    import os

    from therapy_guide.cli.exits import message
    from therapy_guide.core.content import crisis_directory

    directory = crisis_directory()
    chosen = directory.choose(given, os.environ)
    if chosen.known or (strict and not chosen.country):
        return chosen
    if chosen.country:
        said = w.NO_LINES_FOR.format(name=chosen.name, code=chosen.code)
    else:
        codes = ", ".join(directory.accepted_codes)
        said = w.NOT_A_COUNTRY_GOING_ON.format(value=(given or chosen.code).strip(), codes=codes)
    message(in_context(said, given), style="warning", plain=plain)
    return chosen


def not_a_country(given: str | None) -> UsageError:
    """The error for a --region (or THERAPY_GUIDE_REGION) that is no country at all."""
    from therapy_guide.core.content import crisis_directory

    codes = ", ".join(crisis_directory().accepted_codes)
    said = w.NOT_A_COUNTRY.format(value=str(given).strip(), codes=codes)
    return UsageError(in_context(said, given), hint=w.NOT_A_COUNTRY_HINT)


def in_context(said: str, given: str | None) -> str:
    """SAID, naming the environment variable when the code came from there."""
    if getattr(given, "source", "") == "environment":
        return w.FROM_ENVIRONMENT.format(name=REGION_ENV, message=said)
    return said


RegionOption = Annotated[
    str | None,
    typer.Option(
        *REGION_FLAGS,
        metavar="CODE",
        envvar=REGION_ENV,
        callback=check_region,
        autocompletion=region_codes,
        show_envvar=True,
        help="Where you are, for crisis lines: a two-letter country code (ISO 3166-1), "
        "so CA is Canada, not California; UK or GB for the United Kingdom. Default: "
        "the country of your language settings (LC_ALL, LC_MESSAGES, LANG), else US. "
        "A country without lines here gets its emergency number and findahelpline.com.",
    ),
]


def language_parser(flag: str) -> Callable[[str], str]:
    """FLAG's check: a language of ours, in any case; else a usage error naming the choices.

    --lang's language is chosen before the command runs (GuideGroup.main reads it from
    the command line, then the environment); its check here names a wrong value."""

    def parse_language(value: str) -> str:
        code = known(value) if value.strip().isalpha() else None
        if code is None:
            choices = ", ".join(LANGUAGES)
            raise BadValue(w.BAD_CHOICE.format(option=flag, choices=choices, value=value))
        return code

    return parse_language


def language_codes() -> list[str]:
    return list(LANGUAGES)


LANG_FLAG = "--lang"
SAVE_LANG_FLAG = "--save-lang"
LangOption = Annotated[
    str | None,
    typer.Option(
        LANG_FLAG,
        metavar="LANG",
        parser=language_parser(LANG_FLAG),
        autocompletion=language_codes,
        help="The language to use: en (English) or es (Spanish). Default: "
        "THERAPY_GUIDE_LANG, else your language settings (LANGUAGE, LC_ALL, LC_MESSAGES, "
        "LANG), else English.",
    ),
]

NoPagerFlag = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        # A literal, as every help text: scripts/catalogs.py extracts it for translation.
        help="Print everything at once; never page long text (or set THERAPY_GUIDE_NO_PAGER=1).",
    ),
]


@dataclass(frozen=True)
class Output:
    """How a reading command shows its view: the format (--format, or --json) and whether
    long text may go through the pager (not --no-pager)."""

    fmt: Format
    paged: bool


def output_options(command: Callable[..., None]) -> Callable[..., None]:
    """--format, --json, --no-pager and --lang for a reading command, as sqlite-utils'
    output_options: one declaration for all of them.

    COMMAND takes a keyword `output: Output` where --format and --json are to appear in its
    help (--no-pager comes last), and is called with the Output they choose.
    """
    shown = inspect.signature(command, eval_str=True)
    keyword = inspect.Parameter.KEYWORD_ONLY
    params = [p.replace(kind=keyword) for p in shown.parameters.values()]
    at = [p.name for p in params].index("output")
    added = {
        "fmt": FormatOption,
        "json_flag": JsonFlag,
        "no_pager": NoPagerFlag,
        "lang": LangOption,
    }
    defaults: dict[str, Any] = {"fmt": Format.text, "lang": None}
    fmt, json_flag, no_pager, lang = (
        inspect.Parameter(name, keyword, default=defaults.get(name, False), annotation=kind)
        for name, kind in added.items()
    )

    @functools.wraps(command)
    def with_output(**given: Any) -> None:
        fmt = chosen_format(given.pop("fmt"), given.pop("json_flag"))
        paged = not given.pop("no_pager")
        given.pop("lang")  # already chosen: GuideGroup.main
        command(**given, output=Output(fmt, paged=paged))

    hints = {p.name: p.annotation for p in params if p.name != "output"}
    with_output.__annotations__ = {**hints, **added, "return": None}
    with_output.__signature__ = shown.replace(  # type: ignore[attr-defined]
        parameters=[*params[:at], fmt, json_flag, *params[at + 1 :], no_pager, lang]
    )
    return with_output


def chosen_id(
    given: str | None, ids: Sequence[str], unknown: str, *, any_case: bool = False
) -> str | None:
    """The one check of an id option (compare --aspect, approaches --id): GIVEN as one of
    IDS (ANY_CASE: any case, spaces trimmed), None when not given, else a UsageError
    saying UNKNOWN with every id."""
    if given is None:
        return None
    wanted = given.strip().lower() if any_case else given
    if wanted in ids:
        return wanted
    raise UsageError(unknown.format(id=given, choices=", ".join(ids)))


def approach_ids() -> list[str]:
    from therapy_guide.core.content import approaches

    return approaches().ids


# One command's option, here to keep cli/app.py short (approaches --id).
ApproachIdOption = Annotated[
    str | None,
    typer.Option("--id", metavar="ID", autocompletion=approach_ids, help="Show one, by id."),
]


def accepted_values(option: str) -> list[str]:
    """The values OPTION takes, to name in an error; empty for an open value (a path)."""
    if option in FORMAT_FLAGS:
        return format_names()
    if option in REGION_FLAGS:
        return region_codes()
    return []


def in_our_words(error: typer.TyperException) -> UsageError:
    """Click's complaint about the command line as one line of ours, with a hint.

    Click's usage errors are reached through compat: their classes live in a private
    module of Typer. An error without its own hint points at the command's --help.
    """
    from therapy_guide.compat import error_context, option_name, possibilities

    ctx: Any = error_context(error)
    command = ctx.command_path if ctx is not None else "therapy-guide"
    hint = getattr(error, "hint", "") or w.SEE_HELP.format(command=command)
    option = option_name(error)
    if option is None:  # a bad value, an unknown command, a stray argument
        return UsageError(error.format_message(), hint=hint)
    meant = possibilities(error)
    if meant is not None:  # no such option; Click may have a guess
        if not meant:
            return UsageError(w.NO_SUCH_OPTION.format(option=option), hint=hint)
        said = w.NO_SUCH_OPTION_MEANT.format(option=option, suggestions=w.OR.join(meant))
        return UsageError(said, hint=hint)
    params = ctx.command.params if ctx is not None else []
    flags = [p for p in params if option in p.opts and getattr(p, "is_flag", False)]
    if flags:
        return UsageError(w.TAKES_NO_VALUE.format(option=option), hint=hint)
    choices = accepted_values(option)
    if choices:
        said = w.NEEDS_ONE_OF.format(option=option, choices=", ".join(choices))
        return UsageError(said, hint=hint)
    return UsageError(w.NEEDS_VALUE.format(option=option), hint=hint)


# --- the quiz's own options (here, so cli/app.py stays wiring only) -----------------------

AnswersOption = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE|-",
        help="Take answers from a JSON or TOML file: a regular file, not a device, pipe or "
        "folder (- reads JSON from stdin). At most 1 MiB. Ids: therapy-guide questions.",
    ),
]
NoInputFlag = Annotated[
    bool,
    typer.Option(
        "--no-input", help="Never prompt: every required answer must be in the --answers file."
    ),
]
PlainFlag = Annotated[
    bool,
    typer.Option(
        "--plain",
        envvar="THERAPY_GUIDE_PLAIN",
        show_envvar=True,
        help="Ask in plain numbered lines, answered by typing: for screen readers and "
        "simple terminals. Chosen by itself when TERM=dumb.",
    ),
]
SaveOption = Annotated[
    Path | None,
    typer.Option(
        "--save",
        metavar="PATH",
        dir_okay=False,
        help="Also write the result to PATH: .md, .html or .json. Private (0600).",
    ),
]
SaveLangOption = Annotated[
    str | None,
    typer.Option(
        SAVE_LANG_FLAG,
        metavar="LANG",
        parser=language_parser(SAVE_LANG_FLAG),
        autocompletion=language_codes,
        help="Write --save's summary in this language (en or es), when it is not the "
        "guide's: a summary in English for an English-speaking clinician.",
    ),
]
ForceFlag = Annotated[bool, typer.Option("--force", help="Let --save replace an existing file.")]
