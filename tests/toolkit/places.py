"""Where things are (the checkout, data/, the schemas), and the terminal every test starts from:
the environment the fixtures set and a child process inherits.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


# --- places --------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]  # tests/toolkit/places.py
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
    "THERAPY_GUIDE_LANG",  # a developer's own language must not change what tests see
    "LANGUAGE",
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
