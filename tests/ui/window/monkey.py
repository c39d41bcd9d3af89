"""A seeded random user for the real MainWindow: thirty curious students in one object.

``Monkey(window, seed, tmp_dir).run(n)`` performs ``n`` random actions a user could take: every
input widget set to random allowed and boundary values, buttons clicked, play / pause / step /
reset / burst, docks hidden and shown, lessons switched, the compare and seed tabs used, the tap
driven, presentation mode toggled, experiments saved and opened. Anything that would open a
modal file dialog is done through the window's own API instead, so the run never blocks.

Used by tests/ui/test_monkey.py (a short run) and tests/benchmarks/bench_monkey.py (long).
"""

from __future__ import annotations

import faulthandler
import random
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)

# buttons whose click would open a modal dialog (or quit): driven through the API instead
_SKIP_WORDS = ("export", "save", "open", "…", "...", "quit", "screenshot", "about", "shortcut")


class Monkey:
    """Random actions on ``window``; ``log`` keeps what was done, for a replay's report."""

    def __init__(self, window: QWidget, seed: int, tmp_dir: Path) -> None:
        self.window = window
        self.seed = seed
        self.rng = random.Random(seed)
        self.tmp_dir = Path(tmp_dir)
        self.log: list[str] = []
        self.saved: list[Path] = []
        self._actions: list[tuple[float, Callable[[], None]]] = [
            (6.0, self.poke_input),
            (3.0, self.click_button),
            (2.0, self.play_pause),
            (1.5, self.step_or_burst),
            (1.0, self.toggle_dock),
            (1.0, self.switch_tab),
            (1.0, self.switch_lesson),
            (1.0, self.drive_tap),
            (0.8, self.select_neuron),
            (0.5, self.toggle_presentation),
            (0.6, self.save_or_open),
            (0.3, self.seed_stats),
            (1.0, self.pump),
        ]
        self._weights = [w for w, _ in self._actions]

    # --- the run -----------------------------------------------------------------------------
    def run(self, n: int, watchdog: float | None = None) -> None:
        """Do ``n`` actions. With ``watchdog`` (seconds), an action that takes longer (a frozen
        window: a layout or paint loop never returns) ends the process with every thread's
        stack on stderr, instead of hanging the run for ever."""
        for i in range(n):
            action = self.rng.choices(self._actions, weights=self._weights)[0][1]
            self.log.append(f"{i}: {action.__name__}")
            if watchdog is not None:
                # the real stderr: a test runner may have swapped sys.stderr for a buffer
                faulthandler.dump_traceback_later(watchdog, exit=True, file=sys.__stderr__)
            action()
            QCoreApplication.processEvents()
        if watchdog is not None:
            faulthandler.cancel_dump_traceback_later()

    def _say(self, text: str) -> None:
        self.log[-1] += f" {text}"

    # --- widgets -----------------------------------------------------------------------------
    def _usable(self, kind: type) -> list:
        return [
            w
            for w in self.window.findChildren(kind)
            if w.isEnabled() and w.isVisibleTo(self.window)
        ]

    def poke_input(self) -> None:
        widgets = self._usable(QComboBox) + self._usable(QAbstractSpinBox)
        widgets += self._usable(QAbstractSlider)
        if not widgets:
            return
        w = self.rng.choice(widgets)
        self._say(w.objectName() or type(w).__name__)
        if isinstance(w, QComboBox):
            if w.count():
                w.setCurrentIndex(self.rng.randrange(w.count()))
        elif isinstance(w, QSpinBox | QAbstractSlider):
            lo, hi = w.minimum(), w.maximum()
            w.setValue(self.rng.choice([lo, hi, self.rng.randint(lo, hi)]))
        elif isinstance(w, QDoubleSpinBox):
            lo, hi = w.minimum(), w.maximum()
            w.setValue(self.rng.choice([lo, hi, self.rng.uniform(lo, hi)]))

    def click_button(self) -> None:
        buttons = [
            b
            for b in self._usable(QAbstractButton)
            if not any(word in (b.text() + b.objectName()).lower() for word in _SKIP_WORDS)
        ]
        if buttons:
            b = self.rng.choice(buttons)
            self._say(b.objectName() or b.text())
            b.click()

    def _action(self, name: str):
        return getattr(self.window, "actions_by_name", {}).get(name)

    def play_pause(self) -> None:
        self.window.panels.network.play_action.trigger()

    def step_or_burst(self) -> None:
        network = self.window.panels.network
        choice = self.rng.choice(["step", "reset", "burst"])
        self._say(choice)
        if choice == "step":
            network.step_button.click()
        elif choice == "reset":
            network.reset_button.click()
        else:
            network.burst_action.trigger()

    def toggle_dock(self) -> None:
        dock = self.rng.choice(list(self.window.docks.values()))
        self._say(dock.objectName())
        dock.toggleViewAction().trigger()
        if self.rng.random() < 0.5 and not dock.isVisible():
            dock.toggleViewAction().trigger()
        if self.rng.random() < 0.1 and "reset_layout" in self.window.actions_by_name:
            self.window.actions_by_name["reset_layout"].trigger()

    def switch_tab(self) -> None:
        tabs = self._usable(QTabWidget)
        if tabs:
            t = self.rng.choice(tabs)
            t.setCurrentIndex(self.rng.randrange(t.count()))
            self._say(f"{t.objectName()}={t.currentIndex()}")

    def switch_lesson(self) -> None:
        menu = getattr(self.window, "lessons_menu", None)
        actions = [a for a in menu.actions() if a.isEnabled() and a.text()] if menu else []
        if actions:
            a = self.rng.choice(actions)
            self._say(a.text())
            a.trigger()

    def drive_tap(self) -> None:
        tap = self.window.panels.tap.tap_widget
        choice = self.rng.choice(["z", "sweep", "manual"])
        self._say(choice)
        if choice == "z":
            tap.set_z(self.rng.uniform(-5.0, 5.0))
        elif choice == "sweep":
            tap.set_sweeping(not tap.is_sweeping())
        else:
            tap.set_linked_source(None)

    def select_neuron(self) -> None:
        view = self.window.panels.network.network_view
        sizes = view.trainer().model.hidden_sizes
        if not sizes or self.rng.random() < 0.2:
            view.clear_selection()
            return
        layer = self.rng.randrange(len(sizes))
        unit = self.rng.randrange(sizes[layer])
        self._say(f"{layer},{unit}")
        view.select(layer, unit)

    def toggle_presentation(self) -> None:
        action = self._action("presentation")
        if action is not None and action.isEnabled():
            action.trigger()

    def save_or_open(self) -> None:
        save = getattr(self.window, "save_experiment", None)
        load = getattr(self.window, "open_experiment", None)
        if save is None or load is None:
            return
        if self.saved and self.rng.random() < 0.5:
            path = self.rng.choice(self.saved)
            self._say(f"open {path.name}")
            load(path)
        else:
            path = self.tmp_dir / f"monkey-{len(self.saved)}.reludesk.json"
            self._say(f"save {path.name}")
            save(path, with_weights=self.rng.random() < 0.5)
            self.saved.append(path)

    def seed_stats(self) -> None:
        seeds = self.window.panels.seeds
        if seeds.is_running():
            seeds.cancel()
        else:
            seeds.run()

    def pump(self) -> None:
        """Let the timers run a little, as a user pausing to look would."""
        for _ in range(self.rng.randint(1, 20)):
            QCoreApplication.processEvents()
