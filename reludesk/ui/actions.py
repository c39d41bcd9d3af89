"""The main window's menus and actions, built in one place so the window class stays short.

Actions whose feature lands in a later version exist already, disabled, so menus and shortcuts
do not move about as features arrive; those features enable them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reludesk.ui import theme

if TYPE_CHECKING:
    from reludesk.ui.main_window import MainWindow

_LATER = " (arrives in a later version)"


def _action(
    window: MainWindow, text: str, tip: str, *, shortcut: object = None, enabled: bool = True
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip if enabled else tip + _LATER)
    action.setToolTip(action.statusTip())
    action.setEnabled(enabled)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Fill ``window``'s menu bar; returns its actions by name.

    Names: open, save, export_figure, export_csv, quit, presentation, reset_layout, shortcuts,
    about, and theme_system / theme_light / theme_dark.
    """
    keys = QKeySequence.StandardKey
    acts: dict[str, QAction] = {
        "open": _action(
            window,
            "&Open experiment…",
            "Load a saved experiment (JSON)",
            shortcut=keys.Open,
            enabled=False,
        ),
        "save": _action(
            window,
            "&Save experiment…",
            "Save the current experiment as JSON",
            shortcut=keys.Save,
            enabled=False,
        ),
        "export_figure": _action(
            window,
            "&Export figure…",
            "Save the explorer's f(z) and f′(z) plots as PNG or SVG, or the curves as CSV",
            shortcut="Ctrl+E",
        ),
        "export_csv": _action(
            window,
            "Export &history as CSV…",
            "Save the training history (loss, dead units) as CSV",
            enabled=False,
        ),
        "quit": _action(window, "&Quit", "Close reludesk", shortcut=keys.Quit),
        "presentation": _action(
            window,
            "&Presentation mode",
            "Full screen with large text, for a projector",
            shortcut=keys.FullScreen,
            enabled=False,
        ),
        "reset_layout": _action(window, "&Reset layout", "Put every panel back where it started"),
        "shortcuts": _action(
            window, "&Keyboard shortcuts", "List the keyboard shortcuts", shortcut=keys.HelpContents
        ),
        "about": _action(window, "&About reludesk", "Version and credits"),
    }
    acts["presentation"].setCheckable(True)
    acts["export_figure"].triggered.connect(window._on_export_figure)
    acts["quit"].triggered.connect(window.close)
    acts["reset_layout"].triggered.connect(window.reset_layout)
    acts["shortcuts"].triggered.connect(window._on_show_shortcuts)
    acts["about"].triggered.connect(window._on_show_about)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([acts["open"], acts["save"]])
    file_menu.addSeparator()
    file_menu.addActions([acts["export_figure"], acts["export_csv"]])
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    view_menu = bar.addMenu("&View")
    for k, dock in enumerate(window.docks.values(), start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{k}"))
        toggle.setStatusTip(f"Show or hide the {dock.windowTitle().lower()} panel")
        view_menu.addAction(toggle)
    view_menu.addAction(acts["reset_layout"])
    view_menu.addSeparator()
    view_menu.addAction(acts["presentation"])
    theme_menu = QMenu("&Theme", view_menu)
    theme_menu.setObjectName("themeMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for name in theme.THEMES:
        action = QAction(theme.THEME_LABELS[name], window)
        action.setCheckable(True)
        action.setData(name)
        action.setStatusTip(f"Colours: {theme.THEME_LABELS[name].lower()}")
        action.triggered.connect(lambda _=False, n=name: window.set_theme(n))
        group.addAction(action)
        theme_menu.addAction(action)
        acts[f"theme_{name}"] = action
    view_menu.addMenu(theme_menu)

    lessons = bar.addMenu("&Lessons")
    lessons.setObjectName("lessonsMenu")
    lessons.setToolTip("Guided lessons" + _LATER)
    lessons.setEnabled(False)
    window.lessons_menu = lessons

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([acts["shortcuts"], acts["about"]])
    return acts


def enable(action: QAction, on: bool = True) -> None:
    """Enable (or disable) an action, adding or dropping the "later version" note in its tip."""
    tip = action.statusTip().removesuffix(_LATER)
    action.setStatusTip(tip if on else tip + _LATER)
    action.setToolTip(action.statusTip())
    action.setEnabled(on)
