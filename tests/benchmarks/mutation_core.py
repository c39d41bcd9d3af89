"""Mutation score of reludesk.core: run mutmut on the core and print its score and survivors.

Run by hand (slow: minutes per module, never part of ``pytest``)::

    uv run python tests/benchmarks/mutation_core.py                 # every core module
    uv run python tests/benchmarks/mutation_core.py optim tap       # some modules
    uv run python tests/benchmarks/mutation_core.py --report        # last run's results only
    uv run python tests/benchmarks/mutation_core.py --resume tap    # go on in the last mutants/
    uv run python tests/benchmarks/mutation_core.py --recheck       # re-run every mutant not killed
    uv run python tests/benchmarks/mutation_core.py --recheck --only-tests 'tests/core/test_x*'

mutmut's settings are in pyproject.toml ``[tool.mutmut]``: it mutates reludesk/core and runs
only tests/core against each mutant, in its git-ignored ``mutants/`` folder. The score is
killed / (every mutant of the chosen modules - equivalent survivors), where the equivalent
mutants are the names listed in tests/core/EQUIVALENT_MUTANTS.md (a mutant that no test can tell
apart from the original). Every other status counts against the score: survivors, timeouts,
mutants no test reaches, and mutants mutmut has "not checked" (a module left out of the last
run), so a partial run cannot pass for a whole-core score; the report says how many were not
checked.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EQUIVALENT = ROOT / "tests" / "core" / "EQUIVALENT_MUTANTS.md"
MODULES = (
    "activations", "config", "datasets", "experiment", "files", "health", "history",
    "lessons", "network", "optim", "snapshot", "tap",
)
# mutmut's words in ``mutmut results``: only killed mutants were caught by a test; every other
# status ("survived", "no tests", "timeout", "suspicious", "not checked", ...) is a miss
CAUGHT = {"killed"}


def equivalent_names(path: Path = EQUIVALENT) -> set[str]:
    """Mutant names listed in the equivalent-mutants file: the first `code` span of a line."""
    if not path.exists():
        return set()
    return set(re.findall(r"^- `([^`]+)`", path.read_text(encoding="utf-8"), flags=re.M))


def results() -> dict[str, str]:
    """Every mutant mutmut knows, name -> status ("killed", "survived", "not checked", ...)."""
    out = subprocess.run(
        ["mutmut", "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout
    pairs = (line.strip().rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return {name: status for name, status in pairs}


def score(statuses: dict[str, str], equivalent: set[str]) -> tuple[int, int, float]:
    """(killed, non-equivalent mutants, score in %) over every mutant in ``statuses``: a
    listed equivalent is left out unless a test killed it, and a mutant not yet checked counts
    as a miss, not as nothing."""
    killed = sum(s in CAUGHT for s in statuses.values())
    counted = sum(1 for n, s in statuses.items() if s in CAUGHT or n not in equivalent)
    return killed, counted, 100.0 * killed / counted if counted else float("nan")


def report(modules: list[str]) -> float:
    """Print the per-module summary, the score and every non-equivalent survivor's diff."""
    statuses = results()
    if modules:
        prefixes = tuple(f"reludesk.core.{m}." for m in modules)
        statuses = {n: s for n, s in statuses.items() if n.startswith(prefixes)}
    equivalent = equivalent_names()
    by_module: dict[str, Counter] = {}
    for name, status in statuses.items():
        by_module.setdefault(name.split(".")[2], Counter())[status] += 1
    for module, counts in sorted(by_module.items()):
        print(f"{module:12s} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    # mutmut's own summary line (its print_stats), over the modules reported
    n = Counter(statuses.values())
    print(f"mutmut: {len(statuses) - n['not checked']}/{len(statuses)}  🎉 {n['killed']} "
          f"🫥 {n['no tests']}  ⏰ {n['timeout']}  🤔 {n['suspicious']}  🙁 {n['survived']}  "
          f"🔇 {n['skipped']}  🧙 {n['caught by type check']}")
    killed, counted, pct = score(statuses, equivalent)
    listed = sum(1 for n, s in statuses.items() if s not in CAUGHT and n in equivalent)
    unchecked = sum(s == "not checked" for s in statuses.values())
    print(f"\nscore: {killed} killed of {counted} non-equivalent mutants = {pct:.1f} % "
          f"({listed} equivalent survivors listed in {EQUIVALENT.relative_to(ROOT)}; "
          f"{unchecked} not checked, counted as missed)")
    survivors = sorted(n for n, s in statuses.items() if s not in CAUGHT and n not in equivalent)
    print(f"{len(survivors)} surviving non-equivalent mutants")
    for name in survivors:
        if statuses[name] == "not checked":
            continue  # no diff worth reading: run the module
        diff = subprocess.run(["mutmut", "show", name], cwd=ROOT, capture_output=True,
                              text=True).stdout
        changed = [ln for ln in diff.splitlines() if ln[:2] in ("- ", "+ ")]
        print(f"\n{name} ({statuses[name]})\n  " + "\n  ".join(changed))
    return pct


def restrict_tests(names: list[str], patterns: list[str]) -> list[str]:
    """Point each named mutant's function at only the tests whose node id matches one of the
    glob ``patterns``, in mutmut's map of which tests reach which function
    (mutants/mutmut-stats.json, changed in place). Returns the names left with a test.

    Sound for re-checking survivors after adding tests: a mutant run on fewer tests can only
    escape more often, never be reported killed by a test that passes; the tests left out had
    already let it survive. The map stays narrowed for those functions: a later full run
    starts afresh (without --resume), which rebuilds it.
    """
    path = ROOT / "mutants" / "mutmut-stats.json"
    stats = json.loads(path.read_text(encoding="utf-8"))
    reach = stats["tests_by_mangled_function_name"]
    kept = []
    for name in names:
        function = name.rsplit("__mutmut_", 1)[0]
        tests = [t for t in reach.get(function, []) if any(fnmatch.fnmatch(t, p) for p in patterns)]
        if tests:
            reach[function] = tests
            kept.append(name)
    path.write_text(json.dumps(stats), encoding="utf-8")
    return kept


def recheck(modules: list[str], max_children: int, only_tests: list[str]) -> None:
    """Run mutmut again in the kept mutants/ on the mutants it did not see killed.

    mutmut copies tests/ anew and collects coverage for new tests, but keeps a mutant's result
    unless the mutant is named, so a plain run would not re-test the survivors: they are named
    here. A first plain run picks up new tests and mutants of functions changed since (they have
    no result). With ``only_tests`` there is no plain run: every mutant not killed, those not
    checked yet included, is run on those tests alone (see ``restrict_tests``), minutes instead
    of hours when each mutant reaches most of tests/core; the score is then a lower bound (a
    mutant that only a left-out test would kill counts as a survivor).
    """
    if not only_tests:
        subprocess.run(["mutmut", "run", "--max-children", str(max_children)], cwd=ROOT,
                       check=False)
    prefixes = tuple(f"reludesk.core.{m}." for m in modules) or ("reludesk.core.",)
    names = sorted(n for n, s in results().items() if s not in CAUGHT and n.startswith(prefixes))
    if only_tests:
        names = restrict_tests(names, only_tests)
    if names:
        subprocess.run(["mutmut", "run", "--max-children", str(max_children), *names],
                       cwd=ROOT, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help=f"core modules to mutate (default all): {', '.join(MODULES)}")
    parser.add_argument("--report", action="store_true", help="only print the last results")
    parser.add_argument("--resume", action="store_true",
                        help="keep mutants/ and its results from the last run (mutmut copies "
                             "tests/ anew, but keeps every mutant's last result)")
    parser.add_argument("--recheck", action="store_true",
                        help="in the last mutants/, run new mutants and re-run by name every one "
                             "not killed (after adding tests); killed ones keep their result")
    parser.add_argument("--only-tests", action="append", default=[], metavar="GLOB",
                        help="with --recheck: re-run survivors on the tests whose node id "
                             "matches GLOB only (repeatable)")
    parser.add_argument("--max-children", type=int, default=2)
    args = parser.parse_args(argv)
    unknown = sorted(set(args.modules) - set(MODULES))
    if unknown:
        parser.error(f"unknown module {', '.join(unknown)}; choose from: {', '.join(MODULES)}")
    if shutil.which("mutmut") is None:
        print("mutmut is not installed: uv sync --group dev", file=sys.stderr)
        return 2
    if args.recheck:
        recheck(args.modules, args.max_children, args.only_tests)
    elif not args.report:
        if not args.resume:
            # mutmut copies tests/ once into mutants/: a fresh folder tests with today's tests
            shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        globs = [f"reludesk.core.{m}*" for m in args.modules]
        # mutmut prints its own progress line, ending in its summary of the run
        subprocess.run(["mutmut", "run", "--max-children", str(args.max_children), *globs],
                       cwd=ROOT, check=False)
    report(args.modules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
