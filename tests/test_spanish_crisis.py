"""Crisis help in Spanish (issue #20, section 3): the US block leads with 988's Spanish
way in (call 988 and press 2, or text AYUDA), the lines that answer in Spanish come first
in every region, the English order stays as the file has it, JSON keys and ids do not
change, region names are Babel's Spanish names, and es_MX gives Mexico's lines in Spanish.

A pipe in Spanish keeps its accents ("envíe", "México") and makes only quotes and dashes
plain: what is expected is made plain the same way.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from toolkit import invoke, words

from therapy_guide.core import content, language
from therapy_guide.core.content.crisis import CrisisDirectory
from therapy_guide.core.errors import ContentError

SPANISH = ("--lang", "es")
# What the US block offers first in Spanish: 988's Spanish options (988lifeline.org).
US_FIRST = "988 Suicide & Crisis Lifeline: Llame al 988 y marque 2, o envíe AYUDA al 988 (24/7)"


def shown(text: str) -> str:
    """TEXT as a pipe shows it in Spanish (accents kept, marks plain), folded as `words`
    folds output."""
    marks: dict[str, str | int | None] = {"“": '"', "”": '"', "—": "-", "–": "-"}
    return words(text.translate(str.maketrans(marks)))


def crisis_json(*args: str, env: dict[str, str | None] | None = None) -> dict[str, Any]:
    done = invoke("crisis", "--format", "json", *args, env=env)
    assert done.exit_code == 0, done.output
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def crisis_lines(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines for help right now, in the order shown: no emergency number, no referral."""
    return [r for r in document["resources"] if r["urgent"] and not r["emergency"]]


def spanish_first(lines: list[dict[str, Any]]) -> bool:
    """Whether every line that answers in Spanish comes before every line that does not."""
    answers = ["es" in line["language_codes"] for line in lines]
    return answers == sorted(answers, reverse=True)


# --- the US block in Spanish ------------------------------------------------------------


def test_in_spanish_the_us_block_opens_with_988_in_spanish_and_says_it_once() -> None:
    done = invoke("crisis", *SPANISH)
    assert done.exit_code == 0, done.output
    with language.speaking("es"):
        intro = content.crisis_directory().intro
    after_intro = words(done.stdout).split(shown(intro), 1)[1]
    assert after_intro.startswith(" " + shown(US_FIRST)), after_intro[:200]
    # Crisis Text Line's Spanish service, then the emergency number, as in English.
    assert shown("Crisis Text Line: Envíe AYUDA al 741741, o escriba por WhatsApp") in after_intro
    assert "911" in after_intro
    # The line for Spanish speakers on an English locale is not said a second time.
    assert after_intro.count("AYUDA al 988") == 1


def test_the_quiz_crisis_screen_in_spanish_opens_with_988_in_spanish(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text('{"safety": "yes"}', encoding="utf-8")
    done = invoke("quiz", "--answers", str(answers), "--no-input", *SPANISH)
    assert done.exit_code == 0, done.output
    said = words(done.stdout)
    first = min(said.find(n) for n in ("988 Suicide", "Crisis Text Line", "The Trevor Project"))
    assert said[first:].startswith(shown(US_FIRST)), said[first : first + 200]


def test_in_spanish_988_and_crisis_text_line_are_reached_their_spanish_way_first() -> None:
    lines = crisis_lines(crisis_json(*SPANISH))
    first, text_line = lines[0], lines[1]
    assert first["name"] == "988 Suicide & Crisis Lifeline"
    assert first["contact"] == "Llame al 988 y marque 2, o envíe AYUDA al 988"
    reach = [(n["shown"], tuple(n["by"]), n["word"]) for n in first["numbers"]]
    assert reach[:2] == [("988", ("call",), ""), ("988", ("text",), "AYUDA")]
    assert ("838255", ("text",), "") in reach  # the Veterans' number in its notes stays
    assert [(n["dial"], n["word"]) for n in text_line["numbers"][:2]] == [
        ("", "AYUDA"),
        ("+14422983263", ""),
    ]
    # Sourced: the Spanish way's own source comes first, with its date kept as the older.
    assert first["source"].startswith("988 Lifeline, “What to expect”")
    assert "samhsa.gov/newsroom" in first["source"]


# --- the order: Spanish lines first in Spanish, the file's order in English -------------


@pytest.mark.parametrize("code", ["US", "MX", "ES"])
def test_in_spanish_the_lines_that_answer_in_spanish_come_first(code: str) -> None:
    lines = crisis_lines(crisis_json("--region", code, *SPANISH))
    assert any("es" in line["language_codes"] for line in lines), code
    assert spanish_first(lines), [line["name"] for line in lines]


def test_in_english_every_region_keeps_the_order_of_the_file() -> None:
    raw = tomllib.loads((content.data_dir() / "crisis.toml").read_text(encoding="utf-8"))
    for code, region in raw["regions"].items():
        names = [r["name"] for r in crisis_json("--region", code)["resources"]]
        assert names == [r["name"] for r in region["resources"]], code


def move_trevor_first(data: Path) -> None:
    """In a copy of data/crisis.toml, put The Trevor Project before 988, as a line whose
    languages have no code (as Tele-MANAS's "20 Indian languages"): in English it keeps
    its place too, though it is not known to answer in English."""
    crisis = data / "crisis.toml"
    text = crisis.read_text(encoding="utf-8")
    marker = "[[regions.US.resources]]\n"
    head, *entries = text.split(marker)
    at = next(n for n, e in enumerate(entries) if e.startswith('name = "The Trevor Project"'))
    trevor = entries.pop(at).replace('language_codes = ["en"]\n', "")
    entries.insert(0, trevor)
    crisis.write_text(marker.join([head, *entries]), encoding="utf-8")


def test_a_line_not_in_spanish_moves_after_the_spanish_ones_in_spanish_only(
    data_copy: Path,
) -> None:
    move_trevor_first(data_copy)
    env: dict[str, str | None] = {"THERAPY_GUIDE_DATA_DIR": str(data_copy)}
    english = [r["name"] for r in crisis_json(env=env)["resources"]]
    assert english[:2] == ["The Trevor Project", "988 Suicide & Crisis Lifeline"]
    spanish = crisis_json(*SPANISH, env=env)
    names = [r["name"] for r in spanish["resources"]]
    assert names[:3] == ["988 Suicide & Crisis Lifeline", "Crisis Text Line", "The Trevor Project"]
    # The emergency number and the referral line keep their places.
    assert [n for n in names if n != "The Trevor Project"][2:] == [
        "Servicios de emergencia",
        "SAMHSA National Helpline",
    ]
    assert names.index("Servicios de emergencia") == english.index("Emergency services")
    assert spanish_first(crisis_lines(spanish))


# --- what does not change in Spanish ----------------------------------------------------


def key_paths(node: Any, path: str = "") -> set[str]:
    """Every key of a JSON document by its path; list items share one path."""
    if isinstance(node, dict):
        return {f"{path}.{k}" for k in node} | {
            p for k, v in node.items() for p in key_paths(v, f"{path}.{k}")
        }
    if isinstance(node, list):
        return {p for item in node for p in key_paths(item, f"{path}[]")}
    return set()


def ids(document: dict[str, Any]) -> dict[str, Any]:
    """What a script keys on: the region, the codes, and each way a number is used (a
    line's Spanish way in puts some first, but adds none)."""
    return {
        "region": document["region"],
        "international": document["international"],
        "regions": [r["code"] for r in document["regions"]],
        "aliases": document["aliases"],
        "numbers": sorted(
            {
                (n["dial"] or n["shown"], how, n["word"])
                for r in document["resources"]
                for n in r["numbers"]
                for how in n["by"]
            }
        ),
        "codes": sorted(tuple(r["language_codes"]) for r in document["resources"]),
    }


@pytest.mark.parametrize("code", ["US", "MX", "DK"])
def test_json_keys_and_ids_are_the_same_in_spanish(code: str) -> None:
    english = crisis_json("--region", code)
    spanish = crisis_json("--region", code, *SPANISH)
    assert key_paths(spanish) == key_paths(english)
    assert ids(spanish) == ids(english)


# --- where: Mexico from the locale, and every region's name in Spanish ------------------


def test_es_mx_gives_mexicos_lines_in_spanish() -> None:
    done = invoke("crisis", env={"LC_ALL": None, "LANG": "es_MX.UTF-8"})
    assert done.exit_code == 0, done.output
    said = words(done.stdout)
    assert shown("México (MX)") in said
    assert shown("Línea de la Vida: Llame al 800 911 2000 (24/7)") in said
    assert "Llame al 911" in said
    assert "United States" not in said and "Call " not in said


def test_every_region_is_named_in_spanish_as_babel_names_the_country() -> None:
    from babel import Locale

    spanish = Locale.parse("es").territories
    with language.speaking("es"):
        directory = content.crisis_directory()
        for code, region in directory.regions.items():
            assert region.name == spanish["GB" if code == "UK" else code], code
            assert directory.choose(code, {}).name == region.name


@pytest.mark.parametrize(("code", "name"), [("DK", "Dinamarca"), ("JP", "Japón")])
def test_in_spanish_the_title_names_the_country_in_spanish(code: str, name: str) -> None:
    title = words(invoke("crisis", "--region", code, *SPANISH).stdout).split(" (")[0]
    assert title.endswith(shown(name)), title
    english = words(invoke("crisis", "--region", code).stdout)
    assert shown(name) not in english  # Denmark, Japan


# --- the data behind it -----------------------------------------------------------------


def test_each_lines_language_codes_say_what_its_languages_say() -> None:
    from babel import Locale

    known = Locale("en").languages
    for code, region in content.crisis_directory().regions.items():
        for line in region.resources:
            for name, tag in (("English", "en"), ("Spanish", "es")):
                said = any(item.startswith(name) for item in line.languages)
                assert said == (tag in line.language_codes), (code, line.name, name)
            assert all(tag in known for tag in line.language_codes), (code, line.name)


def test_a_way_in_must_use_the_lines_own_numbers(data_copy: Path) -> None:
    crisis = data_copy / "crisis.toml"
    text = crisis.read_text(encoding="utf-8")
    planted = text.replace(
        '{ shown = "988", by = ["text"], word = "AYUDA" },\n]\nways_in.es.source',
        '{ shown = "988", by = ["text"], word = "AYUDAR" },\n]\nways_in.es.source',
    )
    assert planted != text
    crisis.write_text(planted, encoding="utf-8")
    with pytest.raises(ContentError, match=r"ways_in\.es: 988 is not one of its numbers"):
        content.load_file("crisis.toml", CrisisDirectory, data_copy)
