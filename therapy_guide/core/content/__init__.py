"""Content as data: the TOML files under data/, validated into typed, frozen models.

Each command loads, and each model module is imported, only for the file it needs:
building pydantic models costs start-up time. A malformed or incomplete file raises
ContentError naming the file and the field, never a traceback.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from therapy_guide.core import language
from therapy_guide.core import words as w
from therapy_guide.core.errors import ContentError

if TYPE_CHECKING:  # for mypy: content.QuestionBank and friends (see __getattr__)
    from therapy_guide.core.content.about_page import About as About
    from therapy_guide.core.content.approach_list import Approaches as Approaches
    from therapy_guide.core.content.article import Comparison as Comparison
    from therapy_guide.core.content.balance import BalanceNotes as BalanceNotes
    from therapy_guide.core.content.base import Model as Model
    from therapy_guide.core.content.care_routes import CareGuide as CareGuide
    from therapy_guide.core.content.crisis import CrisisDirectory as CrisisDirectory
    from therapy_guide.core.content.emergency import EmergencyTable as EmergencyTable
    from therapy_guide.core.content.misconceptions import Myths as Myths
    from therapy_guide.core.content.providers import Provision as Provision
    from therapy_guide.core.content.quiz import QuestionBank as QuestionBank

DATA_ENV = "THERAPY_GUIDE_DATA_DIR"


def data_dir() -> Path:
    """Where the content lives: $THERAPY_GUIDE_DATA_DIR, the wheel's copy, or the checkout's."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    package = Path(__file__).parents[2]  # therapy_guide/
    packaged = package / "data"  # inside the wheel
    return packaged if packaged.is_dir() else package.parent / "data"  # in a checkout


M = TypeVar("M", bound="Model")


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _entry(raw: Any, loc: tuple[int | str, ...]) -> str:
    """The name or id of the innermost entry on the way to LOC in RAW, if it has one:
    "regions.US.resources[0].source: Field required" names the line it is missing from."""
    found, node = "", raw
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            label = node.get("id") or node.get("name")
            found = label if isinstance(label, str) else found
    return f" (in {found!r})" if found else ""


def load_file(name: str, model: type[M], directory: Path | None = None) -> M:
    """Read data/NAME and validate it into MODEL, or raise ContentError naming file and field."""
    path = (directory or data_dir()) / name
    try:
        with path.open("rb") as fh:
            raw: dict[str, Any] = tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError(
            w.CONTENT_MISSING.format(path=path), hint=w.CONTENT_MISSING_HINT.format(env=DATA_ENV)
        ) from None
    except OSError as exc:
        raise ContentError(w.CONTENT_UNREADABLE.format(path=path, why=exc.strerror)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(w.CONTENT_NOT_TOML.format(path=path, problem=exc)) from None
    from pydantic import ValidationError

    translated, other_path = _translated(raw, path)
    if translated is not raw:
        try:
            return model.model_validate(translated)
        except ValidationError as exc:  # the translation does not fit: English, with a note
            _fall_back(other_path, "; ".join(_problems(exc, translated)))
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = "\n".join(f"  - {p}" for p in _problems(exc, raw))
        raise ContentError(w.CONTENT_SHAPE.format(path=path, lines=lines)) from None


def _problems(exc: Any, raw: dict[str, Any]) -> list[str]:
    return [f"{_location(e['loc'])}{_entry(raw, e['loc'])}: {e['msg']}" for e in exc.errors()]


def _fall_back(path: Path, problem: str) -> None:
    """A translation that cannot be read or does not fit: the English is shown instead,
    and the command says so on stderr (cli.help.GuideGroup.main shows the warning). Crisis
    lines are never hidden behind a broken translation."""
    import warnings

    from therapy_guide.core.errors import TranslationWarning

    said = w.TRANSLATION_BROKEN.format(path=path, problem=problem)
    warnings.warn(said, TranslationWarning, stacklevel=3)


def _translated(raw: dict[str, Any], path: Path) -> tuple[dict[str, Any], Path]:
    """RAW with the current language's text laid over it (data/LANG/NAME), if it has one
    and it fits; RAW itself otherwise. The second value is where the translation is."""
    spoken = language.current()
    other_path = path.parent / spoken / path.name
    if spoken == language.ENGLISH:
        return raw, other_path
    try:
        with other_path.open("rb") as fh:
            other = tomllib.load(fh)
    except FileNotFoundError:
        return raw, other_path
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        _fall_back(other_path, str(exc))
        return raw, other_path
    from therapy_guide.core.content.translation import TranslationError, lay_over

    try:
        return lay_over(raw, other), other_path
    except TranslationError as exc:
        _fall_back(other_path, str(exc))
        return raw, other_path


_loaded: dict[tuple[str, Path, str], Any] = {}


def _load(name: str, model: type[M], directory: Path) -> M:
    key = (name, directory, language.current())
    if key not in _loaded:
        _loaded[key] = load_file(name, model, directory)
    found = _loaded[key]
    assert isinstance(found, model)
    return found


# One loader per file, so a command reads and validates only the content it shows.
# Cached per folder: tests point $THERAPY_GUIDE_DATA_DIR at copies.


def english_original(load: Callable[[], M]) -> M | None:
    """What LOAD gives in English, when the command speaks another language: the article's
    own words, kept beside our translation (`quote_en`). None in English: nothing to add."""
    if language.current() == language.ENGLISH:
        return None
    with language.speaking(language.ENGLISH):
        return load()


def comparison() -> Comparison:
    from therapy_guide.core.content.article import Comparison

    return _load("compare.toml", Comparison, data_dir())


def myths() -> Myths:
    from therapy_guide.core.content.misconceptions import Myths

    return _load("myths.toml", Myths, data_dir())


def question_bank() -> QuestionBank:
    from therapy_guide.core.content.quiz import QuestionBank

    return _load("questions.toml", QuestionBank, data_dir())


def crisis_directory() -> CrisisDirectory:
    from therapy_guide.core.content.crisis import CrisisDirectory

    return _load("crisis.toml", CrisisDirectory, data_dir())


def emergency_table() -> EmergencyTable:
    from therapy_guide.core.content.emergency import EmergencyTable

    return _load("emergency.toml", EmergencyTable, data_dir())


def provision() -> Provision:
    from therapy_guide.core.content.providers import Provision

    return _load("providers.toml", Provision, data_dir())


def about() -> About:
    from therapy_guide.core.content.about_page import About

    return _load("about.toml", About, data_dir())


def balance_notes() -> BalanceNotes:
    from therapy_guide.core.content.balance import BalanceNotes

    return _load("balance.toml", BalanceNotes, data_dir())


def care() -> CareGuide:
    from therapy_guide.core.content.care_routes import CareGuide

    return _load("care.toml", CareGuide, data_dir())


def approaches() -> Approaches:
    from therapy_guide.core.content.approach_list import Approaches

    return _load("approaches.toml", Approaches, data_dir())


def __getattr__(name: str) -> Any:
    """`content.QuestionBank` and friends, found in the model modules on first use (PEP 562)."""
    import importlib

    models = ("article", "misconceptions", "quiz", "crisis", "providers", "about_page")
    for module in (*models, "balance", "care_routes", "approach_list", "emergency"):
        found = getattr(importlib.import_module(f"therapy_guide.core.content.{module}"), name, None)
        if found is not None:
            return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
