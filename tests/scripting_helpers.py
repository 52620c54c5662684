"""What the scripting tests share: the app run in-process and for real, the JSON schemas,
answers files built from `questions --format json`, and a guard that trips on any network
connection or file write.

Answers files are built from the program's own published question bank, the way a script
would build them, so the tests never hard-code what a question is worth.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from jsonschema import Draft202012Validator, FormatChecker
from typer.testing import CliRunner, Result

from therapy_guide.cli import app

REPO = Path(__file__).resolve().parent.parent
SCHEMAS = REPO / "docs" / "schema"
COMMANDS = ("compare", "myths", "questions", "quiz", "crisis", "providers", "about")

Document = dict[str, Any]
Answers = dict[str, object]

_runner = CliRunner()


def invoke(*args: str, stdin: str | bytes | None = None) -> Result:
    """Run the app in-process (fast). stdout and stderr are captured apart."""
    return _runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


def words(text: str) -> str:
    """TEXT with every run of whitespace made one space: messages may wrap anywhere."""
    return " ".join(text.split())


# --- schemas -------------------------------------------------------------------------


@cache
def schema(command: str) -> Document:
    """The JSON Schema kept in docs/schema for COMMAND's --format json output."""
    loaded: Document = json.loads((SCHEMAS / f"{command}.json").read_text(encoding="utf-8"))
    return loaded


@cache
def validator(command: str) -> Draft202012Validator:
    return Draft202012Validator(schema(command), format_checker=FormatChecker())


def schema_errors(command: str, document: object) -> list[str]:
    """Every way DOCUMENT breaks COMMAND's schema, as 'path: message' lines (empty if valid)."""
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in validator(command).iter_errors(document)
    ]


# --- the question bank and answers built from it -------------------------------------


@cache
def question_bank() -> Document:
    """`therapy-guide questions --format json`, as a script would read it."""
    done = invoke("questions", "--format", "json")
    assert done.exit_code == 0, done.stderr
    bank: Document = json.loads(done.stdout)
    return bank


def questions() -> list[Document]:
    return list(question_bank()["questions"])


def question(question_id: str) -> Document:
    return next(q for q in questions() if q["id"] == question_id)


def option_ids(q: Document) -> list[str]:
    return [o["id"] for o in q["options"]]


def lean(option: Document, toward: str) -> int:
    """How many points an option moves toward TOWARD, net of the other approach."""
    other = "psychotherapy" if toward == "therapy" else "therapy"
    return int(option["points"][toward]) - int(option["points"][other])


def applies(q: Document, answers: Mapping[str, object]) -> bool:
    """Whether a question is asked, given the answers so far (its asked_if condition)."""
    cond = q.get("asked_if")
    if not cond:
        return True
    given = answers.get(cond["question"])
    picked = given if isinstance(given, list) else [given]
    return cond["option"] in picked


def leaning_answers(toward: str, fixed: Mapping[str, object]) -> Answers:
    """The answers that lean hardest toward TOWARD ('therapy' or 'psychotherapy').

    Single questions take the option with the most net points toward it (the last of
    equals, so a scale's top step wins); multiple questions take every option that leans
    toward it. FIXED answers (the safety question, the symptom check opt-in) come first.
    Questions whose asked_if condition is not met are left out, as the quiz leaves them.
    """
    answers: Answers = {}
    for q in questions():
        if not applies(q, answers):
            continue
        if q["id"] in fixed:
            answers[q["id"]] = fixed[q["id"]]
        elif q["kind"] == "multiple":
            answers[q["id"]] = [o["id"] for o in q["options"] if lean(o, toward) > 0]
        else:
            options = [o for o in q["options"] if not o["crisis"]]
            best = max(enumerate(options), key=lambda pair: (lean(pair[1], toward), pair[0]))
            answers[q["id"]] = best[1]["id"]
    return answers


def expected_scores(answers: Mapping[str, object]) -> dict[str, int]:
    """The totals the published points promise for these answers."""
    totals = {"therapy": 0, "psychotherapy": 0}
    for q in questions():
        if q["id"] not in answers or not applies(q, answers):
            continue
        given = answers[q["id"]]
        picked = set(given) if isinstance(given, list) else {given}
        for o in q["options"]:
            if o["id"] in picked:
                totals["therapy"] += o["points"]["therapy"]
                totals["psychotherapy"] += o["points"]["psychotherapy"]
    return totals


THERAPY = {"safety": "no", "symptom_check": "no"}
PSYCHOTHERAPY = {"safety": "no", "symptom_check": "yes"}


def all_therapy_answers() -> Answers:
    return leaning_answers("therapy", THERAPY)


def all_psychotherapy_answers() -> Answers:
    return leaning_answers("psychotherapy", PSYCHOTHERAPY)


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
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_text(answers: Mapping[str, object]) -> str:
    """ANSWERS as a TOML document: one `key = value` line each, keys always quoted."""
    return "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in answers.items())


def write_answers(path: Path, answers: Mapping[str, object]) -> Path:
    """Write ANSWERS as JSON or TOML, by PATH's extension."""
    if path.suffix == ".toml":
        path.write_text(toml_text(answers), encoding="utf-8")
    else:
        path.write_text(json.dumps(answers, indent=2), encoding="utf-8")
    return path


# --- the program, run for real -------------------------------------------------------


class Run(NamedTuple):
    rc: int
    stdout: str
    stderr: str


def run_python(
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdin: str | bytes | None = None,
    timeout: float = 30,
) -> Run:
    """Run `python ARGS` with stdin closed (or fed STDIN), in CWD, with ENV added."""
    done = subprocess.run(
        [sys.executable, *args],
        env={**os.environ, **(env or {})},
        cwd=cwd,
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def run_program(*args: str, **kwargs: Any) -> Run:
    """Run `python -m therapy_guide ARGS` (see run_python)."""
    return run_python(["-m", "therapy_guide", *args], **kwargs)


# --- a guard against the network and against writes ---------------------------------

MARKER_ENV = "THERAPY_GUIDE_TEST_NETWORK_MARKER"
WRITES_ENV = "THERAPY_GUIDE_TEST_WRITES_LOG"
TRIPPED = 99

# Loaded by every Python started with the guard's folder first on PYTHONPATH. Two layers:
# the socket module's functions are replaced, and an audit hook (PEP 578) catches the
# same calls made below the socket module. A tripped guard writes what was attempted to
# the marker file and exits 99 at once, so no except clause in the program can hide it.
# Opening a file for writing, making a folder, renaming, linking or removing is recorded
# (not refused), and the list is written out at exit.
SITECUSTOMIZE = f'''\
import atexit
import os
import socket
import sys

_MARKER = os.environ.get("{MARKER_ENV}", "")
_WRITES = os.environ.get("{WRITES_ENV}", "")
_writes = []
_quiet = [False]
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_NETWORK = (
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "http.client.connect",
    "urllib.Request",
)
_FILES = (
    "os.mkdir", "os.rename", "os.link", "os.symlink", "os.remove", "os.rmdir",
    "os.truncate", "os.chmod", "shutil.copyfile", "shutil.move", "shutil.rmtree",
)


def _trip(what):
    _quiet[0] = True
    if _MARKER:
        with open(_MARKER, "w", encoding="utf-8") as marker:
            marker.write(what + "\\n")
    os._exit({TRIPPED})


def _refuse(name):
    def refused(*args, **kwargs):
        _trip(name)
    return refused


socket.socket.connect = _refuse("socket.socket.connect")
socket.socket.connect_ex = _refuse("socket.socket.connect_ex")
socket.create_connection = _refuse("socket.create_connection")
socket.getaddrinfo = _refuse("socket.getaddrinfo")


def _audit(event, args):
    if _quiet[0]:
        return
    if event in _NETWORK:
        _trip(event)
    elif event == "open":
        path, mode, flags = args
        if isinstance(path, int):
            return
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes:
            _writes.append(("open", os.fsdecode(path)))
    elif event in _FILES:
        _writes.append((event, " -> ".join(os.fsdecode(a) for a in args[:2] if a is not None
                                           and isinstance(a, (str, bytes, os.PathLike)))))


def _report():
    _quiet[0] = True
    if _WRITES:
        with open(_WRITES, "w", encoding="utf-8") as log:
            log.writelines(f"{{event}}\\t{{path}}\\n" for event, path in _writes)


atexit.register(_report)
sys.addaudithook(_audit)
'''


class Guard(NamedTuple):
    """A folder holding the guard's sitecustomize.py, and where it reports."""

    folder: Path
    marker: Path
    writes: Path

    def env(self) -> dict[str, str]:
        path = os.pathsep.join(p for p in [str(self.folder), os.environ.get("PYTHONPATH")] if p)
        return {
            "PYTHONPATH": path,
            MARKER_ENV: str(self.marker),
            WRITES_ENV: str(self.writes),
            "PYTHONDONTWRITEBYTECODE": "1",
        }

    def tripped(self) -> str:
        """What the program tried to reach, or '' when the guard was never tripped."""
        return self.marker.read_text(encoding="utf-8") if self.marker.exists() else ""

    def written(self) -> list[str]:
        """Every path the program opened for writing, made, renamed, linked or removed."""
        if not self.writes.exists():
            return []
        return [line for line in self.writes.read_text(encoding="utf-8").splitlines() if line]


def make_guard(folder: Path) -> Guard:
    (folder / "site").mkdir(parents=True)
    (folder / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return Guard(folder / "site", folder / "network-tripped.txt", folder / "writes.tsv")
