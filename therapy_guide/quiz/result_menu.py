"""After the result, at a terminal: the card, then a menu until the person is done.

The card fits one screen; every reason, the comparison, the SURE check and saving a
summary are each one choice away, and each comes back to the menu. What is taller than
the screen goes through the pager, as the reading commands' text does (not in the plain
quiz). Stopping (Ctrl-C, Ctrl-D) at the menu is the same as "done": the result is
already on screen and nothing is lost. Stopping inside a choice comes back to the menu.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from therapy_guide.core import words as w
from therapy_guide.core.content.quiz import QuestionBank
from therapy_guide.core.errors import UsageError
from therapy_guide.core.language import Language
from therapy_guide.quiz.person_asker import PersonAsker
from therapy_guide.render import Format, emit, first_fitting
from therapy_guide.views.report import Report, decision_outcome
from therapy_guide.views.result import (
    card_views,
    closing_view,
    decision_view,
    reasons_view,
)

REASONS, COMPARE, SURE, SAVE, DONE = "reasons", "compare", "sure", "save", "done"
MENU_FRAME = 3  # the menu's question, its hint and the line the cursor waits on
MENU_INDENT = 7  # " ❯ 5) " before each choice, and a column to spare


def default_summary_name(today: date | None = None, folder: Path | None = None) -> str:
    """Today's name for a summary in FOLDER (the current one): the first of
    therapy-guide-result-DAY.md, ...-2.md, ...-3.md that is not there yet."""
    day = (today or date.today()).isoformat()
    number = 1
    while True:
        again = w.SUMMARY_AGAIN.format(number=number) if number > 1 else ""
        name = w.SUMMARY_NAME.format(day=day, again=again)
        if not (folder or Path()).joinpath(name).exists():
            return name
        number += 1


def save_problem(typed: str) -> str | None:
    """Why a typed name will not do as a summary file, or None when it will."""
    from therapy_guide.quiz.saving import check_target

    try:
        check_target(Path(typed.strip()).expanduser(), force=False)
    except UsageError as error:
        return error.message
    return None


def ask_and_save(asker: PersonAsker, report: Report, *, plain: bool = False) -> None:
    """Ask where, then write the summary with --save's private rules; Ctrl-C writes nothing."""
    from therapy_guide.cli.exits import message
    from therapy_guide.quiz.saving import save_summary

    try:
        language = summary_language(asker)
        typed = asker.ask_path(w.SAVE_WHERE, default_summary_name(), save_problem)
    except (KeyboardInterrupt, EOFError):
        typed = ""
    if not typed.strip():  # Ctrl-C, or the name emptied: back to the menu
        asker.say(w.SAVE_CANCELLED)
        return
    path = Path(typed.strip()).expanduser()
    try:
        save_summary(path, report, force=False, plain=plain, language=language)
    except UsageError as error:  # the file appeared since it was checked
        message(error.message, plain=plain)


def summary_language(asker: PersonAsker) -> Language:
    """The summary's language: the guide's, or, when the guide is not in English, the one
    the person picks (its own first), so a clinician who reads English can read it."""
    from therapy_guide.core.language import ENGLISH, NAMES, current

    spoken = current()
    if spoken == ENGLISH:
        return spoken
    offered = [(spoken, NAMES[spoken]), (ENGLISH, NAMES[ENGLISH])]
    picked = asker.pick(w.SAVE_LANGUAGE, offered, spoken)
    return ENGLISH if picked == ENGLISH else spoken


def choices(bank: QuestionBank, report: Report) -> list[tuple[str, str]]:
    """The menu: every reason (when there is one to see), the comparison, the SURE check
    (when the bank has one), save, done."""
    count = len(report.result.reasons)
    shown: list[tuple[str, str]] = []
    if count:
        every = w.MENU_REASONS_AND_CHECK if report.result.screen else w.MENU_REASONS
        shown.append((REASONS, every.format(count=count)))
    elif report.result.screen:
        shown.append((REASONS, w.MENU_CHECK))
    shown.append((COMPARE, w.MENU_COMPARE))
    if bank.decision_check is not None:
        shown.append((SURE, w.MENU_SURE))
    return [*shown, (SAVE, w.MENU_SAVE), (DONE, w.MENU_DONE)]


def menu_rows(bank: QuestionBank, report: Report) -> int:
    """The rows the menu takes on this terminal: its frame, and each choice as it wraps
    after its marker and number."""
    import sys
    import textwrap

    from therapy_guide.console.screen import size

    width = max(size(sys.stdout).columns - MENU_INDENT, 10)
    labels = [label for _, label in choices(bank, report)]
    return MENU_FRAME + sum(len(textwrap.wrap(label, width)) for label in labels)


def show_comparison(*, paged: bool, plain: bool = False) -> None:
    from therapy_guide.core.content import comparison
    from therapy_guide.views.compare import compare_view

    emit(compare_view(comparison(), full=False), Format.text, paged=paged, plain=plain)


def take_decision_check(
    asker: PersonAsker, bank: QuestionBank, report: Report, *, offer: bool = True
) -> Report | None:
    """The SURE check, first OFFERed unless it was just chosen: a new REPORT with its
    outcome, or None if skipped or stopped. Asks, and shows nothing itself."""
    if bank.decision_check is None:
        return None
    try:
        replies = asker.decision_check(bank.decision_check, offer=offer)
    except (KeyboardInterrupt, EOFError):
        replies = None
    if replies is None:
        asker.say(w.DECISION_SKIPPED)
        return None
    return replace(report, decision=decision_outcome(bank, replies))


def show_decision(report: Report, *, plain: bool = False) -> None:
    """The SURE check's outcome, when it was taken."""
    if report.decision is not None:
        emit(decision_view(report.decision), Format.text, plain=plain)


def result_menu(
    asker: PersonAsker,
    bank: QuestionBank,
    report: Report,
    *,
    plain: bool = False,
) -> Report:
    """Show the card and the menu until done; the report, with the SURE outcome if taken.
    PLAIN: the plain quiz's, with no style codes and no box-drawn tables."""
    # The card and the menu share one screen: a longer card scrolls the suggestion away.
    card = first_fitting(card_views(report), spare=menu_rows(bank, report), plain=plain)
    emit(card, Format.text, plain=plain)
    while True:
        try:
            choice = asker.pick(w.MENU, choices(bank, report), DONE, record=False)
        except (KeyboardInterrupt, EOFError):
            choice = DONE
        if choice == REASONS:
            emit(reasons_view(report), Format.text, paged=asker.uses_pager, plain=plain)
        elif choice == COMPARE:
            show_comparison(paged=asker.uses_pager, plain=plain)
        elif choice == SURE:
            checked = take_decision_check(asker, bank, report, offer=False)
            if checked is not None:
                report = checked
                show_decision(report, plain=plain)
        elif choice == SAVE:
            ask_and_save(asker, report, plain=plain)
        else:
            break
    emit(closing_view(report), Format.text, plain=plain)
    return report
