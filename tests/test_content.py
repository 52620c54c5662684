"""The content under data/: it loads, it says what the source article says, and a broken
file is a clear error that names the file and the field, never a traceback."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from toolkit.places import REPO
from toolkit.running import invoke

from therapy_guide.core import content
from therapy_guide.core.errors import ContentError, ExitCode

# Every content file's loader (test_every_content_file_has_a_loader_here keeps it whole).
LOADERS: dict[str, Callable[[], Any]] = {
    "compare.toml": content.comparison,
    "myths.toml": content.myths,
    "questions.toml": content.question_bank,
    "crisis.toml": content.crisis_directory,
    "emergency.toml": content.emergency_table,
    "providers.toml": content.provision,
    "about.toml": content.about,
    "care.toml": content.care,
    "approaches.toml": content.approaches,
    "balance.toml": content.balance_notes,
}
# A command that reads each file.
COMMAND_FOR = {
    "compare.toml": ("compare",),
    "myths.toml": ("myths",),
    "questions.toml": ("questions",),
    "crisis.toml": ("crisis",),
    "emergency.toml": ("crisis", "--region", "IT"),  # a country without lines of its own
    "providers.toml": ("providers",),
    "about.toml": ("about",),
    "care.toml": ("find-care",),
    "approaches.toml": ("approaches",),
    "balance.toml": ("compare",),
}

# --- the source article --------------------------------------------------------------

ARTICLE_NAME = "therapy-vs-psychotherapy.txt"
ARTICLE_PLACES = [REPO / "tests" / "seed" / ARTICLE_NAME]


@pytest.fixture(scope="module")
def article() -> list[str]:
    """The source article's non-blank lines, stripped. Skips where the article is absent."""
    places = [Path(p) for p in [os.environ.get("THERAPY_GUIDE_ARTICLE")] if p] + ARTICLE_PLACES
    for place in places:
        if place.is_file():
            text = place.read_text(encoding="utf-8")
            return [line.strip() for line in text.splitlines() if line.strip()]
    pytest.skip(f"the source article {ARTICLE_NAME} is not at any of {places}")


def after(lines: list[str], heading: str) -> list[str]:
    return lines[lines.index(heading) + 1 :]


def article_table(lines: list[str]) -> list[tuple[str, str, str]]:
    """The comparison table: after the header cells Aspect/Therapy/Psychotherapy, three
    cells per row, up to the paragraph that starts 'For example'."""
    start = lines.index("Aspect")
    assert lines[start : start + 3] == ["Aspect", "Therapy", "Psychotherapy"]
    cells = []
    for line in lines[start + 3 :]:
        if line.startswith("For example"):
            break
        cells.append(line)
    assert len(cells) % 3 == 0, cells
    return [(cells[i], cells[i + 1], cells[i + 2]) for i in range(0, len(cells), 3)]


def article_bullets(lines: list[str], heading: str) -> list[str]:
    items = []
    for line in after(lines, heading):
        if not line.startswith("•"):
            break
        items.append(line.removeprefix("•").strip())
    return items


def article_misconceptions(lines: list[str]) -> list[tuple[str, str]]:
    """Numbered misconceptions, each followed by its correction on the next line."""
    body = after(lines, "Common Misconceptions About Therapy and Psychotherapy")
    pairs = []
    for line, following in itertools.pairwise(body):
        numbered = re.match(r"^\d+\.\s+(.+)$", line)
        if numbered:
            pairs.append((numbered.group(1), following))
    return pairs


def paragraph_starting(lines: list[str], start: str) -> str:
    found = [line for line in lines if line.startswith(start)]
    assert len(found) == 1, f"expected one paragraph starting {start!r}, found {found}"
    return found[0]


# --- every shipped file loads --------------------------------------------------------


# A free-text field near the top of each file, to edit in a copy.
EDITABLE = {
    "compare.toml": "title",
    "myths.toml": "title",
    "questions.toml": "text",
    "crisis.toml": "intro",
    "emergency.toml": "source",
    "providers.toml": "intro",
    "about.toml": "purpose",
    "care.toml": "intro",
    "approaches.toml": "intro",
    "balance.toml": "label",
}


def test_every_content_file_has_a_loader_here() -> None:
    shipped = sorted(p.name for p in content.data_dir().glob("*.toml"))
    assert shipped == sorted(LOADERS) == sorted(EDITABLE) == sorted(COMMAND_FOR)


@pytest.mark.parametrize("name", LOADERS)
def test_every_content_file_is_read_from_the_folder_the_setting_names(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    shipped = LOADERS[name]()  # loads, and is now cached
    assert "Edited copy" not in shipped.model_dump_json()
    edit(data_copy / name, rf'^{EDITABLE[name]} = "', f'{EDITABLE[name]} = "Edited copy"\n')
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))
    assert "Edited copy" in LOADERS[name]().model_dump_json()
    monkeypatch.delenv(content.DATA_ENV)
    assert LOADERS[name]() == shipped


def test_loaded_content_cannot_be_changed_after_loading() -> None:
    comparison = content.comparison()
    with pytest.raises(ValidationError):
        comparison.title = "something else"  # type: ignore[misc]


def test_the_content_folder_can_be_pointed_elsewhere(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped_title = content.comparison().title
    compare = data_copy / "compare.toml"
    compare.write_text(
        re.sub(r'(?m)^title = ".*"$', 'title = "Edited copy"', compare.read_text(), count=1),
        encoding="utf-8",
    )
    monkeypatch.setenv("THERAPY_GUIDE_DATA_DIR", str(data_copy))
    assert content.comparison().title == "Edited copy"
    monkeypatch.delenv("THERAPY_GUIDE_DATA_DIR")
    assert content.comparison().title == shipped_title


# --- faithful to the article ---------------------------------------------------------


def test_the_comparison_has_the_five_aspects_with_their_ids() -> None:
    ids = [a.id for a in content.comparison().aspects]
    assert ids == ["focus", "approach", "depth", "provider", "duration"]


def test_each_aspect_uses_the_articles_own_words(article: list[str]) -> None:
    table = article_table(article)
    assert len(table) == 5
    aspects = content.comparison().aspects
    assert len(aspects) == len(table)
    for aspect, (name, therapy, psychotherapy) in zip(aspects, table, strict=True):
        assert aspect.name.casefold() == name.casefold()
        assert aspect.therapy == therapy
        assert aspect.psychotherapy == psychotherapy


@pytest.mark.parametrize("approach", ["therapy", "psychotherapy"])
def test_both_consider_if_lists_are_the_articles_four_items(
    article: list[str], approach: str
) -> None:
    items = article_bullets(article, f"You might consider {approach} if you:")
    assert len(items) == 4
    assert list(getattr(content.comparison().consider, approach)) == items


def test_the_intrusive_thoughts_example_is_the_articles(article: list[str]) -> None:
    example = content.comparison().example
    lead = "For example, a person struggling with intrusive thoughts may "
    with_therapy = paragraph_starting(article, lead).removeprefix(lead)
    with_psychotherapy = paragraph_starting(article, "In psychotherapy, however,")
    # Drop the lead-in sentence; the rest is the psychotherapist's part, word for word.
    with_psychotherapy = with_psychotherapy.split(". ", 1)[1]

    assert "intrusive thoughts" in example.situation.lower()
    assert with_therapy in example.therapy
    assert with_psychotherapy in example.psychotherapy


def test_a_psychotherapist_can_offer_both_and_a_therapist_cannot_offer_psychotherapy(
    article: list[str],
) -> None:
    both = paragraph_starting(article, "A psychotherapist can offer both")
    notes = content.comparison().notes
    assert both in notes
    assert any("A psychotherapist can offer both therapy and psychotherapy" in n for n in notes)
    assert any("a therapist cannot offer psychotherapy" in n for n in notes)


def test_the_three_misconceptions_and_their_corrections_are_the_articles(
    article: list[str],
) -> None:
    expected = article_misconceptions(article)
    assert len(expected) == 3
    from_article = [(m.myth, m.fact) for m in content.myths().myths if m.origin == "article"]
    assert from_article == expected


def test_the_therapy_definition_opens_with_the_articles_sentence(article: list[str]) -> None:
    opening = paragraph_starting(article, "Therapy is a broad term").split(". ")[0] + "."
    definitions = {d.term: d for d in content.comparison().definitions}
    assert set(definitions) == {"Therapy", "Psychotherapy"}
    assert definitions["Therapy"].summary == opening


# --- balance -------------------------------------------------------------------------


def test_the_balance_note_on_job_titles_says_they_overlap_in_california_law() -> None:
    notes = content.balance_notes().for_text("a therapist cannot offer psychotherapy as it")
    assert len(notes) == 1
    assert "Evidence Code 1010" in notes[0].text
    assert "California" in notes[0].text
    assert "trained" in notes[0].text


def test_the_balance_note_is_a_fourth_myth_marked_as_ours() -> None:
    myths = content.myths().myths
    assert len(myths) >= 4
    added = [m for m in myths if m.origin == "balance"]
    assert len(added) == 1
    assert "Evidence Code 1010" in added[0].fact
    assert "California" in added[0].fact


# --- broken copies -------------------------------------------------------------------


def edit(path: Path, pattern: str, replacement: str) -> int:
    """Replace the first line matching PATTERN; return its 1-based line number.

    In REPLACEMENT, {line} stands for the line being replaced.
    """
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        if re.match(pattern, line):
            lines[number - 1] = replacement.replace("{line}", line.rstrip("\n"))
            path.write_text("".join(lines), encoding="utf-8")
            return number
    raise AssertionError(f"no line of {path.name} matches {pattern!r}")


BROKEN = {
    "a missing field": (
        "compare.toml",
        r'^title = "',
        "\n",
        ["compare.toml", "title: Field required"],
    ),
    "a wrong type": (
        "myths.toml",
        r"^myth = ",
        "myth = 42\n",
        ["myths.toml", "myths[0].myth", "valid string"],
    ),
    "an empty text": (
        "compare.toml",
        r'^name = "',
        'name = "   "\n',
        ["compare.toml", "aspects[0].name", "at least 1 character"],
    ),
    "a duplicate aspect id": (
        "compare.toml",
        r'^id = "duration"',
        'id = "focus"\n',
        ["compare.toml", "aspect id 'focus' is used twice"],
    ),
    "an extra unknown key": (
        "compare.toml",
        r"^\[\[aspects\]\]",
        '{line}\ncolour = "blue"\n',
        ["compare.toml", "aspects[0].colour", "Extra inputs are not permitted"],
    ),
    "a crisis line without its source": (
        "crisis.toml",
        r"^source = .*988 Lifeline",
        "\n",
        ["crisis.toml", "regions.US.resources[0].source (in '988 Suicide & Crisis Lifeline')"],
    ),
    "a route without its date": (
        "care.toml",
        r"^checked = ",
        "\n",
        ["care.toml", "general.routes[0].checked (in 'doctor'): Field required"],
    ),
    "an approach without its date": (
        "approaches.toml",
        r"^checked = ",
        "\n",
        ["approaches.toml", "approaches[0].checked (in 'cbt'): Field required"],
    ),
    "a balance note without its source": (
        "balance.toml",
        r"^source = ",
        "\n",
        ["balance.toml", "notes[0].source (in 'titles'): Field required"],
    ),
    "an unknown key at the top": (
        "crisis.toml",
        r"^default = ",
        "{line}\nbogus = 1\n",
        ["crisis.toml", "bogus", "Extra inputs are not permitted"],
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_content_file_names_the_file_and_the_field(data_copy: Path, case: str) -> None:
    name, pattern, replacement, expected = BROKEN[case]
    edit(data_copy / name, pattern, replacement)
    with pytest.raises(ContentError) as caught:
        content.load_file(name, type(LOADERS[name]()), data_copy)
    for fragment in expected:
        assert fragment in caught.value.message
    assert caught.value.exit_code == ExitCode.USAGE


def test_invalid_toml_is_reported_with_its_line_and_column(data_copy: Path) -> None:
    line = edit(data_copy / "compare.toml", r'^title = "', 'title = "unterminated\n')
    with pytest.raises(ContentError) as caught:
        content.load_file("compare.toml", content.Comparison, data_copy)
    message = caught.value.message
    assert "compare.toml" in message
    assert "not valid TOML" in message
    assert re.search(rf"line {line}, column \d+", message), message


def test_a_missing_content_file_is_named(data_copy: Path) -> None:
    (data_copy / "myths.toml").unlink()
    with pytest.raises(ContentError) as caught:
        content.load_file("myths.toml", content.Myths, data_copy)
    assert "myths.toml" in caught.value.message
    assert "missing" in caught.value.message


def test_a_broken_copy_fails_even_after_the_shipped_file_was_loaded(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content.myths()  # the shipped file, now cached
    edit(data_copy / "myths.toml", r"^myth = ", "myth = 42\n")
    monkeypatch.setenv("THERAPY_GUIDE_DATA_DIR", str(data_copy))
    with pytest.raises(ContentError, match=r"myths\.toml"):
        content.myths()


@pytest.mark.parametrize("name", COMMAND_FOR)
def test_a_broken_content_file_is_exit_2_with_the_file_named_and_no_traceback(
    data_copy: Path, name: str
) -> None:
    path = data_copy / name
    path.write_text("bogus_key = 1\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    env = {"THERAPY_GUIDE_DATA_DIR": str(data_copy)}
    rc, stdout, stderr = invoke(*COMMAND_FOR[name], env=env)
    assert rc == 2
    assert stdout == ""
    assert str(path) in stderr
    assert "bogus_key" in stderr
    assert "Traceback" not in stderr
    # Broken content must never leave a person without somewhere to turn.
    assert "988" in stderr and "findahelpline.com" in stderr


def test_a_long_content_path_is_printed_on_one_line_so_it_can_be_copied(
    data_copy: Path,
) -> None:
    deep = data_copy.parent / ("a-rather-long-folder-name-" * 3) / "data"
    deep.parent.mkdir()
    data_copy.rename(deep)
    (deep / "myths.toml").write_text("title = [\n", encoding="utf-8")
    rc, _, stderr = invoke("myths", env={"THERAPY_GUIDE_DATA_DIR": str(deep), "COLUMNS": "80"})
    assert rc == 2
    assert any(str(deep / "myths.toml") in line for line in stderr.splitlines())
