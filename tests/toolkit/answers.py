"""Answers built from the question bank (rather than written out, so that a content edit does
not silently change what a test means), the bank as a script reads it, and answers files.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from therapy_guide.core import content
from therapy_guide.core.asking import Answer, is_asked
from toolkit.places import Document
from toolkit.running import invoke

if TYPE_CHECKING:
    from therapy_guide.core.content.quiz import Option, Question, QuestionBank


# --- the question bank and answers built from it -------------------------------------

Lean = Literal["therapy", "psychotherapy"]
Leaning = Literal["therapy", "psychotherapy", "either", "crisis"]


def lean_of(option: Option) -> int:
    """Psychotherapy points minus therapy points: positive leans toward psychotherapy."""
    return int(option.points.psychotherapy - option.points.therapy)


def toward(lean: Lean) -> Callable[[Option], int]:
    """How strongly an option leans toward LEAN (bigger is more)."""
    sign = 1 if lean == "psychotherapy" else -1
    return lambda option: sign * lean_of(option)


def default_answers(bank: QuestionBank | None = None) -> dict[str, Answer]:
    """What Enter at every prompt gives: each default, and nothing ticked in a checkbox."""
    bank = bank or content.question_bank()
    answers: dict[str, Answer] = {}
    for q in bank.questions:
        if is_asked(q, answers):
            answers[q.id] = () if q.kind == "multiple" else q.default_option.id
    return answers


def last(ids: Sequence[str]) -> str:
    return ids[-1]


def leaning_answers(
    lean: Lean, bank: QuestionBank | None = None, *, pick: Callable[[Sequence[str]], str] = last
) -> dict[str, Answer]:
    """The answers that lean furthest toward LEAN, as the quiz would take them.

    A multiple question gets every option that leans that way at all. A single question
    gets the option that leans furthest, counting for an option that opens more questions
    (asked_if) the most those questions can add; the safety question never gets its
    crisis option. Among options that lean equally far, PICK chooses (by their ids, in
    the bank's order): by default the LAST (a scale's top step; "no" to an opt-in that
    would add nothing), so the psychotherapy answers opt in to the symptom check and the
    therapy ones do not. A test may draw any of them instead.
    """
    bank = bank or content.question_bank()
    weight = toward(lean)

    def reach(question: Question) -> int:
        return max((value(question, o) for o in question.options if not o.crisis), default=0)

    def value(question: Question, option: Option) -> int:
        opened = [
            q
            for q in bank.questions
            if q.asked_if is not None
            and (q.asked_if.question, q.asked_if.option) == (question.id, option.id)
        ]
        return weight(option) + sum(reach(q) for q in opened)

    answers: dict[str, Answer] = {}
    for q in bank.questions:
        if not is_asked(q, answers):
            continue
        options = [o for o in q.options if not o.crisis]
        if q.kind == "multiple":
            answers[q.id] = tuple(o.id for o in options if weight(o) > 0)
        else:
            best = max(value(q, o) for o in options)
            answers[q.id] = pick([o.id for o in options if value(q, o) == best])
    return answers


def answers_leading_to(leaning: Leaning, bank: QuestionBank | None = None) -> dict[str, Answer]:
    """Answers that reach LEANING: the leaning answers for therapy and psychotherapy, every
    default for 'either', and the crisis option of the safety question for 'crisis'."""
    bank = bank or content.question_bank()
    if leaning == "crisis":
        safety = bank.question(bank.safety)
        assert safety is not None
        return {safety.id: next(o.id for o in safety.options if o.crisis)}
    if leaning == "either":
        return default_answers(bank)
    return leaning_answers(leaning, bank)


def add_questions(data: Path, count: int) -> None:
    """Append COUNT questions to the question bank in the copy of data/ at DATA, each
    always asked, with a label and options as long as the bank allows: a bank grown
    beyond today's, for the screens that must still fit."""
    extra = "".join(
        f"""
[[questions]]
id = "added_{n}"
label = "An added question no {n:02}"
text = "Is this question number {n}, added to see the review fit the screen?"
default = "somewhat"

[[questions.options]]
id = "yes"
label = "Yes, and it matters a great deal to me"

[[questions.options]]
id = "somewhat"
label = "Somewhat, on some days more than others"
"""
        for n in range(1, count + 1)
    )
    path = data / "questions.toml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


# --- the question bank as a script reads it (`questions --format json`) ---------------


@cache
def _published_text() -> str:
    done = invoke("questions", "--format", "json")
    assert done.exit_code == 0, done.stderr
    return done.stdout


def published_bank() -> Document:
    """`therapy-guide questions --format json`, as a script would read it (a fresh copy
    each time: the run is made once, the document is never shared)."""
    bank: Document = json.loads(_published_text())
    return bank


def published_questions() -> list[Document]:
    return list(published_bank()["questions"])


def published_question(question_id: str) -> Document:
    return next(q for q in published_questions() if q["id"] == question_id)


def option_ids(q: Document) -> list[str]:
    return [o["id"] for o in q["options"]]


def picked(answer: object) -> list[object]:
    """An answer from a file as the list of what it picks."""
    return list(answer) if isinstance(answer, list | tuple) else [answer]


def applies(q: Document, answers: Mapping[str, object]) -> bool:
    """Whether a published question is asked, given the answers so far (its asked_if)."""
    cond = q.get("asked_if")
    return not cond or cond["option"] in picked(answers.get(cond["question"]))


def expected_scores(answers: Mapping[str, object]) -> dict[str, int]:
    """The totals the published points promise for these answers."""
    totals = {"therapy": 0, "psychotherapy": 0}
    for q in published_questions():
        if q["id"] not in answers or not applies(q, answers):
            continue
        for o in q["options"]:
            if o["id"] in picked(answers[q["id"]]):
                totals["therapy"] += o["points"]["therapy"]
                totals["psychotherapy"] += o["points"]["psychotherapy"]
    return totals


# --- answers files -------------------------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string of ASCII text is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_text(answers: Mapping[str, object]) -> str:
    """ANSWERS as a TOML document: one `key = value` line each, keys always quoted."""
    return "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in answers.items())


def write_answers(path: Path, answers: Mapping[str, object]) -> Path:
    """Write ANSWERS as JSON or TOML, by PATH's extension."""
    text = toml_text(answers) if path.suffix == ".toml" else json.dumps(answers, indent=2)
    path.write_text(text, encoding="utf-8")
    return path
