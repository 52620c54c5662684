"""Crisis help for wherever the person is: the region from --region, THERAPY_GUIDE_REGION
or the language settings; the international block for a country without lines of its
own; every number sourced and dated; every name readable in a pipe."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from toolkit.answers import answers_leading_to
from toolkit.reading import words
from toolkit.running import Run, invoke

from therapy_guide.console.ascii import to_ascii
from therapy_guide.core import content

LOCALE_REGIONS = {
    "en_GB.UTF-8": "UK",
    "en_IE.UTF-8": "IE",
    "en_AU.UTF-8": "AU",
    "en_NZ.UTF-8": "NZ",
    "en_CA.UTF-8": "CA",
    "fr_CA.UTF-8": "CA",
    "en_US.UTF-8": "US",
    "es_US.UTF-8": "US",
    "de_DE.UTF-8": "DE",
    "hi_IN": "IN",
    "C.UTF-8": "US",
    "POSIX": "US",
}
# Numbers that more than one region shows on purpose: one service in two countries, or
# an emergency number shared by law (112 in the EU and beyond, 911 in North America...).
SHARED_NUMBERS = {
    # The EU's harmonised number for emotional support: Samaritans in the UK and Ireland,
    # TelefonSeelsorge in Germany.
    "116123": {"UK", "IE", "DE"},
    "112": {"IE", "DE", "FR", "ES", "NL", "IN", "ZA", "KR"},  # KR: 112 is its police
    "911": {"US", "CA", "PH", "MX"},
    "988": {"US", "CA"},  # two services, one short code in each country
    "999": {"UK", "IE", "SG"},
    "111": {"UK", "NZ"},  # NHS 111 in the UK, emergency services in New Zealand
    "110": {"DE", "JP"},  # the police in both
    "119": {"JP", "KR"},  # ambulance and fire in both
}


def crisis_json(*args: str, env: dict[str, str | None] | None = None) -> dict[str, object]:
    result = invoke("crisis", "--json", *args, env=env)
    assert result.exit_code == 0, result.stderr
    doc: dict[str, object] = json.loads(result.stdout)
    return doc


def quiz_with(tmp_path: Path, *args: str, env: dict[str, str | None] | None = None) -> Run:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(answers_leading_to("therapy")), encoding="utf-8")
    return invoke("quiz", "--answers", str(answers), "--no-input", *args, env=env)


# --- the region people expect -------------------------------------------------------------


@pytest.mark.parametrize(("locale", "code"), sorted(LOCALE_REGIONS.items()))
def test_the_language_settings_pick_the_region(locale: str, code: str) -> None:
    doc = crisis_json(env={"LC_ALL": None, "LC_MESSAGES": None, "LANG": locale})
    assert doc["region"] == code
    assert doc["region_source"] == ("default" if locale in ("C.UTF-8", "POSIX") else "locale")


def test_lc_all_comes_before_lc_messages_and_lang_and_c_is_skipped() -> None:
    env: dict[str, str | None] = {"LC_ALL": "en_AU.UTF-8", "LC_MESSAGES": "en_NZ.UTF-8"}
    assert crisis_json(env={**env, "LANG": "en_GB.UTF-8"})["region"] == "AU"
    env = {"LC_ALL": "C.UTF-8", "LC_MESSAGES": "en_NZ.UTF-8", "LANG": "en_GB.UTF-8"}
    assert crisis_json(env=env)["region"] == "NZ"
    env = {"LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANG": "en_IE.UTF-8"}
    assert crisis_json(env=env)["region"] == "IE"


def test_the_option_beats_the_environment_which_beats_the_language_settings() -> None:
    locale: dict[str, str | None] = {"LC_ALL": "en_GB.UTF-8"}
    both: dict[str, str | None] = {**locale, "THERAPY_GUIDE_REGION": "NZ"}
    assert crisis_json(env=locale)["region"] == "UK"
    assert crisis_json(env=both)["region"] == "NZ"
    assert crisis_json(env=both)["region_source"] == "environment"
    assert crisis_json("--region", "AU", env=both)["region"] == "AU"
    assert crisis_json("--region", "AU", env=both)["region_source"] == "option"


def test_crisis_says_which_region_it_shows_why_and_how_to_change_it() -> None:
    result = invoke("crisis", env={"LC_ALL": "en_GB.UTF-8"})
    shown = words(result.stdout)
    assert "Crisis help: United Kingdom (UK)" in shown
    assert "Lines for United Kingdom, from your language settings." in shown
    assert "Another country: --region CODE." in shown
    assert "the default" in words(invoke("crisis").stdout)


def test_the_quiz_result_follows_the_language_settings_and_says_so(tmp_path: Path) -> None:
    result = quiz_with(tmp_path, env={"LC_ALL": "en_NZ.UTF-8"})
    assert result.exit_code == 0, result.stderr
    shown = words(result.stdout)
    assert "Crisis help: New Zealand (NZ)" in shown
    assert "Lines for New Zealand, from your language settings." in shown
    assert "1737" in shown and "988" not in shown


# --- no code blocks help -----------------------------------------------------------------


@pytest.mark.parametrize("code", ["IT", "pt", "FR"])
def test_an_eu_country_shows_112_and_a_helpline_directory_with_exit_0(code: str) -> None:
    result = invoke("crisis", "--region", code)
    assert result.exit_code == 0, result.stderr
    shown = words(result.stdout)
    assert "Someone in danger now: Call 112" in shown
    assert "findahelpline.com" in shown


def test_a_country_without_lines_gets_a_one_line_note_on_stderr() -> None:
    result = invoke("crisis", "--region", "IT")
    assert words(result.stderr) == words(
        "We have no crisis lines for Italy (IT) yet. Showing the emergency number and "
        "findahelpline.com."
    )
    doc = crisis_json("--region", "IT")
    assert doc["international"] is True and doc["region"] == "IT"
    assert crisis_json("--region", "FR")["international"] is False


def test_a_place_with_no_known_number_is_told_to_call_the_local_one() -> None:
    result = invoke("crisis", "--region", "AQ")
    assert result.exit_code == 0
    shown = words(result.stdout)
    assert "Crisis help: Antarctica (AQ)" in shown
    assert "Call your local emergency number" in shown


def test_where_police_and_ambulance_differ_both_numbers_are_given() -> None:
    shown = words(invoke("crisis", "--region", "CZ").stdout)
    assert "Someone in danger now: Call 112" in shown  # the EU's number first
    shown = words(invoke("crisis", "--region", "TW").stdout)
    assert "Call 119 for an ambulance or fire, or 110 for the police" in shown
    doc = crisis_json("--region", "TW")
    resources = doc["resources"]
    assert isinstance(resources, list)
    assert [n["shown"] for n in resources[0]["numbers"]] == ["119", "110"]
    assert resources[0]["source"].startswith("Wikipedia")
    assert resources[0]["checked"] == "2026-12-05"


def test_every_country_babel_knows_gets_an_emergency_number_and_findahelpline() -> None:
    """One walk, in-process, over every territory code: a country without lines of its
    own gets its number from data/emergency.toml; only the places the file lists under
    `none` (uninhabited, or no source) are told to call the local number."""
    from babel import Locale

    from therapy_guide.core.content.crisis import country_name
    from therapy_guide.views.crisis import crisis_view

    directory = content.crisis_directory()
    table = content.emergency_table()
    codes = [c for c in Locale("en").territories if isinstance(c, str) and country_name(c)]
    assert len(codes) > 240
    without = []
    for code in codes:
        region = directory.choose(code, {})
        assert region.country, code
        emergency = [r for r in region.resources if r.emergency]
        assert emergency, code
        line = emergency[0]
        if line.numbers:
            assert line.contact.startswith("Call ") and line.source and line.checked, code
        else:
            without.append(code)
        shown = " ".join(words(str(b)) for b in crisis_view(directory, region).blocks)
        assert "findahelpline.com" in shown, code
    assert sorted(without) == sorted(table.none), "every place without a number says why"


@pytest.mark.parametrize("code", ["FR", "IT"])
def test_the_quiz_in_a_country_without_us_lines_goes_on_to_a_result_with_112(
    tmp_path: Path, code: str
) -> None:
    result = quiz_with(tmp_path, "--region", code)
    assert result.exit_code == 0, result.stderr
    assert "Call 112" in words(result.stdout)


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_quiz_with_a_code_that_is_no_country_warns_and_goes_on(
    tmp_path: Path, how: str
) -> None:
    if how == "option":
        result = quiz_with(tmp_path, "--region", "ZZ")
    else:
        result = quiz_with(tmp_path, env={"THERAPY_GUIDE_REGION": "ZZ"})
    assert result.exit_code == 0, result.stderr
    assert "'ZZ' is not a country code" in words(result.stderr)
    assert ("THERAPY_GUIDE_REGION" in result.stderr) is (how == "environment")
    shown = words(result.stdout)
    assert "Call your local emergency number" in shown
    assert "findahelpline.com" in shown


def test_crisis_with_a_code_that_is_no_country_prints_the_help_before_the_error() -> None:
    result = invoke("crisis", "--region", "ZZ")
    assert result.exit_code == 2
    assert "Call your local emergency number" in words(result.stdout)
    assert words(result.stderr).startswith("Error: 'ZZ' is not a country code.")


# --- more places, verified -----------------------------------------------------------------


def test_crisis_json_lists_at_least_16_regions() -> None:
    doc = crisis_json()
    regions = doc["regions"]
    assert isinstance(regions, list) and len(regions) >= 16
    assert {"code": "IE", "name": "Ireland"} in regions


def test_every_line_carries_its_own_source_and_date() -> None:
    directory = content.crisis_directory()
    lines = [r for region in directory.regions.values() for r in region.resources]
    for line in (*lines, directory.elsewhere):
        assert len(line.source) > 20, line.name
        assert line.checked.year >= 2026, line.name
    assert directory.checked == min(line.checked for line in lines)


def test_no_two_regions_share_a_number_by_mistake() -> None:
    regions_of: dict[str, set[str]] = defaultdict(set)
    for code, region in content.crisis_directory().regions.items():
        for resource in region.resources:
            for number in resource.numbers:
                regions_of[number.dialled].add(code)
    for dialled, codes in regions_of.items():
        if len(codes) > 1:
            assert codes <= SHARED_NUMBERS.get(dialled, set()), f"{dialled} in {sorted(codes)}"


def test_every_line_says_its_languages_and_its_hours_or_that_they_were_not_confirmed() -> None:
    for code, region in content.crisis_directory().regions.items():
        for resource in region.resources:
            assert resource.when and resource.who, (code, resource.name)
            if resource.emergency:
                assert resource.open == "24/7", (code, resource.name)
                continue
            assert resource.languages, (code, resource.name)
            confirmed = resource.open or any("hours" in note for note in resource.notes)
            assert confirmed, f"{code} {resource.name}: give its hours or say they are unknown"


def test_the_new_lines_the_issue_names_are_there() -> None:
    shown = {code: words(invoke("crisis", "--region", code).stdout) for code in ("IE", "NZ", "CA")}
    assert "Text HELLO to 50808" in shown["IE"]
    assert "0508 828 865" in shown["NZ"]
    assert "Kids Help Phone" in shown["CA"] and "Hope for Wellness" in shown["CA"]


# --- every name prints right in a pipe -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "plain"),
    [("Gardaí", "Gardai"), ("Māori", "Maori"), ("Île-de-France", "Ile-de-France")],
)
def test_names_with_accents_stay_readable_in_ascii(name: str, plain: str) -> None:
    assert to_ascii(name) == plain


def test_ascii_keeps_each_character_as_wide_as_it_was() -> None:
    text = "Línea de la Vida, Straße, ﬁ, 日本, “quoted” — Métis"
    plain = to_ascii(text)
    assert plain.isascii()
    assert len(plain) == len(text) + 2, "the two wide characters keep two columns each"


def test_piped_crisis_text_spells_the_gardai_readably() -> None:
    result = invoke("crisis", "--region", "IE", "--details")
    assert result.stdout.isascii()
    assert "Gardai, ambulance" in result.stdout
    assert "Metis" in invoke("crisis", "--region", "CA", "--details").stdout
