"""find-care as a user runs it: how to start where they live, what it costs, what to say
when they call; and the next-step sentences a quiz result takes from the same data."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from toolkit.reading import schema_errors, words
from toolkit.running import invoke

from therapy_guide.core import content
from therapy_guide.core import words as w
from therapy_guide.views.care import care_view


def care_json(*args: str, env: Mapping[str, str | None] | None = None) -> dict[str, object]:
    done = invoke("find-care", *args, "--json", env=env)
    assert done.exit_code == 0, done.stderr
    document: dict[str, object] = json.loads(done.stdout)
    return document


def care_text(*args: str) -> str:
    done = invoke("find-care", *args)
    assert done.exit_code == 0, done.stderr
    return words(done.stdout)


def test_uk_names_self_referral_to_nhs_talking_therapies_first() -> None:
    text = care_text("--region", "UK")
    assert "1. NHS Talking Therapies: refer yourself (England)" in text
    assert "refer yourself online, with no need to see your GP first" in text
    assert "Free on the NHS." in text


@pytest.mark.parametrize("cols", [20, 40, 80])
def test_a_long_route_title_wraps_under_its_first_word(cols: int) -> None:
    done = invoke("find-care", "--region", "AU", env={"COLUMNS": str(cols)})
    assert done.exit_code == 0
    lines = done.stdout.splitlines()
    routes = content.care().regions["AU"].routes
    for number, route in enumerate(routes, start=1):
        mark = f"{number}. "
        top = next(n for n, line in enumerate(lines) if line.startswith(mark))
        title = lines[top : next(n for n in range(top, len(lines)) if w.COST in lines[n])]
        assert words(" ".join(title)) == f"{mark}{words(route.name)}"
        assert all(line.startswith(" " * len(mark)) for line in title[1:]), title


def test_gb_is_the_uk() -> None:
    assert care_json("--region", "gb")["region"] == "UK"


def test_au_names_the_mental_health_treatment_plan_and_medicare_rebates() -> None:
    text = care_text("--region", "AU")
    assert "Your GP and a Mental Health Treatment Plan" in text
    assert "Medicare pays a rebate for up to 10 sessions each calendar year" in text


def test_us_names_an_eap_insurance_sliding_scale_clinics_and_the_national_locator() -> None:
    text = care_text("--region", "US")
    for said in (
        "Employee assistance program (EAP)",
        "Your health insurance",
        "Sliding-scale fees and community clinics",
        "University training clinics",
        "FindTreatment.gov",
        "1-800-662-4357",
    ):
        assert said in text, said


@pytest.mark.parametrize(("code", "first"), [("IE", "Your GP"), ("NZ", "Your general practice")])
def test_ireland_and_new_zealand_start_with_the_gp(code: str, first: str) -> None:
    assert care_text("--region", code).startswith("How to start:")
    routes = care_json("--region", code)["routes"]
    assert isinstance(routes, list)
    assert routes[0]["name"].startswith(first)


def test_the_six_first_regions_have_their_own_routes_and_every_region_gets_a_valid_answer() -> None:
    own = set(content.care().regions)
    assert {"US", "UK", "IE", "AU", "NZ", "CA"} <= own
    for code in content.crisis_directory().codes:
        document = care_json("--region", code)
        assert document["known_region"] is (code in own), code
        assert schema_errors("find-care", document) == [], code


def test_every_route_says_what_it_costs_how_to_use_it_and_how_long_it_takes() -> None:
    guide = content.care()
    for region in (*guide.regions.values(), guide.general):
        for route in region.routes:
            assert route.cost and route.how and route.takes, route.id
            assert route.link == "" or route.link.startswith("https://"), route.id


def test_the_default_region_is_the_united_states() -> None:
    assert care_json(env={"THERAPY_GUIDE_REGION": ""})["region"] == "US"


# Where a person is, as their settings say it: each picks the same region for find-care as
# for crisis (one rule, CrisisDirectory.choose).
SETTINGS: dict[str, tuple[dict[str, str | None], str]] = {
    "LANG=en_GB": ({"LC_ALL": None, "LANG": "en_GB.UTF-8"}, "UK"),
    "LC_ALL=en_AU": ({"LC_ALL": "en_AU.UTF-8"}, "AU"),
    "LC_MESSAGES=en_IE": ({"LC_ALL": None, "LC_MESSAGES": "en_IE.UTF-8"}, "IE"),
    "THERAPY_GUIDE_REGION=nz over LANG": ({"THERAPY_GUIDE_REGION": "nz", "LANG": "en_GB"}, "NZ"),
    "LANG=ja_JP": ({"LC_ALL": None, "LANG": "ja_JP.UTF-8"}, "JP"),
}


@pytest.mark.parametrize("setting", SETTINGS)
def test_find_care_takes_the_region_from_the_locale_as_crisis_does(setting: str) -> None:
    env, code = SETTINGS[setting]
    crisis = invoke("crisis", "--json", env=env)
    assert crisis.exit_code == 0, crisis.stderr
    assert care_json(env=env)["region"] == json.loads(crisis.stdout)["region"] == code


@pytest.mark.parametrize("code", ["JP", "jp", "BE", "KE"])
def test_any_real_country_gets_the_general_routes_with_exit_0(code: str) -> None:
    done = invoke("find-care", "--region", code)
    assert done.exit_code == 0, done.stderr
    said = words(done.stdout)
    assert content.care().unknown_region.format(code=code.upper()) in said
    assert content.care().general.routes[0].name in said


def test_a_code_that_is_no_country_is_a_usage_error_naming_the_codes() -> None:
    done = invoke("find-care", "--region", "ZZ")
    assert done.exit_code == 2
    assert "'ZZ' is not a country code" in words(done.stderr)


def test_it_says_what_to_say_when_you_call_and_what_to_ask_a_therapist() -> None:
    text = care_text("--region", "IE")
    assert f"{w.SAY_WHEN_YOU_CALL} -" in text
    asked = text.split(w.QUESTIONS_TO_ASK, 1)[1]
    for topic in ("Fit:", "Approach:", "Experience:", "Cost:", "Length:", "Online or in person:"):
        assert f"- {topic}" in asked, topic


def without_region(data: Path, code: str) -> None:
    """Cut CODE's routes out of the copy's care.toml."""
    path = data / "care.toml"
    text = path.read_text(encoding="utf-8")
    cut = re.sub(rf"(?ms)^\[regions\.{code}\]$.*?(?=^\[regions\.|\Z)", "", text)
    assert cut != text
    path.write_text(cut, encoding="utf-8")


def test_a_region_without_routes_gets_the_general_ones_ending_with_findahelpline(
    data_copy: Path,
) -> None:
    without_region(data_copy, "NZ")
    env = {content.DATA_ENV: str(data_copy)}
    document = care_json("--region", "NZ", env=env)
    assert document["known_region"] is False
    routes = document["routes"]
    assert isinstance(routes, list)
    assert [r["id"] for r in routes] == [r.id for r in content.care().general.routes]
    assert routes[-1]["link"] == "https://findahelpline.com"
    assert schema_errors("find-care", document) == []
    text = words(invoke("find-care", "--region", "NZ", env=env).stdout)
    assert "We have no local list for NZ yet." in text
    assert "findahelpline.com" in text


def test_a_country_the_crisis_directory_may_add_later_also_gets_the_general_routes() -> None:
    view = care_view(content.care(), "FR", content.provision().first_appointment)
    assert view.document["known_region"] is False
    assert view.document["region"] == "FR"
    assert view.document["routes"][-1]["id"] == "find_a_helpline"


def test_markdown_has_a_heading_and_a_numbered_entry_per_route() -> None:
    done = invoke("find-care", "--region", "CA", "--format", "markdown")
    assert done.exit_code == 0
    assert done.stdout.startswith("# How to start: Canada (CA)")
    assert "Ontario Structured Psychotherapy" in done.stdout
    assert len(re.findall(r"(?m)^#+ \d\. ", done.stdout)) == len(
        content.care().regions["CA"].routes
    )


def test_find_care_asks_the_one_list_of_questions_providers_and_a_summary_show() -> None:
    questions = list(content.provision().first_appointment)
    assert care_json()["questions_to_ask"] == questions
    assert json.loads(invoke("providers", "--json").stdout)["first_appointment"] == questions
    text = care_text()
    for question in questions:
        assert words(question) in text


# --- the sentences a result's next steps take ------------------------------------------


def care_steps(suggestion: str, code: str) -> tuple[str, ...]:
    """The next-step sentences a result takes for SUGGESTION in CODE (no doctor first)."""
    return tuple(r.step for r in content.care().step_routes(suggestion, code))


def test_a_therapy_lean_in_the_us_points_to_an_eap_first() -> None:
    steps = care_steps("therapy", "US")
    assert len(steps) == 2
    assert "employee assistance program (EAP)" in steps[0]


def test_a_psychotherapy_lean_points_to_a_licensed_psychotherapist_not_an_eap() -> None:
    us = care_steps("psychotherapy", "US")
    assert not any("EAP" in s for s in us)
    assert "psychologist, LMFT or LCSW" in us[0]
    assert any("psychotherapist" in s for s in care_steps("psychotherapy", "UK"))


def test_every_suggestion_gets_one_or_two_short_sentences_without_command_names() -> None:
    guide = content.care()
    for code in [*guide.codes, "FR"]:
        for suggestion in ("therapy", "psychotherapy", "either"):
            steps = care_steps(suggestion, code)
            assert 1 <= len(steps) <= 2, (code, suggestion)
            assert all(len(s) <= 120 and "therapy-guide" not in s for s in steps)


def test_a_crisis_result_gets_no_care_steps() -> None:
    assert care_steps("crisis", "US") == ()
