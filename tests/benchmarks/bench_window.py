"""Start-up time: reludesk's shown MainWindow beside a bare QMainWindow with pyqtgraph imported.

Imports are most of a desktop app's start-up, so every measurement runs in a fresh interpreter.
The two kinds of run alternate (app, bare, app, bare, ...) so that a busy moment on the machine
hits both alike; one warm-up of each fills the disk cache and is not counted. Each child times
itself from its first line until its window is exposed and the first events are processed, and
the parent also times the whole spawn (interpreter start included). Medians are printed, and the
ratio app / bare; the target is at most 1.5x.

Both are measured twice over: with compiled bytecode cached, as on a user's machine after the
first start (pip compiles at install; Python caches on first import), and with nothing written,
as this workplace runs (PYTHONDONTWRITEBYTECODE: every module without a shipped .pyc, pyqtgraph
and reludesk included, is compiled on every start). The cache goes to a temporary
PYTHONPYCACHEPREFIX, never into the source tree or site-packages. Compiling pyqtgraph costs the
bare window about as much as compiling reludesk costs the app, so the uncached ratio is the
kinder one: the cached ratio is the one a student meets.

With bytecode cached a third kind of run is timed too, the floor: reludesk's modules imported
and only the six plots the first frame shows, made as the app makes them, in a bare window.
What the rest of the window may cost within the target is the room between the two ratios.
Each run's time is also split into phases (imports, building the window, showing it until it
is exposed, the first events), printed beside the bare window's.

    uv run python tests/benchmarks/bench_window.py [--repeats N] [--platform offscreen|xcb]

Settings go to a temporary folder, so runs start as a first start does and never touch the
user's settings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = 1.5

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph  # the reference pays for pyqtgraph too: the question is what reludesk adds

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = QApplication([])
app.setOrganizationName("reludesk-bench")
app.setApplicationName("reludesk-bench")
t_app = time.perf_counter()
if sys.argv[1] == "app":
    from reludesk.ui.window.main_window import MainWindow
    t_import = time.perf_counter()
    window = MainWindow()
elif sys.argv[1] == "plots":
    # the floor: reludesk's modules and numpy.random imported, and only the six plots the first
    # frame shows (made as the app makes them, two curves each) in three docks
    import numpy as np
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QBoxLayout, QDockWidget, QWidget
    import reludesk.ui.window.main_window
    from reludesk.ui.widgets.plots import make_plot
    t_import = time.perf_counter()
    z = np.random.default_rng(0).uniform(-5.0, 5.0, 1001)
    z.sort()
    window = QMainWindow()
    docks = (("explorer", ["activationPlot", "derivativePlot"], QBoxLayout.Direction.TopToBottom),
             ("trainer", ["lossPlot", "deadSharePlot", "gradNormPlot", "boundaryPlot"],
              QBoxLayout.Direction.LeftToRight))
    for title, names, direction in docks:
        holder = QWidget()
        layout = QBoxLayout(direction, holder)
        for name in names:
            plot = make_plot(name, title=name, left="y", bottom="x")
            plot.plot(z, np.maximum(z, 0.0))
            plot.plot(z, np.tanh(z))
            layout.addWidget(plot)
        dock = QDockWidget(title, window)
        dock.setWidget(holder)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
else:
    t_import = time.perf_counter()
    window = QMainWindow()
    window.resize(1400, 900)
t_built = time.perf_counter()
window.show()
if not QTest.qWaitForWindowExposed(window, 10000):
    sys.exit("window never exposed")
t_exposed = time.perf_counter()
app.processEvents()
t_end = time.perf_counter()
print(t_end - t0, time.time(), t_app - t0, t_import - t_app, t_built - t_import,
      t_exposed - t_built, t_end - t_exposed)
"""
PHASES = ("Qt, pyqtgraph, QApplication", "import reludesk", "build the window",
          "show until exposed", "first events")


def run_once(kind: str, platform: str, pycache: str, cached: bool) -> tuple[float, ...]:
    """(seconds from the child's first line to a shown window, seconds from spawn to shown,
    then the seconds of each of PHASES, which add up to the first).

    When ``cached``, bytecode is written to and read from the folder ``pycache`` only."""
    with tempfile.TemporaryDirectory() as settings:
        env = dict(os.environ, QT_QPA_PLATFORM=platform)
        if cached:
            env["PYTHONPYCACHEPREFIX"] = pycache
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        spawned = time.time()
        result = subprocess.run(
            [sys.executable, "-c", CHILD, kind, settings],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{result.stderr}")
    inside, shown_at, *phases = (float(x) for x in result.stdout.split())
    return (inside, shown_at - spawned, *phases)


def main() -> int:
    """Run the benchmark and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    default_platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    parser.add_argument("--platform", default=default_platform)
    args = parser.parse_args()

    print(f"platform {args.platform}, {args.repeats} runs of each, medians:")
    for cached, heading in ((True, "bytecode cached (a start after the first)"),
                            (False, "no bytecode cache (every module compiled)")):
        with tempfile.TemporaryDirectory() as pycache:
            times = measure(args.platform, args.repeats, pycache, cached)
        print(f" {heading}:")
        ratios = []
        for column, title in ((0, "in the process "), (1, "from the spawn ")):
            app = statistics.median(t[column] for t in times["app"])
            bare = statistics.median(t[column] for t in times["bare"])
            ratios.append(app / bare)
            print(f"  {title}: reludesk MainWindow {app * 1000:7.1f} ms | bare QMainWindow + "
                  f"pyqtgraph {bare * 1000:7.1f} ms | ratio {app / bare:.2f}x")
        verdict = "within" if ratios[0] <= TARGET else "ABOVE"
        print(f"  target: at most {TARGET}x ({verdict} target in the process)")
        if "plots" in times:
            plots = statistics.median(t[0] for t in times["plots"])
            bare = statistics.median(t[0] for t in times["bare"])
            print(f"  floor: reludesk's imports and only the six plots of the first frame "
                  f"{plots * 1000:7.1f} ms | ratio {plots / bare:.2f}x")
        print("  where the time goes (medians, ms):  reludesk |   bare | difference")
        for i, phase in enumerate(PHASES, start=2):
            app = statistics.median(t[i] for t in times["app"]) * 1000
            bare = statistics.median(t[i] for t in times["bare"]) * 1000
            print(f"   {phase:30} {app:9.1f} | {bare:6.1f} | {app - bare:+8.1f}")
    return 0


def measure(
    platform: str, repeats: int, pycache: str, cached: bool
) -> dict[str, list[tuple[float, ...]]]:
    """Alternating app and bare runs after one warm-up of each (which fills the cache)."""
    times: dict[str, list[tuple[float, ...]]] = {"app": [], "bare": []}
    kinds = ("app", "bare", "plots") if cached else ("app", "bare")
    for kind in kinds:
        times.setdefault(kind, [])
        run_once(kind, platform, pycache, cached)  # warm-up, not counted
    for _ in range(repeats):
        for kind in kinds:
            times[kind].append(run_once(kind, platform, pycache, cached))
    return times


if __name__ == "__main__":
    sys.exit(main())
