"""The program's words in other languages: gettext catalogs, made and compiled by Babel.

    python scripts/catalogs.py           # extract, update every language's .po, compile .mo
    python scripts/catalogs.py --check   # exit 1 if a catalog is stale, or a translation is
                                         # missing or fuzzy, here or in data/LANG/ (CI runs it)

The English is written once, in therapy_guide/core/wording.py (and the command line's
help, in therapy_guide/cli/); Babel extracts it into therapy_guide/locale/therapy_guide.pot.
Each language's therapy_guide/locale/LANG/LC_MESSAGES/therapy_guide.po holds its
translations, and the compiled .mo beside it ships in the wheel. A translator edits the
.po only; this script does the rest.
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "therapy_guide"
LOCALE = PACKAGE / "locale"
DOMAIN = "therapy_guide"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
LANGUAGES = ("es",)
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
DATA = ROOT / "data"
# Parts of a content file with no text for a person to read in another language.
NEVER_TRANSLATED = {"emergency.toml": ("countries.", "sources.")}
WORDING = PACKAGE / "core" / "wording.py"
# The command line's help: docstrings and help= texts, read where Typer reads them.
HELP_SOURCES = (PACKAGE / "cli" / "app.py", PACKAGE / "cli" / "options.py")


def extract_constants(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """A Babel extraction method for wording.py: every text a module-level name holds (a
    string, or each value of a dict), with the comment above it."""
    source = fileobj.read().decode("utf-8")
    lines = source.splitlines()
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        comments = _comments_above(lines, node.lineno)
        for lineno, text in _texts(node.value):
            yield lineno, "", text, comments


def _texts(value: ast.expr) -> Iterator[tuple[int, str]]:
    if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value:
        yield value.lineno, value.value
    elif isinstance(value, ast.Dict):
        for item in value.values:
            yield from _texts(item)


def _comments_above(lines: list[str], lineno: int) -> list[str]:
    found: list[str] = []
    at = lineno - 2
    while at >= 0 and lines[at].lstrip().startswith("#") and not lines[at].startswith("# ---"):
        found.insert(0, lines[at].lstrip("# ").rstrip())
        at -= 1
    return found


def extract_help(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """The command line's help: each command's docstring, and every help=, short_help=
    and epilog-free help text given to a Typer option or command, as Typer reads them."""
    source = fileobj.read().decode("utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(_is_command(d) for d in node.decorator_list):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield node.lineno, "", doc, ["A command's help: its docstring."]
        if isinstance(node, ast.keyword) and node.arg in ("help", "short_help"):
            text = _joined(node.value)
            if not text:  # an f-string or a name: it could not be translated
                where = f"{getattr(fileobj, 'name', '?')}:{node.value.lineno}"
                raise SystemExit(f"{where}: a help text must be a string literal")
            yield node.value.lineno, "", text, []


def _is_command(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name in ("command", "callback")


def _joined(value: ast.expr) -> str:
    """A string literal, or several concatenated ("a " "b", or "a " + "b")."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        left, right = _joined(value.left), _joined(value.right)
        return left + right if left and right else ""
    return ""


def template() -> Catalog:
    """Every English sentence of ours, extracted by Babel."""
    catalog = Catalog(project="therapy-guide", domain=DOMAIN, charset="utf-8", fuzzy=False)
    sources = [(WORDING, extract_constants), *((p, extract_help) for p in HELP_SOURCES)]
    for path, method in sources:
        for lineno, message, comments, _context in extract_from_file(
            method, str(path), strip_comment_tags=True
        ):
            where = (str(path.relative_to(ROOT)), lineno)
            catalog.add(message, locations=[where], auto_comments=comments)
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def as_po(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # No line numbers: a line added above a sentence does not make the catalogs stale.
    write_po(out, catalog, width=100, omit_header=False, sort_output=False, include_lineno=False)
    return _without_dates(out.getvalue())


def as_mo(catalog: Catalog) -> bytes:
    """The compiled catalog, the same bytes for the same translations: its header's dates
    (which Babel sets to now when the .po has none) are fixed."""
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _without_dates(po: bytes) -> bytes:
    """The .po without its creation and revision dates, so that a check compares content."""
    kept = [
        line
        for line in po.splitlines(keepends=True)
        if not line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))
    ]
    return b"".join(kept)


def updated(language: str, pot: Catalog) -> Catalog:
    """LANGUAGE's catalog, brought up to date with POT (new sentences come in untranslated,
    changed ones fuzzy, removed ones obsolete and then dropped)."""
    path = po_path(language)
    if path.exists():
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=language, domain=DOMAIN)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="therapy-guide")
        catalog.fuzzy = False
    catalog.update(pot, update_header_comment=False)
    catalog.obsolete.clear()
    return catalog


def problems(language: str, catalog: Catalog) -> list[str]:
    """What keeps LANGUAGE's catalog from shipping: a missing, fuzzy or mis-formatted entry."""
    found: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        first = str(message.id).splitlines()[0][:70]
        if not message.string:
            found.append(f"{language}: not translated: {first!r}")
            continue
        if message.fuzzy:
            found.append(f"{language}: fuzzy (check it, then remove the flag): {first!r}")
        found += [f"{language}: {first!r}: {error}" for error in message.check(catalog)]
    return found


def content_problems(language: str) -> list[str]:
    """What keeps LANGUAGE's content (data/LANG/*.toml) from shipping: a file that does not
    fit its English (an id the English lacks, a value that is not text), or text left in
    English. Each is named by its path, as data/LANG/NAME.toml writes it."""
    import tomllib

    sys.path.insert(0, str(ROOT))
    from therapy_guide.core.content.translation import TranslationError, lay_over, untranslated

    found: list[str] = []
    for english_path in sorted(DATA.glob("*.toml")):
        name = english_path.name
        english = tomllib.loads(english_path.read_text(encoding="utf-8"))
        path = DATA / language / name
        try:
            other = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            lay_over(english, other)
        except (TranslationError, tomllib.TOMLDecodeError, AttributeError, TypeError) as error:
            found.append(f"data/{language}/{name}: {error}")  # a typo: said, never a crash
            continue
        skipped = NEVER_TRANSLATED.get(name, ())
        missing = [p for p in untranslated(english, other) if not p.startswith(skipped)]
        found += [f"data/{language}/{name}: not translated: {p}" for p in missing]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    pot = template()
    stale: list[str] = []
    wanted = {TEMPLATE: as_po(pot)}
    issues: list[str] = []
    for language in LANGUAGES:
        catalog = updated(language, pot)
        issues += problems(language, catalog) + content_problems(language)
        wanted[po_path(language)] = as_po(catalog)
        wanted[po_path(language).with_suffix(".mo")] = as_mo(catalog)
    for path, content in wanted.items():
        current = path.read_bytes() if path.exists() else b""
        if path.suffix != ".mo":
            current = _without_dates(current)
        if current != content:
            stale.append(str(path.relative_to(ROOT)))
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
    if args.check:
        for path_name in stale:
            print(f"stale: {path_name} (run: python scripts/catalogs.py)", file=sys.stderr)
        for issue in issues:
            print(issue, file=sys.stderr)
        return 1 if stale or issues else 0
    for path_name in stale:
        print(f"wrote {path_name}")
    for issue in issues:
        print(issue)
    return 0


if __name__ == "__main__":
    sys.exit(main())
