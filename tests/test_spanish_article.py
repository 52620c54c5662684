"""The article's words in Spanish (issue #20): shown as our translation and said to be
ours, "(traducción nuestra)", once a view or section; the English original kept in the
JSON (`quote_en`) and named in a saved summary's sources; our balance notes found in the
Spanish as they are in the English. English output gains nothing.

The English originals are read from data/*.toml here, not through the program, so a
`quote_en` that drifted from the article's words is caught.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from toolkit import DATA, answers_leading_to, invoke, schema_errors

from therapy_guide.core import content, language
from therapy_guide.core.content.translation import lay_over
from therapy_guide.views.balance import balanced
from therapy_guide.views.compare import compare_view
from therapy_guide.views.document import Block, Entry, Numbered, Paragraph, Section, View
from therapy_guide.views.myths import myths_view

MARKER = "(traducción nuestra)"
ENGLISH_MARKERS = ("(our translation)", "What the article says", "The article is in English")
SPANISH = DATA / "es"


def english_file(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def spanish_file(name: str) -> dict[str, Any]:
    """data/NAME with data/es/NAME laid over it, as the program reads it in Spanish."""
    path = SPANISH / name
    other = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return lay_over(english_file(name), other)


def shown(*args: str, stdin: str | None = None) -> str:
    done = invoke(*args, stdin=stdin)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def document(*args: str, stdin: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(shown(*args, "--format", "json", stdin=stdin))
    return found


ASPECT_IDS = [a["id"] for a in english_file("compare.toml")["aspects"]]
EITHER = json.dumps(answers_leading_to("either"))
THERAPY = json.dumps(answers_leading_to("therapy"))


# --- the marker ------------------------------------------------------------------------


@pytest.mark.parametrize("args", [(), ("--full",), ("--aspect", "depth")])
def test_compare_in_spanish_says_once_under_its_title_that_the_words_are_our_translation(
    args: tuple[str, ...],
) -> None:
    page = shown("compare", *args, "--lang", "es", "--format", "markdown")
    lines = [line for line in page.splitlines() if line.strip()]
    assert lines[0] == "# Terapia vs. psicoterapia"
    assert lines[1] == f"_Lo que dice el artículo {MARKER}_"
    assert page.count(MARKER) == 1
    text = shown("compare", *args, "--lang", "es")  # a pipe in Spanish keeps its accents
    assert text.splitlines()[1] == f"Lo que dice el artículo {MARKER}"


def test_myths_in_spanish_say_it_once_on_the_first_of_the_articles_answers() -> None:
    page = shown("myths", "--lang", "es", "--format", "markdown")
    assert page.count(MARKER) == 1
    first = page.index(MARKER)
    myths = english_file("myths.toml")["myths"]
    assert myths[0].get("origin", "article") == "article"
    spanish = spanish_file("myths.toml")["myths"]
    # On the label of the first myth's answer, before the article's words.
    assert page.index(spanish[0]["myth"]) < first < page.index(spanish[0]["fact"])
    assert page.index(spanish[1]["myth"]) > first


def sections_quoting(page: str, levels: int) -> list[str]:
    """The sections of a markdown PAGE (split at headings of up to LEVELS #) that quote the
    article, its words in “ ”; a page's sources cite its title, and are left out."""
    sections = re.split(rf"\n(?=#{{1,{levels}}} )", page)
    return [s for s in sections[:-1] if "“" in s]


def assert_marked_once_after_a_quote(section: str) -> None:
    assert section.count(MARKER) == 1, section[:300]
    # Right after the article's words: a closing quote, perhaps a full stop or a comma.
    assert re.search(r"”[.,;]? " + re.escape(MARKER), section), section[:300]


def test_a_spanish_result_marks_the_article_once_in_each_section_that_quotes_it() -> None:
    page = shown("quiz", "--answers", "-", "--no-input", "--lang", "es", "--format", "markdown",
                 stdin=THERAPY)  # fmt: skip
    quoting = sections_quoting(page, 2)  # ### are the reasons, within their section
    assert len(quoting) >= 2, "the suggestion's detail and the reasons quote the article"
    for section in quoting:
        assert_marked_once_after_a_quote(section)
    assert page.count(MARKER) == len(quoting)


@pytest.mark.parametrize(
    ("answers", "quoted"),
    [(THERAPY, "its reasons"), (EITHER, "its note on both")],
    ids=["therapy", "either"],
)
def test_a_spanish_summary_marks_the_article_and_names_the_english_original(
    tmp_path: Path, answers: str, quoted: str
) -> None:
    saved = tmp_path / "resumen.md"
    shown("quiz", "--answers", "-", "--no-input", "--lang", "es", "--save", str(saved),
          stdin=answers)  # fmt: skip
    page = saved.read_text(encoding="utf-8")
    quoting = sections_quoting(page, 3)  # the reasons are a section of the suggestion's
    assert quoting, f"{quoted} quote the article"
    for section in quoting:
        assert_marked_once_after_a_quote(section)
    sources = page[page.rindex("\n## ") :]
    title = english_file("compare.toml")["source"]["title"]
    assert f"“{title}”" in sources, "the article by its own title, in English"
    assert (
        "El artículo está en inglés. Sus palabras citadas aquí son traducción nuestra." in sources
    )


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("compare", "--full"), None),
        (("compare", "--aspect", "depth"), None),
        (("myths",), None),
        (("quiz", "--answers", "-", "--no-input"), EITHER),
        (("quiz", "--answers", "-", "--no-input"), THERAPY),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_english_output_has_no_marker_and_no_quote_en(
    args: tuple[str, ...], stdin: str | None, fmt: str
) -> None:
    out = shown(*args, "--format", fmt, stdin=stdin)
    for marker in (*ENGLISH_MARKERS, MARKER, "traduccion nuestra", "quote_en"):
        assert marker not in out, marker


def test_an_english_summary_has_no_marker(tmp_path: Path) -> None:
    saved = tmp_path / "summary.md"
    shown("quiz", "--answers", "-", "--no-input", "--save", str(saved), stdin=EITHER)
    page = saved.read_text(encoding="utf-8")
    for marker in (*ENGLISH_MARKERS, MARKER):
        assert marker not in page, marker


# --- the English originals in JSON ----------------------------------------------------


def test_compare_json_in_spanish_keeps_the_articles_english_beside_each_part() -> None:
    english = english_file("compare.toml")
    doc = document("compare", "--lang", "es")
    assert schema_errors("compare", doc) == []
    assert doc["title"] != english["title"], "the values are Spanish"
    assert doc["quote_en"] == {k: english[k] for k in ("title", "notes", "conclusion")}
    by_id = {a["id"]: a for a in english["aspects"]}
    assert [a["id"] for a in doc["aspects"]] == ASPECT_IDS
    for aspect in doc["aspects"]:
        original = by_id[aspect["id"]]
        assert aspect["quote_en"] == {k: original[k] for k in ("name", "therapy", "psychotherapy")}
        assert aspect["therapy"] != original["therapy"]
    assert doc["consider"]["quote_en"] == english["consider"]
    assert doc["example"]["quote_en"] == english["example"]
    for shown_one, original in zip(doc["definitions"], english["definitions"], strict=True):
        assert shown_one["quote_en"] == original
    assert doc["source"]["quote_en"] == {"title": english["source"]["title"]}


@pytest.mark.parametrize("aspect", ASPECT_IDS)
def test_one_aspect_in_spanish_keeps_its_english(aspect: str) -> None:
    doc = document("compare", "--aspect", aspect, "--lang", "es")
    assert schema_errors("compare", doc) == []
    original = next(a for a in english_file("compare.toml")["aspects"] if a["id"] == aspect)
    assert doc["aspects"][0]["quote_en"]["therapy"] == original["therapy"]


def test_myths_json_in_spanish_keeps_the_english_of_the_articles_myths_only() -> None:
    english = {m["id"]: m for m in english_file("myths.toml")["myths"]}
    doc = document("myths", "--lang", "es")
    assert schema_errors("myths", doc) == []
    assert [m["id"] for m in doc["myths"]] == list(english)
    for myth in doc["myths"]:
        original = english[myth["id"]]
        assert myth["myth"] != original["myth"], "the values are Spanish"
        if original.get("origin", "article") == "article":
            assert myth["quote_en"] == {"myth": original["myth"], "fact": original["fact"]}
        else:
            assert "quote_en" not in myth, "our own myth is not the article's words"


@pytest.mark.parametrize("command", ["compare", "myths"])
def test_balance_notes_in_spanish_json_keep_the_english_quote(command: str) -> None:
    english = {n["id"]: n["quote"] for n in english_file("balance.toml")["notes"]}
    notes = document(command, "--lang", "es")["balance_notes"]
    assert notes
    for note in notes:
        assert note["quote_en"] == english[note["id"]]
        assert note["quote"] != note["quote_en"]


# --- the balance notes find their words in Spanish -------------------------------------


def texts(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for place, value in enumerate(node):
            yield from texts(value, f"{path}[{place}]")


def test_each_spanish_quote_is_where_the_english_quote_is_and_nowhere_else() -> None:
    """Wherever a content file's English holds a note's English quote, its Spanish holds the
    note's Spanish quote, and nowhere else: so each note goes beside the same words in both
    languages. Texts not translated yet (another file's work) are left out."""
    notes = spanish_file("balance.toml")["notes"]
    assert all(n["quote"] != n["quote_en"] for n in notes), "every quote is translated"
    checked = 0
    for file in sorted(DATA.glob("*.toml")):
        if file.name == "balance.toml":
            continue  # the notes themselves: shown beside the words, never searched
        english = dict(texts(english_file(file.name)))
        spanish = dict(texts(spanish_file(file.name)))
        for path, text in spanish.items():
            if path not in english or text == english[path]:
                continue  # not translated (yet), or a name kept in English
            for n in notes:
                english_has = n["quote_en"].casefold() in english[path].casefold()
                spanish_has = n["quote"].casefold() in text.casefold()
                assert english_has == spanish_has, (file.name, path, n["id"], text)
                checked += english_has
    assert checked >= 6, "compare and myths alone hold six of the quoted words"


def blocks_in(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Section | Entry):
            yield from blocks_in(block.body)
        elif isinstance(block, Numbered):
            yield from blocks_in(block.details)


def notes_beside(view: View) -> tuple[list[str], list[str]]:
    """The ids of the notes VIEW shows beside the article's words, in order, and of those
    its JSON carries."""
    notes = content.balance_notes()
    done = balanced(view, notes)
    placed = [b.text for b in blocks_in(done.blocks) if isinstance(b, Paragraph)]
    ids = [n.id for text in placed for n in notes.notes if text == f"{notes.label}: {n.text}"]
    return ids, [n["id"] for n in done.document.get("balance_notes", [])]


def view_named(name: str) -> View:
    """The view `therapy-guide NAME` builds: compare (with --full, or --aspect ID), myths."""
    if name == "myths":
        return myths_view(content.myths())
    words = name.split()
    aspect = words[2] if words[1:2] == ["--aspect"] else None
    return compare_view(content.comparison(), aspect, full="--full" in words)


VIEWS = ["compare", "compare --full", *(f"compare --aspect {a}" for a in ASPECT_IDS), "myths"]


@pytest.mark.parametrize("name", VIEWS)
def test_each_view_shows_the_same_notes_in_the_same_places_in_both_languages(name: str) -> None:
    with language.speaking("en"):
        english = notes_beside(view_named(name))
    with language.speaking("es"):
        spanish = notes_beside(view_named(name))
    assert english[0] or english[1], "each of these views shows the article's one-sided words"
    assert spanish == english


@pytest.mark.skipif(
    not (SPANISH / "questions.toml").exists(), reason="the quiz's Spanish is another branch's"
)
@pytest.mark.parametrize("answers", [EITHER, THERAPY], ids=["either", "therapy"])
def test_a_quiz_result_shows_the_same_notes_in_both_languages(answers: str) -> None:
    english = document("quiz", "--answers", "-", "--no-input", stdin=answers)
    spanish = document("quiz", "--answers", "-", "--no-input", "--lang", "es", stdin=answers)
    assert schema_errors("quiz", spanish) == []
    notes = english.get("balance_notes", [])
    assert [n["id"] for n in spanish.get("balance_notes", [])] == [n["id"] for n in notes]
    for there, here in zip(notes, spanish.get("balance_notes", []), strict=True):
        assert here["quote_en"] == there["quote"]
