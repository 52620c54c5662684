"""Every quiz question, its options, and the points each answer carries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from therapy_guide.core import words as w
from therapy_guide.views.document import Block, Bullets, Entry, Paragraph, Title, View, versioned

if TYPE_CHECKING:
    from therapy_guide.core.content.quiz import Option, Question, QuestionBank


def option_line(question: Question, option: Option) -> str:
    if option.crisis:
        note = w.ENDS_WITH_CRISIS_HELP
    elif option.door is not None:
        note = w.SEE_FIRST_OPTION.format(who=option.door.who)
    else:
        points = option.points
        note = w.OPTION_POINTS.format(therapy=points.therapy, psychotherapy=points.psychotherapy)
    default = (
        f" [{w.DEFAULT}]" if question.kind == "single" and option is question.default_option else ""
    )
    return f"{option.id}: {option.label}{default} ({note})"


def question_document(question: Question) -> dict[str, object]:
    return {
        "id": question.id,
        "label": question.label,
        "text": question.text,
        "kind": question.kind,
        "required": question.required,
        "default": question.default_option.id if question.kind == "single" else None,
        "asked_if": question.asked_if.model_dump() if question.asked_if else None,
        "options": [
            {
                "id": o.id,
                "label": o.label,
                "points": o.points.model_dump(),
                "crisis": o.crisis,
                "because": o.because,
                "exclusive": o.exclusive,
                "urgency": o.urgency,
                "door": o.door.model_dump() if o.door else None,
            }
            for o in question.options
        ],
    }


def questions_view(bank: QuestionBank) -> View:
    blocks: list[Block] = [
        Title(w.QUESTIONS_TITLE),
        Paragraph(w.QUESTIONS_INTRO.format(margin=bank.scoring.margin)),
    ]
    for number, q in enumerate(bank.questions, start=1):
        flags = [w.KINDS[q.kind], w.REQUIRED if q.required else w.OPTIONAL]
        if q.asked_if:
            flags.append(w.ASKED_IF.format(question=q.asked_if.question, option=q.asked_if.option))
        body = (
            Paragraph(f"({', '.join(flags)})", "muted"),
            Paragraph(q.text),
            Bullets(tuple(option_line(q, o) for o in q.options)),
        )
        blocks.append(Entry(f"{number}. {q.id}", body))
    document = versioned(
        margin=bank.scoring.margin, questions=[question_document(q) for q in bank.questions]
    )
    return View(tuple(blocks), document)
