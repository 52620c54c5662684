"""docs/architecture.md is true: every module, folder and name it points to exists where
it says, so a reader who follows it finds the code."""

from __future__ import annotations

import importlib
import re

import pytest
from toolkit.places import REPO

PAGE = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
CODE = re.findall(r"`([^`\n]+)`", PAGE)
PACKAGE = REPO / "therapy_guide"
ROOMS = ("cli", "quiz", "console", "views", "render", "core", "compat")

# `cli/launch.py`, `core/content/`, `views/*.py`, `data/care.toml`, `tests/test_compat.py`
PATHS = sorted({c for c in CODE if re.fullmatch(r"[\w*][\w*./-]*(\.py|\.toml|\.md|/)", c)})
ROOM = "|".join(ROOMS)
# `cli.help.GuideGroup.main`, `core.content.comparison()`, `views.compare.compare_view(...)`
DOTTED = sorted(
    {
        m.group(1)
        for c in CODE
        if not c.endswith(".py") and (m := re.fullmatch(rf"((?:{ROOM})(?:\.\w+)+)(?:\(.*\))?", c))
    }
)


def test_the_page_names_modules_and_names_at_all() -> None:
    assert len(PATHS) >= 30
    assert len(DOTTED) >= 15


@pytest.mark.parametrize("path", PATHS)
def test_every_path_it_names_exists(path: str) -> None:
    bases = (PACKAGE, REPO)  # a module of the package, or a file of the repository
    # A bare name (`ruff.toml`, "each nested ruff.toml") may be anywhere in the package.
    found = [base.glob(path) for base in bases] + [PACKAGE.rglob(path)] * ("/" not in path)
    assert any(list(places) for places in found), f"{path}: not in therapy_guide/ or ./"


@pytest.mark.parametrize("name", DOTTED)
def test_every_module_and_name_it_names_exists(name: str) -> None:
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):  # the longest importable module, then attributes
        try:
            found: object = importlib.import_module(".".join(["therapy_guide", *parts[:cut]]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            assert hasattr(found, attribute), f"{name}: no {attribute} in {found!r}"
            found = getattr(found, attribute)
        return
    pytest.fail(f"{name}: no such module in therapy_guide")
