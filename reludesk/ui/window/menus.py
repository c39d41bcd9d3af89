"""The main window's menus and actions, built in one place so the window class stays short.

Menus: File (experiments, your own points as CSV, exports), View (panels, layout, presentation,
theme), Training (the keys a teacher uses in front of a class: Space, Right, R, B, -, +, and N
for new data with the same weights, W for new weights on the same data; the timeline's comma and
period for an earlier or a later kept state, End for the end of the run, Ctrl+Z to undo, and
Branch into Compare), Lessons and Help. The
Training menu is there so the single-key shortcuts can be discovered, not only remembered; what its
entries do (on the trainer tab in front) is ``front_tab``'s.

:func:`build_menus` knows nothing of the window's insides: what each entry does comes in as a
:class:`MenuHandlers`, and it hands back the actions and menus it made as :class:`Menus`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from reludesk.ui import theme
from reludesk.ui.window import experiment_io

# keys of the Training menu; each must be typed into a text field, not steal it. Qt matches a
# keypad key to its plain one, so "-" and "+" also answer the keypad's
TRAINING_KEYS = {
    "play": "Space", "step": "Right", "reset": "R", "burst": "B", "slower": "-", "faster": "+",
    "new_data": "N", "new_weights": "W",
    "earlier": ",", "later": ".", "now": "End", "undo": "Ctrl+Z",
}
# a second key, where the first needs Shift: "=" is "+" without it on most keyboards (a second
# action with "+" itself would leave Qt with two and fire neither)
# The network view keeps Home and End for its keyboard cursor while it has the focus (as it
# keeps the arrows): Ctrl+End reaches the end of the run from there too
TRAINING_EXTRA_KEYS = {"faster": ("=",), "now": ("Ctrl+End",)}
# the keys that change the data or the weights, after a line under those that train
DATA_KEYS = ("new_data", "new_weights")
# the timeline's, after another line (Branch, which has no key, goes with them)
TIMELINE_KEYS = ("earlier", "later", "now", "undo")
# presentation mode's own key, on every platform: the README and the F1 help promise it
PRESENTATION_KEY = "F11"


def presentation_keys(standard: Sequence[QKeySequence]) -> list[QKeySequence]:
    """F11 first, then the platform's own full-screen keys (``standard``, e.g. from
    ``QKeySequence.keyBindings(StandardKey.FullScreen)``) that differ from it and are not empty.

    Qt's FullScreen standard key is empty in a plain X11 session without a desktop, so an action
    given only that key had none there; Ctrl+Meta+F on macOS or Alt+Enter elsewhere stay too."""
    keys = [QKeySequence(PRESENTATION_KEY)]
    for key in standard:
        if not key.isEmpty() and key not in keys:
            keys.append(QKeySequence(key))
    return keys


@dataclass(frozen=True)
class MenuHandlers:
    """What the menu entries do. Each is called with no argument unless it says otherwise."""

    open: Callable[[], object]
    save: Callable[[], object]
    save_weights: Callable[[], object]
    export_figure: Callable[[], object]
    export_plot: Callable[[str], object]
    """Called with the plot's key in ``experiment_io.PLOT_TITLES``."""
    export_history: Callable[[], object]
    screenshot: Callable[[], object]
    quit: Callable[[], object]
    presentation: Callable[[bool], object]
    """Called with True to enter presentation mode, False to leave it."""
    reset_layout: Callable[[], object]
    shortcuts: Callable[[], object]
    about: Callable[[], object]
    set_theme: Callable[[str], object]
    """Called with a name of ``theme.THEMES``."""
    refresh_recent: Callable[[], object]
    """Called just before File > Open recent shows: fill it from the settings."""
    import_points: Callable[[], object] | None = None
    """File > Import points (CSV); no entry without it."""
    export_points: Callable[[], object] | None = None
    """File > Export points (CSV); no entry without it."""


@dataclass(frozen=True)
class TrainingControls:
    """The actions the Training menu offers as window-wide keys; their texts and status tips
    are the owner's (they change with the tab in front), the keys are set here."""

    play: QAction
    step: QAction
    reset: QAction
    burst: QAction
    slower: QAction
    """One speed down (the speed control's previous entry)."""
    faster: QAction
    """One speed up."""
    new_data: QAction | None = None
    """New data, the same weights (the Train tab's network); no entry without it."""
    new_weights: QAction | None = None
    """New weights, the same data; no entry without it."""
    earlier: QAction | None = None
    """The timeline one kept state earlier (the Train tab's); no entry without it."""
    later: QAction | None = None
    """The timeline one kept state later."""
    now: QAction | None = None
    """The timeline back to the end of the run."""
    undo: QAction | None = None
    """Undo the latest thing done by hand: an edit, or training on from an earlier step."""
    branch: QAction | None = None
    """Branch the step shown into the Compare tab (an entry with no key)."""


@dataclass(frozen=True)
class Menus:
    """What :func:`build_menus` made: every action by name, and the menus the window refills."""

    actions: dict[str, QAction]
    recent: QMenu
    lessons: QMenu


def _action(window: QMainWindow, text: str, tip: str, shortcut: object = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    return action


def _on_trigger(action: QAction, handler: Callable[[], object]) -> None:
    # triggered(bool) carries the checked state: the handlers take no argument
    action.triggered.connect(lambda _checked=False: handler())


def build_menus(
    window: QMainWindow,
    handlers: MenuHandlers,
    docks: Sequence[QDockWidget],
    training: TrainingControls,
    fill_lessons: Callable[[QMenu], dict[str, QAction]],
) -> Menus:
    """Fill ``window``'s menu bar and connect each entry to its handler; returns what it made.

    ``docks`` get a View entry each (Ctrl+1, Ctrl+2, ...); ``training``'s actions get their
    single keys (this sets their shortcut and a tooltip naming it); ``fill_lessons`` fills the
    Lessons menu and returns its actions by name.

    Action names: open, save, save_weights, export_figure, export_plot_<key> (one per plot of
    ``experiment_io.PLOT_TITLES``), export_csv, import_points and export_points (when their
    handlers are given), screenshot, quit, presentation, reset_layout, play, step, reset, burst,
    slower, faster, new_data, new_weights, earlier, later, now, undo and branch (when given),
    shortcuts, about,
    theme_system / theme_light / theme_dark, and those ``fill_lessons`` returns.
    """
    keys = QKeySequence.StandardKey
    acts: dict[str, QAction] = {
        "open": _action(
            window, "&Open experiment…", "Load a saved experiment (.reludesk.json)", keys.Open
        ),
        "save": _action(
            window, "&Save experiment…", "Save the settings of this experiment (.reludesk.json)",
            keys.Save,
        ),
        "save_weights": _action(
            window, "Save experiment with &weights…",
            "Save the settings and the trained weights, to go on from here later", "Ctrl+Alt+S",
        ),
        "export_figure": _action(
            window, "&Export figure…",
            "Save the explorer's f(z) and f′(z) plots as PNG or SVG, or the curves as CSV",
            "Ctrl+E",
        ),
        "export_csv": _action(
            window, "Export &history as CSV…",
            "Save the training history (loss, accuracy, dead share, gradient size) as CSV",
        ),
        "screenshot": _action(
            window, "Screensho&t of the window…", "Save a picture of the whole window (PNG)",
            "Ctrl+Shift+S",
        ),
        "quit": _action(window, "&Quit", "Close reludesk", keys.Quit),
        "presentation": _action(
            window, "&Presentation mode",
            "Full screen, large text, thick lines and strong contrast, for a projector "
            "(Esc leaves it)",
        ),
        "reset_layout": _action(window, "&Reset layout", "Put every panel back where it started"),
        "shortcuts": _action(
            window, "&Keyboard shortcuts", "List the keyboard shortcuts", keys.HelpContents
        ),
        "about": _action(window, "&About reludesk", "Version and credits"),
    }
    for name in ("open", "save", "save_weights", "export_figure", "screenshot", "quit",
                 "reset_layout", "shortcuts", "about"):
        _on_trigger(acts[name], getattr(handlers, name))
    _on_trigger(acts["export_csv"], handlers.export_history)
    points_entries = _points_actions(window, handlers)
    acts.update(points_entries)
    acts["presentation"].setShortcuts(
        presentation_keys(QKeySequence.keyBindings(keys.FullScreen)))
    acts["presentation"].setCheckable(True)
    acts["presentation"].toggled.connect(handlers.presentation)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(acts["open"])
    recent = QMenu("Open &recent", file_menu)
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(handlers.refresh_recent)
    file_menu.addMenu(recent)
    file_menu.addActions([acts["save"], acts["save_weights"]])
    file_menu.addSeparator()
    file_menu.addAction(acts["export_figure"])
    plots_menu = QMenu("Export &plot", file_menu)
    plots_menu.setObjectName("exportPlotMenu")
    for key, title in experiment_io.PLOT_TITLES.items():
        action = _action(window, f"{title}…", f"Save the {title.lower()} plot as PNG or SVG")
        _on_trigger(action, lambda k=key: handlers.export_plot(k))
        plots_menu.addAction(action)
        acts[f"export_plot_{key}"] = action
    file_menu.addMenu(plots_menu)
    file_menu.addActions([acts["export_csv"], acts["screenshot"]])
    if points_entries:
        file_menu.addSeparator()
        file_menu.addActions(list(points_entries.values()))
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    view_menu = bar.addMenu("&View")
    for k, dock in enumerate(docks, start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{k}"))
        toggle.setStatusTip(f"Show or hide the {dock.windowTitle().lower()} panel")
        view_menu.addAction(toggle)
    view_menu.addAction(acts["reset_layout"])
    view_menu.addSeparator()
    view_menu.addAction(acts["presentation"])
    view_menu.addMenu(_theme_menu(window, view_menu, handlers.set_theme, acts))

    acts.update(_training_actions(training))
    training_menu = bar.addMenu("&Training")
    training_menu.setObjectName("trainingMenu")
    training_menu.addActions([acts[k] for k in TRAINING_KEYS
                              if k in acts and k not in (*DATA_KEYS, *TIMELINE_KEYS)])
    if training.branch is not None:
        acts["branch"] = training.branch
    for group in (DATA_KEYS, (*TIMELINE_KEYS, "branch")):
        entries = [acts[k] for k in group if k in acts]
        if entries:
            training_menu.addSeparator()
            training_menu.addActions(entries)

    lessons_menu = bar.addMenu("&Lessons")
    lessons_menu.setObjectName("lessonsMenu")
    lessons_menu.setToolTipsVisible(True)
    acts.update(fill_lessons(lessons_menu))

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([acts["shortcuts"], acts["about"]])
    return Menus(acts, recent, lessons_menu)


def _theme_menu(
    window: QMainWindow,
    parent: QMenu,
    set_theme: Callable[[str], object],
    acts: dict[str, QAction],
) -> QMenu:
    """View > Theme: one exclusive entry per theme, added to ``acts`` as theme_<name>."""
    menu = QMenu("&Theme", parent)
    menu.setObjectName("themeMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for name in theme.THEMES:
        action = QAction(theme.THEME_LABELS[name], window)
        action.setCheckable(True)
        action.setData(name)
        action.setStatusTip(f"Colours: {theme.THEME_LABELS[name].lower()}")
        _on_trigger(action, lambda n=name: set_theme(n))
        group.addAction(action)
        menu.addAction(action)
        acts[f"theme_{name}"] = action
    return menu


def _points_actions(window: QMainWindow, handlers: MenuHandlers) -> dict[str, QAction]:
    """File > Import points and Export points, for the handlers that are given."""
    entries = {
        "import_points": ("&Import points (CSV)…",
                          "Train on points read from a CSV file (x1,x2,label); the network "
                          "keeps its weights", handlers.import_points),
        "export_points": ("Export p&oints (CSV)…",
                          "Save the points in use, train and test, as CSV (x1,x2,label)",
                          handlers.export_points),
    }
    out: dict[str, QAction] = {}
    for name, (text, tip, handler) in entries.items():
        if handler is not None:
            out[name] = _action(window, text, tip)
            _on_trigger(out[name], handler)
    return out


def _training_actions(controls: TrainingControls) -> dict[str, QAction]:
    """Play / pause, Step, Reset, Burst, Slower, Faster, New data, New weights, Earlier,
    Later, Now and Undo (those given) as window-wide shortcuts (one action per key: two
    actions with one key in a window make Qt fire neither)."""
    given = {name: getattr(controls, name) for name in TRAINING_KEYS}
    out = {name: action for name, action in given.items() if action is not None}
    for name, action in out.items():
        keys = (TRAINING_KEYS[name], *TRAINING_EXTRA_KEYS.get(name, ()))
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{action.statusTip()} ({' or '.join(keys)})")
    return out
