"""Choosing the language (issue #20, part 1), the Spanish content's fit to the English,
and the catalogs: the rule, its notes and errors, and that a language never outlives
its command."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from toolkit import DATA, REPO, invoke, plain_runner, run_python

from therapy_guide.core import language
from therapy_guide.core.content.translation import TranslationError, lay_over, untranslated

NO_LOCALE = {"LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


# --- the rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_lang", "environ", "expected"),
    [
        ("es", {"THERAPY_GUIDE_LANG": "en", "LANG": "en_US.UTF-8"}, ("es", "option")),
        (None, {"THERAPY_GUIDE_LANG": "es", "LANG": "en_US.UTF-8"}, ("es", "environment")),
        (None, {"LANG": "es_US.UTF-8"}, ("es", "locale")),
        (None, {"LANG": "es_MX.UTF-8"}, ("es", "locale")),
        (None, {"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, ("es", "locale")),
        (None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "es_US.UTF-8"}, ("en", "locale")),
        (None, {"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, ("es", "locale")),
        (None, {"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}, ("es", "locale")),
        (None, {"LANGUAGE": "es"}, ("en", "default")),  # as gettext: LANGUAGE needs a locale
        (None, {"LANG": "C.UTF-8"}, ("en", "default")),
        (None, {}, ("en", "default")),
    ],
)
def test_the_language_is_the_option_then_the_variable_then_the_locale_then_english(
    given_lang: str | None, environ: dict[str, str], expected: tuple[str, str]
) -> None:
    choice = language.choose(given_lang, environ)

    assert (choice.code, choice.source) == expected
    assert choice.unavailable == ""


@pytest.mark.parametrize(
    ("environ", "asked"),
    [({"LANG": "fr_FR.UTF-8"}, "fr_FR"), ({"THERAPY_GUIDE_LANG": "de"}, "de")],
)
def test_a_language_we_do_not_have_is_english_with_a_note(
    environ: dict[str, str], asked: str
) -> None:
    choice = language.choose(None, environ)

    assert (choice.code, choice.unavailable) == ("en", asked)


@given(st.text(max_size=20))
def test_any_environment_value_chooses_a_language_we_have(value: str) -> None:
    for name in ("THERAPY_GUIDE_LANG", "LANG", "LANGUAGE", "LC_ALL"):
        assert language.choose(None, {name: value, "LANG": "en_US"}).code in language.LANGUAGES


def test_a_locale_we_do_not_have_runs_in_english_with_one_line_on_stderr() -> None:
    done = invoke("myths", env={**NO_LOCALE, "LANG": "fr_FR.UTF-8"})

    assert done.exit_code == 0
    assert "Myth" in done.stdout
    note = done.stderr.strip()
    assert "fr_FR" in note and "--lang es" in note
    assert len(note.splitlines()) <= 2  # one sentence, wrapped at 80 columns at most once


@pytest.mark.parametrize("flag", ["--lang", "--save-lang"])
def test_an_unknown_language_code_is_a_usage_error(flag: str) -> None:
    args = ["quiz", flag, "fr", *(["--save", "x.md"] if flag == "--save-lang" else [])]

    done = invoke(*args)

    assert done.exit_code == 2
    assert f"{flag} must be one of: en, es (not 'fr')" in done.stderr
    assert "Traceback" not in done.stderr


def test_save_lang_without_save_says_what_it_is_for() -> None:
    done = invoke("quiz", "--save-lang", "en")

    assert done.exit_code == 2
    assert "--save-lang" in done.stderr and "--save" in done.stderr


@pytest.mark.parametrize(
    ("args", "env", "code"),
    [
        (["about", "--json"], {"LANG": "en_US.UTF-8"}, "en"),
        (["about", "--json", "--lang", "es"], {"LANG": "en_US.UTF-8"}, "es"),
        (["about", "--json", "--lang=es"], {}, "es"),
        (["about", "--json"], {"LANG": "es_US.UTF-8"}, "es"),
        (["about", "--json"], {"THERAPY_GUIDE_LANG": "es"}, "es"),
        (["about", "--json", "--lang", "en"], {"LANG": "es_MX.UTF-8"}, "en"),
    ],
)
def test_about_says_which_language_is_showing(
    args: list[str], env: dict[str, str | None], code: str
) -> None:
    done = invoke(*args, env={**NO_LOCALE, **env})

    assert done.exit_code == 0, done.stderr
    shown = json.loads(done.stdout)["language"]
    assert shown["code"] == code
    assert shown["choices"] == ["en", "es"]


def test_a_command_in_spanish_leaves_the_next_one_in_english() -> None:
    invoke("about", "--lang", "es")
    spanish_help = invoke("quiz", "--help", "--lang", "es").stdout
    english_help = invoke("quiz", "--help").stdout  # the same Click command serves both
    assert "Uso:" in spanish_help and "Usage:" in english_help
    assert "Responda" in spanish_help and "Responda" not in english_help

    assert language.current() == "en"
    assert json.loads(invoke("about", "--json", env=NO_LOCALE).stdout)["language"]["code"] == "en"


def test_the_locales_region_stays_its_own_rule() -> None:
    done = invoke("crisis", "--json", env={**NO_LOCALE, "LANG": "es_MX.UTF-8"})

    assert json.loads(done.stdout)["region"] == "MX"


# --- data/es/ laid over data/ -------------------------------------------------------------

ENGLISH = tomllib.loads((DATA / "questions.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("other", "says"),
    [
        ({"questions": {"no_such_question": {"label": "x"}}}, "questions.no_such_question"),
        ({"questions": {"safety": {"nope": "x"}}}, "questions.safety.nope: the English file"),
        ({"questions": {"safety": {"id": "x"}}}, "'id' is not translated"),
        ({"questions": {"safety": {"label": 3}}}, "text is expected"),
        ({"questions": {"safety": {"confirm": False}}}, "only text is translated"),
        (
            {"questions": {"safety_weeks": {"options": {"yes": {"steps": ["uno"]}}}}},
            "2 items in English, 1 here",
        ),
    ],
)
def test_a_translation_that_does_not_fit_its_english_is_refused_with_its_path(
    other: dict[str, object], says: str
) -> None:
    with pytest.raises(TranslationError, match=None) as refused:
        lay_over(ENGLISH, other)

    assert says in str(refused.value)


def test_a_translation_replaces_text_by_id_and_lists_what_it_lacks() -> None:
    other = {"questions": {"safety": {"label": "Su seguridad ahora"}}}

    merged = lay_over(ENGLISH, other)

    assert merged["questions"][0]["label"] == "Su seguridad ahora"
    assert merged["questions"][0]["id"] == "safety"
    assert ENGLISH["questions"][0]["label"] == "Danger right now"  # the English is untouched
    missing = untranslated(ENGLISH, other)
    assert "questions.safety.label" not in missing
    assert "questions.safety.text" in missing
    assert not any(p.endswith((".id", ".source", ".checked")) for p in missing)


def test_a_spanish_file_that_does_not_fit_gives_the_english_with_a_note_naming_it(
    tmp_path: Path,
) -> None:
    """Content is never hidden behind a broken translation: crisis lines least of all."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "es" / "myths.toml").write_text('[myths.nope]\nmyth = "x"\n', encoding="utf-8")
    (data / "es" / "crisis.toml").write_text("broken = [\n", encoding="utf-8")
    spanish_bank = (data / "es" / "questions.toml").read_text(encoding="utf-8")
    too_long = spanish_bank.replace('label = "Peligro ahora mismo"', f'label = "{"x" * 40}"')
    (data / "es" / "questions.toml").write_text(too_long, encoding="utf-8")
    env = {"THERAPY_GUIDE_DATA_DIR": str(data)}

    myths = invoke("myths", "--lang", "es", env=env)
    crisis = invoke("crisis", "--lang", "es", env=env)
    questions = invoke("questions", "--lang", "es", env=env)

    assert myths.exit_code == crisis.exit_code == questions.exit_code == 0
    assert "es/myths.toml" in myths.stderr and "myths.nope" in myths.stderr
    assert "es/crisis.toml" in crisis.stderr
    assert "988" in crisis.stdout and "911" in crisis.stdout
    assert "es/questions.toml" in questions.stderr and "24 characters" in questions.stderr
    assert "Traceback" not in myths.stderr + crisis.stderr + questions.stderr


# --- the catalogs ---------------------------------------------------------------------------


@pytest.mark.slow
def test_the_catalogs_and_the_spanish_content_are_complete_and_current() -> None:
    done = run_python([str(REPO / "scripts" / "catalogs.py"), "--check"], cwd=REPO, timeout=120)

    assert done.exit_code == 0, done.stderr[-3000:]


def test_a_pipe_in_spanish_keeps_its_accents_and_still_plains_the_marks() -> None:
    done = invoke("about", "--lang", "es")

    assert done.exit_code == 0, done.stderr
    assert "¿" in done.stdout and "í" in done.stdout  # "¿qué le convendría más?"
    assert not {"“", "”", "—", "•"} & set(done.stdout)
    assert invoke("about").stdout.isascii()  # English in a pipe is ASCII, as before


def test_each_name_in_wording_is_written_once() -> None:
    """A second SOURCE once hid the first: compare ended with "Source", not its citation."""
    import ast

    tree = ast.parse((REPO / "therapy_guide" / "core" / "wording.py").read_text("utf-8"))
    names = [
        t.id
        for n in tree.body
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    ]

    assert sorted({n for n in names if names.count(n) > 1}) == []
    compare = invoke("compare").stdout
    assert "Source: " in compare and "Lake Forest" in compare.split("Source: ")[-1]


# --- answering in Spanish -------------------------------------------------------------------


@pytest.mark.parametrize("keys", ["s\r", "S\r", "y\r"])
def test_s_says_yes_at_a_spanish_yes_no_prompt(keys: str, at_the_keyboard: Any) -> None:
    run = at_the_keyboard(keys, "--lang", "es")

    assert run.exit_code == 0, run.stderr
    assert len(run.asked) == 1  # the safety question, then the crisis lines: nothing else
    assert "marque 2" in run.said and "AYUDA" in run.said


def test_n_says_no_at_a_spanish_yes_no_prompt(at_the_keyboard: Any) -> None:
    run = at_the_keyboard("n\r" + "\x03", "--lang", "es")

    assert len(run.asked) >= 2  # the next question came


@pytest.mark.parametrize("typed", ["s", "sí", "SI", "si"])
def test_the_plain_quiz_takes_si_for_yes_in_spanish(
    typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = plain_runner(monkeypatch)([typed], "--plain", "--lang", "es")

    assert done.exit_code == 0, done.stderr
    assert "marque 2" in done.stdout


@pytest.mark.parametrize(
    ("lang", "region", "us_too"),
    [
        ("es_MX.UTF-8", "MX", True),
        ("es_GT.UTF-8", "GT", True),
        ("es_US.UTF-8", "US", False),
        ("es_419.UTF-8", "US", False),  # a region of the world is no country: the default
        ("en_GB.UTF-8", "UK", False),  # in English, a British locale is a British reader
    ],
)
def test_a_spanish_locale_that_chose_another_country_still_names_988_in_spanish(
    lang: str, region: str, us_too: bool
) -> None:
    env = {**NO_LOCALE, "LANG": lang}

    shown = invoke("crisis", env=env)
    document = json.loads(invoke("crisis", "--json", env=env).stdout)

    assert shown.exit_code == 0, shown.stderr
    assert document["region"] == region
    assert ("llame al 988 y marque 2" in shown.stdout.replace("\n", " ")) is us_too
    assert "None" not in shown.stderr


def test_in_spanish_a_line_not_answered_in_spanish_says_which_language_it_is() -> None:
    spanish = invoke("crisis", "--lang", "es", env={"COLUMNS": "200"}).stdout.splitlines()
    english = invoke("crisis", env={"COLUMNS": "200"}).stdout

    trevor = next(line for line in spanish if line.startswith("The Trevor Project"))
    lifeline = next(line for line in spanish if line.startswith("988 Suicide"))
    assert trevor.endswith("(en inglés)")
    assert "(en " not in lifeline
    assert "(in English)" not in english
    france = invoke("crisis", "--lang", "es", "--region", "FR", env={"COLUMNS": "200"}).stdout
    assert "(en francés)" in france and "(en inglés)" not in france  # its own language


def test_every_wording_name_holds_what_translate_can_translate() -> None:
    """A sentence or a dict of sentences: anything else would work in English and fail
    only in Spanish."""
    from therapy_guide.core import wording

    held = {n: v for n, v in vars(wording).items() if n.isupper()}
    odd = [
        n
        for n, v in held.items()
        if not isinstance(v, str)
        and not (isinstance(v, dict) and all(isinstance(x, str) for x in v.values()))
    ]
    assert odd == []
    with language.speaking("es"):
        from therapy_guide.core import words as w

        assert all(isinstance(getattr(w, n), type(held[n])) for n in held)


def test_every_help_text_of_every_command_has_its_spanish() -> None:
    """An f-string help (once --no-pager's) is not extracted, so it would stay English."""
    import typer

    from therapy_guide.cli.app import app

    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    texts = [group.help or ""]
    for command in group.commands.values():
        texts += [command.help or "", command.short_help or ""]
        texts += [getattr(p, "help", None) or "" for p in command.params]
    with language.speaking("es"):
        left = [t for t in texts if t and language.translate(t) == t]
    assert left == []
