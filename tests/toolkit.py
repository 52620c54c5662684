"""The one toolkit of the test suite: how a test reads text, builds answers, presses keys
and runs the program (in-process, in a subprocess, in a pseudo-terminal).

Test modules import the internals they test directly (an asker, a view, compat); what
several of them need (`keyboard_runner`, `menu_key`, the runners) is here, once.

Answers and key sequences are derived from the question bank rather than written out, so
that a content edit (a new option, another default) does not silently change what a test
means.
"""

from __future__ import annotations

import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from rich.cells import cell_len
from typer.testing import CliRunner

from therapy_guide.cli.app import app
from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer, applicable, chosen, is_asked

if TYPE_CHECKING:
    import pexpect
    import pytest

    from therapy_guide.core.content.quiz import Option, Question, QuestionBank

# --- places --------------------------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
SCHEMAS = REPO / "docs" / "schema"
SAMPLE_ANSWERS = REPO / "docs" / "sample-answers.json"
# The commands with a published JSON schema.
COMMANDS = (
    "compare",
    "myths",
    "questions",
    "quiz",
    "crisis",
    "providers",
    "about",
    "find-care",
    "approaches",
)

Document = dict[str, Any]
Env = Mapping[str, str | None]

# --- the terminal every test starts from ---------------------------------------------

# Variables that change what Rich draws, what content is read, or how the interpreter
# buffers. Each test starts from the same terminal: 80x24, a colour-capable TERM, UTF-8,
# no overrides. PYTHONUNBUFFERED is cleared because a person's shell does not set it, and
# it changes what happens when a pipe closes early.
# No pager either: it would wait for a key (tests/test_pager.py turns it back on). And the
# programs the tests start keep their compiled modules in one cache outside the checkout,
# even where PYTHONDONTWRITEBYTECODE is set: hundreds of runs would otherwise compile the
# package from source each time.
TERMINAL = {
    "COLUMNS": "80",
    "LINES": "24",
    "TERM": "xterm-256color",
    "LC_ALL": "C.UTF-8",
    "THERAPY_GUIDE_NO_PAGER": "1",
    "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "therapy-guide-tests-pycache"),
}
CLEARED = (
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "PYTHONIOENCODING",
    "PYTHONUTF8",
    "PYTHONUNBUFFERED",
    "PYTHONDONTWRITEBYTECODE",
    "THERAPY_GUIDE_DATA_DIR",
    "THERAPY_GUIDE_REGION",
    # The region follows the locale: LC_ALL=C.UTF-8 above names no country (so US), and
    # a LANG or LC_MESSAGES from the machine running the tests must not leak in.
    "LC_MESSAGES",
    "LANG",
)


def child_env(overrides: Env | None = None) -> dict[str, str]:
    """The current (fixed) environment with OVERRIDES applied; None removes a variable."""
    env = dict(os.environ)
    for name, value in (overrides or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


# --- reading what was shown ----------------------------------------------------------

# What a pipe gets instead of the content's typographic characters.
TO_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
# Colour, cursor movement and title sequences, and the charset switches of a terminal.
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]")
# Cursor movement, erase, save/restore, show/hide: what a dumb terminal must never get.
CURSOR_CONTROL = re.compile(r"\x1b\[[0-9;]*[ABCDEFGHJKSTfsu]|\x1b\[\?25[hl]|\x1b\[\?1049")
# Select Graphic Rendition parameters that set a colour: 30-38, 40-48, 90-97, 100-107.
COLOUR = re.compile(r"^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$")


def colour_codes(text: str) -> list[str]:
    """Every colour-setting SGR parameter in TEXT."""
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        found += [p for p in params.split(";") if COLOUR.match(p)]
    return found


def words(text: str) -> str:
    """TEXT as a reader takes it in: every run of whitespace one space (so asserts survive
    line wrapping and indents), typographic quotes and dashes as ASCII, and Rich's box
    edges dropped."""
    return " ".join(text.translate(TO_ASCII).replace("│", " ").split())


def screen_text(raw: str) -> str:
    """What a terminal showed: escape codes removed, lines as '\\n'."""
    return ANSI.sub("", raw).replace("\r\n", "\n")


def too_wide(text: str, width: int) -> list[str]:
    """The lines of TEXT wider than WIDTH terminal cells."""
    return [line for line in text.splitlines() if cell_len(line) > width]


def as_shown(text: str, cols: int) -> list[str]:
    """Every line TEXT takes on a terminal COLS wide (pyte): a line longer than the screen
    goes on at the next line, cut wherever the edge falls, as a real terminal does it."""
    import pyte

    lines = screen_text(text).split("\n")
    height = sum(max(1, -(-cell_len(line) // cols)) for line in lines) + 1
    screen = pyte.Screen(cols, height)
    pyte.Stream(screen).feed(text.replace("\r\n", "\n").replace("\n", "\r\n"))
    shown = [line.rstrip() for line in screen.display]
    while shown and not shown[-1]:
        shown.pop()
    return shown


# The words Click and Typer write in every help page.
HELP_WORDS = (
    "Usage OPTIONS COMMAND ARGS Options Commands Show this message and exit env var default "
    "Install completion for the current shell to copy it or customize installation"
)


@cache
def vocabulary() -> frozenset[str]:
    """Every word the program may show: from data/, the program's own wording and its help
    (cli/app.py, cli/options.py and Click's words), and each as plain ASCII (Lowe for Löwe)."""
    from therapy_guide.console.ascii import to_ascii

    help_text = [
        REPO / "therapy_guide" / f"{name}.py"
        for name in ("cli/app", "cli/options", "console/pager")
    ]
    sources = [*DATA.glob("*.toml"), REPO / "therapy_guide" / "core" / "wording.py", *help_text]
    text = " ".join(p.read_text(encoding="utf-8") for p in sources) + HELP_WORDS
    return frozenset(t.lower() for t in re.findall(r"[A-Za-z]+", f"{text} {to_ascii(text)}"))


def split_words(lines: Sequence[str]) -> set[str]:
    """The pieces of words cut at a line's end: what is on screen but in no word we wrote.

    A word longer than a whole line (a web address at 20 columns) can only be folded: its
    pieces count as whole."""
    known = vocabulary()
    width = max((len(line.rstrip()) for line in lines), default=0)
    too_long = [k for k in known if len(k) > width - 4]
    return {
        token
        for line in lines
        for token in re.findall(r"[A-Za-z]+", line)
        if token.lower() not in known and not any(token.lower() in k for k in too_long)
    }


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


# --- schemas -------------------------------------------------------------------------


def schema(command: str) -> Document:
    """The JSON Schema kept in docs/schema for COMMAND's --format json output."""
    loaded: Document = json.loads((SCHEMAS / f"{command}.json").read_text(encoding="utf-8"))
    return loaded


def schema_errors(command: str, document: object) -> list[str]:
    """Every way DOCUMENT breaks COMMAND's schema, as 'path: message' lines (empty if valid)."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(schema(command), format_checker=FormatChecker())
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]


# --- keys, as text a terminal sends --------------------------------------------------

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
END = "\x1b[F"
SPACE = " "
CTRL_C = "\x03"
CTRL_D = "\x04"
YES = "y" + ENTER  # a yes/no prompt takes y or n, then needs Enter
NO = "n" + ENTER


def select_keys(question: Question, option_id: str, *, start: str | None = None) -> str:
    """Keys that move a select prompt's pointer from START (default: the question's default
    option) to OPTION_ID and press Enter."""
    ids = [o.id for o in question.options]
    here = ids.index(start or question.default_option.id)
    there = ids.index(option_id)
    move = DOWN * (there - here) if there >= here else UP * (here - there)
    return move + ENTER


def checkbox_keys(question: Question, option_ids: tuple[str, ...]) -> str:
    """Keys that tick exactly OPTION_IDS in a checkbox prompt that starts with none ticked."""
    return "".join((SPACE if o.id in option_ids else "") + DOWN for o in question.options) + ENTER


def keys_for(question: Question, answer: Answer) -> str:
    """The keys that give ANSWER to QUESTION when it is asked for the first time."""
    if question.confirm:
        assert isinstance(answer, str)
        return YES if answer == "yes" else NO
    if question.kind == "multiple":
        return checkbox_keys(question, chosen(answer))
    assert isinstance(answer, str)
    return select_keys(question, answer)


def keys_for_answers(bank: QuestionBank, answers: Mapping[str, Answer]) -> str:
    """Keys for every question the quiz asks, in order, given these answers."""
    return "".join(keys_for(q, answers[q.id]) for q in applicable(bank, answers))


def menu_key(choice: str, answers: Mapping[str, Answer], bank: QuestionBank | None = None) -> str:
    """The number that picks CHOICE in the result menu after ANSWERS: "reasons", "compare",
    "sure", "save" or "done" (result_menu's values). The menu leaves out what there is
    nothing to see in (every reason, when no answer leaned), so a number is not fixed."""
    from types import SimpleNamespace

    from therapy_guide.core.scoring import score
    from therapy_guide.quiz import result_menu

    bank = bank or content.question_bank()
    shown = result_menu.choices(bank, SimpleNamespace(result=score(bank, answers)))  # type: ignore[arg-type]
    return str([value for value, _ in shown].index(choice) + 1)


# What each kind of prompt shows, as a pseudo-terminal receives it. Waiting for these
# before sending a key means each key reaches a prompt that is ready for it.
CONFIRM_NO = w.YES_NO_HINT_NO
CHECKBOX = w.CHECKBOX_HINT
SELECT = w.SELECT_HINT


def prompt_marker(question: Question) -> str:
    if question.confirm:
        return CONFIRM_NO if question.default_option.id == "no" else w.YES_NO_HINT_YES
    return CHECKBOX if question.kind == "multiple" else SELECT


# What the quiz says, in the words of the tests that look for it.
CANCELLED = w.CANCELLED
NEEDS_TERMINAL = "the quiz asks its questions at an interactive terminal"
SAFETY_QUESTION = "Are you having thoughts of harming yourself"
DISCLAIMER = "This is a suggestion, not a diagnosis."

# --- the program, run ----------------------------------------------------------------


class Run(NamedTuple):
    """How a run of the program ended and what it wrote."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


_runner = CliRunner()


@cache
def _quiz_once(answers: str, args: tuple[str, ...]) -> str:
    done = invoke("quiz", "--answers", "-", "--no-input", *args, stdin=answers)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def quiz_output(answers: Mapping[str, object], *args: str) -> str:
    """The quiz's output for ANSWERS (given on stdin, as a script would) with ARGS, run
    once per worker however many tests read it (the personas are read by many); a run
    that saves a file runs each time."""
    plain = {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}
    given = json.dumps(plain, sort_keys=True)
    return _quiz_once.__wrapped__(given, args) if "--save" in args else _quiz_once(given, args)


def invoke(*args: str, stdin: str | bytes | None = None, env: Env | None = None) -> Run:
    """Run the Typer app in-process (fast): stdout and stderr captured apart.

    The captured stdout is not a terminal, so text comes out as it does in a pipe. ENV is
    applied for the run (None removes a variable). Unexpected exceptions propagate.
    """
    result = _runner.invoke(
        app, list(args), input=stdin, env=env, catch_exceptions=False, prog_name="therapy-guide"
    )
    return Run(result.exit_code, result.stdout, result.stderr)


def on_a_dumb_terminal(
    *args: str, cols: int, stdin: str | None = None, env: Env | None = None
) -> tuple[Run, list[str]]:
    """`therapy-guide ARGS` in-process as in Emacs' shell, a dumb terminal COLS wide:
    TERM=dumb, COLUMNS set and LINES not. Returns the run, and stdout as that terminal
    shows it (as_shown). TTY_COMPATIBLE=1 tells Rich that stdout is a terminal, as it
    is there: on a terminal, Rich takes a dumb one to be 80x25 unless told both sizes.
    """
    terminal = {"TERM": "dumb", "COLUMNS": str(cols), "LINES": None, "TTY_COMPATIBLE": "1"}
    done = invoke(*args, stdin=stdin, env={**terminal, **(env or {})})
    return done, as_shown(done.stdout, cols)


def run_python(
    args: Sequence[str],
    *,
    env: Env | None = None,
    cwd: Path | None = None,
    stdin: str | bytes | None = None,
    timeout: float = 30,
) -> Run:
    """Run `python ARGS` in CWD (default: a folder outside the checkout) with stdin closed
    (or fed STDIN) and output captured as pipes, in the current environment plus ENV.
    Output must be UTF-8: any invalid byte fails."""
    done = subprocess.run(
        [sys.executable, *args],
        env=child_env(env),
        cwd=cwd or tempfile.gettempdir(),
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def run_program(*args: str, **kwargs: Any) -> Run:
    """Run `python -m therapy_guide ARGS` for real (see run_python)."""
    return run_python(["-m", "therapy_guide", *args], **kwargs)


class Measured(NamedTuple):
    """A run of the program, how long it took and the most memory it held."""

    run: Run
    seconds: float
    peak_mb: float


def run_program_measured(
    *args: str, cwd: Path, stdin: Path | None = None, timeout: float, memory_cap_mb: int = 1024
) -> Measured:
    """Run `python -m therapy_guide ARGS` in CWD, stdin read from the file STDIN (or closed),
    and measure the child itself: its peak resident memory from its own wait4 usage, not
    the test worker's other children. A child still running after TIMEOUT seconds is killed
    (exit -9). Its address space is capped at MEMORY_CAP_MB, so a regression that reads
    without end fails fast instead of filling the machine's memory. Linux only (ru_maxrss
    in KiB).
    """

    def cap() -> None:
        limit = memory_cap_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with (
        open(stdin or os.devnull, "rb") as given,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        start = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", "therapy_guide", *args],
            env=child_env(),
            cwd=cwd,
            stdin=given,
            stdout=out,
            stderr=err,
            preexec_fn=cap,
        )
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        run = Run(child.returncode, out.read().decode("utf-8"), err.read().decode("utf-8"))
    return Measured(run, seconds, usage.ru_maxrss / 1024)


@cache
def _run_once(args: tuple[str, ...], env: tuple[tuple[str, str], ...], stdin: str | None) -> Run:
    return run_python(["-m", "therapy_guide", *args], env=dict(env), stdin=stdin)


def run_program_once(*args: str, env: Env | None = None, stdin: str | None = None) -> Run:
    """run_program, remembered per worker for the same arguments, standard input and whole
    environment. The program is deterministic for those, and a Run cannot be changed, so
    tests that look at the same run from different angles share one process.
    """
    return _run_once(args, tuple(sorted(child_env(env).items())), stdin)


# --- the program in a pseudo-terminal ------------------------------------------------


def terminal_env(overrides: Env | None = None) -> dict[str, str]:
    """A child's environment in a pseudo-terminal: the terminal's own size counts (COLUMNS
    and LINES removed), and prompt_toolkit does not ask where the cursor is
    (PROMPT_TOOLKIT_NO_CPR): it would wait for an answer pexpect never gives."""
    return child_env(
        {"COLUMNS": None, "LINES": None, "PROMPT_TOOLKIT_NO_CPR": "1", **(overrides or {})}
    )


def spawn_program(
    *args: str,
    columns: int = 80,
    rows: int = 24,
    cwd: Path | None = None,
    shell: str | None = None,
    env: Env | None = None,
    timeout: float = 20,
) -> pexpect.spawn:
    """Start `python -m therapy_guide ARGS` in a pseudo-terminal of ROWS x COLUMNS.

    With SHELL, bash runs that script with the command line as "$0" "$@", so that a test
    can redirect one stream, as in `exec "$0" "$@" > file`.
    """
    import pexpect

    command, argv = sys.executable, ["-m", "therapy_guide", *args]
    if shell is not None:
        command, argv = "bash", ["-c", shell, sys.executable, *argv]
    child = pexpect.spawn(
        command,
        argv,
        env=terminal_env(env),
        cwd=str(cwd or tempfile.gettempdir()),
        dimensions=(rows, columns),
        timeout=timeout,
        encoding="utf-8",
        codec_errors="strict",
    )
    # Every key is sent once its prompt is on screen, so no pause is needed before it; and
    # a test closes the terminal once the program has ended, so no pause is needed after.
    child.delaybeforesend = None
    child.delayafterclose = child.ptyproc.delayafterclose = 0
    child.delayafterterminate = child.ptyproc.delayafterterminate = 0
    return child


def finish(child: pexpect.spawn) -> int:
    """Read the rest of the child's output and wait for it to end; its exit status."""
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return int(child.exitstatus)


def watched(child: pexpect.spawn) -> Callable[[], str]:
    """Keep everything CHILD writes; the returned function gives it all as screen_text."""
    import io

    seen = io.StringIO()
    child.logfile_read = seen
    return lambda: screen_text(seen.getvalue())


def in_a_terminal(
    *args: str, columns: int, rows: int = 60, env: Env | None = None
) -> tuple[int, str]:
    """Run the program in a pseudo-terminal to the end: (exit status, everything it wrote,
    escape codes included, lines as '\\n')."""
    child = spawn_program(*args, columns=columns, rows=rows, env=env, timeout=30)
    raw = child.read()
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return child.exitstatus, raw.replace("\r\n", "\n")


@cache
def in_a_terminal_once(
    args: tuple[str, ...], columns: int, env: tuple[tuple[str, str], ...] = ()
) -> tuple[int, str]:
    """in_a_terminal, remembered per worker: see run_program_once."""
    return in_a_terminal(*args, columns=columns, env=dict(env))


# --- the quiz at a keyboard, in-process ----------------------------------------------


@dataclass(frozen=True)
class QuizRun:
    exit_code: int
    stdout: str
    stderr: str
    asked: list[str]  # the message of every prompt shown, in order

    @property
    def said(self) -> str:
        """stdout with its line wrapping undone."""
        return words(self.stdout)


def plain_runner(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """A function that runs `therapy-guide quiz ARGS` in-process with LINES typed at the
    plain quiz, as at a terminal: `run(LINES, *ARGS, env=...)`. The program's check for a
    terminal is switched on (see keyboard_runner); the plain quiz reads whole lines from
    stdin, so the lines are simply its input."""
    from therapy_guide.quiz import steps

    monkeypatch.setattr(steps, "is_interactive", lambda: True)

    def run(lines: Sequence[str], *args: str, env: Env | None = None) -> Run:
        return invoke("quiz", *args, stdin="".join(f"{x}\n" for x in lines), env=env)

    return run


def keyboard_runner(monkeypatch: pytest.MonkeyPatch) -> Callable[..., QuizRun]:
    """A function that runs `therapy-guide quiz ARGS` in-process with KEYS typed at its
    real questionary prompts: prompt_toolkit's pipe input stands in for the keyboard and
    DummyOutput for the screen. Every key is sent at once and the pipe then closed, so a
    test that sends too few keys ends in "end of input" (exit 130) instead of hanging.
    Each prompt is noted (its message) as it is shown.

    CliRunner's streams are not terminals, so the program's check for one is switched
    on: the ONE place the tests reach into a module that may be renamed
    (`therapy_guide.quiz.steps.is_interactive`). Everything after it is the real program.
    """
    import questionary
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from therapy_guide.quiz import steps

    monkeypatch.setattr(steps, "is_interactive", lambda: True)
    asked: list[str] = []

    def noting(prompt: Callable[..., Any]) -> Callable[..., Any]:
        def shown(message: str, *args: Any, **kwargs: Any) -> Any:
            asked.append(words(message))  # as read: the prompt wraps it to the screen
            return prompt(message, *args, **kwargs)

        return shown

    for kind in ("confirm", "select", "checkbox"):
        monkeypatch.setattr(questionary, kind, noting(getattr(questionary, kind)))

    def answer(keys: str, *args: str) -> QuizRun:
        asked.clear()
        with create_pipe_input() as keyboard:
            keyboard.send_text(keys)
            keyboard.close()  # no more keys: end of input, not a hang
            with create_app_session(input=keyboard, output=DummyOutput()):
                done = invoke("quiz", *args)
        return QuizRun(done.exit_code, done.stdout, done.stderr, list(asked))

    return answer


# --- the screen a person sees ----------------------------------------------------------


@dataclass(frozen=True)
class Screen:
    """A terminal's screen when the program stopped (or when a test stopped looking)."""

    lines: list[str]
    cursor_row: int
    exit_status: int | None  # None when the test stopped looking while it still ran
    moments: list[list[str]]  # the screen as each step's text appeared, before its keys


def loose(text: str) -> str:
    """A pattern for TEXT as a terminal receives it: wrapped anywhere between words, with
    escape codes between them."""
    gap = r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])+"
    return gap.join(re.escape(word) for word in text.split())


def on_screen(
    args: list[str],
    steps: list[tuple[str, str | None]],
    *,
    rows: int,
    cols: int,
    home: Path,
    env: Env | None = None,
) -> Screen:
    """Run the program in a ROWS x COLS pseudo-terminal and return its screen at the end.

    STEPS are (text to wait for, keys to send): each key waits for its prompt, which may
    be wrapped anywhere. Keys of None stop there and look at the screen as it is, with
    the program still waiting. Everything written is fed to a pyte screen of the same size.
    """
    import io

    import pexpect
    import pyte

    child = spawn_program(*args, columns=cols, rows=rows, cwd=home, env=env)
    seen = io.StringIO()
    child.logfile_read = seen
    screen = pyte.Screen(cols, rows)
    stream = pyte.Stream(screen)
    fed = 0
    moments: list[list[str]] = []

    def catch_up() -> None:
        nonlocal fed
        written = seen.getvalue()
        stream.feed(written[fed:])
        fed = len(written)

    status: int | None = None
    for marker, keys in steps:
        child.expect(loose(marker))
        catch_up()
        moments.append(list(screen.display))
        if keys is None:
            break
        child.send(keys)
    else:
        child.expect(pexpect.EOF)
        child.close()
        status = child.exitstatus
    if status is None:
        child.terminate(force=True)
    catch_up()
    return Screen(list(screen.display), screen.cursor.y, status, moments)
