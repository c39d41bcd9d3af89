"""Screenshots of the real app for the README: each lesson, dying neurons, a clogged tap,
presentation mode.

    uv run python tests/benchmarks/make_screenshots.py [--out assets/screenshots] [--only NAME]
                                                        [--size 1400x900] [--screen 1920x1080]

The README's stage pictures are a projector's: ``--screen 1280x720 --only stage_dying_relu``
(and ``stage_leaky_relu``); so are ``timeline`` (lesson 4 scrubbed back to just before its
burst) and ``german`` (lesson 4 after a burst, in German: build the catalogues first with
``uv run python tools/build_translations.py``). The default --size is 1400x900, or the screen
where that is smaller (the window may still grow past it: lesson 4's stacked docks need 786 px
of height at 1280 wide).

Runs under a real X server (the screenshot tool's Xvfb) or without one (Qt's offscreen
platform, chosen when there is no DISPLAY): pictures come from ``window.grab()``, which paints
the widgets itself. Windows are --size; presentation mode fills the screen (a projector's
1920 x 1080 offscreen). Settings go to a temporary folder, so the user's own are never read or
changed, and every run starts as a first start does. Training is seeded: the same pictures
come out every time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALM_STEPS = 600  # after a burst: long enough that the dead stay dead and the leaky revive
# the timeline picture: a healthy stretch, the burst, a long calm after it; then the bar shows the
# step BEFORE_BURST steps before the burst, far enough that its red tick stands clear of the handle
TIMELINE_BURST_AT = 300
TIMELINE_CALM = 700
BEFORE_BURST = 40


def _offscreen_screen(width: int, height: int, folder: str) -> None:
    """Without a display, give Qt's offscreen platform a screen of the wanted size (its
    default is 800 x 800, which would squeeze the window)."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = Path(folder) / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "shot", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1,
    }]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--only", help="make just this picture (its name without .png)")
    parser.add_argument("--size", default=None,
                        help="window size, WxH (default 1400x900, or the screen if smaller)")
    parser.add_argument("--screen", default="1920x1080",
                        help="offscreen screen size, WxH: presentation mode fills it")
    args = parser.parse_args()
    screen = tuple(int(v) for v in args.screen.lower().split("x"))
    if args.size is None:  # a window larger than the screen would be cut off by it
        width, height = min(1400, screen[0]), min(900, screen[1])
    else:
        width, height = (int(v) for v in args.size.lower().split("x"))
    settings = tempfile.mkdtemp(prefix="reludesk-shots-")
    _offscreen_screen(screen[0], screen[1], settings)

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from reludesk.app import build_window, make_app
    from reludesk.ui.widgets import language

    app = make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(window) -> None:
        """Let the layout come to rest (a window that went full screen resizes a moment
        later, and the lesson strip follows), then draw every plot."""
        panel = window.classroom.panel
        QTest.qWait(200)
        for _ in range(30):  # at most 3 s
            if panel.height() <= panel.height_for(panel.width()) + 4:
                break
            QTest.qWait(100)
        window.network_panel.refresh_plots_now()
        QTest.qWait(100)

    def lesson_window(name: str):
        window = build_window(lesson=name)
        window.resize(width, height)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.tap_panel.tap_widget.set_animated(False)  # the same picture every run
        window.fit_lesson_dock()
        return window

    def train(window, steps: int) -> None:
        window.panels.driver.step_once(steps)

    def lesson(name: str, steps: int, burst: bool = False) -> Callable:
        def make():
            window = lesson_window(name)
            if burst:
                window.actions_by_name["burst"].trigger()
            train(window, steps)
            return window
        return make

    def tap_clogged():
        window = lesson_window("dying_relu")
        window.actions_by_name["burst"].trigger()
        train(window, CALM_STEPS)
        snapshot = window.panels.driver.trainer.evaluate()
        dead = [(l, int(u)) for l, mask in enumerate(snapshot.dead)
                for u in mask[0].nonzero()[0]]
        if dead:  # link the taps to a dead neuron: the ReLU pipe is clogged for good
            window.network_panel.network_view.neuronSelected.emit(*dead[0])
        tap = window.tap_panel.tap_widget
        for _ in range(300):
            tap.advance(1 / 60)
        return window

    def inspector(name: str, state: str, calm: int) -> Callable:
        """Lesson ``name`` after a burst and ``calm`` steps, the neuron inspector opened (as a
        click does) on the first unit the network's own Snapshot calls ``state``: "dead", or
        "inactive" (below zero everywhere, yet alive)."""
        def make():
            window = lesson(name, calm, burst=True)()
            snapshot = window.panels.driver.trainer.evaluate()
            masks = snapshot.dead if state == "dead" else [
                i & ~d for i, d in zip(snapshot.inactive, snapshot.dead, strict=True)]
            units = [(l, int(u)) for l, mask in enumerate(masks) for u in mask[0].nonzero()[0]]
            if not units:
                raise SystemExit(f"{name}: no {state} unit after the burst to show")
            window.network_panel.network_view.neuronClicked.emit(*units[0])
            return window
        return make

    def timeline():
        """Lesson 4 on its stage (presentation mode: the timeline bar always shows there; a
        window of 1280 x 720 is too short for it under the plots) trained, burst and trained
        long after, then scrubbed back (as a drag of the bar does) to just before the burst:
        the healthy network, the red tick of the burst to the right of the handle."""
        window = lesson_window("dying_relu")
        window.set_presentation(True)
        QTest.qWaitForWindowExposed(window)
        train(window, TIMELINE_BURST_AT)
        window.actions_by_name["burst"].trigger()
        train(window, TIMELINE_CALM)
        bar = window.network_panel.timeline_bar
        wanted = TIMELINE_BURST_AT - BEFORE_BURST
        if bar.show_step(wanted) != wanted:
            raise SystemExit(f"timeline: step {wanted} is no longer kept to show")
        return window

    def german():
        """Lesson 4 with the window switched live to German (what the Language menu does, but
        not remembered: the next window starts in the system's language), then a burst and a
        calm, so the status line's message is German too."""
        window = lesson_window("dying_relu")
        if not language.set_language("de"):
            raise SystemExit("german: no German catalogue; build it first: "
                             "uv run python tools/build_translations.py")
        window.fit_lesson_dock()  # the lesson text is another length in German
        window.actions_by_name["burst"].trigger()
        train(window, CALM_STEPS)
        return window

    def presentation():
        window = lesson("leaky_relu", CALM_STEPS, burst=True)()
        window.set_presentation(True)
        QTest.qWaitForWindowExposed(window)
        return window

    def stage(name: str) -> Callable:
        """Lesson ``name`` after a burst, in presentation mode: its stage fills the screen
        (run with --screen 1280x720 for a classroom projector)."""
        def make():
            window = lesson(name, CALM_STEPS, burst=True)()
            window.set_presentation(True)
            QTest.qWaitForWindowExposed(window)
            return window
        return make

    def compare():
        window, panel = trainer_tab("compare")
        panel.step(300)
        panel.burst()
        panel.step(2000)
        return window

    def seed_stats():
        window, panel = trainer_tab("seeds")
        panel.set_burst(True, 300)
        panel.run()
        for _ in range(1200):  # at most 2 minutes
            if not panel.is_running():
                break
            QTest.qWait(100)
        return window

    # pictures of the trainer dock alone, floated to a size that shows its tab whole
    docked = {"compare", "seed_stats"}
    docked_size = (1100, 760)

    def trainer_tab(page: str):
        """Lesson 4's window with its trainer dock floated, on tab ``page`` ("compare" or
        "seeds"); returns the window and the tab's panel."""
        window = lesson_window("dying_relu")
        dock = window.docks["trainer"]
        dock.setFloating(True)
        dock.resize(*docked_size)
        QTest.qWaitForWindowExposed(dock)
        tabs = window.panels.trainer_tabs
        tabs.setCurrentWidget(getattr(tabs, f"{page}_page"))
        return window, getattr(tabs, page)()

    shots: dict[str, Callable] = {
        "lesson1_step": lesson("step", 400),
        "lesson2_vanishing": lesson("vanishing", 400),
        "lesson3_relu": lesson("relu", 600),
        "lesson4_dying_relu": lesson("dying_relu", CALM_STEPS, burst=True),
        "lesson5_leaky_relu": lesson("leaky_relu", CALM_STEPS, burst=True),
        "lesson6_beyond": lesson("beyond", 800),
        "lesson4_tap_clogged": tap_clogged,
        "window": lesson("relu", 600),
        "explorer": lesson("vanishing", 400),
        "tap_clogged": tap_clogged,
        "presentation": presentation,
        "stage_dying_relu": stage("dying_relu"),
        "stage_leaky_relu": stage("leaky_relu"),
        "compare": compare,
        "seed_stats": seed_stats,
        "inspector_dead_relu": inspector("dying_relu", "dead", CALM_STEPS),
        # a short calm: with alpha 0.1 the units the burst pushed below zero soon come back
        "inspector_inactive_leaky": inspector("leaky_relu", "inactive", 20),
        "timeline": timeline,
        "german": german,
    }
    # pictures of one panel of the window: the README shows them beside their text
    parts = {"explorer": lambda w: w.explorer, "tap_clogged": lambda w: w.tap_panel}
    if args.only and args.only not in shots:
        parser.error(f"--only takes one of: {', '.join(shots)}")
    for name, make in shots.items():
        if args.only and name != args.only:
            continue
        window = make()
        settle(window)
        if name in docked or name in parts:
            part = parts[name](window) if name in parts else window.docks["trainer"]
            path = args.out / f"{name}.png"
            part.grab().save(str(path))
            size = f"{part.width()} x {part.height()}"
        else:
            path = window.save_screenshot(args.out / f"{name}.png")
            size = f"{window.width()} x {window.height()}"
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({size})")
        window.set_presentation(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
