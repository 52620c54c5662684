"""Every command's --format json output is one JSON document that validates against its
schema in docs/schema (JSON Schema draft 2020-12), with schema_version 1; the schemas require
the keys docs/json.md promises, and the examples in docs/json.md are real output.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from functools import cache

import pytest
from jsonschema import Draft202012Validator
from toolkit.answers import Leaning, answers_leading_to
from toolkit.places import COMMANDS, REPO, Document
from toolkit.reading import schema, schema_errors
from toolkit.running import invoke, run_program_once

from therapy_guide.core.content import crisis_directory

DRAFT = "https://json-schema.org/draft/2020-12/schema"
QUIZ = ("quiz", "--no-input", "--format", "json", "--answers", "-")
THERAPY_ANSWERS = json.dumps(answers_leading_to("therapy"))

# --- what docs/json.md promises ------------------------------------------------------

BACKTICKED = re.compile(r"`([^`]+)`")


def groups(text: str) -> list[tuple[str, str]]:
    """TEXT's top-level parts: ("name", n) for each `n` outside parentheses, and
    ("group", g) for each parenthesised g (nested parentheses kept inside it)."""
    parts: list[tuple[str, str]] = []
    depth, start = 0, 0
    for at, char in enumerate(text):
        if char == "(":
            if depth == 0:
                parts += [("name", n) for n in BACKTICKED.findall(text[start:at])]
                start = at + 1
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                parts.append(("group", text[start:at]))
                start = at + 1
    parts += [("name", n) for n in BACKTICKED.findall(text[start:])]
    return parts


def outer(text: str) -> str:
    """TEXT without anything in parentheses."""
    while (bare := re.sub(r"\([^()]*\)", "", text)) != text:
        text = bare
    return text


def promised_by_docs() -> dict[str, list[tuple[str, str, set[str]]]]:
    """What each section of docs/json.md promises for its commands' documents, from its
    "Promised:" paragraph: ("key", "", the top-level keys); ("entries", K, the keys of
    each entry of K) for K (each with `a`, `b`); ("keys", K, ...) or ("values", K, ...)
    for K (`a` and `b`), an object's keys or a value's choices, as the schema says."""
    page = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    promised: dict[str, list[tuple[str, str, set[str]]]] = {}
    for section in page.split("\n## ")[1:]:
        heading, _, body = section.partition("\n")
        commands = [c for c in BACKTICKED.findall(heading) if c in COMMANDS]
        found = re.search(r"^Promised: (.*?)(?:Also there|\n\n)", body, re.S | re.M)
        paragraph = found.group(1) if found else "`schema_version`"
        parts = groups(" ".join(paragraph.split()))
        said: list[tuple[str, str, set[str]]] = [
            ("key", "", {n for kind, n in parts if kind == "name"})
        ]
        for (kind, key), (next_kind, group) in itertools.pairwise(parts):
            if kind != "name" or next_kind != "group":
                continue
            inner = outer(group)
            if re.search(r"\beach\b", inner):
                first_each = re.split(r"\beach\b", inner)[1]
                said.append(("entries", key, set(BACKTICKED.findall(first_each))))
            elif group.startswith("`"):
                said.append(("named", key, set(BACKTICKED.findall(inner))))
        for command in commands:
            promised[command] = said
    return promised


def command_args(command: str) -> tuple[str, ...]:
    return QUIZ if command == "quiz" else (command, "--format", "json")


def output_of(*args: str, stdin: str | None = None) -> Document:
    done = invoke(*args, stdin=stdin)
    assert done.exit_code == 0, done.stderr
    document: Document = json.loads(done.stdout)
    return document


def document_of(command: str) -> Document:
    """COMMAND's JSON document, produced once per worker; each caller gets its own copy."""
    return copy.deepcopy(_document_of(command))


@cache
def _document_of(command: str) -> Document:
    stdin = THERAPY_ANSWERS if command == "quiz" else None
    return output_of(*command_args(command), stdin=stdin)


def subschema(root: Document, key: str) -> Document:
    """The schema for KEY's value (for an array, for its items), following local $refs."""
    node: Document = root if key == "" else root["properties"][key]
    while True:
        if "$ref" in node:
            node = root["$defs"][node["$ref"].removeprefix("#/$defs/")]
        elif node.get("type") == "array":
            node = node["items"]
        else:
            return node


# --- the schemas ---------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_each_schema_is_a_valid_draft_2020_12_schema(command: str) -> None:
    Draft202012Validator.check_schema(schema(command))
    assert schema(command)["$schema"] == DRAFT
    assert schema(command)["properties"]["schema_version"] == {"const": 1}


def test_docs_json_md_says_what_each_command_promises() -> None:
    promised = promised_by_docs()
    assert set(promised) == set(COMMANDS)
    assert promised["quiz"][0][2] >= {"suggestion", "reasons", "crisis_resources"}


@pytest.mark.parametrize("command", COMMANDS)
def test_each_schema_requires_the_keys_docs_json_md_promises(command: str) -> None:
    root = schema(command)
    for kind, key, names in promised_by_docs()[command]:
        node = subschema(root, key)
        if kind == "named" and "enum" in node:  # a value's choices: `therapy` or `crisis`
            assert names <= set(node["enum"]), key
        else:  # an object's keys, or each entry's
            assert names <= set(node.get("required", [])), (key, names)


@pytest.mark.parametrize("command", COMMANDS)
def test_each_schema_allows_keys_to_be_added(command: str) -> None:
    document = {**document_of(command), "added_in_a_later_version": [1, 2]}
    assert schema_errors(command, document) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_document_without_a_promised_key_does_not_validate(command: str) -> None:
    document = document_of(command)
    for key in schema(command)["required"]:
        broken = {k: v for k, v in document.items() if k != key}
        assert schema_errors(command, broken) != [], key


@pytest.mark.parametrize("command", COMMANDS)
def test_each_schema_describes_every_key_the_command_prints(command: str) -> None:
    described = set(schema(command)["properties"])
    assert set(document_of(command)) <= described


# --- the commands, run for real ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_each_commands_json_output_is_one_document_that_validates(command: str) -> None:
    stdin = THERAPY_ANSWERS if command == "quiz" else None
    done = run_program_once(*command_args(command), stdin=stdin)
    assert done.exit_code == 0, done.stderr
    assert done.stderr == ""
    document = json.loads(done.stdout)  # the whole of stdout: one document, nothing else
    assert document["schema_version"] == 1
    assert schema_errors(command, document) == []


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "quiz"])
def test_the_json_flag_prints_the_same_document_as_format_json(command: str) -> None:
    assert output_of(command, "--json") == document_of(command)


def test_quiz_json_flag_prints_the_same_document_as_format_json() -> None:
    flag = output_of("quiz", "--no-input", "--json", "--answers", "-", stdin=THERAPY_ANSWERS)
    assert flag == document_of("quiz")


def aspect_ids() -> list[str]:
    return [a["id"] for a in document_of("compare")["aspects"]]


def test_compare_for_one_aspect_validates_and_holds_that_aspect() -> None:
    for aspect in aspect_ids():
        document = output_of("compare", "--format", "json", "--aspect", aspect)
        assert schema_errors("compare", document) == []
        assert [a["id"] for a in document["aspects"]] == [aspect]


def region_codes() -> list[str]:
    directory = crisis_directory()
    return sorted({*directory.regions, *directory.aliases})


def test_crisis_for_every_known_region_validates_and_names_its_region() -> None:
    aliases = crisis_directory().aliases
    for code in region_codes():
        document = output_of("crisis", "--format", "json", "--region", code)
        assert schema_errors("crisis", document) == [], code
        assert document["region"] == aliases.get(code, code)


@pytest.mark.parametrize("suggestion", ["therapy", "psychotherapy", "either", "crisis"])
def test_each_kind_of_quiz_result_validates(suggestion: Leaning) -> None:
    document = output_of(*QUIZ, stdin=json.dumps(answers_leading_to(suggestion)))
    assert document["suggestion"] == suggestion
    assert schema_errors("quiz", document) == []


def test_a_quiz_result_in_every_region_validates_and_carries_its_crisis_lines() -> None:
    for code in region_codes():
        document = output_of(*QUIZ, "--region", code, stdin=THERAPY_ANSWERS)
        assert schema_errors("quiz", document) == [], code
        assert document["crisis_resources"], code


# --- docs/json.md --------------------------------------------------------------------

EXAMPLE = re.compile(r"<!-- example: ([\w-]+) -->\s*```json\n(.*?)```", re.DOTALL)


def test_every_json_example_in_docs_json_md_validates_against_its_schema() -> None:
    page = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    examples = EXAMPLE.findall(page)
    assert {command for command, _ in examples} >= set(COMMANDS)
    for command, text in examples:
        assert schema_errors(command, json.loads(text)) == [], command


def test_docs_json_md_links_every_schema() -> None:
    page = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"schema/{command}.json" in page
