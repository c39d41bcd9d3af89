"""Your own points in and out of CSV files (``x1,x2,label`` with a header), for the File menu
and the output plot's tool row.

A file is read as points of the task in use (labels 0 / 1 for classification, targets in
[-1, 1] for regression: ``core.points``); the network trains on with its weights. A file that
is not a points file changes nothing and is reported once, naming the line and the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from reludesk.core import points as core_points
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.ui.trainer.panel import NetworkPanel
from reludesk.ui.window.messages import report_problem

# the texts are translated where they are shown: translate("PointsIO", IMPORT_TITLE)
CSV_FILTER = QT_TRANSLATE_NOOP("PointsIO", "Points as CSV (*.csv);;All files (*)")
POINTS_MS = 10000  # how long "Read 120 points ..." stays in the status bar
IMPORT_TITLE = QT_TRANSLATE_NOOP("PointsIO", "Import points")
EXPORT_TITLE = QT_TRANSLATE_NOOP("PointsIO", "Export points")


def import_points(
    window: QMainWindow, network: NetworkPanel, path: str | Path,
    could_not: Callable[[str, Path, Exception], str],
) -> bool:
    """Read the points in ``path`` and train ``network`` on them. False, with one message
    (a box that does not block, and the status bar; ``could_not`` words it), if the file cannot
    be read or is not a points file: the data in use stays."""
    path = Path(path)
    try:
        points = core_points.read_csv(path, network.config().task)
    except (ValueError, OSError) as exc:  # ConfigError is a ValueError, FileError an OSError
        report_problem(window, translate("PointsIO", IMPORT_TITLE),
                       translate("PointsIO", "{problem} The data in use is unchanged.").format(
                           problem=could_not("open", path, exc)))
        return False
    trained = network.set_points(points)
    if trained:  # too few to train on: the panel's own line says so
        said = translate("PointsIO", "Read {count} points from {name}: the network trains on "
                         "them with the weights it has")
        window.statusBar().showMessage(said.format(count=f"{len(points):,}", name=path.name),
                                       POINTS_MS)
    return trained


def export_points(window: QMainWindow, network: NetworkPanel, path: str | Path) -> Path:
    """Write the points ``network`` shows (every train and test point) to ``path`` as CSV,
    atomically; OSError (in plain words) if it cannot be written."""
    path = Path(path)
    points = network.points_in_use()
    core_points.write_csv(path, points)
    window.statusBar().showMessage(translate("PointsIO", "Saved {count} points to {path}").format(
        count=f"{len(points):,}", path=path), POINTS_MS)
    return path


def ask_import(window: QMainWindow, start: str, read: Callable[[str], object]) -> None:
    """Ask for a CSV file of points (from folder ``start``) and ``read`` it."""
    path, _ = QFileDialog.getOpenFileName(window, translate("PointsIO", IMPORT_TITLE), start,
                                          translate("PointsIO", CSV_FILTER))
    if path:
        read(path)
