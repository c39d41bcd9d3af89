"""Soak: long training in the window and in the core, watching memory.

    uv run python tests/benchmarks/bench_soak.py [--window-steps 100000] [--core-steps 1000000]

Prints resident memory (RSS) at the start, middle and end of each run and the history's size.
Targets: at most 250 MB resident for the window; at most 10 MB growth between the middle and
the end (histories are bounded arrays, plot items reused, no growing caches).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def soak_core(steps: int) -> None:
    from reludesk.core.experiment import Config, Trainer

    trainer = Trainer(Config(dataset="spiral", hidden=(8, 8), learning_rate=0.03))
    marks = {}
    started = time.perf_counter()
    marks["start"] = rss_mb()
    for target in (steps // 2, steps):
        while trainer.steps_done < target:
            trainer.step(min(10_000, target - trainer.steps_done))
        marks["middle" if target < steps else "end"] = rss_mb()
    took = time.perf_counter() - started
    h = trainer.history
    rate = trainer.steps_done / took
    print(f"core   {trainer.steps_done:>9,} steps in {took:6.1f} s ({rate:,.0f}/s)"
          f" | RSS start {marks['start']:.0f} MB, middle {marks['middle']:.0f} MB, end "
          f"{marks['end']:.0f} MB, growth middle->end {marks['end'] - marks['middle']:+.1f} MB"
          f" | history {len(h)} records, {h.nbytes() / 1024:.0f} KiB, stride {h.stride}")


def soak_window(steps: int) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("reludesk-soak")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from reludesk.core.experiment import Config
    from reludesk.ui import MainWindow

    window = MainWindow(Config(dataset="spiral", hidden=(8, 8), learning_rate=0.03))
    window.resize(1400, 900)
    window.show()
    driver = window.panels.driver
    marks: dict[str, float] = {"start": rss_mb()}
    started = time.perf_counter()

    def watch() -> None:
        done = driver.trainer.steps_done
        if "middle" not in marks and done >= steps // 2:
            marks["middle"] = rss_mb()
        if done >= steps:
            marks["end"] = rss_mb()
            driver.pause()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(50)
    driver.start()
    app.exec()
    took = time.perf_counter() - started
    h = driver.trainer.history
    done = driver.trainer.steps_done
    print(f"window {done:>9,} steps in {took:6.1f} s ({done / took:,.0f}/s)"
          f" | RSS start {marks['start']:.0f} MB, middle {marks['middle']:.0f} MB, end "
          f"{marks['end']:.0f} MB, growth middle->end {marks['end'] - marks['middle']:+.1f} MB"
          f" | history {len(h)} records, {h.nbytes() / 1024:.0f} KiB, stride {h.stride}")
    print(f"targets: window RSS <= 250 MB -> {'met' if marks['end'] <= 250 else 'MISSED'}; "
          f"growth <= 10 MB -> {'met' if marks['end'] - marks['middle'] <= 10 else 'MISSED'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window-steps", type=int, default=100_000)
    parser.add_argument("--core-steps", type=int, default=1_000_000)
    args = parser.parse_args()
    soak_window(args.window_steps)
    soak_core(args.core_steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
