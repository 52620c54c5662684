"""Start-up and memory benchmark for contributors: ratios against minimal Typer apps.

    python scripts/bench.py --shared DIR          # start-up ratios, then peak memory
    python scripts/bench.py --shared DIR -n 30    # more rounds, steadier medians
    python scripts/bench.py --shared DIR --memory-only

Start-up runs the team's shared benchmark, kept outside this repository: DIR (or
$THERAPY_GUIDE_BENCH) is its folder, with startup.py and the baseline apps. It times
each command against the smallest Typer app that prints a Rich table or asks one
questionary prompt, pair by pair, so a noisy machine hits both. Quote the ratios, not
the times. Peak memory is the maximum resident set size that GNU time reports for
`compare` and for the baseline table app, as the median of a few runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_ENV = "THERAPY_GUIDE_BENCH"


def peak_kib(argv: list[str]) -> int:
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv],
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_COLOR="1", COLUMNS="100"),
        check=True,
        stdin=subprocess.DEVNULL,
    )
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert found, done.stderr
    return int(found.group(1))


def memory(rounds: int, shared: Path) -> None:
    if not Path("/usr/bin/time").exists():
        print("(GNU time is not installed: apt-get install time; memory not measured)")
        return
    exe = shutil.which("therapy-guide")
    if exe is None:
        sys.exit("therapy-guide is not on PATH: install the project first")
    ours = [peak_kib([exe, "compare"]) for _ in range(rounds)]
    base = [
        peak_kib([sys.executable, str(shared / "baseline_table.py"), "compare"])
        for _ in range(rounds)
    ]
    a, b = statistics.median(ours), statistics.median(base)
    print(
        f"peak memory: compare {a / 1024:.1f} MiB, baseline table {b / 1024:.1f} MiB, "
        f"ratio {a / b:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--rounds", type=int, default=15)
    parser.add_argument(
        "--shared",
        type=Path,
        default=os.environ.get(BENCH_ENV),
        help=f"folder of the shared benchmark and its baseline apps (default: ${BENCH_ENV})",
    )
    parser.add_argument("--memory-only", action="store_true")
    args = parser.parse_args()
    if args.shared is None:
        sys.exit(f"the shared benchmark's folder is needed: pass --shared DIR or set {BENCH_ENV}")
    args.shared = Path(args.shared)
    if not args.memory_only:
        script = args.shared / "startup.py"
        if not script.exists():
            sys.exit(f"{script} not found: pass --shared DIR")
        subprocess.run([sys.executable, str(script), "-n", str(args.rounds)], check=True)
    memory(min(args.rounds, 7), args.shared)


if __name__ == "__main__":
    main()
