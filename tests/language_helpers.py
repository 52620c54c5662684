"""What the language tests share: every user-facing string (each string in the content
files, and what every command prints), and the two checkers: one for diagnostic language,
one for reading grade.

The real tests and the planted-sentence tests call the same checkers, so a checker that
stops seeing anything fails the planted tests. Content is read from
`content.data_dir()`, so pointing $THERAPY_GUIDE_DATA_DIR at a copy checks the copy.

Reading grade is Flesch-Kincaid, from textstat-rs: textstat's formulas with the CMU
Pronouncing Dictionary and pyphen's dictionaries built in. (textstat itself downloads
NLTK's cmudict at run time, and there is no network here or in CI.)
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import textstat_rs
from toolkit.answers import Leaning, answers_leading_to
from toolkit.places import REPO
from toolkit.reading import TO_ASCII
from toolkit.running import invoke

from therapy_guide.core import content

FORMATS = ("text", "markdown", "json")
READING_COMMANDS = ("compare", "myths", "questions", "providers", "about", "approaches")
LEANINGS: tuple[Leaning, ...] = ("therapy", "psychotherapy", "either", "crisis")
# Wide enough that Rich wraps no sentence across lines or table cells.
WIDE = {"COLUMNS": "1000"}


@dataclass(frozen=True)
class Passage:
    """One piece of user-facing text and where it comes from."""

    where: str  # for messages: "questions.toml: questions.3.help", "quiz therapy --format json"
    text: str
    file: str = ""  # content file name, for passages read from data/
    path: str = ""  # dotted path inside that file: "questions.3.options.0.label"


def walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """Every string in a parsed TOML or JSON document, with its dotted path."""
    if isinstance(node, str):
        yield ".".join(path), node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, str(index)))


def findings_message(findings: list[str]) -> str:
    """Findings for an assertion message, one a line."""
    return "\n".join(["", *findings])


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def content_passages(directory: Path | None = None) -> list[Passage]:
    """Every string value in every content file (data/*.toml), comments aside."""
    folder = directory or content.data_dir()
    files = sorted(folder.glob("*.toml"))
    assert files, f"no content files in {folder}"
    return [
        Passage(f"{file.name}: {path}", text, file.name, path)
        for file in files
        for path, text in walk(read_toml(file))
    ]


# --- what the commands print ----------------------------------------------------------


def json_passages(where: str, stdout: str) -> list[Passage]:
    doc = json.loads(stdout)
    return [Passage(f"{where}: {path}", text) for path, text in walk(doc)]


def command_outputs(folder: Path, *, formats: Iterable[str] = FORMATS) -> list[Passage]:
    """What every command prints: the welcome, each --help, the reading commands, crisis
    for every region, and quiz results of all four kinds, in each format.

    FOLDER receives the answers files. Each run must succeed; the quiz runs must reach
    the result they aim for.
    """
    runs: list[tuple[str, list[str]]] = [("therapy-guide", []), ("--help", ["--help"])]
    runs += [
        (f"{c} --help", [c, "--help"]) for c in (*READING_COMMANDS, "crisis", "find-care", "quiz")
    ]
    for fmt in formats:
        runs += [(f"{c} --format {fmt}", [c, "--format", fmt]) for c in READING_COMMANDS]
    # Every region's own words once: in text, with every line in full (markdown and JSON
    # carry the same strings, and the reading commands above cover those formats).
    for code in content.crisis_directory().codes:
        runs += [
            (f"crisis --region {code} --details", ["crisis", "--region", code, "--details"]),
            (f"find-care --region {code}", ["find-care", "--region", code]),
        ]
    for leaning in LEANINGS:
        answers = folder / f"{leaning}.json"
        answers.write_text(json.dumps(answers_leading_to(leaning)), encoding="utf-8")
        quiz = ["quiz", "--answers", str(answers), "--no-input"]
        runs += [(f"quiz {leaning} --format {fmt}", [*quiz, "--format", fmt]) for fmt in formats]
    passages: list[Passage] = []
    for where, args in runs:
        result = invoke(*args, env=WIDE)
        assert result.exit_code == 0, f"{where}: exit {result.exit_code}\n{result.output}"
        if where.endswith("--format json"):
            passages += json_passages(where, result.stdout)
            if where.startswith("quiz "):
                wanted = where.split()[1]
                got = json.loads(result.stdout)["suggestion"]
                assert got == wanted, f"{where}: the answers led to {got!r}, not {wanted!r}"
        else:
            passages.append(Passage(where, result.stdout + result.stderr))
    return passages


# --- diagnostic language --------------------------------------------------------------


def plain(text: str) -> str:
    """Typographic quotes and dashes to ASCII, markdown and table marks dropped, and
    whitespace (including Rich's line wrapping and indents) folded to single spaces."""
    text = re.sub(r"[*_`|│#>]+", " ", text.translate(TO_ASCII))
    return " ".join(text.split())


# Statements about the user, not about care in general: "provides assessment, diagnosis,
# and treatment" and "it never tells you what condition you have" are fine.
HEDGE = r"(?:(?:may|might|could|probably|likely|clearly|definitely|also|already)\s+)?"
CONDITION = (
    r"(?:(?:an?|clinical|major|severe|moderate|mild|chronic)\s+)*"
    r"(?:depression|anxiety|ptsd|c-ptsd|ocd|adhd|bipolar|schizophrenia|psychosis"
    r"|(?:[a-z-]+\s+){0,2}disorder|(?:mental\s+)?illness|(?:mental\s+health\s+)?condition)\b"
)
STATE = (
    r"(?:clinically\s+)?(?:depressed|anxious|bipolar|mentally\s+ill|traumati[sz]ed"
    r"|psychotic|manic|schizophrenic|disordered)\b"
)
DIAGNOSTIC = re.compile(
    "|".join(
        [
            rf"\byou(?:\s+{HEDGE}have|'ve)\s+(?:got\s+)?{CONDITION}",
            rf"\byou(?:'re|\s+are)\s+{HEDGE}suffering\s+from\b",
            rf"\byou\s+{HEDGE}suffer\s+from\b",
            rf"\byou(?:'re|\s+are|\s+(?:may|might|could|must)\s+be|\s+seem(?:\s+to\s+be)?"
            rf"|\s+appear\s+to\s+be)\s+{HEDGE}{STATE}",
            r"\bdiagnos[ei]s\s*:",
            r"\byour\s+(?:diagnosis|diagnoses|disorder|illness|mental\s+illness|condition)\b",
            r"\byou(?:'re|\s+are)\s+(?:being\s+)?diagnosed\b",
            rf"\byou\s+{HEDGE}meet\s+(?:the\s+)?criteria\s+for\b",
            r"\byou(?:r\s+answers)?\s+(?:show|shows|have|display)\s+(?:clear\s+|some\s+|strong\s+)?"
            r"(?:signs|symptoms)\s+of\b",
        ]
    ),
    re.IGNORECASE,
)


def diagnostic_findings(passages: Iterable[Passage]) -> list[str]:
    """Each place where a passage tells the user they have a condition, with context."""
    findings = []
    for passage in passages:
        text = plain(passage.text)
        for match in DIAGNOSTIC.finditer(text):
            start, end = max(0, match.start() - 40), match.end() + 40
            findings.append(f"{passage.where}: ...{text[start:end]}...")
    return findings


# --- reading grade --------------------------------------------------------------------

MAX_GRADE = 8.0
# Flesch-Kincaid means little for a few words ("Both", "I am not sure"): a single long
# word decides it. Shorter fields are not graded.
MIN_WORDS = 4

# The texts we wrote, by file and dotted path ("*" is one key or index). Not graded:
# titles and names, ids, contacts, hours and URLs, attributions and citations, the
# article's own text (compare.toml, myths.toml), and instrument wording (below).
GRADED: dict[str, tuple[str, ...]] = {
    "questions.toml": (
        "questions.*.text",
        "questions.*.help",
        "questions.*.options.*.label",
        "questions.*.options.*.because",
        "questions.*.options.*.opening",
        "questions.*.options.*.steps.*",
        "questions.*.options.*.tell",
        "questions.*.options.*.door.why",
        "questions.*.options.*.note",
        "questions.*.options.*.note_with.*.text",
        "screen.lasting.text",
        "urgency.*.how_soon",
        "urgency.*.step",
        "screen.intro",
        "screen.note",
        "screen.subscales.*.positive",
        "screen.urgent",
        "screen.tell",
        "screen.bands.*.advice",
        "decision_check.offer",
        "decision_check.low",
        "decision_check.high",
        "result.*.headline",
        "result.*.detail",
        "result.*.next_step",
        "result.both_note",
        "result.next_steps.*.*",
        "result.disclaimer",
    ),
    "crisis.toml": (
        "intro",
        "regions.*.resources.*.when",
        "regions.*.resources.*.who",
        "regions.*.resources.*.notes.*",
        "elsewhere.when",
        "elsewhere.who",
        "elsewhere.notes.*",
    ),
    "providers.toml": (
        "intro",
        "providers.*.training",
        "providers.*.offers",
        "in_training",
        "verify.*",
        "first_appointment.*",
        "note",
    ),
    "about.toml": ("purpose", "is_not.*", "sources.*.use", "privacy.*", "report"),
    "balance.toml": ("notes.*.text",),
    # Route and approach names, links and sources (citations) are not graded.
    "care.toml": (
        "intro",
        "unknown_region",
        "note",
        "say_when_you_call.*",
        "general.routes.*.cost",
        "general.routes.*.how",
        "general.routes.*.takes",
        "general.routes.*.step",
        "general.routes.*.first_step",
        "regions.*.routes.*.cost",
        "regions.*.routes.*.how",
        "regions.*.routes.*.takes",
        "regions.*.routes.*.step",
        "regions.*.routes.*.first_step",
        "regions.*.doors.*.text",
    ),
    "approaches.toml": (
        "intro",
        "note",
        "approaches.*.session",
        "approaches.*.used_for",
        "approaches.*.length",
        "approaches.*.side_why",
    ),
}


def _pattern(glob: str) -> re.Pattern[str]:
    return re.compile(
        r"\.".join("[^.]+" if part == "*" else re.escape(part) for part in glob.split("."))
    )


GRADED_PATTERNS = {name: [_pattern(g) for g in globs] for name, globs in GRADED.items()}


def instrument_paths(questions: dict[str, Any]) -> set[str]:
    """The question texts and option labels of the validated screen (PHQ-4), as published."""
    section = questions.get("screen", {}).get("section")
    paths: set[str] = set()
    for n, q in enumerate(questions.get("questions", [])):
        if section is not None and q.get("section") == section:
            paths.add(f"questions.{n}.text")
            paths |= {f"questions.{n}.options.{m}.label" for m in range(len(q.get("options", [])))}
    return paths


def graded_passages(directory: Path | None = None) -> list[Passage]:
    """The content passages held to the reading grade: GRADED, less instrument wording.

    The SURE items, the screen's band and subscale names and every attribution are not in
    GRADED, so they are not graded either.
    """
    folder = directory or content.data_dir()
    exempt = instrument_paths(read_toml(folder / "questions.toml"))
    return [
        p
        for p in content_passages(folder)
        if p.path not in exempt
        and any(pattern.fullmatch(p.path) for pattern in GRADED_PATTERNS.get(p.file, ()))
    ]


QUOTATION = re.compile(r"“[^”]*”")
QUOTED = "QUOTED"  # stands in for a quotation while sentences are split
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\sa-z])")


Sentences = frozenset[str]


def split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_BREAK.split(text.strip()) if s]


def article_sentences() -> Sentences | None:
    """The source article's sentences, folded (found as test_content finds the article),
    or None when the article is not here."""
    name = "therapy-vs-psychotherapy.txt"
    places = [os.environ.get("THERAPY_GUIDE_ARTICLE", "")]
    places.append(str(REPO / "tests" / "seed" / name))
    for place in places:
        if place and Path(place).is_file():
            lines = Path(place).read_text(encoding="utf-8").splitlines()
            return frozenset(plain(s) for line in lines for s in split_sentences(line))
    return None


def our_sentences(text: str, article: Sentences | None = None) -> list[str]:
    """The sentences of TEXT that we wrote: less any sentence that quotes (“...”), any that
    starts with "The article", and any that is a whole sentence of the ARTICLE, as written."""
    return [
        s
        for s in split_sentences(QUOTATION.sub(QUOTED, text))
        if QUOTED not in s
        and not s.startswith("The article")
        and not (article is not None and plain(s) in article)
    ]


def grade(text: str) -> float:
    return float(textstat_rs.flesch_kincaid_grade(text))


def readability_findings(
    passages: Iterable[Passage], article: Sentences | None = None
) -> list[str]:
    """Each passage whose own sentences, read together, are above MAX_GRADE."""
    findings = []
    for passage in passages:
        ours = " ".join(our_sentences(passage.text, article))
        if textstat_rs.lexicon_count(ours) < MIN_WORDS:
            continue
        level = grade(ours)
        if level > MAX_GRADE:
            findings.append(f"{passage.where}: grade {level:.1f} > {MAX_GRADE:g}: {ours}")
    return findings


# --- Spanish (issue #20) -----------------------------------------------------------------
# Fernández-Huerta's reading ease, from textstat with pyphen's Spanish dictionary (no
# network: textstat needs NLTK's data only for English). 70 and above is "bastante fácil"
# or easier: the floor that matches the English grade-8 rule.
MIN_EASE_ES = 70.0
SPANISH = "es"
ASQ = "safety_weeks"  # the question in the ASQ's words


def merged_toml(folder: Path, name: str, language: str = SPANISH) -> dict[str, Any]:
    """FOLDER/NAME with FOLDER/LANGUAGE/NAME laid over it, as the loader lays it."""
    from therapy_guide.core.content.translation import lay_over

    english = read_toml(folder / name)
    other = folder / language / name
    return lay_over(english, read_toml(other)) if other.exists() else english


def spanish_content_passages(directory: Path | None = None) -> list[Passage]:
    """The graded content passages (GRADED, less instrument wording) in Spanish: the same
    paths as in English, so one list of what we wrote serves both languages."""
    folder = directory or content.data_dir()
    questions = read_toml(folder / "questions.toml")
    # The ASQ's questions (NIMH's published Spanish), joined as in English: as published.
    asq = {f"questions.{n}.text" for n, q in enumerate(questions["questions"]) if q["id"] == ASQ}
    exempt = instrument_paths(questions) | asq
    return [
        Passage(f"es/{name}: {path}", text, name, path)
        for name, globs in GRADED_PATTERNS.items()
        for path, text in walk(merged_toml(folder, name))
        if path not in exempt and any(p.fullmatch(path) for p in globs)
    ]


def catalog_passages(po: Path | None = None) -> list[Passage]:
    """Each Spanish sentence of the program's own words (the .po's translations)."""
    from babel.messages.pofile import read_po

    path = po or REPO / "therapy_guide" / "locale" / "es" / "LC_MESSAGES" / "therapy_guide.po"
    with path.open("rb") as fh:
        catalog = read_po(fh)
    return [
        Passage(f"es.po: {str(m.id)[:50]!r}", str(m.string)) for m in catalog if m.id and m.string
    ]


def reading_ease_es(text: str) -> float:
    import textstat

    textstat.set_lang(SPANISH)
    return float(textstat.fernandez_huerta(text))


def spanish_sentences(text: str) -> list[str]:
    """The sentences of TEXT that we wrote: less any that quotes the article (“...”) or
    starts with "El artículo", and less {placeholders}, which are not words."""
    text = re.sub(r"\{[a-z_]+\}", "", text)
    # What a person types is not prose: commands, options, environment variables.
    text = re.sub(
        r"therapy-guide(?: [a-z-]+)?|--?[a-z][a-z-]*(?:=\S+)?|\b[A-Z]+_[A-Z_]+(?:=\S+)?", "", text
    )
    return [
        s
        for s in split_sentences(QUOTATION.sub(QUOTED, text))
        if QUOTED not in s and not s.startswith(("El artículo", "(traducción"))
    ]


def spanish_readability_findings(passages: Iterable[Passage]) -> list[str]:
    """Each passage whose own sentences, read together, are below MIN_EASE_ES."""
    findings = []
    for passage in passages:
        ours = " ".join(spanish_sentences(passage.text))
        if len(ours.split()) < MIN_WORDS_ES:
            continue
        ease = reading_ease_es(ours)
        if ease < MIN_EASE_ES:
            findings.append(f"{passage.where}: {ease:.0f} < {MIN_EASE_ES:g}: {ours}")
    return findings


# A few words decide too little: grade passages of this many words or more.
MIN_WORDS_ES = 8
# Words we never use for a person (no diagnosis, no stigma), and the informal "tú" and
# Spain's "vosotros": the guide says "usted" throughout.
BANNED_ES = re.compile(
    r"\b(trastornos?|enferm[oa]s? mental(?:es)?|enfermedad(?:es)? mental(?:es)?|loc[oa]s?"
    r"|padec\w*|sufre de|sufrir de)\b",
    re.IGNORECASE,
)
INFORMAL_ES = re.compile(
    r"\b(tú|tu|tus|te|ti|contigo|vosotr[oa]s|vuestr[oa]s?|os|puedes|tienes|quieres|eres"
    r"|estás|necesitas|sientes|haces|vas|sabes|debes|piensas|crees)\b",
    re.IGNORECASE,
)


def spanish_word_findings(passages: Iterable[Passage]) -> list[str]:
    """Each of our Spanish sentences with a banned word or a "tú" form in it."""
    findings = []
    for passage in passages:
        for sentence in spanish_sentences(passage.text):
            for rule, pattern in (("banned word", BANNED_ES), ("not usted", INFORMAL_ES)):
                found = pattern.search(sentence)
                if found:
                    findings.append(f"{passage.where}: {rule} {found.group(0)!r}: {sentence}")
    return findings
