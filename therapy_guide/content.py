"""Content as data: the TOML files under data/, validated into typed, frozen models.

Each command loads only the file it needs (start-up time is a feature). A malformed or
incomplete file raises ContentError naming the file and the field, never a traceback.
"""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from therapy_guide.errors import ContentError

DATA_ENV = "THERAPY_GUIDE_DATA_DIR"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Approach = Literal["therapy", "psychotherapy"]
APPROACHES: tuple[Approach, ...] = ("therapy", "psychotherapy")


class Model(BaseModel):
    # Frozen: content never changes after load. Forbid extras: a typo in a key is an
    # error that names it, not a field silently ignored.
    model_config = ConfigDict(frozen=True, extra="forbid")


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{what} id {item!r} is used twice")
        seen.add(item)


# --- the article: compare and myths -------------------------------------------------


class Source(Model):
    title: Text
    publisher: Text
    location: Text
    note: Text


class Definition(Model):
    term: Text
    summary: Text
    detail: tuple[Text, ...] = ()


class Aspect(Model):
    id: Id
    name: Text
    therapy: Text
    psychotherapy: Text


class Consider(Model):
    therapy: tuple[Text, ...] = Field(min_length=1)
    psychotherapy: tuple[Text, ...] = Field(min_length=1)


class Example(Model):
    situation: Text
    therapy: Text
    psychotherapy: Text


class Comparison(Model):
    """The article's comparison: definitions, table, 'consider if' lists, example, notes."""

    title: Text
    source: Source
    definitions: tuple[Definition, ...] = Field(min_length=2)
    aspects: tuple[Aspect, ...] = Field(min_length=1)
    consider: Consider
    example: Example
    notes: tuple[Text, ...] = Field(min_length=1)
    conclusion: Text

    @model_validator(mode="after")
    def _ids_unique(self) -> Comparison:
        _unique([a.id for a in self.aspects], "aspect")
        return self

    def aspect(self, aspect_id: str) -> Aspect | None:
        return next((a for a in self.aspects if a.id == aspect_id), None)


class Myth(Model):
    id: Id
    myth: Text
    fact: Text
    origin: Literal["article", "balance"] = "article"


class Myths(Model):
    title: Text
    myths: tuple[Myth, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique(self) -> Myths:
        _unique([m.id for m in self.myths], "myth")
        return self


# --- the quiz ------------------------------------------------------------------------


class Points(Model):
    therapy: int = 0
    psychotherapy: int = 0

    def get(self, approach: Approach) -> int:
        return self.therapy if approach == "therapy" else self.psychotherapy

    @property
    def lean(self) -> int:
        """Positive leans toward psychotherapy, negative toward therapy."""
        return self.psychotherapy - self.therapy


class Option(Model):
    id: Id
    label: Text
    points: Points = Points()
    because: str = ""
    crisis: bool = False
    value: int | None = None  # a screen item's score (PHQ-4: 0-3)


class Condition(Model):
    question: Id
    option: Id


class Question(Model):
    id: Id
    text: Text
    help: str = ""
    kind: Literal["single", "multiple"] = "single"
    required: bool = True
    confirm: bool = False  # a yes/no question, shown as a confirm prompt
    default: Id | None = None
    section: Id | None = None
    asked_if: Condition | None = None
    options: tuple[Option, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> Question:
        _unique([o.id for o in self.options], f"question {self.id!r} option")
        ids = {o.id for o in self.options}
        if self.default is not None and self.default not in ids:
            raise ValueError(f"default {self.default!r} is not one of the options {sorted(ids)}")
        if self.confirm and (self.kind != "single" or ids != {"yes", "no"}):
            raise ValueError("a confirm question is single and has exactly the options yes and no")
        if self.kind == "multiple" and self.default is not None:
            raise ValueError("a multiple question starts with nothing selected; remove default")
        return self

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def default_option(self) -> Option:
        """The option Enter picks: the declared default, else 'no' for confirms, else the first."""
        wanted = self.default or ("no" if self.confirm else None)
        found = self.option(wanted) if wanted else None
        return found or self.options[0]


class Band(Model):
    min: int
    max: int
    label: Text


class Subscale(Model):
    id: Id
    name: Text
    questions: tuple[Id, ...] = Field(min_length=1)
    threshold: int
    positive: Text  # the sentence shown when the subscale reaches the threshold


class Screen(Model):
    """A short validated symptom check (PHQ-4): shown as a screen, never a diagnosis."""

    section: Id
    name: Text
    intro: Text
    bands: tuple[Band, ...] = Field(min_length=1)
    subscales: tuple[Subscale, ...] = ()
    note: Text
    attribution: Text


class DecisionItem(Model):
    id: Id
    text: Text


class DecisionCheck(Model):
    """The SURE test: four yes/no items about how sure a person feels about a decision."""

    name: Text
    offer: Text
    items: tuple[DecisionItem, ...] = Field(min_length=1)
    threshold: int  # a score at or below this gets the gentle suggestion
    low: Text
    high: Text
    attribution: Text


class Strength(Model):
    min: int  # the smallest absolute difference of the totals that earns this label
    label: Text


class Outcome(Model):
    headline: Text
    detail: Text


class ResultText(Model):
    therapy: Outcome
    psychotherapy: Outcome
    either: Outcome
    crisis: Outcome
    both_note: Text
    next_steps: dict[str, tuple[Text, ...]]
    disclaimer: Text


class Scoring(Model):
    margin: int = Field(ge=1)
    strengths: tuple[Strength, ...] = Field(min_length=1)

    def strength(self, difference: int) -> str:
        """The label for how strongly the answers lean, by the absolute difference."""
        fitting = [s for s in self.strengths if abs(difference) >= s.min]
        return max(fitting, key=lambda s: s.min).label if fitting else self.strengths[0].label


class QuestionBank(Model):
    """The quiz: questions in order, how they are scored, and the words of the result."""

    safety: Id
    questions: tuple[Question, ...] = Field(min_length=1)
    scoring: Scoring
    screen: Screen | None = None
    decision_check: DecisionCheck | None = None
    result: ResultText

    @model_validator(mode="after")
    def _check(self) -> QuestionBank:
        _unique([q.id for q in self.questions], "question")
        by_id = {q.id: q for q in self.questions}
        first = self.questions[0]
        if first.id != self.safety:
            raise ValueError(f"the first question must be the safety question {self.safety!r}")
        if not any(o.crisis for o in first.options):
            raise ValueError(f"the safety question {self.safety!r} needs a crisis = true option")
        if first.default_option.crisis:
            raise ValueError("the safety question's default must not be the crisis option")
        seen: set[str] = set()
        for q in self.questions:
            if q.asked_if is not None:
                cond = by_id.get(q.asked_if.question)
                if cond is None or cond.id not in seen:
                    raise ValueError(
                        f"question {q.id!r}: asked_if names {q.asked_if.question!r}, "
                        "which is not an earlier question"
                    )
                if cond.option(q.asked_if.option) is None:
                    raise ValueError(
                        f"question {q.id!r}: asked_if option {q.asked_if.option!r} "
                        f"is not an option of {cond.id!r}"
                    )
            seen.add(q.id)
        if self.screen is not None:
            in_section = {q.id for q in self.questions if q.section == self.screen.section}
            for sub in self.screen.subscales:
                missing = set(sub.questions) - in_section
                if missing:
                    raise ValueError(
                        f"subscale {sub.id!r} names questions outside the screen: {sorted(missing)}"
                    )
        return self

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


# --- safety and trust ----------------------------------------------------------------


class Resource(Model):
    name: Text
    contact: Text
    when: Text  # when to use it
    who: Text  # who answers: clinicians, trained volunteers, emergency services
    chat: str = ""
    hours: str = ""
    url: str = ""
    notes: tuple[Text, ...] = ()


class Region(Model):
    name: Text
    resources: tuple[Resource, ...] = Field(min_length=1)


class CrisisDirectory(Model):
    checked: date  # the day each number was checked against the service's own pages
    default: Text
    intro: Text
    aliases: dict[str, str] = {}
    regions: dict[str, Region] = Field(min_length=1)
    elsewhere: Resource  # for anyone outside the listed regions

    @model_validator(mode="after")
    def _check(self) -> CrisisDirectory:
        for code in self.regions:
            if code != code.upper():
                raise ValueError(f"region code {code!r} must be upper case")
        if self.default not in self.regions:
            raise ValueError(f"default region {self.default!r} is not a listed region")
        for alias, target in self.aliases.items():
            if target not in self.regions:
                raise ValueError(f"alias {alias!r} points to unknown region {target!r}")
        return self

    @property
    def codes(self) -> list[str]:
        return sorted(self.regions)


class Provider(Model):
    id: Id
    name: Text
    titles: tuple[Text, ...] = ()
    training: Text
    offers: Text
    prescribes: bool = False


class Provision(Model):
    title: Text
    intro: Text
    providers: tuple[Provider, ...] = Field(min_length=1)
    in_training: Text
    verify: tuple[Text, ...] = Field(min_length=1)
    first_appointment: tuple[Text, ...] = Field(min_length=1)
    note: Text

    @model_validator(mode="after")
    def _ids_unique(self) -> Provision:
        _unique([p.id for p in self.providers], "provider")
        return self


class Reference(Model):
    name: Text
    use: Text
    attribution: Text


class About(Model):
    purpose: Text
    is_not: tuple[Text, ...] = Field(min_length=1)
    sources: tuple[Reference, ...] = Field(min_length=1)
    reviewed: date
    privacy: tuple[Text, ...] = Field(min_length=1)
    report: Text


# --- loading -------------------------------------------------------------------------


def data_dir() -> Path:
    """Where the content lives: $THERAPY_GUIDE_DATA_DIR, the wheel's copy, or the checkout's."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    packaged = Path(__file__).parent / "data"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "data"


M = TypeVar("M", bound=Model)


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_file(name: str, model: type[M], directory: Path | None = None) -> M:
    """Read data/NAME and validate it into MODEL, or raise ContentError naming file and field."""
    path = (directory or data_dir()) / name
    try:
        with path.open("rb") as fh:
            raw: dict[str, Any] = tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError(
            f"content file {path} is missing", hint=f"reinstall therapy-guide, or check ${DATA_ENV}"
        ) from None
    except OSError as exc:
        raise ContentError(f"content file {path} cannot be read: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"content file {path} is not valid TOML: {exc}") from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{_location(e['loc'])}: {e['msg']}" for e in exc.errors()]
        lines = "\n".join(f"  - {p}" for p in problems)
        raise ContentError(
            f"content file {path} does not fit the expected shape:\n{lines}"
        ) from None


_loaded: dict[tuple[str, Path], Model] = {}


def _load(name: str, model: type[M], directory: Path) -> M:
    key = (name, directory)
    if key not in _loaded:
        _loaded[key] = load_file(name, model, directory)
    found = _loaded[key]
    assert isinstance(found, model)
    return found


# One loader per file, so a command reads and validates only the content it shows.
# Cached per folder: tests point $THERAPY_GUIDE_DATA_DIR at copies.


def comparison() -> Comparison:
    return _load("compare.toml", Comparison, data_dir())


def myths() -> Myths:
    return _load("myths.toml", Myths, data_dir())


def question_bank() -> QuestionBank:
    return _load("questions.toml", QuestionBank, data_dir())


def crisis_directory() -> CrisisDirectory:
    return _load("crisis.toml", CrisisDirectory, data_dir())


def provision() -> Provision:
    return _load("providers.toml", Provision, data_dir())


def about() -> About:
    return _load("about.toml", About, data_dir())
