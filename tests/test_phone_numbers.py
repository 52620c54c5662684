"""Every phone number in data/ checked by libphonenumber (the `phonenumbers` package, a
test dependency only): each is a valid number for its region, in the E.164 form the data
gives it, or a valid short number there; each emergency number is one for its country;
and the words of an entry name exactly the numbers its buttons dial. A typo planted in a
copy of the data fails these checks."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, shortnumberinfo

from therapy_guide.core import content
from therapy_guide.core.content.care_routes import CareGuide
from therapy_guide.core.content.crisis import CrisisDirectory
from therapy_guide.core.content.emergency import EmergencyTable

# Our region codes that are not libphonenumber's: the UK is GB.
PHONE_REGION = {"UK": "GB"}
# Parts of a country that libphonenumber has no data for: checked as that country.
PART_OF = {"EA": "ES", "IC": "ES"}  # Ceuta and Melilla, the Canary Islands
# Short numbers our sources confirm that libphonenumber 9.0.43's short-number data does not
# list yet. Each stays here only while the library still does not know it (checked below).
NOT_YET_IN_THE_LIBRARY = {
    ("NL", "113"): "113 Zelfmoordpreventie's short number (nu.nl, 2020; ANP, 2025)",
    ("IN", "14416"): "Tele-MANAS (Ministry of Health; Lok Sabha replies, 2025)",
    ("PH", "1553"): "the NCMH Crisis Hotline's landline number (DOH; PNA, 2025)",
    ("BR", "188"): "CVV (with the Ministry of Health, 2018)",
    ("KR", "109"): "the national suicide prevention line since 2024 (MOHW, 2 Jan 2024)",
}
# Numbers written in an entry's words that are not numbers to dial on their own.
NOT_A_NUMBER = {"18001"}  # Relay UK's prefix, put before a number from a textphone
# A phone number as an entry writes it: at least three digits, in groups. A vanity number
# ("1-800-662-HELP", "0508 TAUTOKO") is written beside its digits and is skipped.
WRITTEN = re.compile(r"(?<![\w-])\+?\d(?:[\d -]*\d)?(?![\w-])")
VANITY = re.compile(r"\(?\+?[\d -]*[A-Z]{3,}\)?")
YEAR = re.compile(r"^(?:19|20)\d\d$")


def phone_region(code: str) -> str:
    return PHONE_REGION.get(code, code)


def written_numbers(text: str) -> list[str]:
    """The phone numbers TEXT writes: three digits or more, not a year ("after 2021")."""
    found = WRITTEN.findall(VANITY.sub(" ", text))
    return [n for n in found if len(re.sub(r"\D", "", n)) >= 3 and not YEAR.match(n)]


def number_problems(directory: CrisisDirectory) -> list[str]:
    """Each crisis line's number that libphonenumber does not take as written."""
    problems = []
    for code, region in directory.regions.items():
        where = phone_region(code)
        for line in region.resources:
            for number in line.numbers:
                said = f"{code} {line.name}: {number.shown}"
                parsed = phonenumbers.parse(number.shown, where)
                if phonenumbers.is_valid_number(parsed):
                    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
                    if number.dial != e164:
                        problems.append(f"{said} is dialled {e164}, not {number.dial!r}")
                elif (code, number.dialled) in NOT_YET_IN_THE_LIBRARY:
                    continue
                elif not shortnumberinfo.is_valid_short_number_for_region(parsed, where):
                    problems.append(f"{said} is no valid number or short number in {where}")
                elif number.dial:
                    problems.append(f"{said} is a short number: it has no E.164 form")
    return problems


def emergency_problems(directory: CrisisDirectory, table: EmergencyTable) -> list[str]:
    """Each emergency number that is not one for its country."""
    problems = []
    for code, region in directory.regions.items():
        for line in (r for r in region.resources if r.emergency):
            for number in line.numbers:
                if not shortnumberinfo.is_emergency_number(number.dialled, phone_region(code)):
                    problems.append(f"{code}: {number.shown} is not an emergency number")
    for code, numbers in table.countries.items():
        for dialled, _ in numbers.by_number():
            if not shortnumberinfo.is_emergency_number(dialled, PART_OF.get(code, code)):
                problems.append(f"emergency.toml {code}: {dialled} is not an emergency number")
    return problems


def words_problems(directory: CrisisDirectory) -> list[str]:
    """Numbers the words give that no button dials, and buttons the words do not name."""
    problems = []
    for code, region in directory.regions.items():
        in_region = {n.shown for line in region.resources for n in line.numbers}
        for line in region.resources:
            own = {n.shown for n in line.numbers}
            for number in written_numbers(line.contact):
                if number not in own:
                    problems.append(f"{code} {line.name}: {number} has no entry in numbers")
            for note in line.notes:
                for number in written_numbers(note):
                    if number not in in_region | NOT_A_NUMBER:
                        problems.append(f"{code} {line.name}: {number} in a note is no number")
            said = " ".join((line.contact, *line.notes))
            for number in own - set(written_numbers(said)) - {"442-AYUDAME"}:
                problems.append(f"{code} {line.name}: numbers has {number}, its words do not")
            for language, way in line.ways_in.items():  # its numbers are the line's own
                given = {n.shown for n in way.numbers}
                written = set(written_numbers(way.contact))
                for number in (written - given) | (given - written - {"442-AYUDAME"}):
                    problems.append(f"{code} {line.name} ({language}): {number} in one, not both")
    return problems


def care_problems(guide: CareGuide) -> list[str]:
    """Each phone number in the routes to care that libphonenumber does not take."""
    problems = []
    for code, region in guide.regions.items():
        where = phone_region(code)
        for route in region.routes:
            text = " ".join((route.cost, route.how, route.takes, route.step))
            for match in phonenumbers.PhoneNumberMatcher(text, where):
                if not phonenumbers.is_valid_number(match.number):
                    problems.append(f"{code} {route.id}: {match.raw_string} is not valid")
            for number in re.findall(r"\b(?:text|call|to) (?:or text )?(\d{4,6})\b", text):
                parsed = phonenumbers.parse(number, where)
                if not shortnumberinfo.is_valid_short_number_for_region(parsed, where):
                    problems.append(f"{code} {route.id}: {number} is no short number")
    return problems


# --- the shipped data ------------------------------------------------------------------


def test_every_crisis_line_number_is_valid_for_its_region_and_dialled_in_e164() -> None:
    assert number_problems(content.crisis_directory()) == []


def test_every_emergency_number_is_an_emergency_number_for_its_country() -> None:
    assert emergency_problems(content.crisis_directory(), content.emergency_table()) == []


def test_the_words_of_each_line_name_exactly_the_numbers_its_buttons_dial() -> None:
    assert words_problems(content.crisis_directory()) == []


def door_problems(guide: CareGuide) -> list[str]:
    """Each number of where to turn for a door that libphonenumber does not take as given."""
    problems = []
    for code, region in guide.regions.items():
        for door, here in region.doors.items():
            for number in here.numbers:
                parsed = phonenumbers.parse(number.shown, phone_region(code))
                e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
                if not phonenumbers.is_valid_number(parsed) or number.dial != e164:
                    problems.append(f"{code} {door}: {number.shown} is not {number.dial!r}")
                if number.shown not in here.contact:
                    problems.append(f"{code} {door}: its contact does not say {number.shown}")
    return problems


def test_every_number_of_where_to_turn_for_a_door_is_valid_and_dialled_in_e164(
    data_copy: Path,
) -> None:
    assert door_problems(content.care()) == []
    care = data_copy / "care.toml"  # a planted typo in a copy is caught
    care.write_text(
        care.read_text(encoding="utf-8").replace('dial = "+18338526262"', 'dial = "+18338526226"'),
        encoding="utf-8",
    )
    copy = content.load_file("care.toml", CareGuide, data_copy)
    assert door_problems(copy) == ["US baby: 1-833-852-6262 is not '+18338526226'"]


def test_every_phone_number_in_the_routes_to_care_is_valid_for_its_region() -> None:
    guide = content.care()
    assert care_problems(guide) == []
    found = [
        m.raw_string
        for code, region in guide.regions.items()
        for r in region.routes
        for m in phonenumbers.PhoneNumberMatcher(r.how, phone_region(code))
    ]
    assert "1800 595 212" in found and "1-800-662-4357" in found  # the matcher finds them


@pytest.mark.parametrize(("code", "number"), sorted(NOT_YET_IN_THE_LIBRARY))
def test_a_short_number_the_library_does_not_know_yet_stays_listed_only_while_it_does_not(
    code: str, number: str
) -> None:
    parsed = phonenumbers.parse(number, code)
    assert not shortnumberinfo.is_valid_short_number_for_region(parsed, code), (
        f"libphonenumber now knows {number} in {code}: take it off NOT_YET_IN_THE_LIBRARY"
    )


def test_every_place_without_a_number_has_none_in_libphonenumber_either() -> None:
    from phonenumbers.phonemetadata import PhoneMetadata

    for code in content.emergency_table().none:
        metadata = PhoneMetadata.short_metadata_for_region(code)
        listed = metadata is not None and metadata.emergency is not None
        assert not listed or code in ("GN", "GQ"), f"{code}: libphonenumber lists a number"


# --- a typo planted in a copy ----------------------------------------------------------


def plant(data: Path, old: str, new: str) -> None:
    crisis = data / "crisis.toml"
    text = crisis.read_text(encoding="utf-8")
    assert old in text
    crisis.write_text(text.replace(old, new), encoding="utf-8")


def test_a_typo_in_a_number_fails_the_checks(data_copy: Path) -> None:
    plant(data_copy, "0800 567 567", "0800 567 56")  # SADAG's line, a digit short
    directory = content.load_file("crisis.toml", CrisisDirectory, data_copy)
    assert number_problems(directory) == [
        "ZA SADAG Suicide Crisis Helpline: 0800 567 56 is no valid number or short number in ZA"
    ]


def test_a_typo_in_the_e164_form_fails_the_checks(data_copy: Path) -> None:
    plant(data_copy, 'dial = "+6591511767"', 'dial = "+6591151767"')
    directory = content.load_file("crisis.toml", CrisisDirectory, data_copy)
    assert number_problems(directory) == [
        "SG Samaritans of Singapore (SOS): 9151 1767 is dialled +6591511767, not '+6591151767'"
    ]


def test_a_typo_in_an_emergency_number_fails_the_checks(data_copy: Path) -> None:
    plant(data_copy, '{ shown = "10177" }', '{ shown = "10171" }')
    directory = content.load_file("crisis.toml", CrisisDirectory, data_copy)
    assert "ZA: 10171 is not an emergency number" in emergency_problems(
        directory, content.emergency_table()
    )


def test_a_number_in_the_words_but_not_in_numbers_fails_the_checks(data_copy: Path) -> None:
    plant(data_copy, 'contact = "Call 3114"', 'contact = "Call 3115"')
    directory = content.load_file("crisis.toml", CrisisDirectory, data_copy)
    assert words_problems(directory) == [
        "FR 3114 (suicide prevention line): 3115 has no entry in numbers",
        "FR 3114 (suicide prevention line): numbers has 3114, its words do not",
    ]


# --- the maintainer's report of old checks ----------------------------------------------


def test_check_sources_lists_only_entries_older_than_the_days_given() -> None:
    import importlib.util
    from datetime import date, timedelta

    from toolkit.places import REPO

    spec = importlib.util.spec_from_file_location(
        "check_sources", REPO / "scripts" / "check_sources.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    crisis = content.crisis_directory()
    newest = max(r.checked for region in crisis.regions.values() for r in region.resources)
    assert script.report(newest, 365)[-1].startswith("0 of ")
    later = script.report(newest + timedelta(days=366), 365)
    assert later[-1].startswith(f"{len(later) - 1} of ")
    assert any("crisis.toml  DE: TelefonSeelsorge" in line for line in later)
    some = script.report(date(2027, 11, 30), 365)  # the 2026-11-2x checks, not 2026-12-05
    assert not any("  ZA: SADAG Suicide Crisis Helpline" in line for line in some)
    assert any("  CA: Kids Help Phone" in line for line in some)
