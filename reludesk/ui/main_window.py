"""The main window: three dock panels (explorer, network trainer, water tap), menus, status bar.

The window owns layout, theme and settings only; each panel is handed in (or plugged in later
with ``set_dock_widget``) and draws its own model. Geometry, dock layout and theme are kept in
QSettings under ``window/``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from reludesk import __version__
from reludesk.core.config import Config
from reludesk.ui import theme
from reludesk.ui.actions import build_menus
from reludesk.ui.explorer_panel import ExplorerPanel
from reludesk.ui.panels import build_panels

DEFAULT_SIZE = (1400, 900)
# Bump when the dock set or arrangement changes, so an old saved layout is ignored, not misapplied.
STATE_VERSION = 1
_SETTINGS = "window"

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
        self.explorer = ExplorerPanel()
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
        self.lessons_menu = None  # set by build_menus
        self.actions_by_name = build_menus(self)
        self._theme = "system"
        self._sized = False
        self._layout_restored = False
        self._resize_to_default()
        self.reset_layout()
        self._restore_settings()
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
        """Dock every panel in its starting place and size: explorer left, trainer and tap right."""
        explorer, trainer, tap = (self.docks[k] for k in ("explorer", "trainer", "tap"))
        for dock in self.docks.values():
            dock.setFloating(False)
            self.removeDockWidget(dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, explorer)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, trainer)
        self.splitDockWidget(trainer, tap, Qt.Orientation.Vertical)
        for dock in self.docks.values():
            dock.show()
        self._resize_docks()

    def _resize_docks(self) -> None:
        explorer, trainer, tap = (self.docks[k] for k in ("explorer", "trainer", "tap"))
        width, height = self.width(), self.height()
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
        colours = theme.PLOT_COLOURS[resolved]
        for dock in self.docks.values():
            widget = dock.widget()
            if hasattr(widget, "apply_theme"):
                widget.apply_theme(colours)
        QSettings().setValue(f"{_SETTINGS}/theme", name)
        self.themeChanged.emit(resolved)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def _on_export_figure(self) -> None:
        start = str(Path.home() / "reludesk-explorer.png")
        path, chosen = QFileDialog.getSaveFileName(self, "Export figure", start, EXPORT_FILTERS)
        if not path:
            return
        if not Path(path).suffix:
            # The dialog may return a bare name: take the suffix from the chosen filter.
            path += "." + chosen.rsplit("*.", 1)[-1].rstrip(")") if "*." in chosen else ".png"
        try:
            self.export_figure(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, "Export figure", str(exc))

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
        for action in actions:
            key = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
            if key:
                rows.append((key, action.text().replace("&", "").rstrip("…")))
        rows += [
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
