"""The long monkey run: thousands of random user actions on the real window, offscreen.

    uv run python tests/benchmarks/bench_monkey.py [--actions 2000] [--seed N] [--runs 1]

Prints, per run, the seed, the actions done, uncaught exceptions (Qt slots included), the time
taken and resident memory, and exits 1 if any run raised. Replay one with --seed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui" / "window"))


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    from monkey import Monkey
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    settings = tempfile.mkdtemp(prefix="reludesk-monkey-settings-")
    QCoreApplication.setOrganizationName("reludesk-monkey")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    from reludesk.ui import MainWindow

    errors: list[str] = []
    sys.excepthook = lambda *exc: errors.append("".join(traceback.format_exception(*exc)))
    failed = 0
    for run in range(args.runs):
        seed = args.seed if args.seed is not None else int(time.time() * 1000) % 2**31 + run
        window = MainWindow()
        window.show()
        monkey = Monkey(window, seed, Path(tempfile.mkdtemp(prefix="reludesk-monkey-")))
        started = time.perf_counter()
        try:
            monkey.run(args.actions, watchdog=60.0)
        except Exception:
            errors.append(traceback.format_exc())
        took = time.perf_counter() - started
        status = "ok" if not errors else f"{len(errors)} uncaught exception(s)"
        print(f"run {run}: seed {seed}, {len(monkey.log)} actions in {took:.1f} s, "
              f"resident {_rss_mb():.0f} MB: {status}")
        if errors:
            failed += 1
            print("\n".join(errors[:3]))
            print("last actions:\n" + "\n".join(monkey.log[-15:]))
            errors.clear()
        window.panels.driver.pause()
        window.panels.compare.pause()
        window.close()
        window.deleteLater()
        app.processEvents()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
