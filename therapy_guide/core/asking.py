"""Walking the question bank with a person's answers: what is asked, in what words.

Which questions apply given the answers so far (their asked_if conditions), whether the
safety answer asks for help, and answers in the words the person saw. Kept apart from
scoring so that the interview, which needs only this, reaches its first question sooner.
"""

from __future__ import annotations

from collections.abc import Mapping

from therapy_guide.core import words as w
from therapy_guide.core.content.quiz import Question, QuestionBank

# question id -> option id (single) or a tuple of option ids (multiple)
Answer = str | tuple[str, ...]
Answers = Mapping[str, Answer]


def chosen(answer: Answer | None) -> tuple[str, ...]:
    """An answer as a tuple of option ids, whatever its kind."""
    if answer is None:
        return ()
    return (answer,) if isinstance(answer, str) else tuple(answer)


def answer_label(question: Question, answer: Answer | None) -> str:
    """An answer in the words the person saw: its option labels."""
    labels = [o.label for o in question.options if o.id in chosen(answer)]
    return ", ".join(labels) if labels else w.NO_ANSWER


def is_asked(question: Question, answers: Answers) -> bool:
    """Whether a question applies, given the answers so far (its asked_if condition)."""
    cond = question.asked_if
    return cond is None or cond.option in chosen(answers.get(cond.question))


def applicable(bank: QuestionBank, answers: Answers) -> list[Question]:
    """The questions that apply to this person, in order."""
    return [q for q in bank.questions if is_asked(q, answers)]


def is_crisis(bank: QuestionBank, answers: Answers) -> bool:
    safety = bank.question(bank.safety)
    assert safety is not None  # the bank's validator guarantees it
    return any(o.crisis for o in safety.options if o.id in chosen(answers.get(bank.safety)))


def choices_of(question: Question) -> str:
    return ", ".join(o.id for o in question.options)
