"""The plain quiz: complete lines, numbered options, answers typed and then Enter.

For dumb terminals (Emacs' shell, IDE consoles, serial lines) and screen readers, which
cannot follow arrow-key menus that redraw the screen. Each question is printed once:
its progress, the question, its help, the options numbered 1. to n., then a prompt line
that ends with a newline before anything is read, so a screen reader has it all. No
colour, no cursor movement, no escape byte at all.

A person types a number, a label or an id (y/yes/n/no for yes or no), or any whole word
or words of one option's label (`one_of`: a word that fits two options asks which was
meant); several separated by commas or spaces where several may be picked; or Enter
alone for the default. ? repeats the question, b goes back one question
(interview.GoBack), q quits (like Ctrl-C). A wrong entry says why and asks again; it
never moves on.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import TextIO, TypeVar

from therapy_guide.console import screen
from therapy_guide.console.wrapping import wrap
from therapy_guide.console.writing import write
from therapy_guide.core import words as w
from therapy_guide.core.content.quiz import NO, YES
from therapy_guide.quiz.interview import GoBack
from therapy_guide.quiz.person_asker import PersonAsker, Step

T = TypeVar("T")
TYPOGRAPHIC = str.maketrans("’‘“”", "''\"\"")  # what a keyboard types instead
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


class Unclear(Exception):
    """A typed entry that is no answer to the question; its message says why. With
    WHOLE_WORDS, the message is wrapped only at spaces: it names a path to copy."""

    def __init__(self, message: str, *, whole_words: bool = False) -> None:
        super().__init__(message)
        self.whole_words = whole_words


def normal(text: str) -> str:
    """Typed words and labels compared as a reader sees them: case, spacing, quotes, a full stop."""
    text = text.translate(TYPOGRAPHIC)
    return " ".join(text.casefold().split()).rstrip(".")


class PlainAsker(PersonAsker):
    """Asks in plain lines on stdout and reads whole lines from stdin.

    Reads with readline() rather than input(): the readline library, when loaded, may
    send escape codes (bracketed paste) to the terminal. Never pages: a pager draws on
    the screen, and a line at a time is the promise here.
    """

    uses_pager = False

    def __init__(self, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._blank = True  # whether the last line written was blank

    # --- lines out, lines in -------------------------------------------------------------

    def width(self) -> int:
        return max(screen.size(self._stdout or sys.stdout).columns - 1, 19)

    def write(self, lines: Sequence[str]) -> None:
        """Whole lines, flushed at once; never two blank lines in a row."""
        kept = []
        for line in lines:
            if not (line == "" and self._blank):
                kept.append(f"{line}\n")
            self._blank = line == ""
        write("".join(kept), self._stdout, flush=True)

    def wrapped(
        self, text: str, first: str = "", rest: str = "", *, whole_words: bool = False
    ) -> list[str]:
        """TEXT in lines that fit (wrapping.wrap); WHOLE_WORDS keeps a path whole."""
        return wrap(text, self.width(), first, rest, whole_words=whole_words)

    def say(self, text: str = "", *, whole_words: bool = False) -> None:
        self.write(self.wrapped(text, whole_words=whole_words))

    def fits(self, text: str, labels: Sequence[str]) -> bool:
        """A blank line, the question, the numbered options, the prompt line and the line
        typed, within the screen's rows."""
        options = sum(len(self.numbered(n, label)) for n, label in enumerate(labels, start=1))
        prompt = self.wrapped(w.PLAIN_PICK.format(default=len(labels)))
        rows = 1 + len(self.wrapped(text)) + options + len(prompt) + 1
        return rows <= screen.size(self._stdout or sys.stdout).lines

    def numbered(self, number: int, label: str) -> list[str]:
        mark = f"{number}. "
        return self.wrapped(label, mark, " " * len(mark))

    def record(self, text: str, answer: str) -> None:
        """The answer in words (the question is on screen already, and is not said twice)."""
        self.say(w.PLAIN_ANSWER.format(answer=answer))

    def read(self) -> str:
        line = (self._stdin or sys.stdin).readline()
        if not line:
            raise EOFError  # end of input: a cancel, as everywhere else
        return line.strip()

    # --- one question -------------------------------------------------------------------

    def show(self, text: str, step: Step | None, labels: Sequence[str] = ()) -> None:
        """The question once: a blank line, progress, the question, its help, its options."""
        lines = [""]
        if step is not None and step.progress:
            lines.append(step.progress)
        lines += self.wrapped(text)
        if step is not None and step.help:
            lines += self.wrapped(step.help)
        for number, label in enumerate(labels, start=1):
            lines += self.numbered(number, label)
        self.write(lines)

    def answer(
        self,
        show: Callable[[], None],
        prompt: str,
        step: Step | None,
        meaning: Callable[[str], T],
    ) -> T:
        """Show the question, then read lines until one means an answer (MEANING)."""
        show()
        while True:
            self.say(prompt)
            typed = self.read()
            word = typed.casefold()
            if word == w.PLAIN_REPEAT:
                show()
            elif word == w.PLAIN_QUIT:
                raise KeyboardInterrupt  # q is Ctrl-C typed as a word
            elif word == w.PLAIN_BACK and step is not None and step.back:
                raise GoBack
            elif word == w.PLAIN_BACK:
                self.say(w.PLAIN_NO_BACK)
            else:
                try:
                    return meaning(typed)
                except Unclear as unclear:
                    self.say(str(unclear), whole_words=unclear.whole_words)

    # --- the primitives -----------------------------------------------------------------

    def yes_no(self, text: str, default: bool, *, step: Step | None = None) -> bool:
        def meaning(typed: str) -> bool:
            word = normal(typed)
            if not word:
                return default
            if word in w.PLAIN_YES_WORDS.split() or word == normal(w.YES):
                return True
            if word in w.PLAIN_NO_WORDS.split() or word == normal(w.NO):
                return False
            raise Unclear(w.PLAIN_NOT_YES_NO.format(typed=typed))

        prompt = w.PLAIN_YES_NO.format(default=w.YES if default else w.NO)
        reply = self.answer(lambda: self.show(text, step), prompt, step, meaning)
        self.record(text, w.YES if reply else w.NO)
        return reply

    def pick(
        self,
        text: str,
        choices: Sequence[tuple[str, str]],
        default: str,
        *,
        record: bool = True,
        step: Step | None = None,
    ) -> str:
        def meaning(typed: str) -> str:
            if not typed:
                return default
            value = one_of(choices, typed, again)
            if value is None:
                raise Unclear(f"{w.PLAIN_NOT_A_CHOICE.format(typed=typed)} {again}")
            return value

        values = [value for value, _ in choices]
        again = w.PLAIN_TRY_AGAIN.format(count=len(choices))
        prompt = w.PLAIN_PICK.format(default=values.index(default) + 1)
        labels = [label for _, label in choices]
        value = self.answer(lambda: self.show(text, step, labels), prompt, step, meaning)
        if record:
            self.record(text, labels[values.index(value)])
        return value

    def pick_many(
        self,
        text: str,
        choices: Sequence[tuple[str, str]],
        checked: Sequence[str],
        *,
        step: Step | None = None,
    ) -> tuple[str, ...]:
        values = [value for value, _ in choices]
        again = w.PLAIN_TRY_AGAIN_MANY.format(count=len(choices))

        def meaning(typed: str) -> tuple[str, ...]:
            if not typed:
                picked = set(checked)
            elif normal(typed) in w.PLAIN_NONE_WORDS.split():
                picked = set()
            else:
                picked = set(many_of(choices, typed, again))
            return tuple(value for value in values if value in picked)  # in the options' order

        numbers = [str(values.index(value) + 1) for value in values if value in checked]
        prompt = w.PLAIN_PICK_MANY.format(default=", ".join(numbers) or w.PLAIN_NONE)
        labels = [label for _, label in choices]
        picked = self.answer(lambda: self.show(text, step, labels), prompt, step, meaning)
        said = [labels[values.index(value)] for value in picked]
        # "Your answer: A, B" reads once; the full-screen quiz says "You picked: A, B."
        self.record(text, ", ".join(said) if said else w.PLAIN_NONE)
        return picked

    def ask_path(self, text: str, default: str, problem: Callable[[str], str | None]) -> str:
        def meaning(typed: str) -> str:
            name = typed or default
            why = problem(name)
            if why is not None:
                raise Unclear(w.PLAIN_NO_ANSWER.format(why=why), whole_words=True)
            return name

        prompt = w.PLAIN_PATH.format(default=default)
        name = self.answer(lambda: self.show(text, None), prompt, None, meaning)
        self.record(text, name)
        return name


def words_in(text: str) -> list[str]:
    """TEXT's words as a typed answer is compared with them: "Can't stop worrying" gives
    can't, stop, worrying; an id's underscores part its words (rather_not_say)."""
    return WORD.findall(normal(text.replace("_", " ")))


def names(value: str, label: str) -> list[list[str]]:
    """Every run of words that can name an option: its label, its id, and the words a
    person may type for yes or no (y, n; in Spanish s, sí, si too) for an option that says
    yes or no: its id starts with the yes or no id, or its label with a word for yes or
    no ("No, I want to look at my past", "Sí, ...")."""
    label_words, id_words = words_in(label), words_in(value)
    said = [label_words, id_words]
    for option, typed in ((YES, w.PLAIN_YES_WORDS), (NO, w.PLAIN_NO_WORDS)):
        spoken = words_in(typed)
        if id_words[:1] == [option] or set(label_words[:1]) & set(spoken):
            said += [[word] for word in spoken]
    return said


def within(phrase: list[str], words: list[str]) -> bool:
    """Whether PHRASE is a run of whole words of WORDS."""
    size = len(phrase)
    return any(words[at : at + size] == phrase for at in range(len(words) - size + 1))


def one_of(choices: Sequence[tuple[str, str]], typed: str, again: str) -> str | None:
    """The value TYPED names: its number; its whole label or id; else any whole word or
    run of words of its label or id (or y/n for a yes or a no), if only it has them.
    None if it names none.

    A number out of range is Unclear at once, saying which numbers there are, then AGAIN;
    words that fit two or more options are Unclear too, naming them by number.
    """
    typed = typed.strip()
    if typed.isdigit():
        number = int(typed)
        if 1 <= number <= len(choices):
            return choices[number - 1][0]
        raise Unclear(f"{w.PLAIN_NOT_A_NUMBER.format(typed=typed, count=len(choices))} {again}")
    phrase = words_in(typed)
    if not phrase:
        return None
    whole = [v for v, label in choices if phrase in names(v, label)[:2]]
    if whole:
        return whole[0]
    fits = [
        n for n, (v, label) in enumerate(choices) if any(within(phrase, x) for x in names(v, label))
    ]
    if len(fits) == 1:
        return choices[fits[0]][0]
    if fits:
        which = w.OR.join(w.PLAIN_CHOICE.format(number=n + 1, label=choices[n][1]) for n in fits)
        raise Unclear(w.PLAIN_WHICH.format(typed=typed, choices=which))
    return None


def many_of(choices: Sequence[tuple[str, str]], typed: str, again: str) -> list[str]:
    """The values TYPED names, separated by commas or spaces: numbers, ids, labels or their
    words, which may hold commas and spaces of their own (the longest that fits wins)."""
    parts = typed.split(",")
    found: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            try:
                whole = one_of(choices, ",".join(parts[start:end]), again)
            except Unclear:
                if end > start + 1:
                    continue  # several parts that fit many options: try fewer
                whole = None
            if whole is not None:
                found.append(whole)
                start = end
                break
        else:
            for piece in parts[start].split():
                value = one_of(choices, piece, again)
                if value is None:
                    said = parts[start].strip()
                    raise Unclear(f"{w.PLAIN_NOT_A_CHOICE.format(typed=said)} {again}")
                found.append(value)
            start += 1
    return found
