"""Saving a result privately: markdown, HTML or JSON by extension, mode 0600, no overwrite.

The file is written to a temporary file in the same folder (created 0600 by mkstemp) and
then linked or renamed into place, so a reader never sees half a file and an existing
file is never replaced without --force.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.core.errors import UsageError
from therapy_guide.render import Format, render
from therapy_guide.views.document import View

if TYPE_CHECKING:
    from therapy_guide.core.language import Language
    from therapy_guide.views.report import Report


def already_exists(path: Path) -> UsageError:
    return UsageError(w.ALREADY_EXISTS.format(path=path), hint=w.ALREADY_EXISTS_HINT)


def check_target(path: Path, *, force: bool) -> None:
    """Refuse a bad --save target before the quiz starts, so no one answers in vain."""
    if Format.from_suffix(path.suffix) is None:
        raise UsageError(w.SAVE_NAMES.format(path=path), hint=w.SAVE_NAMES_HINT)
    if not path.parent.is_dir():
        raise UsageError(
            w.SAVE_NO_FOLDER.format(path=path, folder=path.parent), hint=w.SAVE_NO_FOLDER_HINT
        )
    if path.is_dir():
        raise UsageError(w.SAVE_IS_FOLDER.format(path=path))
    if not os.access(path.parent, os.W_OK):
        raise UsageError(
            w.SAVE_NOT_WRITABLE.format(path=path, folder=path.parent),
            hint=w.SAVE_NOT_WRITABLE_HINT,
        )
    if path.exists() and not force:
        raise already_exists(path)


def save(path: Path, view: View, *, force: bool) -> None:
    """Write the view to PATH as 0600, atomically; never overwrite unless force."""
    check_target(path, force=force)
    fmt = Format.from_suffix(path.suffix) or Format.markdown  # checked just above
    body = render(view, fmt).encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".therapy-guide-", suffix=".tmp")
    except OSError as exc:
        raise UsageError(w.SAVE_FAILED.format(path=path, why=exc.strerror)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            Path(tmp).replace(path)
        else:
            try:
                path.hardlink_to(tmp)  # fails if the target appeared meanwhile: never clobber
            except FileExistsError:
                raise already_exists(path) from None
            except OSError:  # no hard links here (FAT, some network drives)
                check_target(path, force=False)
                Path(tmp).replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()


def save_summary(
    path: Path,
    report: Report,
    *,
    force: bool,
    plain: bool = False,
    language: Language | None = None,
) -> None:
    """Write REPORT's summary for a first appointment to PATH, and say where it is.

    In LANGUAGE, when given and not the guide's own (--save-lang): the same answers,
    result and region, said again in that language, so that a person can hand a
    clinician a summary the clinician can read."""
    from therapy_guide.cli.exits import message
    from therapy_guide.core.language import current, speaking
    from therapy_guide.views.summary import summary_view

    with speaking(language or current()):
        if language not in (None, report.language):
            report = said_again(report)
        save(path, summary_view(report), force=force)
    message(w.SAVED.format(path=path.resolve()), style="muted", plain=plain)


def said_again(report: Report) -> Report:
    """REPORT in the current language: built again from its answers and region, with the
    SURE check's outcome (if taken) in the same words."""
    from dataclasses import replace

    from therapy_guide.core.content import crisis_directory, question_bank
    from therapy_guide.core.content.crisis import GivenRegion
    from therapy_guide.quiz.steps import make_report

    bank = question_bank()
    region = crisis_directory().choose(GivenRegion(report.region.code, report.region.source), {})
    again = make_report(bank, report.answers, region)
    again = replace(again, day=report.day, spoken_in=report.spoken_in)
    check = bank.decision_check
    if report.decision is None or check is None:
        return again
    decision = report.decision
    sentence = check.low if decision.unsure else check.high
    said = replace(decision, name=check.name, sentence=sentence, attribution=check.attribution)
    return replace(again, decision=said)
