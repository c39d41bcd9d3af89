"""The main window: three dock panels (explorer, network trainer, water tap), a lesson dock,
menus, status bar.

The window owns layout, theme, settings and the classroom's files; each panel is handed in (or
plugged in later with ``set_dock_widget``) and draws its own model. Lessons live in
``classroom``, presentation mode in ``presentation``, settings of the session and the exports'
helpers in ``experiment_io``. Geometry, dock layout and theme are kept in QSettings under
``window/``; the last lesson or experiment and the recent files under ``session/``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from reludesk import __version__
from reludesk.core import files
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.core.lessons import Lesson
from reludesk.ui import theme
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.lessons.controller import Classroom
from reludesk.ui.widgets.key_guard import KeyGuard
from reludesk.ui.window import experiment_io, lesson_setup
from reludesk.ui.window.docks import build_panels
from reludesk.ui.window.menus import MenuHandlers, TrainingControls, build_menus

if TYPE_CHECKING:
    # imported where presentation mode is first used: most sessions never present
    from reludesk.ui.window.presentation import Presentation

DEFAULT_SIZE = (1400, 900)
# Bump when the dock set or arrangement changes, so an old saved layout is ignored, not misapplied.
STATE_VERSION = 2  # 2: the lesson dock
_SETTINGS = "window"
LESSON_STATUS_MS = 15000  # a lesson's "press ..." hint stays longer: it is read out in class

# key -> (dock objectName, title)
DOCKS: dict[str, tuple[str, str]] = {
    "explorer": ("explorerDock", "Activation explorer"),
    "trainer": ("trainerDock", "Network trainer"),
    "tap": ("tapDock", "Water tap"),
}

EXPORT_FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;Curves as CSV (*.csv)"


class MainWindow(QMainWindow):
    """The reludesk window; builds everything without showing it.

    ``config`` is the experiment the network trainer will start from (None: its defaults).
    """

    themeChanged = Signal(str)
    """Emitted with "light" or "dark" after the theme changed."""
    closed = Signal()
    """Emitted when the window has closed, its settings saved and its timers stopped."""

    def __init__(self, config: Config | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.config = config
        self.setWindowTitle("reludesk: why ReLU, why it dies, how Leaky ReLU helps")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.explorer = ExplorerPanel(ExplorerModel.from_settings())
        self.docks: dict[str, QDockWidget] = {}
        for key, (object_name, title) in DOCKS.items():
            dock = QDockWidget(title, self)
            dock.setObjectName(object_name)
            self.docks[key] = dock
        self.docks["explorer"].setWidget(self.explorer)
        self.config = config if isinstance(config, Config) else Config()
        self.panels = build_panels(self.config, self)
        self.network_panel = self.panels.network
        self.tap_panel = self.panels.tap
        self.docks["trainer"].setWidget(self.panels.trainer_tabs)
        self.docks["tap"].setWidget(self.tap_panel)
        self.network_panel.statusMessage.connect(self._on_status_message)
        self.classroom = Classroom(self)
        self.lesson_dock = self.classroom.dock
        self._connect_classroom()
        self._presentation: Presentation | None = None  # made on first use
        menus = build_menus(
            self, self._menu_handlers(), list(self.docks.values()),
            TrainingControls(self.network_panel.play_action, self.network_panel.burst_action,
                             self.network_panel.step_button, self.network_panel.reset_button),
            self.classroom.fill_menu,
        )
        self.actions_by_name = menus.actions
        self.recent_menu = menus.recent
        self.lessons_menu = menus.lessons
        self.installEventFilter(KeyGuard(self))
        self._leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_shortcut.setEnabled(False)
        self._leave_shortcut.activated.connect(lambda: self.set_presentation(False))
        # new curves (a new network) get presentation mode's thick lines too
        self.panels.driver.trainerChanged.connect(lambda _t: self._refresh_presentation())
        self.refresh_recent_menu()
        self._theme = "system"
        self._sized = False
        self._layout_restored = False
        self._resize_to_default()
        self.reset_layout()
        self._restore_settings()
        self.lesson_dock.hide()  # a saved layout may show it; it waits for a lesson
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.statusBar().showMessage(
            "Ready. Tick activations in the explorer to compare them; hover a plot to read "
            "f(z) and f′(z)."
        )

    # --- public ----------------------------------------------------------------------------
    def set_dock_widget(self, which: str, widget: QWidget) -> None:
        """Put ``widget`` into the dock ``which`` ("explorer", "trainer" or "tap").

        The widget it replaces is deleted. A widget with an ``apply_theme(colours)`` method is
        styled for the current theme straight away.
        """
        if which not in self.docks:
            raise ValueError(f"unknown dock {which!r}; choose one of: {', '.join(self.docks)}")
        dock = self.docks[which]
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None and old is not widget:
            old.deleteLater()
        if which == "explorer" and isinstance(widget, ExplorerPanel):
            self.explorer = widget
        if hasattr(widget, "apply_theme"):
            widget.apply_theme(theme.plot_colours(self._theme))

    def reset_layout(self) -> None:
        """Dock every panel in its starting place and size: explorer left, trainer and tap right,
        the lesson (if one is open) across the top."""
        explorer, trainer, tap = (self.docks[k] for k in ("explorer", "trainer", "tap"))
        lesson_shown = not self.lesson_dock.isHidden()
        for dock in (*self.docks.values(), self.lesson_dock):
            dock.setFloating(False)
            self.removeDockWidget(dock)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.lesson_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, explorer)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, trainer)
        self.splitDockWidget(trainer, tap, Qt.Orientation.Vertical)
        for dock in self.docks.values():
            dock.show()
        self.lesson_dock.setVisible(lesson_shown)
        self._resize_docks()

    def fit_lesson_dock(self) -> None:
        """Give the lesson dock the height its text needs at the window's width."""
        if self.lesson_dock.isHidden() or self.lesson_dock.isFloating():
            return
        panel = self.classroom.panel
        title_bar = max(0, self.lesson_dock.minimumSizeHint().height()
                        - panel.minimumSizeHint().height())
        height = panel.height_for(max(self.width() - 20, 400)) + title_bar
        excess = self.lesson_dock.height() - height
        vertical = Qt.Orientation.Vertical
        self.resizeDocks([self.lesson_dock], [height], vertical)
        if excess > 0 and self.isVisible():
            # Qt does not hand the room a shrinking top dock frees to the docks below unless
            # they ask for it: each column below grows by what the strip gives up
            for column in (("explorer",), ("trainer", "tap")):
                docks = [d for k in column if (d := self.docks[k]).isVisible()
                         and not d.isFloating()]
                total = sum(d.height() for d in docks)
                if total > 0:
                    sizes = [round(d.height() + excess * d.height() / total) for d in docks]
                    self.resizeDocks(docks, sizes, vertical)

    def _resize_docks(self) -> None:
        explorer, trainer, tap = (self.docks[k] for k in ("explorer", "trainer", "tap"))
        self.fit_lesson_dock()
        width, height = self.width(), self.height()
        if not self.lesson_dock.isHidden():
            height -= self.lesson_dock.height()
        # The trainer is the heart of the lesson and has the most to show; the tap below it
        # needs a strip wide enough for two taps side by side.
        self.resizeDocks(
            [explorer, trainer], [int(width * 0.37), int(width * 0.63)], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [trainer, tap], [int(height * 0.64), int(height * 0.36)], Qt.Orientation.Vertical
        )

    def theme(self) -> str:
        """The chosen theme: "system", "light" or "dark"."""
        return self._theme

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name`` ("system", "light" or "dark") and remember it."""
        resolved = theme.apply_app_theme(name)
        self._theme = name
        self.actions_by_name[f"theme_{name}"].setChecked(True)
        self.apply_plot_colours(theme.PLOT_COLOURS[resolved])
        QSettings().setValue(f"{_SETTINGS}/theme", name)
        self.themeChanged.emit(resolved)

    def apply_plot_colours(self, colours: theme.PlotColours) -> None:
        """Restyle every panel that has plots (``apply_theme``) for ``colours``."""
        for dock in self.docks.values():
            widget = dock.widget()
            if hasattr(widget, "apply_theme"):
                widget.apply_theme(colours)

    def export_figure(self, path: str | Path) -> Path:
        """Export the explorer by the suffix of ``path``: .png, .svg or .csv (the curves)."""
        path = Path(path)
        exporters = {
            ".png": self.explorer.export_png,
            ".svg": self.explorer.export_svg,
            ".csv": self.explorer.export_csv,
        }
        suffix = path.suffix.lower()
        if suffix not in exporters:
            raise ValueError(f"cannot export {path.name}: use a .png, .svg or .csv file name")
        exporters[suffix](path)
        self.statusBar().showMessage(f"Saved {path}", 8000)
        return path

    # --- lessons ---------------------------------------------------------------------------
    def open_lesson(self, name: str) -> Lesson:
        """Open the guided lesson ``name`` with everything it sets; ValueError listing the
        lesson names otherwise."""
        return self.classroom.open(name)

    def current_lesson(self) -> str | None:
        """The name of the open lesson, or None (defaults, or an experiment of one's own)."""
        return self.classroom.current()

    # --- experiments -----------------------------------------------------------------------
    def open_experiment(self, path: str | Path) -> bool:
        """Load the experiment in ``path`` (its Config, and its weights if it holds them).

        A file that cannot be read or is not a valid experiment changes nothing: the message
        says why (a box that does not block, and the status bar) and False is returned.
        """
        path = Path(path)
        try:
            experiment = files.read_experiment(path)
            self._apply_experiment(experiment)
        except (ValueError, OSError) as exc:  # ConfigError is a ValueError
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            reason = reason.removeprefix(f"{path.name}: ").rstrip(".")
            self.report_problem(
                "Open experiment",
                f"Could not open {path.name}: {reason}. The current experiment is unchanged.",
            )
            return False
        self.classroom.clear()
        experiment_io.remember("file", str(path.absolute()))
        experiment_io.add_recent(path)
        self.refresh_recent_menu()
        weights = " with its trained weights" if experiment.weights is not None else ""
        self.statusBar().showMessage(f"Opened {path.name}{weights}", 10000)
        return True

    def save_experiment(self, path: str | Path, with_weights: bool = False) -> bool:
        """Save the current Config (and the network's weights if asked) to ``path``, atomically:
        a failed write leaves any earlier file as it was. False, with a message, on failure."""
        path = Path(path)
        trainer = self.panels.driver.trainer
        try:
            files.write_experiment(
                path, self.network_panel.config(), trainer.model if with_weights else None
            )
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.report_problem(
                "Save experiment",
                f"Could not save {path.name}: {reason}. Any earlier file of that name is "
                "unchanged.",
            )
            return False
        experiment_io.remember("file", str(path.absolute()))
        experiment_io.add_recent(path)
        self.refresh_recent_menu()
        what = "settings and trained weights" if with_weights else "settings"
        self.statusBar().showMessage(f"Saved the {what} to {path}", 10000)
        return True

    def load_weights(self, weights: dict) -> None:
        """Put checked ``weights`` (from an experiment file) into the running network."""
        trainer = self.panels.driver.trainer
        files.check_weights(trainer.config, weights)
        files.load_weights(trainer.model, weights)
        trainer.invalidate()
        trainer.history.record(trainer.evaluate())  # step 0 again, now with these weights
        self.panels.driver.set_trainer(trainer)  # every view redraws from it

    def _apply_experiment(self, experiment: files.Experiment) -> None:
        """Swap in a trainer for ``experiment``, or raise before anything has changed."""
        driver = self.panels.driver
        trainer = Trainer(experiment.config, record_every=driver.record_every)
        if experiment.weights is not None:
            files.load_weights(trainer.model, experiment.weights)
            trainer.invalidate()
            trainer.history.record(trainer.evaluate())
        driver.pause()
        driver.set_trainer(trainer)  # the trainer panel shows its Config and network
        self._refresh_presentation()

    def recent_files(self) -> list[str]:
        """Experiments opened or saved lately, newest first."""
        return experiment_io.recent_files()

    def open_recent(self, path: str) -> bool:
        """Open ``path`` from the recent list; a file that is gone is dropped from the list."""
        if not Path(path).exists():
            experiment_io.remove_recent(path)
            self.refresh_recent_menu()
            self.report_problem(
                "Open recent", f"{path} no longer exists; it was removed from the recent list."
            )
            return False
        return self.open_experiment(path)

    def refresh_recent_menu(self) -> None:
        """Rebuild File > Open recent from the settings."""
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        paths = experiment_io.recent_files()
        for k, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{k} {Path(path).name.replace('&', '&&')}")
            action.setData(path)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not paths:
            menu.addAction("No recent experiments").setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction("Clear the list", self._on_clear_recent)

    # --- exports ---------------------------------------------------------------------------
    def plot_widgets(self, which: str) -> list[pg.PlotWidget]:
        """The plots of ``which``: a key of ``experiment_io.PLOT_TITLES``."""
        network = self.network_panel
        plots = {
            "explorer": self.explorer.plots,
            "loss": lambda: [network.history_plots.loss_plot],
            "dead": lambda: [network.history_plots.dead_plot],
            "grad": lambda: [network.history_plots.grad_plot],
            "boundary": lambda: [network.boundary.plot],
        }
        if which not in plots:
            raise ValueError(f"unknown plot {which!r}; choose one of: {', '.join(plots)}")
        return plots[which]()

    def export_plot(self, which: str, path: str | Path) -> Path:
        """Save plot ``which`` (see ``plot_widgets``) as PNG or SVG, by the suffix of ``path``.

        ValueError for an unknown plot or suffix, OSError if the file cannot be written.
        """
        plots = self.plot_widgets(which)
        if which != "explorer":
            self.network_panel.refresh_plots_now()  # the slow plots may be a moment behind
        out = experiment_io.export_plots(plots, path)
        self.statusBar().showMessage(f"Saved {out}", 8000)
        return out

    def export_history_csv(self, path: str | Path) -> Path:
        """Write the training history (one row per record) as CSV, atomically."""
        path = Path(path)
        files.write_text_atomic(path, self.panels.driver.trainer.history.to_csv())
        self.statusBar().showMessage(f"Saved the training history to {path}", 8000)
        return path

    def save_screenshot(self, path: str | Path) -> Path:
        """Save a picture of the whole window as PNG."""
        out = experiment_io.save_screenshot(self, path)
        self.statusBar().showMessage(f"Saved a screenshot to {out}", 8000)
        return out

    # --- presentation ----------------------------------------------------------------------
    @property
    def presentation(self) -> Presentation:
        """Presentation mode's switch, made (and its module imported) when first needed: most
        sessions never present, and the module cost about 3 ms of start-up."""
        if self._presentation is None:
            from reludesk.ui.window.presentation import Presentation

            self._presentation = Presentation(
                self, self.apply_plot_colours, lambda: self.set_theme(self._theme)
            )
        return self._presentation

    def is_presenting(self) -> bool:
        return self._presentation is not None and self._presentation.is_on()

    def set_presentation(self, on: bool) -> None:
        """Enter or leave presentation mode (F11): full screen, large text, thick lines, high
        contrast. Leaving puts fonts, palette and window state back exactly."""
        if on == self.is_presenting():
            return
        if on:
            # compare mode, seed statistics and the explorer's depth plot are built on first
            # use: build them now, so that presentation mode enlarges them too
            self.panels.trainer_tabs.build_all()
            self.explorer.depth.build()
            self.presentation.enter()
        else:
            self.presentation.leave()
        # a theme chosen now would be painted over by presentation mode, and then lost
        for name in theme.THEMES:
            self.actions_by_name[f"theme_{name}"].setEnabled(not on)
        self._leave_shortcut.setEnabled(on)
        action = self.actions_by_name["presentation"]
        blocked = action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(blocked)
        self.statusBar().showMessage(
            "Presentation mode: F11 or Esc to leave" if on else "Presentation mode off", 8000
        )

    def _refresh_presentation(self) -> None:
        if self._presentation is not None:  # never made: never on, nothing to thicken
            self._presentation.refresh()

    # --- messages --------------------------------------------------------------------------
    def report_problem(self, title: str, text: str) -> None:
        """Say what went wrong in a box that does not block (``problemBox``) and the status
        bar."""
        self.statusBar().showMessage(text, 20000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("problemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save_settings(self) -> None:
        """Remember the window's geometry and dock layout (done on close too)."""
        s = QSettings()
        s.setValue(f"{_SETTINGS}/geometry", self.saveGeometry())
        s.setValue(f"{_SETTINGS}/state", self.saveState(STATE_VERSION))

    # --- handlers --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Before the first show the dock areas have no real size yet and Qt scales the
            # proportions asked for; asking again once shown gives the intended split.
            self._sized = True
            if not self._layout_restored:
                self._resize_docks()
        self.panels.link.resume()  # shown again after a close: the linked tap follows again

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_presentation(False)  # remember the window as it is outside presentation mode
        self.save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            # nothing trains, counts or animates behind a closed window, so nothing holds up
            # the end of the program (and a window shown again starts paused)
            self.panels.stop()
            self.closed.emit()

    # --- lesson wiring ---------------------------------------------------------------------
    def _connect_classroom(self) -> None:
        classroom = self.classroom
        classroom.lessonOpened.connect(self._set_up_lesson)
        classroom.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, LESSON_STATUS_MS)
        )
        classroom.burstRequested.connect(self.network_panel.burst_action.trigger)
        classroom.fitRequested.connect(self.fit_lesson_dock)

    def _set_up_lesson(self, lesson: Lesson) -> None:
        lesson_setup.set_up(lesson, self.panels, self.docks, self.explorer)
        self._refresh_presentation()  # the explorer may show new curves

    # --- dialogs ---------------------------------------------------------------------------
    def _menu_handlers(self) -> MenuHandlers:
        return MenuHandlers(
            open=self._on_open_experiment,
            save=partial(self._on_save_experiment, False),
            save_weights=partial(self._on_save_experiment, True),
            export_figure=self._on_export_figure,
            export_plot=self._on_export_plot,
            export_history=self._on_export_history,
            screenshot=self._on_screenshot,
            quit=self.close,
            presentation=self.set_presentation,
            reset_layout=self.reset_layout,
            shortcuts=self._on_show_shortcuts,
            about=self._on_show_about,
            set_theme=self.set_theme,
            refresh_recent=self.refresh_recent_menu,
        )

    def _start_folder(self) -> str:
        recent = experiment_io.recent_files()
        folder = Path(recent[0]).parent if recent else Path.home()
        return str(folder if folder.is_dir() else Path.home())

    def _on_open_experiment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open experiment", self._start_folder(),
            f"{experiment_io.EXPERIMENT_FILTER};;JSON (*.json);;All files (*)",
        )
        if path:
            self.open_experiment(path)

    def _on_save_experiment(self, with_weights: bool) -> None:
        name = self.current_lesson() or self.network_panel.config().activation
        start = str(Path(self._start_folder()) / f"{name}{files.SUFFIX}")
        title = "Save experiment with weights" if with_weights else "Save experiment"
        path, _ = QFileDialog.getSaveFileName(self, title, start, experiment_io.EXPERIMENT_FILTER)
        if path:
            self.save_experiment(experiment_io.with_suffix(path, files.SUFFIX), with_weights)

    def _on_export_plot(self, which: str) -> None:
        start = str(Path.home() / f"reludesk-{which}.png")
        title = f"Export {experiment_io.PLOT_TITLES[which].lower()}"
        path, chosen = QFileDialog.getSaveFileName(self, title, start, experiment_io.PLOT_FILTERS)
        if not path:
            return
        try:
            self.export_plot(which, experiment_io.suffix_from_filter(path, chosen))
        except (OSError, ValueError) as exc:
            self.report_problem(title, str(exc))

    def _on_export_history(self) -> None:
        start = str(Path.home() / "reludesk-history.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export history as CSV", start, "CSV table (*.csv)"
        )
        if not path:
            return
        try:
            self.export_history_csv(experiment_io.with_suffix(path, ".csv"))
        except OSError as exc:
            self.report_problem("Export history", f"Could not save the history: {exc}")

    def _on_screenshot(self) -> None:
        start = str(Path.home() / "reludesk-window.png")
        path, _ = QFileDialog.getSaveFileName(
            self, "Screenshot of the window", start, "PNG image (*.png)"
        )
        if not path:
            return
        try:
            self.save_screenshot(experiment_io.with_suffix(path, ".png"))
        except OSError as exc:
            self.report_problem("Screenshot", str(exc))

    def _on_clear_recent(self) -> None:
        for path in experiment_io.recent_files():
            experiment_io.remove_recent(path)
        self.refresh_recent_menu()

    def _on_export_figure(self) -> None:
        start = str(Path.home() / "reludesk-explorer.png")
        path, chosen = QFileDialog.getSaveFileName(self, "Export figure", start, EXPORT_FILTERS)
        if not path:
            return
        try:
            # the dialog may return a bare name: the suffix comes from the chosen filter
            self.export_figure(experiment_io.suffix_from_filter(path, chosen))
        except (OSError, ValueError) as exc:
            self.report_problem("Export figure", str(exc))

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _on_show_shortcuts(self) -> None:
        self._show_message_box("Keyboard shortcuts", self.shortcuts_text())

    def _on_show_about(self) -> None:
        self._show_message_box("About reludesk", self.about_text())

    def _on_color_scheme_changed(self, _scheme: object) -> None:
        if self._theme == "system":
            self.set_theme("system")

    # --- text ------------------------------------------------------------------------------
    def shortcuts_text(self) -> str:
        """An HTML table of the keyboard shortcuts and mouse gestures."""
        rows = []
        actions = [
            *self.actions_by_name.values(),
            *(dock.toggleViewAction() for dock in self.docks.values()),
        ]
        seen: set[int] = set()
        for action in actions:
            if id(action) in seen:
                continue
            seen.add(id(action))
            key = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            if key:
                rows.append((key, action.text().replace("&", "").rstrip("…")))
        rows += [
            ("Esc", "Leave presentation mode"),
            ("Mouse over a plot", "Read z, f(z) and f′(z)"),
            ("Drag / wheel on a plot", "Pan / zoom; right-click for more"),
            ("Click a legend line", "Hide that activation"),
        ]
        cells = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def about_text(self) -> str:
        """The About box: version, purpose and the libraries it stands on."""
        return (
            f"<h3>reludesk {__version__}</h3>"
            "<p>A desktop simulator that shows why ReLU replaced step, sigmoid and tanh, why ReLU "
            "neurons die, and how Leaky ReLU keeps them alive.</p>"
            f"<p>PySide6 {pyside_version} · pyqtgraph {pg.__version__} · numpy {np.__version__}"
            "</p><p>MIT licence.</p>"
        )

    def _show_message_box(self, title: str, html: str) -> None:
        # open(), not exec(): the window keeps running (and tests are never blocked).
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, title, html, QMessageBox.StandardButton.Close, self
        )
        box.setObjectName(f"{title.split()[0].lower()}Box")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- settings --------------------------------------------------------------------------
    def _resize_to_default(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # Most of a big screen (a projector at 1920 x 1080), but never more than the screen:
            # on a small laptop the window must still fit.
            room = screen.availableGeometry()
            width = min(room.width(), max(width, int(room.width() * 0.85)))
            height = min(room.height(), max(height, int(room.height() * 0.85)))
        self.resize(width, height)

    def _restore_settings(self) -> None:
        s = QSettings()
        geometry = s.value(f"{_SETTINGS}/geometry")
        state = s.value(f"{_SETTINGS}/state")
        chosen = s.value(f"{_SETTINGS}/theme", "system")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self._layout_restored = self.restoreState(state, STATE_VERSION)
        self.set_theme(chosen if chosen in theme.THEMES else "system")
