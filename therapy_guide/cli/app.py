"""The Typer app: wiring only. Each command gathers its input, builds a view, emits it.

Content, decisions and words live elsewhere (content/, scoring, views/, wording); errors
become exit codes in cli/exits.py. Heavy imports happen inside the command that needs them.
"""

from __future__ import annotations

import functools
from typing import Annotated

import typer

from therapy_guide import __version__, version_line
from therapy_guide.cli.help import GuardedCommand, GuideGroup, HelpFirstCommand
from therapy_guide.cli.options import (
    AnswersOption,
    ApproachIdOption,
    ForceFlag,
    FormatOption,
    JsonFlag,
    LangOption,
    NoInputFlag,
    Output,
    PlainFlag,
    RegionOption,
    SaveLangOption,
    SaveOption,
    chosen_format,
    chosen_id,
    examples,
    output_options,
)
from therapy_guide.core import wording
from therapy_guide.core import words as w
from therapy_guide.core.errors import UsageError
from therapy_guide.render import Format, emit

app = typer.Typer(
    cls=GuideGroup,
    name="therapy-guide",
    help=(
        "Find out whether general therapy (counseling) or psychotherapy may fit you. "
        "Private, offline, and never a diagnosis.\n\n"
        "In crisis right now? Run: therapy-guide crisis"
    ),
    epilog=wording.HELP_START_WITH,
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def show_version(value: bool) -> None:
    if value:
        from therapy_guide.console.writing import write

        write(version_line() + "\n")
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
    lang: LangOption = None,
) -> None:
    """Find out whether general therapy (counseling) or psychotherapy may fit you."""
    if ctx.invoked_subcommand is None:
        from therapy_guide.views.welcome import welcome_view

        group = ctx.command
        assert isinstance(group, typer.core.TyperGroup)
        commands = [
            (name, group.commands[name].get_short_help_str(limit=200))
            for name in group.list_commands(ctx)
        ]
        emit(welcome_view(commands), Format.text)


command = functools.partial(app.command, cls=GuardedCommand)


# --- the quiz ------------------------------------------------------------------------


@command(
    short_help="Answer a few questions; get a suggestion and its reasons.",
    epilog=examples(
        "therapy-guide quiz",
        "therapy-guide quiz --region UK --save my-result.md",
        "therapy-guide quiz --plain",
        "therapy-guide quiz --answers answers.json --no-input --json",
    ),
)
def quiz(
    answers: AnswersOption = None,
    no_input: NoInputFlag = False,
    plain: PlainFlag = False,
    fmt: FormatOption = Format.text,
    json_flag: JsonFlag = False,
    save: SaveOption = None,
    save_lang: SaveLangOption = None,
    force: ForceFlag = False,
    region: RegionOption = None,
    lang: LangOption = None,
) -> None:
    """Answer a few questions and get a suggested approach, with the reasons for it.

    The first question asks about your safety. Then about ten questions on what you
    want help with, and a review where you can change any answer. Press Enter to
    accept a default; Ctrl-C stops at any time and nothing is saved.
    """
    from therapy_guide.core.language import known
    from therapy_guide.quiz import steps

    if save_lang and save is None:
        raise UsageError(w.SAVE_LANG_NEEDS_SAVE, hint=w.SAVE_LANG_NEEDS_SAVE_HINT)
    options = steps.QuizOptions(
        answers_source=answers,
        no_input=no_input,
        fmt=chosen_format(fmt, json_flag),
        save=save,
        force=force,
        region=region,
        plain=plain,
        save_language=known(save_lang) if save_lang else None,
    )
    steps.run(options)


# --- the reading commands ------------------------------------------------------------


def aspect_ids() -> list[str]:
    from therapy_guide.core.content import comparison

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
@output_options
def compare(
    *,
    output: Output,
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
    from therapy_guide.core.content import comparison, english_original
    from therapy_guide.views.compare import compare_view

    aspect = chosen_id(aspect, aspect_ids(), w.NO_ASPECT)
    full = full or output.fmt is not Format.text
    english = english_original(comparison) if output.fmt is Format.json else None
    view = compare_view(comparison(), aspect, full=full, english=english)
    emit(view, output.fmt, paged=output.paged)


@command(
    short_help="Common misconceptions, and the facts.",
    epilog=examples("therapy-guide myths", "therapy-guide myths --format markdown"),
)
@output_options
def myths(*, output: Output) -> None:
    """Common misconceptions about therapy and psychotherapy, and the facts.

    The three from the source article, and one we added for balance.
    """
    from therapy_guide.core.content import english_original
    from therapy_guide.core.content import myths as load_myths
    from therapy_guide.views.myths import myths_view

    english = english_original(load_myths) if output.fmt is Format.json else None
    emit(myths_view(load_myths(), english), output.fmt, paged=output.paged)


@command(
    short_help="Every quiz question and the points each answer carries.",
    epilog=examples("therapy-guide questions", "therapy-guide questions --json > questions.json"),
)
@output_options
def questions(*, output: Output) -> None:
    """Every quiz question, its options, and the points each answer carries.

    See exactly how the quiz scores, and find the ids to use in an answers file.
    """
    from therapy_guide.core.content import question_bank
    from therapy_guide.views.questions import questions_view

    emit(questions_view(question_bank()), output.fmt, paged=output.paged)


class CrisisCommand(HelpFirstCommand):
    @staticmethod
    def help_first() -> None:
        """The lines for where the person is (without the --region they mistyped)."""
        from therapy_guide.cli.options import choose_region, region_from_environment
        from therapy_guide.core.content import crisis_directory
        from therapy_guide.views.crisis import crisis_view

        chosen = choose_region(region_from_environment(), strict=True)
        emit(crisis_view(crisis_directory(), chosen, details=False), Format.text)


@app.command(
    cls=CrisisCommand,
    short_help="Who to contact right now, for your region.",
    epilog=examples(
        "therapy-guide crisis",
        "therapy-guide crisis --region UK",
        "therapy-guide crisis --details",
        "THERAPY_GUIDE_REGION=AU therapy-guide crisis",
    ),
)
@output_options
def crisis(
    *,
    region: RegionOption = None,
    details: Annotated[
        bool,
        typer.Option(
            "--details", help="Every line in full: when to use it, who answers, its hours."
        ),
    ] = False,
    output: Output,
) -> None:
    """Who to contact right now, for your region.

    If you or someone else is in immediate danger, call your local emergency number now.
    A short list fits one screen; --details, markdown and JSON give every entry in full.
    """
    from therapy_guide.cli.options import choose_region, not_a_country
    from therapy_guide.core.content import crisis_directory
    from therapy_guide.views.crisis import crisis_view

    chosen = choose_region(region, strict=True)
    details = details or output.fmt is not Format.text
    view = crisis_view(crisis_directory(), chosen, details=details)
    # Paged only when taller than the screen (--details); less shows the top lines first.
    emit(view, output.fmt, paged=output.paged and chosen.country)
    if not chosen.country:  # the help first, then the error: it never hides where to turn
        raise not_a_country(region)


@command(
    short_help="Who provides what, and how to check a license.",
    epilog=examples(
        "therapy-guide providers", "therapy-guide providers --format markdown > providers.md"
    ),
)
@output_options
def providers(*, output: Output) -> None:
    """Who provides what: counselors, LMFTs, LCSWs, LPCCs, psychologists, psychiatrists.

    What each is trained to do, what "in training" means, how to check a license, and
    questions worth asking at a first appointment.
    """
    from therapy_guide.core.content import provision
    from therapy_guide.views.providers import providers_view

    emit(providers_view(provision()), output.fmt, paged=output.paged)


@command(
    short_help="How to get a first appointment where you live, and what it costs.",
    epilog=examples("therapy-guide find-care", "therapy-guide find-care --region UK"),
)
@output_options
def find_care(*, region: RegionOption = None, output: Output) -> None:
    """How to get a first appointment where you live: each way to start, in the order most
    people try them, its cost, how to use it and how long it takes; what to say when you
    call, and questions to ask a therapist."""
    import os

    from therapy_guide.cli.options import not_a_country
    from therapy_guide.core.content import care, crisis_directory, provision
    from therapy_guide.views.care import care_view

    # The region by crisis's and the quiz's rule: any real country gets the general routes.
    chosen = crisis_directory().choose(region, os.environ)
    if not chosen.country:
        raise not_a_country(region)
    questions = provision().first_appointment
    emit(care_view(care(), chosen.code, questions), output.fmt, paged=output.paged)


@command(
    short_help="Kinds of talk therapy: CBT, DBT, EMDR, psychodynamic and more.",
    epilog=examples("therapy-guide approaches", "therapy-guide approaches --id cbt"),
)
@output_options
def approaches(*, approach: ApproachIdOption = None, output: Output) -> None:
    """Kinds of talk therapy: what a session is like, what each is often used for, how long
    it takes, which side of the article's line it sits on, and what it rests on."""
    from therapy_guide.core.content import approaches as load_approaches
    from therapy_guide.views.approaches import approaches_view

    data = load_approaches()
    view = approaches_view(data, chosen_id(approach, data.ids, w.NO_APPROACH, any_case=True))
    emit(view, output.fmt, paged=output.paged)


@command(
    short_help="What this tool is and is not: sources, privacy.",
    epilog=examples("therapy-guide about", "therapy-guide about --json"),
)
@output_options
def about(*, output: Output) -> None:
    """What this tool is and is not, where its content comes from, and your privacy."""
    from therapy_guide.core.content import about as load_about
    from therapy_guide.core.content import question_bank
    from therapy_guide.views.about import about_view

    view = about_view(load_about(), __version__, question_bank())
    emit(view, output.fmt, paged=output.paged)


def run() -> None:
    app(prog_name="therapy-guide")
