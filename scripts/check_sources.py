"""A maintainer's report: every content entry whose facts were last checked more than N
days ago (default 365), oldest first, so that each content review starts with them.

    python scripts/check_sources.py              # entries older than 365 days
    python scripts/check_sources.py --days 180   # a stricter review
    python scripts/check_sources.py --all        # every entry and its date

It reads the crisis lines (data/crisis.toml), the routes to care (care.toml), the
approaches (approaches.toml), the balance notes (balance.toml) and the emergency-number
tables (emergency.toml) through the program's own loaders, so what it lists is what the
program shows. It is a report, not a test: it always exits 0, whatever it finds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from therapy_guide.core import content

DEFAULT_DAYS = 365


def entries() -> Iterator[tuple[str, str, date, str]]:
    """Every sourced entry: (file, entry, checked, source)."""
    directory = content.crisis_directory()
    for code, region in directory.regions.items():
        for line in region.resources:
            yield "crisis.toml", f"{code}: {line.name}", line.checked, line.source
            for spoken, way in line.ways_in.items():  # its way in for one language
                yield "crisis.toml", f"{code}: {line.name} ({spoken})", way.checked, way.source
    elsewhere = directory.elsewhere
    yield "crisis.toml", f"elsewhere: {elsewhere.name}", elsewhere.checked, elsewhere.source
    care = content.care()
    for code, routes in (("general", care.general), *care.regions.items()):
        for route in routes.routes:
            yield "care.toml", f"{code}: {route.id}", route.checked, route.source
    for approach in content.approaches().approaches:
        yield "approaches.toml", approach.id, approach.checked, approach.source
    for note in content.balance_notes().notes:
        yield "balance.toml", note.id, note.checked, note.source
    for key, table in content.emergency_table().sources.items():
        yield "emergency.toml", f"sources.{key}", table.checked, table.source


def report(today: date, days: int, show_all: bool = False) -> list[str]:
    """The report's lines: each entry older than DAYS on TODAY (every entry with
    SHOW_ALL), oldest first, then a line that counts them."""
    found = sorted(entries(), key=lambda e: (e[2], e[0], e[1]))
    old = [e for e in found if (today - e[2]).days > days]
    lines = [
        f"{checked.isoformat()}  {(today - checked).days:>4} days  {name}  {entry}\n    {source}"
        for name, entry, checked, source in (found if show_all else old)
    ]
    lines.append(
        f"{len(old)} of {len(found)} entries were last checked more than {days} days "
        f"before {today.isoformat()}."
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS, help="how old is too old")
    parser.add_argument("--all", action="store_true", help="list every entry, not only old ones")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD")
    options = parser.parse_args(argv)
    print("\n".join(report(options.today, options.days, options.all)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
