"""Files of the classroom: the last session and recent experiments (QSettings), plot and window
exports.

Reading and writing experiments is ``reludesk.core.files`` (defensive reader, atomic writer);
this module keeps what the desktop adds around it: which file or lesson was open last, the
Open Recent list, and pictures of plots and of the whole window.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from reludesk.core.files import SUFFIX, FileError
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_RECENT = 8
_GROUP = "session"
_EXPERIMENT_FILTER = QT_TRANSLATE_NOOP("ExperimentIO", "reludesk experiment (*{suffix})")
EXPERIMENT_FILTER = _EXPERIMENT_FILTER.format(suffix=SUFFIX)
"""The file dialogs' filter for experiments, in English (``experiment_filter``: translated)."""
# translated where shown: translate("ExperimentIO", PLOT_FILTERS)
PLOT_FILTERS = QT_TRANSLATE_NOOP("ExperimentIO", "PNG image (*.png);;SVG drawing (*.svg)")

# key -> menu text, translated where shown: translate("ExperimentIO", PLOT_TITLES[key]); the
# window maps each key to its plot widgets
PLOT_TITLES: dict[str, str] = {
    "explorer": QT_TRANSLATE_NOOP("ExperimentIO", "Activation explorer (f and f′)"),
    "loss": QT_TRANSLATE_NOOP("ExperimentIO", "Loss"),
    "dead": QT_TRANSLATE_NOOP("ExperimentIO", "Dead share per layer"),
    "grad": QT_TRANSLATE_NOOP("ExperimentIO", "Gradient size per layer"),
    "boundary": QT_TRANSLATE_NOOP("ExperimentIO", "Network output (decision boundary)"),
}


def experiment_filter() -> str:
    """The file dialogs' filter for experiments, in the language in use."""
    return translate("ExperimentIO", _EXPERIMENT_FILTER).format(suffix=SUFFIX)


# --- session -------------------------------------------------------------------------------
def last_session() -> tuple[str, str] | None:
    """What was open when reludesk last ran: ("lesson", name) or ("file", path); None on the
    very first start (or when the setting is unreadable)."""
    s = QSettings()
    kind, value = s.value(f"{_GROUP}/last_kind"), s.value(f"{_GROUP}/last")
    if kind in ("lesson", "file") and isinstance(value, str) and value:
        return kind, value
    return None


def remember(kind: str, value: str) -> None:
    """Remember that lesson ``value`` (kind "lesson") or file ``value`` ("file") is open."""
    s = QSettings()
    s.setValue(f"{_GROUP}/last_kind", kind)
    s.setValue(f"{_GROUP}/last", value)


def recent_files() -> list[str]:
    """Recently opened or saved experiments, newest first, at most MAX_RECENT."""
    value = QSettings().value(f"{_GROUP}/recent", [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
        value = [value]
    if not isinstance(value, list):
        return []
    return [p for p in value if isinstance(p, str) and p][:MAX_RECENT]


def _store_recent(paths: Sequence[str]) -> None:
    QSettings().setValue(f"{_GROUP}/recent", list(paths[:MAX_RECENT]))


def add_recent(path: str | os.PathLike[str]) -> list[str]:
    """Put ``path`` first in the recent list (once); returns the new list."""
    text = str(Path(path).absolute())
    paths = [text, *(p for p in recent_files() if p != text)][:MAX_RECENT]
    _store_recent(paths)
    return paths


def remove_recent(path: str | os.PathLike[str]) -> list[str]:
    """Drop ``path`` from the recent list; returns the new list."""
    text = str(Path(path).absolute())
    paths = [p for p in recent_files() if p != text]
    _store_recent(paths)
    return paths


def with_suffix(path: str, suffix: str) -> str:
    """``path`` ending in ``suffix`` (a dialog may hand back a bare name)."""
    return path if path.lower().endswith(suffix.lower()) else path + suffix


def suffix_from_filter(path: str, chosen_filter: str, default: str = ".png") -> str:
    """``path`` with the suffix of the dialog filter chosen when it has none of its own."""
    if Path(path).suffix:
        return path
    if "*." in chosen_filter:
        return path + "." + chosen_filter.rsplit("*.", 1)[-1].rstrip(")")
    return path + default


# --- exports -------------------------------------------------------------------------------
def export_plots(plots: Sequence[pg.PlotWidget], path: str | os.PathLike[str]) -> Path:
    """Write ``plots`` (stacked) to ``path`` as PNG or SVG, chosen by its suffix.

    ValueError for another suffix, OSError if the file cannot be written.
    """
    # imported here: pyqtgraph's exporters (and the XML and CSV modules they pull in) cost
    # about 17 ms of start-up and are needed only once something is saved
    from reludesk.ui.widgets import export

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        export.export_png(plots, path)
    elif suffix == ".svg":
        export.export_svg(plots, path)
    else:
        raise ValueError(translate("ExperimentIO", "{name}: use a .png or .svg file name").format(
            name=path.name))
    return path


def save_screenshot(widget: QWidget, path: str | os.PathLike[str]) -> Path:
    """Save a picture of ``widget`` as it is drawn now (PNG); FileError (an OSError, in plain
    words naming the file) if it cannot be written."""
    path = Path(path)
    if not path.parent.is_dir():  # Qt says only "no"; this is the usual reason
        raise FileError(translate("ExperimentIO", "{name}: its folder does not exist").format(
            name=path.name))
    if not widget.grab().save(str(path), "PNG"):
        raise FileError(translate("ExperimentIO", "{name}: it could not be written").format(
            name=path.name))
    return path
