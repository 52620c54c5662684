"""approaches as a user runs it: the kinds of talk therapy, each described (never
prescribed) with what it rests on, and every view ending with the advice to ask a
licensed professional whether it fits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from toolkit.reading import schema_errors, words
from toolkit.running import invoke

from therapy_guide.core import content
from therapy_guide.core import words as w

ASKED_FOR = {
    "cbt",
    "dbt",
    "emdr",
    "psychodynamic",
    "ipt",
    "act",
    "erp",
    "couples_family",
    "person_centred",
    "solution_focused",
    "grief",
}
FIELDS = ("id", "name", "session", "used_for", "length", "side", "side_why", "source")
# Each source names a guideline body or a kind of review.
SOURCE = re.compile(r"NICE|American Psychological Association|Cochrane|review", re.IGNORECASE)


def approaches_json(*args: str) -> dict[str, object]:
    done = invoke("approaches", *args, "--json")
    assert done.exit_code == 0, done.stderr
    document: dict[str, object] = json.loads(done.stdout)
    return document


def test_at_least_ten_approaches_each_with_every_field_and_a_source() -> None:
    document = approaches_json()
    approaches = document["approaches"]
    assert isinstance(approaches, list)
    assert len(approaches) >= 10
    assert {a["id"] for a in approaches} >= ASKED_FOR
    for approach in approaches:
        assert all(approach[field] for field in FIELDS), approach["id"]
        assert approach["side"] in ("therapy", "psychotherapy", "both")
        assert SOURCE.search(approach["source"]), approach["id"]
    assert schema_errors("approaches", document) == []


def test_each_side_of_the_articles_line_is_represented() -> None:
    sides = {a.side for a in content.approaches().approaches}
    assert sides == {"therapy", "psychotherapy", "both"}


def test_id_cbt_shows_cbt_alone_and_ends_with_ask_a_licensed_professional() -> None:
    done = invoke("approaches", "--id", "cbt")
    assert done.exit_code == 0
    text = words(done.stdout)
    assert "Cognitive behavioral therapy (CBT)" in text
    assert "Which side: Both therapy and psychotherapy. CBT is a psychotherapy" in text
    assert "Dialectical" not in text
    assert done.stdout.strip().splitlines()[-1] == w.ASK_IF_IT_FITS


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_every_view_ends_with_ask_a_licensed_professional(fmt: str) -> None:
    for args in ([], ["--id", "grief"]):
        done = invoke("approaches", *args, "--format", fmt)
        assert done.exit_code == 0
        assert w.ASK_IF_IT_FITS in done.stdout.strip().splitlines()[-1]


def test_every_id_shows_that_approach_alone_and_validates() -> None:
    for approach in content.approaches().approaches:
        document = approaches_json("--id", approach.id.upper())
        shown = document["approaches"]
        assert isinstance(shown, list)
        assert [a["id"] for a in shown] == [approach.id]
        assert document["disclaimer"] == w.ASK_IF_IT_FITS
        assert schema_errors("approaches", document) == []


def test_an_unknown_id_is_exit_2_and_names_every_id() -> None:
    done = invoke("approaches", "--id", "hypnosis")
    assert done.exit_code == 2
    assert done.stdout == ""
    message = words(done.stderr)
    assert "there is no approach 'hypnosis'" in message
    assert all(approach_id in message for approach_id in ASKED_FOR)


def test_a_content_file_with_fewer_than_ten_approaches_is_refused(data_copy: Path) -> None:
    path = data_copy / "approaches.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index('[[approaches]]\nid = "dbt"')], encoding="utf-8")
    done = invoke("approaches", env={content.DATA_ENV: str(data_copy)})
    assert done.exit_code == 2
    assert "approaches.toml" in done.stderr
    assert "approaches" in done.stderr.split("approaches.toml", 1)[1]
