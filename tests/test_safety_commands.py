"""Safety and trust as a user meets them: `crisis` for every region, `providers`, `about`,
and the quiz's crisis lines following the region. Regions come from --region, else
THERAPY_GUIDE_REGION, else the locale's country, else US (tests/test_regions.py); CA is
Canada and UK (or GB) the United Kingdom."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from language_helpers import read_toml, walk
from toolkit.answers import Leaning, answers_leading_to
from toolkit.reading import words
from toolkit.running import invoke

from therapy_guide.core import content

FORMATS = ("text", "markdown", "json")

# The numbers each region must show: the list, checked against the services.
REGION_NUMBERS = {
    "US": ("988", "741741", "911", "1-800-662-4357"),
    "CA": ("988", "911"),
    "UK": ("116 123", "85258", "111", "999"),
    "IE": ("116 123", "112", "999"),
    "AU": ("13 11 14", "000"),
    "NZ": ("1737", "111"),
}
REGION_NAMES = {
    "US": "United States",
    "CA": "Canada",
    "UK": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
}


def has_number(shown: str, number: str) -> bool:
    """NUMBER as a whole number: 911 is not the 911 in 19110, nor 111 in 1112."""
    return re.search(rf"(?<![\d-]){re.escape(number)}(?![\d-])", shown) is not None


def shown_by(*args: str, fmt: str = "text", env: dict[str, str] | None = None) -> str:
    """What the command shows, folded into one line; for JSON, all its strings."""
    result = invoke(*args, "--format", fmt, env=env)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        doc = json.loads(result.stdout)
        assert doc["schema_version"] == 1
        return words(" ".join(text for _, text in walk(doc)))
    return words(result.stdout)


def write_answers(folder: Path, leaning: Leaning) -> str:
    path = folder / f"{leaning}.json"
    path.write_text(json.dumps(answers_leading_to(leaning)), encoding="utf-8")
    return str(path)


# --- crisis: the lines for each region ------------------------------------------------


def test_crisis_is_a_short_list_of_the_lines_for_right_now_and_the_emergency_number() -> None:
    result = invoke("crisis")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) <= 12, "the short list fits any screen with room to spare"
    shown = words(result.stdout)
    assert "988 Suicide & Crisis Lifeline: Call or text 988 (24/7)" in shown
    assert "Crisis Text Line: Text HOME to 741741 (24/7)" in shown
    assert "Someone in danger now: Call 911" in shown
    assert "findahelpline.com" in shown
    assert not has_number(shown, "1-800-662-4357"), "SAMHSA is not for help right now"
    assert "--details" in shown


def test_crisis_details_defaults_to_the_us_lines_in_full() -> None:
    shown = shown_by("crisis", "--details")
    assert "Crisis help: United States (US)" in shown
    for number in ("988", "741741", "911"):
        assert has_number(shown, number), number
    assert "press 1 for the Veterans Crisis Line" in shown
    assert "press 2 for Spanish" in shown
    assert "988lifeline.org" in shown
    assert "not clinicians" in shown, "say that Crisis Text Line volunteers are not clinicians"
    assert "not a crisis line" in shown, "say that SAMHSA's helpline is not crisis counseling"
    assert "findahelpline.com" in shown


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code", sorted(REGION_NUMBERS))
def test_crisis_shows_each_regions_own_lines(code: str, fmt: str) -> None:
    shown = shown_by("crisis", "--region", code, "--details", fmt=fmt)
    assert REGION_NAMES[code] in shown
    for number in REGION_NUMBERS[code]:
        assert has_number(shown, number), f"{code} {fmt}: {number}"
    others = {n for c, ns in REGION_NUMBERS.items() if c != code for n in ns}
    for number in sorted(others - set(REGION_NUMBERS[code]) - {"111", "999"}):
        assert not has_number(shown, number), f"{code} {fmt} shows {number} from elsewhere"
    assert "findahelpline.com" in shown


@pytest.mark.parametrize(
    ("typed", "code"), [("gb", "UK"), ("GB", "UK"), ("uk", "UK"), ("ca", "CA")]
)
def test_region_codes_ignore_case_and_gb_is_the_uk(typed: str, code: str) -> None:
    shown = shown_by("crisis", "--region", typed)
    assert f"Crisis help: {REGION_NAMES[code]} ({code})" in shown
    doc = json.loads(invoke("crisis", "--region", typed, "--json").stdout)
    assert doc["region"] == code


def test_a_code_that_is_no_country_is_exit_2_after_the_help_listing_the_known_ones() -> None:
    result = invoke("crisis", "--region", "XX")
    assert result.exit_code == 2
    assert "Someone in danger now: Call your local emergency number" in words(result.stdout)
    assert "findahelpline.com" in words(result.stdout)
    message = words(result.stderr)
    assert "XX" in message
    directory = content.crisis_directory()
    for code in (*directory.regions, *directory.aliases):
        assert re.search(rf"\b{code}\b", message), code


# A phone number as written in the data, with spaces between its groups ("0808 808 8000").
GROUPED_NUMBER = re.compile(r"\+?\d+(?: \d+)+")


@pytest.mark.parametrize("cols", [20, 40])
@pytest.mark.parametrize("code", sorted(content.crisis_directory().regions))
def test_a_phone_number_is_never_split_across_lines(code: str, cols: int) -> None:
    region = content.crisis_directory().regions[code]
    numbers = {n for r in region.resources for n in GROUPED_NUMBER.findall(r.contact)}
    for args in (["crisis"], ["crisis", "--details"]):
        done = invoke(*args, "--region", code, env={"COLUMNS": str(cols)})
        assert done.exit_code == 0
        lines = done.stdout.splitlines()
        for number in numbers:
            assert any(number in line for line in lines), (args, number)


# Every kind of mistake a command line can hold: the crisis lines come first, all the same.
MISTAKES = {
    "a mistyped option": ["--regoin", "UK"],
    "--region without a value": ["--region"],
    "-r without a value": ["-r"],
    "a bad format": ["--format", "xml"],
    "a flag given a value": ["--details=yes"],
    "a stray word": ["now"],
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_any_mistake_on_the_crisis_command_line_still_shows_the_lines_then_the_error(
    mistake: str,
) -> None:
    result = invoke("crisis", *MISTAKES[mistake])
    assert result.exit_code == 2
    shown = words(result.stdout)
    assert shown.startswith("Crisis help: United States (US)")
    for number in ("988", "741741", "911"):
        assert has_number(shown, number), number
    assert words(result.stderr).startswith("Error:")


def test_after_a_mistake_the_lines_are_for_where_the_person_is() -> None:
    by_locale = invoke("crisis", "--regoin", "AU", env={"LC_ALL": "en_GB.UTF-8"})
    by_variable = invoke("crisis", "-r", env={"THERAPY_GUIDE_REGION": "IE"})
    assert by_locale.exit_code == by_variable.exit_code == 2
    assert words(by_locale.stdout).startswith("Crisis help: United Kingdom (UK)")
    assert words(by_variable.stdout).startswith("Crisis help: Ireland (IE)")


@pytest.mark.parametrize("command", ["crisis", "quiz"])
def test_help_says_ca_is_canada_and_names_the_environment_variable(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    shown = words(result.stdout)
    assert "CA is Canada" in shown
    assert "UK or GB" in shown
    assert "THERAPY_GUIDE_REGION" in shown


def test_crisis_json_has_the_documented_shape() -> None:
    result = invoke("crisis", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1
    assert doc["region"] == "US"
    assert doc["resources"], "at least one resource"
    for resource in doc["resources"]:
        for key in ("name", "contact", "when", "who"):
            assert isinstance(resource[key], str) and resource[key].strip(), (resource, key)
    assert invoke("crisis", "--json").stdout == result.stdout


def test_every_crisis_entry_has_a_name_contact_when_and_who() -> None:
    """In the file itself (not only after validation): each region, and 'elsewhere'."""
    raw = read_toml(content.data_dir() / "crisis.toml")
    assert set(REGION_NUMBERS) <= set(raw["regions"])
    entries: list[tuple[str, Any]] = [("elsewhere", raw["elsewhere"])]
    for code, region in raw["regions"].items():
        assert region["resources"], f"{code} has no crisis lines"
        entries += [(f"{code}[{n}]", r) for n, r in enumerate(region["resources"])]
    for where, entry in entries:
        for key in ("name", "contact", "when", "who"):
            value = entry.get(key)
            assert isinstance(value, str) and value.strip(), f"crisis.toml {where}: no {key}"
    directory = content.crisis_directory()
    assert directory.default == "US"
    assert directory.aliases.get("GB") == "UK"


@pytest.mark.parametrize("fmt", FORMATS)
def test_crisis_shows_the_date_the_numbers_were_checked(fmt: str) -> None:
    checked = content.crisis_directory().checked.isoformat()
    result = invoke("crisis", "--details", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        assert json.loads(result.stdout)["checked"] == checked
    else:
        assert f"checked {checked}" in words(result.stdout)


def test_the_region_comes_from_the_environment() -> None:
    uk = invoke("crisis", env={"THERAPY_GUIDE_REGION": "UK"})
    assert uk.exit_code == 0, uk.stderr
    shown = words(uk.stdout)
    assert "Crisis help: United Kingdom (UK)" in shown
    assert has_number(shown, "116 123") and has_number(shown, "999")
    assert not has_number(shown, "988")

    gb = invoke("crisis", "--format", "json", env={"THERAPY_GUIDE_REGION": "gb"})
    assert gb.exit_code == 0, gb.stderr
    assert json.loads(gb.stdout)["region"] == "UK"


def test_the_region_option_beats_the_environment() -> None:
    au = invoke("crisis", "--region", "AU", env={"THERAPY_GUIDE_REGION": "UK"})
    assert au.exit_code == 0, au.stderr
    shown = words(au.stdout)
    assert "Australia (AU)" in shown
    assert has_number(shown, "13 11 14")
    assert not has_number(shown, "116 123")


def test_a_code_that_is_no_country_in_the_environment_is_exit_2_after_the_help() -> None:
    bad = invoke("crisis", env={"THERAPY_GUIDE_REGION": "XX"})
    assert bad.exit_code == 2
    assert "findahelpline.com" in bad.stdout
    assert "THERAPY_GUIDE_REGION" in bad.stderr
    assert "Traceback" not in bad.stderr


# --- providers and about --------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_providers_names_who_provides_what_and_how_to_check_a_license(fmt: str) -> None:
    shown = shown_by("providers", fmt=fmt)
    for title in ("LMFT", "LCSW", "LPCC", "Psychologist", "Psychiatrist", "PhD", "PsyD", "MD"):
        assert re.search(rf"\b{title}\b", shown), title
    for associate in ("AMFT", "ASW", "APCC"):
        assert re.search(rf"\b{associate}\b", shown), associate
    for kind in ("Counselor", "Social worker", "Psychodynamic therapist", "Psychoanalyst"):
        assert kind in shown, kind
    assert "prescribe" in shown
    assert "license" in shown
    assert "Department of Consumer Affairs" in shown
    assert "search.dca.ca.gov" in shown
    assert "Board of Behavioral Sciences" in shown
    assert "Board of Psychology" in shown
    assert "state board" in shown
    questions = " ".join(content.provision().first_appointment).lower()
    for topic in ("training", "approach", "how long", "cost"):
        assert topic in questions, f"first-appointment questions should ask about {topic}"
    for question in content.provision().first_appointment:
        assert words(question) in shown


@pytest.mark.parametrize("fmt", FORMATS)
def test_about_says_what_it_is_not_its_sources_and_when_it_was_reviewed(fmt: str) -> None:
    shown = shown_by("about", fmt=fmt)
    assert "not a diagnosis" in shown
    assert "not a crisis service" in shown
    assert "therapy-guide crisis" in shown
    article = content.comparison().source.title
    for source in (article, "PHQ-4", "SURE", "IPDAS"):
        assert source in shown, source
    for name in ("Kroenke", "O'Connor", "Elwyn"):
        assert name in shown, f"attribution naming {name}"
    assert content.about().reviewed.isoformat() in shown
    assert "never uses the network" in shown
    assert "Report a problem" in shown or fmt == "json"


# --- the quiz follows the region --------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_quiz_result_shows_the_lines_for_its_region(tmp_path: Path, fmt: str) -> None:
    answers = write_answers(tmp_path, "therapy")
    args = ("quiz", "--answers", answers, "--no-input", "--region", "UK")
    shown = shown_by(*args, fmt=fmt)
    if fmt == "json":
        assert json.loads(invoke(*args, "--json").stdout)["region"] == "UK"
    elif fmt == "markdown":
        assert "Crisis lines: United Kingdom (UK)" in shown
    else:
        assert "Crisis help: United Kingdom (UK)" in shown
    for number in ("116 123", "85258", "999"):
        assert has_number(shown, number), number
    assert not has_number(shown, "988")
    assert not has_number(shown, "741741")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_quiz_crisis_screen_shows_the_lines_for_its_region(tmp_path: Path, fmt: str) -> None:
    answers = tmp_path / "safety.json"
    answers.write_text('{"safety": "yes"}', encoding="utf-8")
    args = ("quiz", "--answers", str(answers), "--no-input", "--region", "UK")
    shown = shown_by(*args, fmt=fmt)
    assert words(content.question_bank().result.crisis.headline) in shown
    if fmt == "markdown":
        # What to do now (means, others) is read first, before the lines' details.
        lines = shown.index("Crisis lines: United Kingdom (UK)")
        assert shown.index("Next steps") < lines
    elif fmt == "text":
        # On screen, what to do now (means, others, company), then the lines, last, so
        # they stay in view when the program stops.
        assert shown.index("Next steps") < shown.index("Crisis help: United Kingdom (UK)")
    if fmt != "json":
        assert "Move away from them" in shown and "a gun or pills" in shown
    for number in ("116 123", "999"):
        assert has_number(shown, number), number
    assert not has_number(shown, "988")
    us = shown_by("quiz", "--answers", str(answers), "--no-input", fmt=fmt)
    assert has_number(us, "988") and has_number(us, "911")


def test_the_quiz_and_crisis_show_the_same_lines(tmp_path: Path) -> None:
    for leaning in ("crisis", "psychotherapy"):
        answers = write_answers(tmp_path, leaning)
        for code in REGION_NUMBERS:
            args = ("quiz", "--answers", answers, "--no-input", "--region", code, "--json")
            quiz = json.loads(invoke(*args).stdout)
            crisis = json.loads(invoke("crisis", "--region", code, "--json").stdout)
            assert quiz["suggestion"] == leaning
            assert quiz["region"] == code
            assert quiz["crisis_resources"] == crisis["resources"], code


def test_the_quiz_takes_its_region_from_the_environment(tmp_path: Path) -> None:
    answers = tmp_path / "safety.json"
    answers.write_text('{"safety": "yes"}', encoding="utf-8")
    done = invoke(
        "quiz", "--answers", str(answers), "--no-input", env={"THERAPY_GUIDE_REGION": "NZ"}
    )
    assert done.exit_code == 0, done.stderr
    shown = words(done.stdout)
    assert "New Zealand (NZ)" in shown
    assert has_number(shown, "1737")
    assert not has_number(shown, "988")
