"""Answers files: read a JSON or TOML document and check it against the question bank.

Every problem is collected and reported together, each naming the question id and the
valid choices, so a person or a script can fix the file in one go. Messages never echo
a value of the wrong type back: it could be anything a person typed.
"""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, choices_of, is_asked
from therapy_guide.core.content.quiz import NO, YES, Question, QuestionBank
from therapy_guide.core.errors import AnswersError, UsageError

SUFFIXES = (".json", ".toml")
# An answers file is a few hundred bytes: read at most this much (w.ANSWERS_TOO_LARGE).
MAX_BYTES = 1024 * 1024
# Opening never waits (a FIFO without a writer) or takes a terminal as the controlling one.
# Windows has neither flag (nor FIFOs), and needs O_BINARY.
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
OPEN_FLAGS = os.O_RDONLY | NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_answers(source: str) -> dict[str, Any]:
    """Read an answers file (JSON or TOML by extension), or JSON from stdin for '-'.

    Only a regular file is read, and at most MAX_BYTES of it or of stdin: a device, a FIFO
    or a huge file is refused before it can hang the guide or fill the memory.
    """
    name = w.STANDARD_INPUT if source == "-" else source
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw = _read_at_most(stream, name) if stream is not None else b""
        if not raw.strip():
            raise AnswersError([w.ANSWERS_EMPTY], source=name, hint=w.ANSWERS_HINT)
        return _parse(_decode(raw, name), "json", name)
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise AnswersError(
            [w.ANSWERS_SUFFIX.format(suffix=suffix or w.NO_EXTENSION)],
            source=name,
            hint=w.ANSWERS_SUFFIX_HINT,
        )
    try:
        raw = _read_regular_file(path, name)
    except FileNotFoundError:
        raise AnswersError([w.ANSWERS_MISSING], source=name) from None
    except OSError as exc:
        raise AnswersError([w.ANSWERS_UNREADABLE.format(why=exc.strerror)], source=name) from None
    return _parse(_decode(raw, name), suffix.lstrip("."), name)


def _read_regular_file(path: Path, name: str) -> bytes:
    """The bytes of PATH if it is a regular file (after symlinks) of at most MAX_BYTES.

    Checked before opening, so a device is never opened; then opened without waiting and
    checked again on the open file, so a file swapped in between is caught too and the
    check and the read are on the same file.
    """
    _check_regular(path.stat(), name)
    fd = os.open(path, OPEN_FLAGS)
    try:
        _check_regular(os.fstat(fd), name)
        if NONBLOCK:  # os.set_blocking is Unix-only before Python 3.12
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    with open(fd, "rb") as file:  # noqa: PTH123 (a file descriptor, not a path)
        return _read_at_most(file, name)


def _check_regular(status: os.stat_result, name: str) -> None:
    if not stat.S_ISREG(status.st_mode):
        kinds = (word for test, word in w.FILE_KINDS.items() if getattr(stat, test)(status.st_mode))
        kind = next(kinds, w.FILE_KIND_OTHER)
        raise UsageError(
            w.ANSWERS_NOT_A_FILE.format(name=name, kind=kind), hint=w.ANSWERS_GIVE_A_FILE
        )
    if status.st_size > MAX_BYTES:
        raise UsageError(w.ANSWERS_TOO_LARGE.format(name=name))


def _read_at_most(stream: IO[bytes], name: str) -> bytes:
    """All of STREAM if it holds at most MAX_BYTES; reads MAX_BYTES + 1 bytes, never more."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        chunk = stream.read(MAX_BYTES + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > MAX_BYTES:
        raise UsageError(w.ANSWERS_TOO_LARGE.format(name=name))
    return b"".join(chunks)


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnswersError(
            [w.ANSWERS_NOT_UTF8.format(offset=exc.start)],
            source=name,
            hint=w.ANSWERS_NOT_UTF8_HINT,
        ) from None


def _parse(text: str, kind: str, name: str) -> dict[str, Any]:
    import json  # only with --answers: the first prompt does not wait for it

    try:
        doc: object = json.loads(text) if kind == "json" else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        problem = w.ANSWERS_NOT_JSON.format(problem=exc.msg, line=exc.lineno, column=exc.colno)
        raise AnswersError([problem], source=name, hint=w.ANSWERS_HINT) from None
    except tomllib.TOMLDecodeError as exc:
        problem = w.ANSWERS_NOT_TOML.format(problem=exc)
        raise AnswersError([problem], source=name, hint=w.ANSWERS_HINT) from None
    except RecursionError:
        raise AnswersError([w.ANSWERS_TOO_DEEP], source=name, hint=w.ANSWERS_HINT) from None
    if not isinstance(doc, dict):
        raise AnswersError([w.ANSWERS_NOT_AN_OBJECT], source=name, hint=w.ANSWERS_HINT)
    return doc


def shown(value: str) -> str:
    """A string from the file, quoted with control characters escaped: never raw to a terminal."""
    return ascii(value) if not value.isprintable() else repr(value)


def json_kind(value: object) -> str:
    """A value's type in the words of JSON (and TOML), not Python's."""
    if isinstance(value, bool):
        return w.JSON_KINDS["bool"]
    if isinstance(value, int | float):
        return w.JSON_KINDS["number"]
    if value is None:
        return w.JSON_KINDS["null"]
    if isinstance(value, list):
        return w.JSON_KINDS["list"]
    if isinstance(value, dict):
        return w.JSON_KINDS["object"]
    return w.JSON_KINDS["string" if isinstance(value, str) else "date"]


def _check_one(question: Question, value: object) -> tuple[Answer | None, list[str]]:
    # Name the question and its choices, never the value: it is what a person answered.
    qid, choices = question.id, w.ANSWER_CHOICES.format(choices=choices_of(question))
    if question.confirm and isinstance(value, bool):
        return (YES if value else NO), []  # true/false read naturally for yes/no
    if question.kind == "single":
        if not isinstance(value, str):
            kind = json_kind(value)
            return None, [w.TAKES_ONE_ID.format(question=qid, kind=kind, choices=choices)]
        if question.option(value) is None:
            return None, [w.NOT_AN_OPTION.format(question=qid, choices=choices)]
        return value, []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        example, kind = question.options[0].id, json_kind(value)
        said = w.TAKES_A_LIST.format(question=qid, example=example, kind=kind, choices=choices)
        return None, [said]
    unknown = [v for v in value if question.option(v) is None]
    if unknown:
        count = len(unknown)
        which = w.ONE_ID_UNKNOWN if count == 1 else w.IDS_UNKNOWN.format(count=count)
        return None, [w.NOT_AMONG_OPTIONS.format(question=qid, which=which, choices=choices)]
    picked = tuple(dict.fromkeys(value))
    alone = [o.id for o in question.picked(picked) if o.exclusive]
    if alone and len(picked) > 1:
        return None, [w.PICKED_WITH_OTHERS.format(question=qid, option=alone[0], choices=choices)]
    return picked, []


def crisis_answer(bank: QuestionBank, raw: Mapping[str, object]) -> str | None:
    """The crisis option, if the file's safety answer asks for help, read leniently.

    A person who asks for help must get the crisis lines even if the rest of the file is
    wrong, or the answer is written as true or "Yes".
    """
    safety = bank.question(bank.safety)
    value = raw.get(bank.safety)
    if safety is None or value is None:
        return None
    if isinstance(value, bool):
        value = YES if value else NO
    if not isinstance(value, str):
        return None
    option = safety.option(value.strip().lower())
    return option.id if option is not None and option.crisis else None


def check_answers(
    bank: QuestionBank, raw: Mapping[str, object], *, source: str, complete: bool
) -> dict[str, Answer]:
    """Validate raw answers against the bank; raise AnswersError listing every problem.

    A safety answer that asks for help wins over everything else in the file. Otherwise,
    with complete=True, every question that applies must be answered if it is required,
    or if the person opted in to it (asked_if met).
    """
    crisis = crisis_answer(bank, raw)
    if crisis is not None:
        return {bank.safety: crisis}
    problems: list[str] = []
    answers: dict[str, Answer] = {}
    known = ", ".join(q.id for q in bank.questions)
    for qid, value in raw.items():
        question = bank.question(qid)
        if question is None:
            problems.append(w.NO_SUCH_QUESTION.format(question=shown(qid), known=known))
            continue
        answer, found = _check_one(question, value)
        problems += found
        if answer is not None:
            answers[qid] = answer
    for q in bank.questions:
        asked = is_asked(q, answers)
        if q.id in answers and not asked and q.asked_if is not None:
            cond = q.asked_if
            said = w.ASKED_ONLY_WHEN.format(question=q.id, other=cond.question, option=cond.option)
            problems.append(said)
        wanted = q.required or q.asked_if is not None
        if complete and asked and wanted and q.id not in raw:
            problems.append(w.NOT_ANSWERED.format(question=q.id, choices=choices_of(q)))
    if problems:
        raise AnswersError(problems, source=source, hint=w.ANSWERS_HINT)
    return answers
