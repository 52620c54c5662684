"""The quiz command's path, step by step: gather answers, interview, score, show, save.

Kept out of cli/app.py so that questionary and the quiz's content load only when the quiz
runs. Answers come from a person at a terminal, from a file, or from both (the file's
answers first, the rest asked); never from flags or the environment. A person answers at
full-screen prompts (quiz/prompt_asker.py) or, with --plain or on a dumb terminal, in plain
numbered lines (quiz/line_asker.py): the same interview either way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer
from therapy_guide.core.content import (
    care,
    comparison,
    crisis_directory,
    provision,
    question_bank,
)
from therapy_guide.core.content.quiz import QuestionBank
from therapy_guide.core.errors import Cancelled, UsageError
from therapy_guide.quiz.interview import Asker, NoInputAsker, interview
from therapy_guide.render import Format, emit

if TYPE_CHECKING:
    from therapy_guide.core.content.crisis import ChosenRegion
    from therapy_guide.core.language import Language
    from therapy_guide.quiz.person_asker import PersonAsker
    from therapy_guide.views.report import Report


@dataclass(frozen=True)
class QuizOptions:
    """What the person asked for on the command line (never their answers)."""

    answers_source: str | None
    no_input: bool
    fmt: Format
    save: Path | None
    force: bool
    region: str | None
    plain: bool = False  # --plain or THERAPY_GUIDE_PLAIN=1
    save_language: Language | None = None  # --save-lang: the summary's, if not the guide's


def wants_plain(options: QuizOptions) -> bool:
    """Plain numbered lines: when asked for, and on a terminal that cannot draw menus."""
    return options.plain or os.environ.get("TERM", "") == "dumb"


def is_interactive() -> bool:
    """True when a person can answer prompts: both ends are terminals.

    Otherwise piped bytes would be read as answers, or the prompts drawn into a
    redirected file where no one sees them. A dumb terminal gets the plain quiz.
    """
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or missing streams
        return False


def gather(options: QuizOptions, bank: QuestionBank) -> tuple[Asker, dict[str, Answer]]:
    """Check what can be checked before the first question; the asker and the given answers."""
    if options.save is not None:
        from therapy_guide.quiz.saving import check_target

        check_target(options.save, force=options.force)  # so no one answers in vain
    interactive = not options.no_input and is_interactive()
    source = options.answers_source
    if source is None and options.no_input:
        raise UsageError(w.NO_INPUT_NEEDS_ANSWERS, hint=w.ANSWER_FROM_A_FILE)
    if source is None and not interactive:
        raise UsageError(w.NEEDS_TERMINAL, hint=w.ANSWER_FROM_A_FILE)
    given: dict[str, Answer] = {}
    if source is not None:
        from therapy_guide.core.answers import check_answers, read_answers  # only with a file

        name = w.STANDARD_INPUT if source == "-" else source
        given = check_answers(bank, read_answers(source), source=name, complete=not interactive)
    if not interactive:
        return NoInputAsker(), given
    asker = person_asker(wants_plain(options))
    from therapy_guide.cli.launch import person_answering

    person_answering()  # the entry point's collector policy: collect again from here
    if not given:
        asker.say(w.PLAIN_INTRO if wants_plain(options) else w.INTRO)
    return asker, given


def person_asker(plain: bool) -> PersonAsker:
    if plain:
        from therapy_guide.quiz.line_asker import PlainAsker

        return PlainAsker()
    from therapy_guide.console.ascii import is_utf8
    from therapy_guide.quiz.prompt_asker import PromptAsker

    return PromptAsker(ascii_only=not is_utf8(sys.stdout))


def run(options: QuizOptions) -> None:
    """Run the quiz once, show the result in the chosen format, and save it if asked.

    Scoring, the result's views and the crisis lines load after the last answer, so the
    first prompt comes sooner. A region given (--region, THERAPY_GUIDE_REGION) is checked
    before the first question, so a warning about it comes at the top; it never stops
    the quiz. Without one, the region is chosen after the last answer.
    """
    bank = question_bank()
    plain = wants_plain(options)
    if not plain:
        ask_and_show(options, bank, plain=False)
        return
    from therapy_guide.cli.exits import exit_codes

    with exit_codes(plain=True):  # no style codes in any message either
        ask_and_show(options, bank, plain=True)


def ask_and_show(options: QuizOptions, bank: QuestionBank, *, plain: bool) -> None:
    """The quiz's steps after the bank is loaded; PLAIN: the plain quiz's output, with no
    style codes and no box-drawn tables."""
    from therapy_guide.cli.options import choose_region

    region = (
        None if options.region is None else choose_region(options.region, strict=False, plain=plain)
    )
    try:
        asker, given = gather(options, bank)
        answers = interview(bank, asker, given)
    except (KeyboardInterrupt, EOFError):
        raise Cancelled(w.CANCELLED) from None
    # The result's modules and the crisis lines load after the last answer.
    from therapy_guide.views.result import result_view

    chosen = region or choose_region(None, strict=False, plain=plain)  # never stops
    report = make_report(bank, answers, chosen)
    if options.fmt is Format.text and is_person(asker) and not report.crisis:
        from therapy_guide.quiz.result_menu import result_menu

        report = result_menu(asker, bank, report, plain=plain)
    elif options.fmt is Format.text:
        emit(result_view(report, full=False), Format.text, plain=plain)  # a script's, or a crisis
    else:
        if is_person(asker) and not report.crisis:
            from therapy_guide.quiz.result_menu import show_decision, take_decision_check

            checked = take_decision_check(asker, bank, report)
            if checked is not None:
                report = checked
                show_decision(report, plain=plain)
        emit(result_view(report, full=True), options.fmt, plain=plain)
    if options.save is not None:
        from therapy_guide.quiz.saving import save_summary

        save_summary(
            options.save,
            report,
            force=options.force,
            plain=plain,
            language=options.save_language,
        )


def make_report(bank: QuestionBank, answers: Mapping[str, Answer], region: ChosenRegion) -> Report:
    """ANSWERS scored, and the Report of everything the result says in the current
    language, with the content it reads loaded here (views load nothing): the quiz's, a
    summary's in the other language, and the README picture's."""
    from therapy_guide.core.scoring import score
    from therapy_guide.views.report import build_report

    return build_report(
        bank,
        score(bank, answers),
        answers,
        region=region,
        elsewhere=crisis_directory().elsewhere,
        care=care(),
        article=comparison().source,
        questions_to_ask=provision().first_appointment,
    )


def is_person(asker: Asker) -> TypeGuard[PersonAsker]:
    """Whether a person answers at a terminal (not an answers file with --no-input)."""
    return not isinstance(asker, NoInputAsker)
