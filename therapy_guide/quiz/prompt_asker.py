"""Questions asked at a terminal with questionary: the PromptAsker of the interview.

Only unsafe_ask(): Ctrl-C and Ctrl-D must reach the caller, which turns them into a
cancel once, around the whole interview. Every prompt is wrapped here at word
boundaries (prompt_toolkit would cut a word at the screen's edge), yes/no needs Enter
(a typed letter never answers the next question), and number keys, Home and End work
in every list.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from therapy_guide.compat import (
    choice_count,
    list_control,
    point_at,
    share_default_key_bindings,
    toggle_pointed,
)
from therapy_guide.console import screen
from therapy_guide.console.wrapping import wrap
from therapy_guide.console.writing import styled
from therapy_guide.core import words as w
from therapy_guide.quiz.person_asker import PersonAsker, Step

# The pointer, a space and "1) " before each option's label.
OPTION_INDENT = 5


class PromptAsker(PersonAsker):
    """Asks with questionary at a terminal. Only unsafe_ask(): Ctrl-C must reach the caller."""

    # Plain prompt_toolkit lines, not Rich: the first prompt should not wait for Rich.
    MUTED = "fg:ansibrightblack"
    ANSWER = "fg:ansicyan bold"
    WARNING = "fg:ansiyellow"

    def __init__(self, *, ascii_only: bool = False) -> None:
        import questionary

        share_default_key_bindings()  # each question comes sooner
        self._q = questionary
        self._pointer = ">" if ascii_only else "\u276f"  # questionary's own default pointer
        self._style = questionary.Style([("qmark", "bold"), ("question", "bold")])

    # --- words on screen ---------------------------------------------------------------

    @staticmethod
    def width() -> int:
        return max(screen.size(sys.stdout).columns - 1, 19)

    def wrap(self, text: str, indent: int = 0, *, whole_words: bool = False) -> list[str]:
        return wrap(text, self.width() - indent, whole_words=whole_words)

    def say(self, text: str = "") -> None:
        """A muted line, wrapped to the terminal (questionary's printer does not wrap)."""
        for line in self.wrap(text):
            styled(line, style=self.MUTED)

    def record(self, text: str, answer: str) -> None:
        """What stays on screen of an answered question: the question, then the answer."""
        lines = self.wrap(text, indent=2)
        styled(f"? {lines[0]}", style="bold")
        for line in lines[1:]:
            styled(f"  {line}", style="bold")
        for line in self.wrap(answer, indent=2):
            styled(f"  {line}", style=self.ANSWER)

    def message(self, text: str, hint: str) -> tuple[str, str]:
        """The question wrapped after questionary's "? ", and its hint where it fits."""
        lines = self.wrap(text, indent=2)
        if len(lines[-1]) + 1 + len(hint) > self.width() - 2:
            # On lines of its own rather than cut at the edge.
            hint = "".join(f"\n  {line}" for line in self.wrap(hint, indent=2))
        return "\n  ".join(lines), hint

    def fits(self, text: str, labels: Sequence[str]) -> bool:
        """A blank line, the question and its hint, each option as wrapped, and a row
        to spare, within the screen's rows."""
        message, hint = self.message(text, w.SELECT_HINT)
        asked = f"{message}{hint}".count("\n") + 1
        options = sum(len(self.wrap(label, indent=OPTION_INDENT)) for label in labels)
        return 1 + asked + options + 1 <= screen.size(sys.stdout).lines

    def lead(self, step: Step | None) -> None:
        """Before a question: a blank line, its progress and its help, muted."""
        if step is None or step.progress is None:
            return  # a menu or the review: no progress line, nothing to lead with
        self.say()
        self.say(step.progress)
        if step.help:
            self.say(step.help)

    def option_title(self, text: str) -> str:
        """An option's label, wrapped under itself when it is longer than a line."""
        return f"\n{' ' * OPTION_INDENT}".join(self.wrap(text, indent=OPTION_INDENT))

    # --- asking ------------------------------------------------------------------------

    @staticmethod
    def _answer(prompt: Any, *, toggles: bool = False) -> Any:
        """Ask, with the keys every list shares, letting Ctrl-C and Ctrl-D through.

        questionary's select and checkbox bind Ctrl-C but not Ctrl-D, which would
        otherwise do nothing; both cancel, with exit 130 (docs/json.md). Home and End go to
        the first and last option. In a checkbox (TOGGLES) a number key ticks or unticks
        its option; in a select, questionary's shortcuts already move to it.
        """
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

        app = prompt.application
        # Once answered, the prompt is erased and the caller prints the answer itself,
        # wrapped: questionary would append it to the question's line and let the screen
        # cut it wherever the line ends.
        app.erase_when_done = True
        extra = KeyBindings()

        @extra.add("c-d", eager=True)
        def _end_of_input(event: Any) -> None:
            event.app.exit(exception=EOFError, style="class:aborting")

        def options() -> Any:
            return list_control(app)

        def go(to: Callable[[int], int]) -> Callable[[Any], None]:
            def move(_event: Any) -> None:
                control = options()
                if control is not None:
                    point_at(control, to(choice_count(control)))

            return move

        extra.add("home", eager=True)(go(lambda count: 0))
        extra.add("end", eager=True)(go(lambda count: count - 1))
        if toggles:
            for number in range(1, 10):
                extra.add(str(number), eager=True)(tick(options, number - 1))
        app.key_bindings = merge_key_bindings([b for b in (app.key_bindings, extra) if b])
        return prompt.unsafe_ask()

    def yes_no(self, text: str, default: bool, *, step: Step | None = None) -> bool:
        """y, n, yes or no in any case, then Enter; Enter alone takes the default."""
        self.lead(step)
        message, hint = self.message(text, w.YES_NO_HINT_YES if default else w.YES_NO_HINT_NO)
        prompt = self._q.confirm(
            message, default=default, auto_enter=False, instruction=f"{hint} ", style=self._style
        )
        also_yes(prompt)
        reply = bool(self._answer(prompt))
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
        """One of CHOICES (value, label): arrows, a number key, Home or End, then Enter.

        With RECORD, the question and the answer stay on screen; a menu leaves nothing.
        """
        self.lead(step)
        message, hint = self.message(text, w.SELECT_HINT)
        prompt = self._q.select(
            message,
            choices=[self._q.Choice(self.option_title(label), value=v) for v, label in choices],
            default=default,
            pointer=self._pointer,
            style=self._style,
            instruction=hint,
            use_shortcuts=True,
        )
        value: str = self._answer(prompt)
        if record:
            self.record(text, next(label for v, label in choices if v == value))
        return value

    def pick_many(
        self,
        text: str,
        choices: Sequence[tuple[str, str]],
        checked: Sequence[str],
        *,
        step: Step | None = None,
    ) -> tuple[str, ...]:
        """Any of CHOICES, ticked with Space or a number key; then what was picked, in words."""
        self.lead(step)
        message, hint = self.message(text, w.CHECKBOX_HINT)
        numbered = [
            self._q.Choice(
                self.option_title(f"{n}) {label}"), value=value, checked=value in checked
            )
            for n, (value, label) in enumerate(choices, start=1)
        ]
        prompt = self._q.checkbox(
            message, choices=numbered, pointer=self._pointer, style=self._style, instruction=hint
        )
        values = tuple(self._answer(prompt, toggles=True))
        labels = [label for value, label in choices if value in values]
        self.record(text, w.PICKED.format(picked=", ".join(labels)) if labels else w.PICKED_NONE)
        return values

    # --- after the result ---------------------------------------------------------------

    def ask_path(self, text: str, default: str, problem: Callable[[str], str | None]) -> str:
        """A file name, with DEFAULT filled in; an empty answer ("") goes back.

        A name that will not do (PROBLEM says why) is said on lines of its own, wrapped
        with the name whole, and asked for again with what was typed: questionary's own
        check would show the reason on one line, cut at the screen's edge.
        """
        message, hint = self.message(text, w.PATH_HINT)
        asked = f"{message}{hint}" if hint.startswith("\n") else f"{message} {hint}"
        typed = default
        while True:
            # The name goes on a line of its own, so a long one is not cut at the edge.
            prompt = self._q.text(f"{asked}\n ", default=typed, style=self._style)
            typed = str(self._answer(prompt)).strip()
            if not typed:
                return ""
            why = problem(typed)
            if why is None:
                self.record(text, typed)
                return typed
            for line in self.wrap(w.PLAIN_NO_ANSWER.format(why=why), whole_words=True):
                styled(line, style=self.WARNING)


def tick(options: Callable[[], Any], index: int) -> Callable[[Any], None]:
    """A key that ticks or unticks the INDEX-th option of a checkbox, and points at it."""

    def toggle(_event: Any) -> None:
        control = options()
        if control is None or index >= choice_count(control):
            return
        point_at(control, index)
        toggle_pointed(control)

    return toggle


def also_yes(prompt: Any) -> None:
    """The first letters of the language's other words for yes ("s" for "sí") say yes,
    as y does: questionary's confirm knows only y and n. Each runs questionary's own
    handler for y, so what follows (the answer shown, Enter to confirm) is unchanged."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    letters = {word[0] for word in w.PLAIN_YES_WORDS.split()} - {"y"}
    app = prompt.application
    if not letters or app.key_bindings is None:
        return
    says_yes = app.key_bindings.get_bindings_for_keys(("y",))
    keys = KeyBindings()
    for letter in sorted(letters):
        for key in {letter, letter.upper()}:

            @keys.add(key, eager=True)
            def _yes(event: Any) -> None:
                for binding in says_yes:
                    binding.handler(event)

    app.key_bindings = merge_key_bindings([app.key_bindings, keys])
