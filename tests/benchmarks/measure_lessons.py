"""What each lesson claims, and the median measured on 16 starting weights with its protocol.

    uv run python tests/benchmarks/measure_lessons.py [--seeds 16] [--markdown]

Per lesson: every number its text states, beside the figure the lesson's own protocol measures
(tests/core/test_lesson_protocol.py; tests/core/test_lessons.py holds the two together), then
the figures the text does not state but a teacher may want (spread, revived shares). With
--markdown it prints the README's table of measured claims instead. Prints; never fails.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from test_lesson_protocol import SEEDS, measure
from test_lessons import CLAIMS, check, readme_rows

from reludesk.core import lessons


def _fmt(x: float) -> str:
    """Whole numbers in full (60,000), others to four significant digits."""
    return f"{int(x):,}" if float(x).is_integer() and abs(x) < 1e12 else f"{x:.4g}"


def report(name: str, seeds: int) -> list[str]:
    """Lines for lesson ``name``: each claim as stated and as measured, then the rest."""
    lesson = lessons.get(name)
    start = time.perf_counter()
    figures = measure(name, seeds)
    took = time.perf_counter() - start
    lines = [f"{lesson.title}  ({seeds} starting weights, measured in {took:.1f} s)"]
    shown = set()
    for claim in CLAIMS[name]:
        if claim.figure in shown:
            continue
        shown.add(claim.figure)
        says = ", ".join(_fmt(v) for v in claim.stated(lesson))
        what = claim.words or claim.figure
        lines.append(f"  {what:<58} says {says:>8}   measured {_fmt(figures[claim.figure]):>8}")
    rest = [f"{k} {_fmt(v)}" for k, v in figures.items() if k not in shown]
    if rest:
        lines.append("  also measured: " + "; ".join(rest))
    wrong = check(name, figures) if seeds == SEEDS else []
    lines.extend(f"  NOT BORNE OUT: {w}" for w in wrong)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=SEEDS)
    parser.add_argument("--markdown", action="store_true", help="print the README's table")
    args = parser.parse_args()
    if args.markdown:
        print("| Lesson | Claim | Value |")
        print("|---|---|---|")
        print("\n".join(readme_rows()))
        return 0
    for name in lessons.names():
        print("\n".join(report(name, args.seeds)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
