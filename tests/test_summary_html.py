"""The saved summary: a page a person can bring to a first appointment and a clinician
can read. Its sections, its links to call or text a crisis line, its escaping, and the
page in a real browser.

The browser tests use Chromium, driven by Playwright and checked by axe-core: one browser
for the whole run and one saved summary (with the symptom check taken, so every section
shows), looked at as a phone (390 px) and a desk (1000 px) see it, and printed; and a
few more summaries printed (PRINTS) to see where their pages break.
Screenshots of both are kept in pytest's temporary folder as artefacts; with
THERAPY_GUIDE_SCREENSHOTS=docs they also replace docs/summary-phone.png and
docs/summary-desktop.png, which the README shows. They need Debian's Chromium
(`apt-get install chromium`; .ci/run installs it) and skip, saying so, without it.
Playwright's own browser download is never used: the tests point it at the system's.
"""

from __future__ import annotations

import fcntl
import importlib.util
import io
import json
import os
import re
import shutil
import tomllib
import unicodedata
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from language_helpers import Passage, diagnostic_findings, readability_findings
from toolkit.answers import leaning_answers, write_answers
from toolkit.places import COMMANDS, REPO, SAMPLE_ANSWERS, Document
from toolkit.reading import words
from toolkit.running import invoke

from therapy_guide.core import content, language
from therapy_guide.core import words as w
from therapy_guide.core.asking import Answer
from therapy_guide.quiz.steps import make_report
from therapy_guide.render.html import to_html
from therapy_guide.render.links import Link, phone_links, split_addresses
from therapy_guide.views.crisis import reach
from therapy_guide.views.document import Bullets, Reach, Section
from therapy_guide.views.report import Report
from therapy_guide.views.summary import SUMMARY_QUESTIONS, summary_view

if TYPE_CHECKING:
    from playwright.sync_api import Page, ViewportSize

    from therapy_guide.core.content.crisis import Resource

PLANTED = "<script>alert(1)</script> & <b>bold</b>"


def summary_answers(urgent: bool = False) -> dict[str, Answer]:
    """Therapy-leaning answers with the symptom check taken: every section shows. URGENT
    answers the check at its top ("Nearly every day"): the result opens with help now."""
    answers = leaning_answers("therapy")
    answers["symptom_check"] = "yes"
    bank = content.question_bank()
    for q in bank.questions:
        if q.section == (bank.screen.section if bank.screen else None):
            answers[q.id] = q.options[-1 if urgent else 1].id  # 1: "Several days", mild
    return answers


# The results whose page must put a call button on a phone's first screen.
FIRST_SCREEN: dict[str, dict[str, Answer]] = {
    "urgent": summary_answers(urgent=True),
    "crisis": {"safety": "yes"},
}


def saved(
    folder: Path,
    suffix: str,
    env: dict[str, str | None] | None = None,
    answered: dict[str, Answer] | None = None,
    name: str = "summary",
) -> str:
    """The summary the quiz saves for ANSWERED (SUMMARY_ANSWERS by default), as a .md,
    .html or .json file."""
    answers = write_answers(folder / f"{name}-answers.json", answered or summary_answers())
    target = folder / f"{name}{suffix}"
    done = invoke(
        "quiz", "--answers", str(answers), "--no-input", "--region", "US",
        "--format", "json", "--save", str(target), env=env,
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    return target.read_text(encoding="utf-8")


class Markup(HTMLParser):
    """A saved page as a list of (tag, attributes, text inside it)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.open: list[list[str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        texts: list[str] = []
        self.elements.append((tag, dict(attrs), texts))
        if tag not in ("meta", "br", "link"):
            self.open.append(texts)

    def handle_endtag(self, tag: str) -> None:
        if self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for texts in self.open:
            texts.append(data)

    def tags(self, tag: str) -> list[tuple[dict[str, str | None], str]]:
        return [(a, words("".join(t))) for name, a, t in self.elements if name == tag]

    def texts(self, tag: str) -> list[str]:
        return [text for _, text in self.tags(tag)]

    def hrefs(self) -> list[str]:
        return [a["href"] or "" for a, _ in self.tags("a") if "href" in a]


@pytest.fixture(scope="module")
def saved_page(tmp_path_factory: pytest.TempPathFactory) -> Markup:
    text = saved(tmp_path_factory.mktemp("summary"), ".html")
    return Markup(text)


with language.speaking("es"):
    SPANISH_TITLE = w.SUMMARY_TITLE
    SPANISH_SECTIONS = [w.SUMMARY_HELP_WITH, w.SUMMARY_SUGGESTION, w.SUMMARY_SOURCES]

SECTIONS = [
    w.SUMMARY_HELP_WITH,
    w.SUMMARY_SUGGESTION,
    w.SUMMARY_ANSWERS,
    w.SYMPTOM_CHECK,
    w.SUMMARY_ASK,
    w.SUMMARY_START,  # from data/care.toml: the routes that fit a therapy lean in the US
    w.SUMMARY_CRISIS.format(name="United States"),
    w.SUMMARY_SOURCES,
]


# --- the page -------------------------------------------------------------------------


def test_the_saved_page_is_an_english_document_with_a_title_a_viewport_and_print_styles(
    saved_page: Markup,
) -> None:
    parsed = saved_page
    assert parsed.tags("html")[0][0].get("lang") == "en"
    assert parsed.texts("title") == [w.SUMMARY_TITLE]
    viewport = [a for a, _ in parsed.tags("meta") if a.get("name") == "viewport"]
    assert viewport and "width=device-width" in (viewport[0].get("content") or "")
    assert "@media print" in "".join(parsed.texts("style"))
    assert parsed.tags("pre") == []


def test_the_saved_page_has_one_heading_for_the_page_and_one_for_each_section_in_order(
    saved_page: Markup,
) -> None:
    parsed = saved_page
    assert parsed.texts("h1") == [w.SUMMARY_TITLE]
    assert parsed.texts("h2") == [words(s) for s in SECTIONS]
    assert w.SUMMARY_WHY in parsed.texts("h3")


def test_the_answers_are_a_table_of_short_labels_and_answers_in_words(
    saved_page: Markup,
) -> None:
    parsed = saved_page
    assert [a.get("scope") for a, _ in parsed.tags("th")][:2] == ["col", "col"]
    rows = parsed.texts("tr")
    assert "Focus On what is going on now" in rows
    questions = {q.text for q in content.question_bank().questions}
    assert not [row for row in rows if any(words(q) in row for q in questions)]


def test_every_crisis_line_can_be_called_or_texted_with_one_tap(
    saved_page: Markup,
) -> None:
    parsed = saved_page
    hrefs = parsed.hrefs()
    wanted = ["tel:988", "sms:988", "sms:988?&body=AYUDA", "sms:838255", "sms:741741?&body=HOME"]
    wanted += ["https://wa.me/14422983263", "tel:911"]
    for href in wanted:
        assert href in hrefs
    assert "https://988lifeline.org" in hrefs
    # The directory of helplines is for a place without lines of our own.
    assert "https://findahelpline.com" not in hrefs
    assert "https://findahelpline.com" in page_for("IT", summary_answers()).hrefs()
    assert all(h.startswith(("tel:", "sms:", "https:")) for h in hrefs)


def right_away(code: str) -> list[Resource]:
    """The lines a summary gives to reach right away: not a referral line such as SAMHSA's,
    which says it is no crisis line (it is given where a door points to it)."""
    return [r for r in content.crisis_directory().regions[code].resources if r.urgent]


@pytest.mark.parametrize(
    ("door", "hrefs"),
    [
        ("alcohol_drugs", ["tel:+18006624357"]),
        ("baby", ["tel:+18338526262", "sms:+18338526262"]),
    ],
)
def test_where_to_turn_for_a_door_can_be_called_or_texted_with_one_tap(
    door: str, hrefs: list[str]
) -> None:
    page = page_for("US", summary_answers() | {"also_part": (door,)})
    assert set(hrefs) <= set(page.hrefs())
    assert w.START_WITH in page.texts("h3")


def page_for(code: str, answers: dict[str, Answer]) -> Markup:
    """The saved page for ANSWERS in region CODE, built in-process."""
    return Markup(to_html(summary_view(report_for(answers, code))))


@pytest.mark.parametrize(
    ("code", "hrefs"),
    [
        ("PH", ["tel:1553", "tel:+639190571553", "tel:+639178998727", "tel:911"]),
        ("SG", ["tel:995", "tel:999", "tel:1767", "https://wa.me/6591511767"]),
        ("SG", ["tel:1771", "https://wa.me/6566691771"]),
        ("ZA", ["tel:112", "tel:10111", "tel:10177", "sms:31393"]),
        ("DE", ["tel:112", "tel:110", "tel:116123", "tel:+498001110111"]),
        ("JP", ["tel:+81120279338", "tel:+81120279226", "tel:119", "tel:110"]),
    ],
)
def test_every_number_in_a_regions_crisis_lines_is_a_button_on_the_page(
    code: str, hrefs: list[str]
) -> None:
    page = page_for(code, {"safety": "yes"})
    assert set(hrefs) <= set(page.hrefs())
    numbers = [n for r in content.crisis_directory().regions[code].resources for n in r.numbers]
    buttons = " ".join(text for a, text in page.tags("a") if "href" in a)
    assert all(words(n.shown) in buttons for n in numbers)


@pytest.mark.parametrize("result", sorted(FIRST_SCREEN))
def test_an_urgent_or_crisis_page_offers_a_call_before_anything_else_to_tap(result: str) -> None:
    page = page_for("US", FIRST_SCREEN[result])
    assert page.hrefs()[0] == "tel:988"
    if result == "urgent":  # the opening's "If you need help now" line is a button too
        opening = next(text for _, text in page.tags("dd") if "988 Suicide" in text)
        assert opening.startswith("988 Suicide & Crisis Lifeline: Call or text 988")
        assert words(w.HELP_NOW) in page.texts("dt")[0]


def test_the_summary_speaks_to_a_person_not_to_a_terminal(tmp_path: Path) -> None:
    for text in (saved(tmp_path, ".md"), saved(tmp_path, ".html")):
        assert "`" not in text
        assert "--" not in text.replace("---", "")  # markdown's table rule
        for command in (*COMMANDS, "find-care", "approaches"):
            assert f"therapy-guide {command}" not in text


def test_the_summary_never_diagnoses_and_the_words_we_wrote_for_it_read_at_grade_8(
    tmp_path: Path,
) -> None:
    text = saved(tmp_path, ".md")
    assert diagnostic_findings([Passage("saved summary", text)]) == []
    ours = [w.SUMMARY_ABOUT.format(day="2026-01-01"), w.SUMMARY_PRIVATE]
    ours += [w.SUMMARY_MADE_WITH.format(version="1.0")]
    assert readability_findings([Passage(f"summary wording: {x}", x) for x in ours]) == []


# --- markdown and JSON from the same summary -------------------------------------------


def test_a_saved_markdown_summary_has_the_same_sections_and_every_crisis_line(
    tmp_path: Path,
) -> None:
    text = saved(tmp_path, ".md")
    headings = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("## ")]
    assert headings == SECTIONS
    for resource in right_away("US"):
        assert f"**{w.CONTACT}:** {resource.contact}" in text


def test_a_saved_json_file_is_still_the_quiz_result_not_the_summary(tmp_path: Path) -> None:
    document: Document = json.loads(saved(tmp_path, ".json"))
    assert document["suggestion"] == "therapy"
    assert "screen" in document
    assert w.SUMMARY_TITLE not in json.dumps(document)


# --- sections that come and go ---------------------------------------------------------


def report_for(answers: dict[str, Answer], where: str = "UK") -> Report:
    region = content.crisis_directory().choose(where, {})  # as the quiz: any country works
    return make_report(content.question_bank(), answers, region)


def section_titles(view_blocks: tuple[object, ...]) -> list[str]:
    return [str(getattr(b, "title", "")) for b in view_blocks if hasattr(b, "title")]


def test_how_to_start_names_the_routes_for_the_place_and_not_in_a_crisis() -> None:
    with_steps = summary_view(report_for(summary_answers()))
    assert w.SUMMARY_START in section_titles(with_steps.blocks)
    start = next(b for b in with_steps.blocks if getattr(b, "title", "") == w.SUMMARY_START)
    assert isinstance(start, Section)
    bullets = start.body[0]
    assert isinstance(bullets, Bullets)
    steps = bullets.items
    assert steps == tuple(r.step for r in content.care().step_routes("therapy", "UK"))
    assert any("NHS Talking Therapies" in step for step in steps)
    crisis = summary_view(report_for({"safety": "yes"}))
    assert w.SUMMARY_START not in section_titles(crisis.blocks)


def test_without_the_symptom_check_the_summary_has_no_symptom_section() -> None:
    titles = section_titles(summary_view(report_for(leaning_answers("therapy"))).blocks)
    assert w.SYMPTOM_CHECK not in titles
    assert w.SUMMARY_ASK in titles


def test_the_summary_asks_the_first_of_the_one_list_of_questions_providers_show() -> None:
    view = summary_view(report_for(leaning_answers("therapy")))
    ask = next(b for b in view.blocks if getattr(b, "title", "") == w.SUMMARY_ASK)
    assert isinstance(ask, Section)
    assert ask.body == (Bullets(content.provision().first_appointment[:SUMMARY_QUESTIONS]),)


def test_what_i_want_help_with_is_the_answer_of_the_question_the_bank_marks(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = summary_answers()
    marked = next(q for q in content.question_bank().questions if q.heads_summary)
    picked = [o.label for o in marked.options if o.id in answers[marked.id]]
    view = summary_view(report_for(answers))
    heading = next(b for b in view.blocks if getattr(b, "title", "") == w.SUMMARY_HELP_WITH)
    assert isinstance(heading, Section)
    assert heading.body == (Bullets(tuple(picked)),)
    bank_file = data_copy / "questions.toml"
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(re.sub(r"(?m)^heads_summary = true.*\n", "", text), encoding="utf-8")
    monkeypatch.setenv(content.DATA_ENV, str(data_copy))
    unmarked = summary_view(report_for(answers))
    assert w.SUMMARY_HELP_WITH not in section_titles(unmarked.blocks)


def test_in_crisis_the_crisis_lines_come_right_after_the_suggestion() -> None:
    report = report_for({"safety": "yes"})
    titles = section_titles(summary_view(report).blocks)
    crisis = w.SUMMARY_CRISIS.format(name=report.region.name)
    assert titles[:2] == [w.SUMMARY_SUGGESTION, crisis]


# --- escaping --------------------------------------------------------------------------


def plant(data: Path) -> None:
    """Markup in a crisis line's name, an option label and a result's headline."""
    crisis = data / "crisis.toml"
    text = crisis.read_text(encoding="utf-8")
    name = tomllib.loads(text)["regions"]["US"]["resources"][0]["name"]
    crisis.write_text(text.replace(f'"{name}"', json.dumps(f"{name} {PLANTED}"), 1), "utf-8")
    questions = data / "questions.toml"
    text = questions.read_text(encoding="utf-8")
    bank = tomllib.loads(text)
    label = next(q for q in bank["questions"] if q["id"] == "help_with")["options"][0]["label"]
    headline = bank["result"]["therapy"]["headline"]
    for old in (label, headline):
        text = text.replace(f'"{old}"', json.dumps(f"{old} {PLANTED}"), 1)
    questions.write_text(text, encoding="utf-8")


def test_markup_planted_in_the_data_is_shown_as_text_in_the_saved_page(
    data_copy: Path, tmp_path: Path
) -> None:
    plant(data_copy)
    text = saved(tmp_path, ".html", env={"THERAPY_GUIDE_DATA_DIR": str(data_copy)})
    assert "<script" not in text
    assert "<b>" not in text
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
    assert text.count(escaped) >= 3  # the line's name, the headline, the option label
    parsed = Markup(text)
    assert parsed.tags("script") == []
    assert any(PLANTED in heading for heading in parsed.texts("h3"))


# --- the buttons behind the links ------------------------------------------------------


@pytest.mark.parametrize(
    ("way", "link"),
    [
        (("call", "988", "988", ""), ("Call 988", "tel:988")),
        (("text", "988", "988", ""), ("Text 988", "sms:988")),
        (("text", "741741", "741741", "HOME"), ("Text HOME to 741741", "sms:741741?&body=HOME")),
        (("call", "116 123", "116123", ""), ("Call 116 123", "tel:116123")),
        (("call", "1800 55 1800", "+611800551800", ""), ("Call 1800 55 1800", "tel:+611800551800")),
        (("text", "0477 13 11 14", "+61477131114", ""), ("Text 0477 13 11 14", "sms:+61477131114")),
        (("whatsapp", "9151 1767", "+6591511767", ""), ("WhatsApp 9151 1767", "https://wa.me/6591511767")),
    ],
)  # fmt: skip
def test_each_way_to_reach_a_line_is_a_button_dialling_its_e164_form_or_short_number(
    way: tuple[str, str, str, str], link: tuple[str, str]
) -> None:
    assert phone_links((Reach(*way),)) == (Link(*link),)


def test_a_contact_gives_a_button_for_each_of_its_numbers_once() -> None:
    us = content.crisis_directory().regions["US"].resources
    links = phone_links(reach(us[0]))
    assert [x.text for x in links] == ["Call 988", "Text 988", "Text AYUDA to 988", "Text 838255"]
    assert phone_links((*reach(us[0]), *reach(us[0]))) == links


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Visit findahelpline.com", [("Visit ", ""), ("findahelpline.com", "https://findahelpline.com")]),
        ("lifeline.org.au", [("lifeline.org.au", "https://lifeline.org.au")]),
        ("https://988lifeline.org", [("https://988lifeline.org", "https://988lifeline.org")]),
        ("See 988lifeline.org.", [("See ", ""), ("988lifeline.org", "https://988lifeline.org"),
                                  (".", "")]),
        ("Call 116 123", [("Call 116 123", "")]),
        ("e.g. a breakup", [("e.g. a breakup", "")]),
    ],
)  # fmt: skip
def test_web_addresses_in_a_contact_become_https_links(
    text: str, pieces: list[tuple[str, str]]
) -> None:
    assert split_addresses(text) == pieces


def test_every_crisis_line_in_the_data_has_something_to_tap() -> None:
    directory = content.crisis_directory()
    lines = [r for region in directory.regions.values() for r in region.resources]
    lines.append(directory.elsewhere)
    for line in lines:
        addresses = [href for _, href in split_addresses(line.contact) if href]
        assert phone_links(reach(line)) or addresses, line.contact


# --- in a real browser ----------------------------------------------------------------

HOW_TO_ENABLE = (
    "the browser tests need Chromium and Playwright: run `apt-get install chromium` and "
    "`pip install -e '.[test]'` (.ci/run does both), or set THERAPY_GUIDE_CHROMIUM to a "
    "Chromium or Chrome executable"
)
# Quiet and offline: no updates, no sync, no first-run pages, nothing from the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
DESK: ViewportSize = {"width": 1000, "height": 800}
# The rightmost edge of anything on the page, and each call or text button's height.
WIDEST = (
    "Math.max(...[...document.querySelectorAll('body *')]"
    ".map(e => e.getBoundingClientRect().right))"
)
BUTTONS = (
    "[...document.querySelectorAll('ul.actions a')]"
    ".map(a => [a.textContent, a.getBoundingClientRect().height])"
)
MAIN_WIDTH = "document.querySelector('main').getBoundingClientRect().width"
# Where the first call or text button ends, and what it says.
FIRST_BUTTON = (
    "(a => a && [a.textContent, a.getBoundingClientRect().bottom])"
    "(document.querySelector('ul.actions a'))"
)
HEADINGS = "[...document.querySelectorAll('h2')].map(h => h.textContent)"


# Summaries printed to check where the pages break: the sample answers (docs/), and
# answers and places whose pages broke badly before (the symptom check's section split
# in two; the sources alone, or their last lines alone, on the last page).
PRINTS: dict[str, tuple[dict[str, Answer], str]] = {
    "sample answers, US": (json.loads(SAMPLE_ANSWERS.read_text(encoding="utf-8")), "US"),
    "symptom check, US": (summary_answers(), "US"),
    "symptom check, UK": (summary_answers(), "UK"),
    "symptom check, JP": (summary_answers(), "JP"),
}


@dataclass
class OpenSection:
    text: list[str]
    entry: bool  # a crisis line
    top: bool  # a section of the page itself
    nested: bool = False  # it has sections of its own


class Sections(HTMLParser):
    """What must stay on one page of a printed summary, each as its words: a section of
    the page with no sections of its own, and each entry (a crisis line). And the last
    section's words. The tap-to-call buttons are left out: paper does not show them."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.open: list[OpenSection] = []
        self.hidden = 0  # how deep inside the buttons' list
        self.whole: list[str] = []
        self.last = ""
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        css = dict(attrs).get("class") or ""
        if self.hidden or (tag == "ul" and "actions" in css):
            self.hidden += 1
        if tag == "section":
            for section in self.open:
                section.nested = True
            self.open.append(OpenSection([], "entry" in css, not self.open))

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            self.hidden -= 1
        if tag == "section" and self.open:
            section = self.open.pop()
            said = words(" ".join(section.text))
            if section.entry or (section.top and not section.nested):
                self.whole.append(said)
            if section.top:
                self.last = said

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            for section in self.open:
                section.text.append(data)


@dataclass(frozen=True)
class Printed:
    pages: list[str]  # the words on each printed page
    whole: list[str]  # the words of each part that must stay on one page
    last: str  # the words of the last section (the sources)


@dataclass(frozen=True)
class Seen:
    """What Chromium showed of the saved summary: on a phone, on a desk, and on paper."""

    violations: list[dict[str, Any]]  # axe-core's, on the phone
    phone_scroll_width: int
    phone_widest: float
    buttons: list[tuple[str, float]]
    desk_main_width: float
    desk_headings: list[str]
    printed: str
    pages: int
    shots: Path
    # For an urgent and a crisis result: the first button's words and where it ends on a phone.
    first_buttons: dict[str, tuple[str, float]]
    prints: dict[str, Printed]
    # The same summary saved in Spanish (issue #20): its lang, axe's findings, its width
    # and its buttons on the phone.
    spanish: dict[str, Any]


def chromium() -> str | None:
    chosen = os.environ.get("THERAPY_GUIDE_CHROMIUM")
    return chosen or shutil.which("chromium") or shutil.which("chromium-browser")


def printed_pages(page: Page) -> list[str]:
    """The words on each page of PAGE printed on A4, as pypdf reads them."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    # NFKC: the PDF's ligatures ("ﬁ") read as the letters they join. A date wrapped at its
    # hyphen ("2026-" / "11-26") reads as one word again.
    return [
        re.sub(r"(\d)- (\d)", r"\1-\2", words(unicodedata.normalize("NFKC", p.extract_text())))
        for p in reader.pages
    ]


def print_each(page: Page, shots: Path) -> dict[str, Printed]:
    """Each of PRINTS saved as a page and printed."""
    prints = {}
    for n, (name, (answers, region)) in enumerate(PRINTS.items()):
        folder = shots / f"print-{n}"
        folder.mkdir()
        path = write_answers(folder / "answers.json", answers)
        target = folder / "summary.html"
        done = invoke(
            "quiz", "--answers", str(path), "--no-input", "--region", region,
            "--save", str(target),
        )  # fmt: skip
        assert done.exit_code == 0, done.stderr
        page.goto(target.as_uri())
        sections = Sections(target.read_text(encoding="utf-8"))
        prints[name] = Printed(printed_pages(page), sections.whole, sections.last)
    return prints


def look_in_spanish(page: Page, shots: Path) -> dict[str, Any]:
    """The Spanish summary on the phone: its lang, axe's findings, width and buttons."""
    from axe_playwright_python.sync_playwright import Axe

    saved(shots, ".html", env={"THERAPY_GUIDE_LANG": "es"}, name="resumen")
    page.goto((shots / "resumen.html").as_uri())
    keep(page, shots, "resumen-phone")
    return {
        "lang": page.evaluate("document.documentElement.lang"),
        "violations": Axe().run(page).response["violations"],
        "phone_scroll_width": page.evaluate("document.documentElement.scrollWidth"),
        "phone_widest": page.evaluate(WIDEST),
        "buttons": [(text, height) for text, height in page.evaluate(BUTTONS)],
        "title": page.title(),
    }


def look(
    page: Page,
    shots: Path,
    first_buttons: dict[str, tuple[str, float]],
    spanish: dict[str, Any],
) -> Seen:
    """Everything the browser tests check, read from one page in one pass."""
    from axe_playwright_python.sync_playwright import Axe
    from pypdf import PdfReader

    violations = Axe().run(page).response["violations"]
    keep(page, shots, "summary-phone")
    phone_scroll_width = page.evaluate("document.documentElement.scrollWidth")
    phone_widest = page.evaluate(WIDEST)
    buttons = [(text, height) for text, height in page.evaluate(BUTTONS)]
    page.set_viewport_size(DESK)
    keep(page, shots, "summary-desktop")
    pdf = page.pdf(format="A4")
    (shots / "summary.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    # NFKC: the PDF's ligatures ("ﬁ") read as the letters they join.
    printed = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    return Seen(
        violations=violations,
        phone_scroll_width=phone_scroll_width,
        phone_widest=phone_widest,
        buttons=buttons,
        desk_main_width=page.evaluate(MAIN_WIDTH),
        desk_headings=page.evaluate(HEADINGS),
        printed=words(printed),
        pages=len(reader.pages),
        shots=shots,
        first_buttons=first_buttons,
        prints=print_each(page, shots),
        spanish=spanish,
    )


def keep(page: Page, shots: Path, name: str) -> None:
    """A screenshot of the first screen, as an artefact; docs/ gets it when asked."""
    page.screenshot(path=shots / f"{name}.png")
    if os.environ.get("THERAPY_GUIDE_SCREENSHOTS") == "docs":
        shutil.copy(shots / f"{name}.png", REPO / "docs" / f"{name}.png")


def look_in_chromium(executable: str, shots: Path) -> Seen:
    """One browser, one saved summary, one look; the browser is closed before any test
    checks what it saw (its event loop would otherwise stay running under later tests)."""
    from playwright.sync_api import sync_playwright

    saved(shots, ".html")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            # As a phone: the page's viewport meta decides its layout width, as on a real one.
            page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
            first_buttons = {}
            for result, answers in FIRST_SCREEN.items():
                saved(shots, ".html", answered=answers, name=result)
                page.goto((shots / f"{result}.html").as_uri())
                page.screenshot(path=shots / f"{result}-phone.png")
                text, bottom = page.evaluate(FIRST_BUTTON)
                first_buttons[result] = (text, bottom)
            spanish = look_in_spanish(page, shots)
            page.goto((shots / "summary.html").as_uri())
            return look(page, shots, first_buttons, spanish)
        finally:
            browser.close()


@pytest.fixture(scope="session")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Seen:
    """What Chromium saw, looked at once per run even when the tests land on several
    workers: the first to get here looks and leaves it in the run's shared folder.

    (xdist_group should keep them on one worker, but pytest-xdist 3.8's loadgroup does not
    group under pytest 9.2: pytest-dev/pytest-xdist#1386.)
    """
    executable = chromium()
    if executable is None:
        pytest.skip(f"Chromium is not installed: {HOW_TO_ENABLE}")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip(f"Playwright is not installed: {HOW_TO_ENABLE}")
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return look_in_chromium(executable, tmp_path_factory.mktemp("browser"))
    shared = tmp_path_factory.getbasetemp().parent  # this run's folder, above each worker's
    with (shared / "browser.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = shared / "browser-seen.json"
        if not record.exists():
            found = look_in_chromium(executable, tmp_path_factory.mktemp("browser"))
            record.write_text(json.dumps(asdict(found), default=str), encoding="utf-8")
        fields = json.loads(record.read_text(encoding="utf-8"))
    prints = {name: Printed(**printed) for name, printed in fields["prints"].items()}
    return Seen(**{**fields, "shots": Path(fields["shots"]), "prints": prints})


def serious(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v.get("impact") in ("serious", "critical")
    ]


in_the_browser = pytest.mark.xdist_group("browser")  # on one worker: one browser launch


@in_the_browser
def test_axe_finds_no_serious_or_critical_accessibility_problem_on_the_summary(
    seen: Seen,
) -> None:
    assert serious(seen.violations) == []


@in_the_browser
def test_on_a_390_pixel_phone_the_summary_needs_no_sideways_scrolling(seen: Seen) -> None:
    assert seen.phone_scroll_width <= PHONE["width"]
    assert seen.phone_widest <= PHONE["width"]
    assert (seen.shots / "summary-phone.png").stat().st_size > 0


@in_the_browser
def test_on_a_phone_each_call_or_text_button_is_big_enough_to_tap(seen: Seen) -> None:
    assert seen.buttons
    assert [text for text, height in seen.buttons if height < 44] == []


@in_the_browser
@pytest.mark.parametrize("result", sorted(FIRST_SCREEN))
def test_on_a_390_pixel_phone_an_urgent_or_crisis_page_shows_a_call_button_on_the_first_screen(
    seen: Seen, result: str
) -> None:
    text, bottom = seen.first_buttons[result]
    assert text == "Call 988"
    assert bottom <= PHONE["height"], f"the first button ends at {bottom}px"


@in_the_browser
def test_on_a_1000_pixel_screen_lines_stay_short_enough_to_read(seen: Seen) -> None:
    assert seen.desk_main_width <= 760
    assert [words(h) for h in seen.desk_headings] == [words(s) for s in SECTIONS]
    assert (seen.shots / "summary-desktop.png").stat().st_size > 0


@in_the_browser
def test_printed_the_summary_keeps_every_section_and_every_crisis_number(seen: Seen) -> None:
    assert seen.pages >= 2
    for section in SECTIONS:
        assert words(section) in seen.printed
    for resource in right_away("US"):
        assert words(resource.contact) in seen.printed
    assert words(w.PLEASE_NOTE) in seen.printed
    # The tap-to-call buttons are for screens; on paper the number is in the text once.
    assert seen.printed.count("Text HOME to 741741") == 1


@in_the_browser
@pytest.mark.parametrize("name", PRINTS)
def test_printed_no_section_of_its_own_is_split_and_the_sources_never_stand_alone(
    seen: Seen, name: str
) -> None:
    printed = seen.prints[name]
    assert printed.pages[-1] and not printed.last.endswith(printed.pages[-1]), "sources alone"
    for part in printed.whole:
        assert any(part in page for page in printed.pages), f"split: {part[:60]}"
    # Kept whole, but not at the cost of paper: no page before the last is left three
    # quarters empty by a section pushed on to the next.
    fullest = max(len(page) for page in printed.pages)
    assert [len(page) * 4 >= fullest for page in printed.pages[:-1]] == [True] * (
        len(printed.pages) - 1
    )


@in_the_browser
def test_the_summary_saved_in_spanish_passes_the_same_browser_and_axe_checks(
    seen: Seen,
) -> None:
    spanish = seen.spanish
    assert spanish["lang"] == "es"
    assert spanish["title"] == SPANISH_TITLE
    assert serious(spanish["violations"]) == []
    assert spanish["phone_scroll_width"] <= PHONE["width"]
    assert spanish["phone_widest"] <= PHONE["width"]
    assert spanish["buttons"]
    assert [text for text, height in spanish["buttons"] if height < 44] == []


# --- a summary in the other language (--save-lang) --------------------------------------------

SPANISH_GUIDE: dict[str, str | None] = {
    "LANG": "es_US.UTF-8",
    "LC_ALL": None,
    "LC_MESSAGES": None,
    "LANGUAGE": None,
}


def test_a_summary_saved_in_spanish_is_spanish_and_its_page_says_so(tmp_path: Path) -> None:
    page = saved(tmp_path, ".html", env=SPANISH_GUIDE)
    parsed = Markup(page)

    assert parsed.elements[0][:2] == ("html", {"lang": "es"})
    assert parsed.texts("title") == [SPANISH_TITLE]
    assert [h for h in parsed.texts("h2") if h in SPANISH_SECTIONS] == SPANISH_SECTIONS


@pytest.mark.parametrize(("guide", "save_lang"), [(SPANISH_GUIDE, "en"), ({}, "es")])
def test_save_lang_writes_the_same_result_in_the_other_language(
    tmp_path: Path, guide: dict[str, str | None], save_lang: str
) -> None:
    answers = write_answers(tmp_path / "a.json", summary_answers())
    target = tmp_path / "summary.md"
    args = ["quiz", "--answers", str(answers), "--no-input", "--region", "US"]

    done = invoke(*args, "--save", str(target), "--save-lang", save_lang, env=guide)

    assert done.exit_code == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    suggested = json.loads(invoke(*args, "--format", "json", env=guide).stdout)["suggestion"]
    with language.speaking("en" if save_lang == "en" else "es"):
        title, suggestion = w.SUMMARY_TITLE, w.SUMMARY_SUGGESTION
        headline = getattr(content.question_bank().result, suggested).headline
    assert text.startswith(f"# {title}")
    assert f"## {suggestion}" in text
    assert words(headline) in words(text)  # the same result, said again
    with language.speaking("en" if save_lang == "en" else "es"):  # the guide's language named
        spoken = w.SUMMARY_SPOKEN_IN.format(language=w.LANGUAGE_NAMES["es" if guide else "en"])
    assert words(spoken) in words(text)
    # What the guide printed stays in the guide's language.
    with language.speaking("es" if guide else "en"):
        assert words(w.SAVED.split("{")[0]) in words(done.stderr)


def test_a_summary_in_the_guides_own_language_names_no_other(tmp_path: Path) -> None:
    text = saved(tmp_path, ".md", env=SPANISH_GUIDE)
    with language.speaking("es"):
        first_words = w.SUMMARY_SPOKEN_IN.split("{")[0]
    assert first_words not in text


def test_a_crisis_summary_says_what_the_person_answered(tmp_path: Path) -> None:
    text = saved(tmp_path, ".md", answered={"safety": "yes"})
    bank = content.question_bank()
    yes = next(o for o in bank.questions[0].options if o.crisis)
    assert yes.tell and words(yes.tell) in words(text)
    suggests = words(text).index(words(w.SUMMARY_SUGGESTION))
    assert words(text).index(words(yes.tell)) > suggests  # under "What the guide suggests"
