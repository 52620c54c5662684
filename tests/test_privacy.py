"""Private by default: no command writes a file unless asked (--save), and none opens a
network connection.

Each command runs for real with HOME, the XDG folders, TMPDIR and the working folder
pointed at empty temporary folders, under a guard (a sitecustomize.py first on PYTHONPATH)
that ends the program with exit 99 at any connection attempt and records every file it
opens for writing. The guard is itself tested, so a passing run means something.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

import pytest
from toolkit.answers import leaning_answers, write_answers
from toolkit.running import Run, run_program, run_python

pytestmark = pytest.mark.slow

# --- a guard against the network and against writes -----------------------------

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


# --- a sandbox of empty folders -------------------------------------------------------


FOLDERS = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
    "TMPDIR": "tmp",
}


class Sandbox(NamedTuple):
    """Empty folders standing in for a person's home, config, cache, data, state, temp
    and working folders, plus the guard; inputs live in a folder of their own."""

    root: Path
    guard: Guard

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def inputs(self) -> Path:
        return self.root / "inputs"

    def env(self) -> dict[str, str]:
        folders = {name: str(self.root / folder) for name, folder in FOLDERS.items()}
        return {**folders, **self.guard.env()}

    def run(self, *args: str, stdin: str | None = None) -> Run:
        """Run the program in the sandbox, under the guard."""
        return run_program(*args, env=self.env(), cwd=self.work, stdin=stdin)

    def untouched(self) -> bool:
        """No connection tried, no file written, nothing left in the folders."""
        return not (self.guard.tripped() or self.guard.written() or self.leftovers())

    def leftovers(self) -> dict[str, list[str]]:
        """Whatever is now in the folders that must stay empty."""
        found = {}
        for folder in [*FOLDERS.values(), "work"]:
            names = sorted(str(p.relative_to(self.root)) for p in (self.root / folder).rglob("*"))
            if names:
                found[folder] = names
        return found


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    for folder in [*FOLDERS.values(), "work", "inputs"]:
        (tmp_path / folder).mkdir()
    return Sandbox(tmp_path, make_guard(tmp_path / "guard"))


COMMANDS = {
    "help": ["--help"],
    "version": ["--version"],
    "welcome": [],
    "compare": ["compare"],
    "myths": ["myths", "--format", "markdown"],
    "questions": ["questions"],
    "crisis": ["crisis", "--region", "UK"],
    "providers": ["providers"],
    "about": ["about"],
    "quiz-json": ["quiz", "--answers", "{answers}", "--no-input", "--format", "json"],
    "quiz-text": ["quiz", "--answers", "{answers}", "--no-input"],
}


@pytest.mark.parametrize("args", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_command_writes_nothing_and_opens_no_connection(
    sandbox: Sandbox, args: list[str]
) -> None:
    answers = write_answers(sandbox.inputs / "answers.json", leaning_answers("therapy"))
    done = sandbox.run(*[a.replace("{answers}", str(answers)) for a in args])
    assert done.exit_code == 0, done.stderr
    assert sandbox.guard.tripped() == ""
    assert sandbox.guard.written() == []
    assert sandbox.leftovers() == {}


def test_a_quiz_with_a_bad_answers_file_writes_nothing_and_opens_no_connection(
    sandbox: Sandbox,
) -> None:
    answers = sandbox.inputs / "answers.json"
    answers.write_text('{"safety": "no", "focus": 3}', encoding="utf-8")
    done = sandbox.run("quiz", "--answers", str(answers), "--no-input")
    assert done.exit_code == 2
    assert sandbox.untouched()


def test_answers_from_standard_input_leave_no_trace(sandbox: Sandbox) -> None:
    answers = json.dumps(leaning_answers("therapy"))
    done = sandbox.run("quiz", "--answers", "-", "--no-input", "--format", "json", stdin=answers)
    assert done.exit_code == 0, done.stderr
    assert sandbox.untouched()


def test_quiz_save_writes_only_the_saved_file(sandbox: Sandbox) -> None:
    answers = write_answers(sandbox.inputs / "answers.json", leaning_answers("therapy"))
    saves = sandbox.root / "saves"
    saves.mkdir()
    target = saves / "result.md"
    done = sandbox.run("quiz", "--answers", str(answers), "--no-input", "--save", str(target))
    assert done.exit_code == 0, done.stderr
    assert sandbox.guard.tripped() == ""
    assert sorted(p.name for p in saves.iterdir()) == ["result.md"]
    assert sandbox.leftovers() == {}
    # Every write went into the save folder: the temporary file, then the file itself.
    touched = [line.split("\t", 1)[1] for line in sandbox.guard.written()]
    assert touched
    for path in touched:
        for one in path.split(" -> "):
            assert Path(one).parent == saves, sandbox.guard.written()


# --- the guard itself ----------------------------------------------------------------

ATTEMPTS = {
    "create_connection": "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)",
    "connect": "import socket; socket.socket().connect(('127.0.0.1', 9))",
    "connect_ex": "import socket; socket.socket().connect_ex(('127.0.0.1', 9))",
    "getaddrinfo": "import socket; socket.getaddrinfo('localhost', 80)",
    "below the socket module": "import _socket; _socket.socket().connect(('127.0.0.1', 9))",
    "a udp datagram": (
        "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
        ".sendto(b'x', ('127.0.0.1', 9))"
    ),
    "urlopen": "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9/')",
    "a caught attempt": (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9))\n"
        "except BaseException:\n    pass"
    ),
}


@pytest.mark.parametrize("code", ATTEMPTS.values(), ids=ATTEMPTS.keys())
def test_the_network_guard_trips_on_any_connection_attempt(sandbox: Sandbox, code: str) -> None:
    done = run_python(["-c", code], env=sandbox.env(), cwd=sandbox.work)
    assert done.exit_code == TRIPPED, done.stderr
    assert sandbox.guard.tripped() != ""


def test_the_guard_records_a_file_written_anywhere(sandbox: Sandbox, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    code = f"open({str(elsewhere)!r}, 'w').close(); import os; os.mkdir({str(tmp_path / 'd')!r})"
    done = run_python(["-c", code], env=sandbox.env(), cwd=sandbox.work)
    assert done.exit_code == 0, done.stderr
    written = "\n".join(sandbox.guard.written())
    assert str(elsewhere) in written
    assert str(tmp_path / "d") in written


def test_the_sandbox_sees_a_file_left_in_home(sandbox: Sandbox) -> None:
    code = "import pathlib; (pathlib.Path.home() / '.therapy-guide-history').write_text('x')"
    done = run_python(["-c", code], env=sandbox.env(), cwd=sandbox.work)
    assert done.exit_code == 0, done.stderr
    assert sandbox.leftovers() == {"home": ["home/.therapy-guide-history"]}
