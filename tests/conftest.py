"""Fixtures only: a fixed terminal for every test, and private copies of the content.
Everything else a test needs is in the toolkit package (tests/toolkit/)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from toolkit.places import CLEARED, DATA, TERMINAL
from toolkit.reading import TO_ASCII
from toolkit.running import QuizRun, keyboard_runner

# A shared 2-core machine can stall any one example for longer than Hypothesis's default
# 200 ms deadline: time is the suite's budget to keep, not each example's.
settings.register_profile("therapy-guide", deadline=None)
settings.load_profile("therapy-guide")


@pytest.fixture(autouse=True)
def fixed_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fix the terminal environment so output is the same on every machine."""
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in TERMINAL.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped data/ folder, to point THERAPY_GUIDE_DATA_DIR at."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


@pytest.fixture
def at_the_keyboard(monkeypatch: pytest.MonkeyPatch) -> Callable[..., QuizRun]:
    """`at_the_keyboard(KEYS, *ARGS)`: the quiz in-process with KEYS typed at its prompts."""
    return keyboard_runner(monkeypatch)


@pytest.fixture
def content_words() -> dict[str, set[str]]:
    """Every word that compare and myths must show, as it looks in plain output.

    A word Rich cut short ("Psychothera…", made plain as "Psychothera.") is missing
    from the output's words, so `content_words[cmd] <= set(output.split())` finds it.
    """
    from therapy_guide.core import content

    comparison = content.comparison()
    compare = [comparison.title, *comparison.notes]
    compare += [t for a in comparison.aspects for t in (a.name, a.therapy, a.psychotherapy)]
    compare += [*comparison.consider.therapy, *comparison.consider.psychotherapy]
    compare += [comparison.example.therapy, comparison.example.psychotherapy]
    myths = [content.myths().title]
    myths += [t for m in content.myths().myths for t in (m.myth, m.fact)]
    return {
        "compare": set(" ".join(compare).translate(TO_ASCII).split()),
        "myths": set(" ".join(myths).translate(TO_ASCII).split()),
    }
