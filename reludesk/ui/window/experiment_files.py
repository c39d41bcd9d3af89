"""The window's File menu at work: experiments opened and saved, the recent list, exports.

:class:`ExperimentFiles` does each job twice over: a method that takes a path (used by tests,
scripts and the command line) and an ``ask_*`` method that first asks for the path in a file
dialog and reports a failure in a box. File formats and atomic writes are
``reludesk.core.files``; settings and plot pictures are ``experiment_io``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from reludesk.core import files
from reludesk.core.experiment import Trainer
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.trainer.controls import unusual_values
from reludesk.ui.widgets.language import live
from reludesk.ui.window import experiment_io, points_io
from reludesk.ui.window.docks import Panels
from reludesk.ui.window.messages import report_problem

# the dialogs' texts are translated where they are shown
FIGURE_FILTERS = QT_TRANSLATE_NOOP(
    "ExperimentFiles", "PNG image (*.png);;SVG drawing (*.svg);;Curves as CSV (*.csv)")
# plot key -> the title of its export dialog (experiment_io.PLOT_TITLES are the menu's words)
EXPORT_TITLES: dict[str, str] = {
    "explorer": QT_TRANSLATE_NOOP("ExperimentFiles", "Export activation explorer (f and f′)"),
    "loss": QT_TRANSLATE_NOOP("ExperimentFiles", "Export loss"),
    "dead": QT_TRANSLATE_NOOP("ExperimentFiles", "Export dead share per layer"),
    "grad": QT_TRANSLATE_NOOP("ExperimentFiles", "Export gradient size per layer"),
    "boundary": QT_TRANSLATE_NOOP("ExperimentFiles", "Export network output (decision boundary)"),
}
EXPORT_MS = 8000  # how long an export's "Saved ..." line stays in the status bar
FILE_MS = 10000  # and an experiment's "Opened ..." / "Saved ..." one
NOTE_MS = 30000  # an "Opened ..." line that says a value runs other than written


class ExperimentFiles(QObject):
    """Experiment files and exports of ``window``, whose trainer and tap are ``panels``.

    ``explorer`` returns the explorer panel in the window now (a panel may be plugged in
    later); ``lesson`` the name of the open lesson or None, for the save dialog's suggestion.

    Signal ``experimentOpened(str)``: the path of an experiment that replaced what was shown.
    """

    experimentOpened = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        panels: Panels,
        explorer: Callable[[], ExplorerPanel],
        lesson: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self._window, self._panels = window, panels
        self._explorer, self._lesson = explorer, lesson
        self._recent_menu: QMenu | None = None
        # the recent menu's own words ("Clear the list") follow a change of language
        live(self, ExperimentFiles.refresh_recent_menu)

    # --- experiments -----------------------------------------------------------------------
    def open_experiment(self, path: str | Path) -> bool:
        """Load the experiment in ``path`` (its Config, and its weights if it holds them).

        A file that cannot be read or is not a valid experiment changes nothing: the message
        says why (a box that does not block, and the status bar) and False is returned.
        """
        path = Path(path)
        try:
            experiment = files.read_experiment(path)
            self._apply(experiment)
        except (ValueError, OSError) as exc:  # ConfigError is a ValueError
            report_problem(
                self._window, translate("ExperimentFiles", "Open experiment"),
                translate("ExperimentFiles", "{problem} The current experiment is unchanged.")
                .format(problem=_could_not("open", path, exc)))
            return False
        self.record_opened(path, experiment.weights is not None, experiment.notes)
        return True

    def record_opened(
        self, path: str | Path, with_weights: bool, notes: Sequence[str] = ()
    ) -> None:
        """Note that the experiment in ``path`` is now shown: emit ``experimentOpened``, put
        it first in the recent list, remember it for the next start and say so, with
        ``notes`` (values that run other than written) and any value the controls show
        outside their usual range."""
        path = Path(path)
        self.experimentOpened.emit(str(path.absolute()))
        self._remember(path)
        notes = [*notes, *unusual_values(self._panels.network.config())]
        said = "".join(f"; {note}" for note in notes)
        opened = (translate("ExperimentFiles", "Opened {name} with its trained weights{notes}")
                  if with_weights else translate("ExperimentFiles", "Opened {name}{notes}"))
        self._window.statusBar().showMessage(
            opened.format(name=path.name, notes=said), NOTE_MS if notes else FILE_MS
        )

    def save_experiment(self, path: str | Path, with_weights: bool = False) -> bool:
        """Save the current Config (and the network's weights if asked) to ``path``, atomically:
        a failed write leaves any earlier file as it was. False, with a message, on failure."""
        path = Path(path)
        network = self._panels.network
        try:
            files.write_experiment(
                path, network.config(), network.driver.trainer.model if with_weights else None
            )
        except OSError as exc:
            report_problem(
                self._window, translate("ExperimentFiles", "Save experiment"),
                translate("ExperimentFiles",
                          "{problem} Any earlier file of that name is unchanged.")
                .format(problem=_could_not("save", path, exc)))
            return False
        self._remember(path)
        saved = (translate("ExperimentFiles", "Saved the settings and trained weights to {path}")
                 if with_weights else translate("ExperimentFiles", "Saved the settings to {path}"))
        self._window.statusBar().showMessage(saved.format(path=path), FILE_MS)
        return True

    def load_weights(self, weights: dict) -> None:
        """Put checked ``weights`` (from an experiment file) into the running network; every
        view redraws from it. ValueError (ConfigError) if they do not fit its layers."""
        driver = self._panels.driver
        trainer = driver.trainer
        files.check_weights(trainer.config, weights)
        files.check_trainable(trainer.config, weights)
        files.start_from(trainer, weights)
        driver.set_trainer(trainer)

    # --- recent files ----------------------------------------------------------------------
    def show_recent_in(self, menu: QMenu) -> None:
        """Fill ``menu`` with the recent experiments, now and after every open or save."""
        self._recent_menu = menu
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        """Rebuild the recent menu (see ``show_recent_in``) from the settings."""
        menu = self._recent_menu
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
            menu.addAction(translate("ExperimentFiles", "No recent experiments")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(translate("ExperimentFiles", "Clear the list"), self.clear_recent)

    def open_recent(self, path: str) -> bool:
        """Open ``path`` from the recent list; a file that is gone is dropped from the list."""
        if not Path(path).exists():
            experiment_io.remove_recent(path)
            self.refresh_recent_menu()
            report_problem(
                self._window, translate("ExperimentFiles", "Open recent"),
                translate("ExperimentFiles",
                          "{path} no longer exists; it was removed from the recent list.")
                .format(path=path))
            return False
        return self.open_experiment(path)

    def clear_recent(self) -> None:
        """Empty the recent list."""
        for path in experiment_io.recent_files():
            experiment_io.remove_recent(path)
        self.refresh_recent_menu()

    # --- exports ---------------------------------------------------------------------------
    def plot_widgets(self, which: str) -> list[pg.PlotWidget]:
        """The plots of ``which``: a key of ``experiment_io.PLOT_TITLES``."""
        network = self._panels.network
        plots = {
            "explorer": self._explorer().plots,
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
            self._panels.network.refresh_plots_now()  # the slow plots may be a moment behind
        return self._saved(experiment_io.export_plots(plots, path))

    def export_figure(self, path: str | Path) -> Path:
        """Export the explorer by the suffix of ``path``: .png, .svg or .csv (the curves)."""
        path = Path(path)
        explorer = self._explorer()
        exporters = {
            ".png": explorer.export_png,
            ".svg": explorer.export_svg,
            ".csv": explorer.export_csv,
        }
        suffix = path.suffix.lower()
        if suffix not in exporters:
            raise ValueError(translate(
                "ExperimentFiles", "{name}: use a .png, .svg or .csv file name").format(
                    name=path.name))
        exporters[suffix](path)
        return self._saved(path)

    def export_history_csv(self, path: str | Path) -> Path:
        """Write the training history (one row per record, and a last row for the step the
        network is at now) as CSV, atomically."""
        path = Path(path)
        trainer = self._panels.driver.trainer
        text = trainer.history.to_csv(latest=trainer.evaluate(),
                                      latest_z_quantiles=trainer.z_quantiles())
        files.write_text_atomic(path, text)
        return self._saved(path, translate("ExperimentFiles",
                                           "Saved the training history to {path}"))

    def import_points(self, path: str | Path) -> bool:
        """Train on the points of the CSV file ``path`` (weights kept); False, with one
        message naming the line and the problem, if it is not a points file."""
        return points_io.import_points(self._window, self._panels.network, path, _could_not)

    def export_points(self, path: str | Path) -> Path:
        """Write the points in use (train and test) to ``path`` as CSV (x1,x2,label)."""
        return points_io.export_points(self._window, self._panels.network, path)

    def save_screenshot(self, path: str | Path) -> Path:
        """Save a picture of the whole window as PNG."""
        return self._saved(experiment_io.save_screenshot(self._window, path),
                           translate("ExperimentFiles", "Saved a screenshot to {path}"))

    # --- dialogs ---------------------------------------------------------------------------
    def ask_open(self) -> None:
        """Ask for an experiment file and open it."""
        others = translate("ExperimentFiles", "JSON (*.json);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("ExperimentFiles", "Open experiment"), self._start_folder(),
            f"{experiment_io.experiment_filter()};;{others}",
        )
        if path:
            self.open_experiment(path)

    def ask_save(self, with_weights: bool) -> None:
        """Ask where to save the experiment (named after the lesson or the activation)."""
        name = self._lesson() or self._panels.network.config().activation
        start = str(Path(self._start_folder()) / f"{name}{files.SUFFIX}")
        title = (translate("ExperimentFiles", "Save experiment with weights") if with_weights
                 else translate("ExperimentFiles", "Save experiment"))
        path, _ = QFileDialog.getSaveFileName(
            self._window, title, start, experiment_io.experiment_filter()
        )
        if path:
            self.save_experiment(experiment_io.with_suffix(path, files.SUFFIX), with_weights)

    def ask_export_plot(self, which: str) -> None:
        """Ask where to save plot ``which``; the suffix comes from the filter if none is typed."""
        title = translate("ExperimentFiles", EXPORT_TITLES[which])
        filters = translate("ExperimentIO", experiment_io.PLOT_FILTERS)
        self._ask_export(title, f"reludesk-{which}.png", filters,
                         lambda path, chosen: self.export_plot(
                             which, experiment_io.suffix_from_filter(path, chosen)))

    def ask_export_figure(self) -> None:
        """Ask where to export the explorer's plots or curves."""
        self._ask_export(translate("ExperimentFiles", "Export figure"), "reludesk-explorer.png",
                         translate("ExperimentFiles", FIGURE_FILTERS),
                         lambda path, chosen: self.export_figure(
                             experiment_io.suffix_from_filter(path, chosen)))

    def ask_export_history(self) -> None:
        """Ask where to write the training history as CSV."""
        self._ask_export(translate("ExperimentFiles", "Export history as CSV"),
                         "reludesk-history.csv", translate("ExperimentFiles", "CSV table (*.csv)"),
                         lambda path, _: self.export_history_csv(
                             experiment_io.with_suffix(path, ".csv")))

    def ask_import_points(self) -> None:
        """Ask for a CSV file of points and train on them."""
        points_io.ask_import(self._window, self._start_folder(), self.import_points)

    def ask_export_points(self) -> None:
        """Ask where to write the points in use as CSV."""
        self._ask_export(translate("PointsIO", points_io.EXPORT_TITLE), "reludesk-points.csv",
                         translate("ExperimentFiles", "CSV table (*.csv)"),
                         lambda path, _: self.export_points(
                             experiment_io.with_suffix(path, ".csv")))

    def ask_screenshot(self) -> None:
        """Ask where to save a picture of the window."""
        self._ask_export(translate("ExperimentFiles", "Screenshot of the window"),
                         "reludesk-window.png", translate("ExperimentFiles", "PNG image (*.png)"),
                         lambda path, _: self.save_screenshot(
                             experiment_io.with_suffix(path, ".png")))

    # --- helpers ---------------------------------------------------------------------------
    def _apply(self, experiment: files.Experiment) -> None:
        """Swap in a trainer for ``experiment``, or raise before anything has changed."""
        driver = self._panels.driver
        trainer = Trainer(experiment.config, record_every=driver.record_every)
        if experiment.weights is not None:
            files.start_from(trainer, experiment.weights)
        driver.pause()
        driver.set_trainer(trainer)  # the trainer panel shows its Config and network

    def _remember(self, path: Path) -> None:
        experiment_io.remember("file", str(path.absolute()))
        experiment_io.add_recent(path)
        self.refresh_recent_menu()

    def _saved(self, path: Path, said: str = "") -> Path:
        """Say in the status bar that ``path`` was saved: ``said`` with {path} in it, else
        "Saved <path>"."""
        said = said or translate("ExperimentFiles", "Saved {path}")
        self._window.statusBar().showMessage(said.format(path=path), EXPORT_MS)
        return path

    def _start_folder(self) -> str:
        recent = experiment_io.recent_files()
        folder = Path(recent[0]).parent if recent else Path.home()
        return str(folder if folder.is_dir() else Path.home())

    def _ask_export(
        self, title: str, start_name: str, filters: str, export: Callable[[str, str], object]
    ) -> None:
        """A save dialog titled ``title``; ``export(path, chosen_filter)`` writes the file, and
        what it raises (OSError, ValueError) is reported in a box."""
        path, chosen = QFileDialog.getSaveFileName(
            self._window, title, str(Path.home() / start_name), filters
        )
        if not path:
            return
        try:
            export(path, chosen)
        except (OSError, ValueError) as exc:
            report_problem(self._window, title, _could_not("save", Path(path), exc))


def _could_not(verb: str, path: Path, exc: Exception) -> str:
    """One sentence naming the file once: "Could not save h.csv: the disk is full."

    ``exc`` comes from reludesk's readers and writers, whose messages start with the file's
    name; any other OSError is put in the same plain words (no error codes).
    """
    if isinstance(exc, OSError):
        exc = files.plain_problem(exc, path, writing=verb != "open")
    text = str(exc).rstrip(".")
    name, sep, reason = text.partition(": ")
    if not (sep and name.startswith(path.name)):  # the name may have gained its suffix since
        name, reason = path.name, text
    said = (translate("ExperimentFiles", "Could not open {name}: {reason}.") if verb == "open"
            else translate("ExperimentFiles", "Could not save {name}: {reason}."))
    return said.format(name=name, reason=reason)

