"""The quiz command's path: choose the source of answers, run the one flow, show, save.

Kept out of cli.py so that questionary and the quiz's content load only when the quiz
runs. Answers come from a person at a terminal, from a file, or from both (the file's
answers first, the rest asked); never from flags or the environment.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from therapy_guide.answers import check_answers, read_answers
from therapy_guide.content import crisis_directory, question_bank
from therapy_guide.content.safety import Region
from therapy_guide.documents import write_json
from therapy_guide.errors import Cancelled, UsageError
from therapy_guide.interview import Asker, NoInputAsker, PromptAsker, interview
from therapy_guide.plaintext import is_utf8
from therapy_guide.report import Report, build, rich_decision, to_json, to_markdown, to_rich
from therapy_guide.scoring import Answer, score

INTRO = (
    "The quiz takes about 3 minutes. Press Enter to accept a default, Ctrl-C to stop at "
    "any time. Nothing is saved unless you ask."
)
CANCELLED = "Quiz cancelled; nothing was saved."
NEEDS_TERMINAL = "the quiz asks its questions at an interactive terminal"
NEEDS_TERMINAL_HINT = (
    "To answer from a file instead: therapy-guide quiz --answers answers.json --no-input\n"
    "See the question and option ids with: therapy-guide questions"
)


def is_interactive() -> bool:
    """True when a person can answer prompts: both ends are terminals and TERM is not dumb.

    Otherwise prompt_toolkit would read piped bytes as keystrokes, or draw the prompts
    into a redirected file where no one sees them.
    """
    if os.environ.get("TERM", "") == "dumb":
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or missing streams
        return False


def run(
    *,
    answers_source: str | None,
    no_input: bool,
    fmt: str,
    save: Path | None,
    force: bool,
    region: Callable[[], tuple[str, Region]],
) -> None:
    """Run the quiz once, show the result in FMT, and save it if asked.

    REGION is resolved only after the last answer, so its data loads after the prompts.
    """
    if save is not None:
        from therapy_guide.export import check_target

        check_target(save, force=force)  # before any question, so no one answers in vain
    interactive = not no_input and is_interactive()
    if answers_source is None and no_input:
        raise UsageError(
            "--no-input means no question is asked, so it needs --answers FILE.",
            hint=NEEDS_TERMINAL_HINT,
        )
    if answers_source is None and not interactive:
        why = "TERM=dumb" if os.environ.get("TERM") == "dumb" else "input or output is not one"
        raise UsageError(f"{NEEDS_TERMINAL} ({why}).", hint=NEEDS_TERMINAL_HINT)
    bank = question_bank()
    given: dict[str, Answer] = {}
    if answers_source is not None:
        source = "standard input" if answers_source == "-" else answers_source
        given = check_answers(
            bank, read_answers(answers_source), source=source, complete=not interactive
        )
    asker: Asker
    try:
        if interactive:
            asker = PromptAsker(ascii_only=not is_utf8(sys.stdout))
            if not given:
                asker.say(INTRO)
        else:
            asker = NoInputAsker()
        final = interview(bank, asker, given)
        # Rich and the crisis lines load after the questions: the first prompt comes sooner.
        from therapy_guide.terminal import out

        console = out()
        code, chosen_region = region()
        directory = crisis_directory()
        result = score(bank, final)

        def make(decision: dict[str, bool] | None = None) -> Report:
            return build(
                bank,
                result,
                final,
                region_code=code,
                region=chosen_region,
                elsewhere=directory.elsewhere,
                decision=decision,
            )

        report = make()
        if fmt == "text":
            console.print(to_rich(report))
    except (KeyboardInterrupt, EOFError):
        raise Cancelled(CANCELLED) from None
    if isinstance(asker, PromptAsker) and result.suggestion != "crisis" and bank.decision_check:
        # The result is already on screen: stopping here skips this optional check and
        # loses nothing, so --save and --format still happen.
        try:
            decision = asker.decision_check(bank.decision_check)
        except (KeyboardInterrupt, EOFError):
            decision = None
            console.print("Skipped the decision check.", style="muted")
        if decision is not None:
            report = make(decision)
            if fmt == "text" and report.decision is not None:
                console.print(rich_decision(report.decision))
    if fmt == "json":
        write_json(to_json(report))
    elif fmt == "markdown":
        sys.stdout.write(to_markdown(report))
    if save is not None:
        from therapy_guide.export import save as write

        write(save, report, force=force)
        from therapy_guide.terminal import err

        err().print(
            f"Saved your result to {save.resolve()}. Only you can read it (mode 0600); it holds "
            "sensitive information, so keep it somewhere private.",
            style="muted",
            markup=False,
        )
