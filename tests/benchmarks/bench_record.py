"""Training rate while File > Record records, against the same window not recording.

    uv run python tests/benchmarks/bench_record.py [--seconds 4] [--runs 3]
                                                   [--grab auto|backing|dirty|full] [--memory]

Builds ``reludesk.ui.MainWindow`` offscreen at 1280x720 (as bench_trainer does: its own trainer
panel on [2, 8, 8, 1] spiral, batch 10) and trains with Play for ``--seconds`` at a time, in
three kinds of run, interleaved so that drift in the machine's speed hits all alike (none,
window, network, none, window, network, ...): without a recorder, with a Recorder on the whole
window at 15 fps, and with one on the network view. Each recording is abandoned at the end of
its run (``cancel``); one more run then measures training while a recording of the window is
written as a GIF in the worker thread. Printed: steps/s per kind (medians), the ratio with /
without (target: at least 0.70), the grab's time per frame, and the compressed bytes per frame;
and steps per CPU second of the whole process (the worker thread's CPU included), which other
work on a shared machine moves far less than steps per second of wall time.

``--grab`` chooses how frames are taken (``reludesk.ui.widgets.grabber``): ``auto`` is what this
platform uses (offscreen: ``backing``, a copy of the back buffer); ``dirty`` is what a real screen
uses (only what was repainted since the last frame is painted again); ``full`` paints the whole
widget again every frame (``QWidget.grab``), for comparison.

``--memory`` records the window for the full default length (20 s at 15 fps, 300 frames) while
training, then writes the GIF, and prints the compressed frames' bytes and the process's peak
resident memory before and after (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a benchmark needs no display

# imported after the platform is chosen, which Qt reads when the application starts
from PySide6.QtCore import QEventLoop, QStandardPaths, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reludesk.core.experiment import Config
from reludesk.ui.widgets.grabber import MODES, Grabber
from reludesk.ui.widgets.recorder import Recorder

CONFIG = Config(dataset="spiral", hidden=(8, 8), batch_size=10, learning_rate=0.03)
TARGET = 0.70
FPS = 15


def run_for(seconds: float) -> None:
    """Spin the event loop for ``seconds`` (the timers do the work)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def cpu_seconds() -> float:
    """CPU time of this process so far, every thread (the recorder's worker too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    """The process's peak resident memory so far, MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class TimedGrab:
    """Stands in for ``Grabber.grab``: the same grab, timed."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._grab = Grabber.grab

    def __call__(self, grabber: Grabber) -> QImage:
        started = time.perf_counter()
        image = self._grab(grabber)
        self.times.append(time.perf_counter() - started)
        return image


def train(window, seconds: float, target: QWidget | None, folder: Path, mode: str) -> dict:
    """Steps/s of ``seconds`` of Play, recording ``target`` at FPS if it is not None."""
    panel = window.network_panel
    panel.set_config(CONFIG)  # a fresh network each run: the same work every time
    run_for(0.3)
    driver = panel.driver
    recorder = None
    if target is not None:
        recorder = Recorder(target, fps=FPS, seconds=seconds + 10, grab_mode=mode)
        recorder.start(folder / "run.gif")
    before = driver.trainer.steps_done
    driver.start()
    started, cpu = time.perf_counter(), cpu_seconds()
    run_for(seconds)
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    driver.pause()
    steps = driver.trainer.steps_done - before
    frames = 0
    nbytes = 0
    if recorder is not None:
        frames, nbytes = recorder.frame_count(), recorder.store.nbytes
        recorder.cancel()
        recorder.wait()
    return {"steps/s": steps / elapsed, "frames": frames, "bytes": nbytes,
            "steps/cpu": steps / max(cpu, 1e-9), "cpu/s": cpu / elapsed}


def train_while_saving(window, seconds: float, folder: Path) -> tuple[float, float, int]:
    """(steps/s while a recording of the window is written, seconds the writing took, frames)."""
    recorder = Recorder(window, fps=FPS, seconds=seconds)
    panel = window.network_panel
    panel.set_config(CONFIG)
    run_for(0.3)
    recorder.start(folder / "saved.gif")
    panel.driver.start()
    while recorder.is_recording():
        run_for(0.05)
    before = panel.driver.trainer.steps_done
    started = time.perf_counter()
    while recorder.is_saving():
        run_for(0.02)
    elapsed = time.perf_counter() - started
    panel.driver.pause()
    steps = panel.driver.trainer.steps_done - before
    return steps / max(elapsed, 1e-9), elapsed, recorder.frame_count()


def memory(window, folder: Path) -> None:
    """Record 20 s of the window at 15 fps while training, write the GIF, print the memory."""
    print(f"\nmemory: 20 s at {FPS} fps of the {window.width()}x{window.height()} window")
    print(f"  peak resident memory before: {peak_mb():.0f} MB")
    recorder = Recorder(window, fps=FPS, seconds=20)
    window.network_panel.set_config(CONFIG)
    run_for(0.3)
    out = folder / "twenty.gif"
    recorder.start(out)
    window.network_panel.driver.start()
    while recorder.is_recording():
        run_for(0.1)
    window.network_panel.driver.pause()
    store = recorder.store
    print(f"  frames {recorder.frame_count()} ({store.stored} grabbed), compressed frames "
          f"held {store.nbytes / 1e6:.1f} MB ({store.nbytes / 1e3 / max(1, store.stored):.0f} "
          f"kB a frame); peak resident memory after recording: {peak_mb():.0f} MB")
    started = time.perf_counter()
    while recorder.is_saving():
        run_for(0.05)
    print(f"  GIF written in {time.perf_counter() - started:.1f} s, "
          f"{out.stat().st_size / 1e6:.1f} MB; peak resident memory after writing: "
          f"{peak_mb():.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="length of each run")
    parser.add_argument("--runs", type=int, default=3, help="runs of each kind")
    parser.add_argument("--grab", choices=MODES, default="auto",
                        help="how frames are grabbed (auto: what this platform uses)")
    parser.add_argument("--memory", action="store_true", help="20 s recording's memory too")
    args = parser.parse_args()
    # the window reads and writes its layout in QSettings: keep the user's own out of it
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from reludesk.ui import MainWindow

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    run_for(1.0)  # first paints, font caches, the slow timer's first round
    grab = TimedGrab()
    Grabber.grab = lambda self: grab(self)  # type: ignore[method-assign]
    view = window.network_panel.network_view
    targets = {"none": None, "window": window, "network": view}
    how = f"grab {args.grab}" + (f" ({Grabber(window).mode} here)" if args.grab == "auto" else "")
    print(f"platform {app.platformName()}, window {window.width()}x{window.height()}, network "
          f"view {view.width()}x{view.height()}; {FPS} fps, {how}; {args.runs} x "
          f"{args.seconds:g} s of each kind, interleaved")
    results: dict[str, list[dict]] = {k: [] for k in targets}
    grabs: dict[str, list[float]] = {k: [] for k in targets}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _ in range(args.runs):
            for kind, target in targets.items():
                grab.times.clear()
                results[kind].append(train(window, args.seconds, target, folder, args.grab))
                grabs[kind].extend(grab.times)
        base = statistics.median(r["steps/s"] for r in results["none"])
        print(f"{'':28}{'steps/s':>10}{'ratio':>8}{'grab ms':>10}{'kB/frame':>10}")
        verdicts = []
        for kind in targets:
            rate = statistics.median(r["steps/s"] for r in results[kind])
            ratio = rate / base
            frames = sum(r["frames"] for r in results[kind])
            kb = sum(r["bytes"] for r in results[kind]) / 1e3 / max(1, len(grabs[kind]))
            ms = 1000 * statistics.median(grabs[kind]) if grabs[kind] else 0.0
            label = {"none": "not recording", "window": "recording the window",
                     "network": "recording the network view"}[kind]
            print(f"{label:28}{rate:>10,.0f}{ratio:>8.2f}{ms:>10.2f}{kb:>10.0f}"
                  + (f"  ({frames} frames)" if frames else ""))
            if kind != "none":
                verdicts.append(ratio >= TARGET)
        for kind in ("window", "network"):
            rounds = [w["steps/s"] / n["steps/s"]
                      for w, n in zip(results[kind], results["none"], strict=True)]
            print(f"{kind}: ratio in each round (with / the run just before without): "
                  + ", ".join(f"{r:.2f}" for r in rounds)
                  + f"; median {statistics.median(rounds):.2f}")
        # other work on the machine changes the steps a second of wall time, far less the
        # steps a second of this process's CPU: training's share of the CPU recording leaves
        cpu = {k: statistics.median(r["steps/cpu"] for r in v) for k, v in results.items()}
        load = {k: statistics.median(r["cpu/s"] for r in v) for k, v in results.items()}
        print("steps per CPU second (all threads): " + ", ".join(
            f"{k} {cpu[k]:,.0f} ({cpu[k] / cpu['none']:.2f}), {load[k]:.2f} CPU s/s"
            for k in results))
        print("each run (steps/s): " + "; ".join(
            f"{k} " + ", ".join(f"{r['steps/s']:,.0f}" for r in v) for k, v in results.items()))
        rate, took, frames = train_while_saving(window, 2.0, folder)
        print(f"while writing a {frames}-frame GIF of the window ({took:.1f} s): "
              f"{rate:,.0f} steps/s, ratio {rate / base:.2f}")
        print(f"target: with / without >= {TARGET:.2f}: "
              + ("met" if all(verdicts) else "MISSED"))
        if args.memory:
            memory(window, folder)
    window.hide()  # not close(): closing saves the layout to settings
    return 0


if __name__ == "__main__":
    sys.exit(main())
