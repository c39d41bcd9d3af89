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
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar

from reludesk.core.i18n import translate
from reludesk.ui import theme
from reludesk.ui.widgets.language import LANGUAGES, live
from reludesk.ui.widgets.language import current as current_language
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
    record: Callable[[], object] | None = None
    """File > Record…; no entry without it."""
    record_tip: Callable[[], str] | None = None
    """Record…'s tip in the language in use (which formats the machine can write)."""
    set_language: Callable[[str], object] | None = None
    """Called with a code of ``language.LANGUAGES``; no Language menu without it."""


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


Words = Callable[[], tuple[str, str]]
"""A menu entry's (text, tip) in the language in use: called now and after every switch."""


def _action(window: QMainWindow, words: Words, shortcut: object = None) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    live(action, lambda a: _set_words(a, *words()))
    return action


def _set_words(action: QAction, text: str, tip: str) -> None:
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(tip)


def _menu(parent: QMenuBar | QMenu, title: Callable[[], str]) -> QMenu:
    """A menu whose title follows the language."""
    menu = QMenu(parent)
    live(menu, lambda m: m.setTitle(title()))
    if isinstance(parent, QMenuBar):
        parent.addMenu(menu)
    return menu


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
        "open": _action(window, lambda: (
            translate("Menus", "&Open experiment…"),
            translate("Menus", "Load a saved experiment (.reludesk.json)")), keys.Open),
        "save": _action(window, lambda: (
            translate("Menus", "&Save experiment…"),
            translate("Menus", "Save the settings of this experiment (.reludesk.json)")),
            keys.Save),
        "save_weights": _action(window, lambda: (
            translate("Menus", "Save experiment with &weights…"),
            translate("Menus", "Save the settings and the trained weights, to go on from "
                               "here later")), "Ctrl+Alt+S"),
        "export_figure": _action(window, lambda: (
            translate("Menus", "&Export figure…"),
            translate("Menus", "Save the explorer's f(z) and f′(z) plots as PNG or SVG, or "
                               "the curves as CSV")), "Ctrl+E"),
        "export_csv": _action(window, lambda: (
            translate("Menus", "Export &history as CSV…"),
            translate("Menus", "Save the training history (loss, accuracy, dead share, "
                               "gradient size) as CSV"))),
        "screenshot": _action(window, lambda: (
            translate("Menus", "Screensho&t of the window…"),
            translate("Menus", "Save a picture of the whole window (PNG)")), "Ctrl+Shift+S"),
        "quit": _action(window, lambda: (
            translate("Menus", "&Quit"), translate("Menus", "Close reludesk")), keys.Quit),
        "presentation": _action(window, lambda: (
            translate("Menus", "&Presentation mode"),
            translate("Menus", "Full screen, large text, thick lines and strong contrast, "
                               "for a projector (Esc leaves it)"))),
        "reset_layout": _action(window, lambda: (
            translate("Menus", "&Reset layout"),
            translate("Menus", "Put every panel back where it started"))),
        "shortcuts": _action(window, lambda: (
            translate("Menus", "&Keyboard shortcuts"),
            translate("Menus", "List the keyboard shortcuts")), keys.HelpContents),
        "about": _action(window, lambda: (
            translate("Menus", "&About reludesk"), translate("Menus", "Version and credits"))),
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
    file_menu = _menu(bar, lambda: translate("Menus", "&File"))
    file_menu.addAction(acts["open"])
    recent = _menu(file_menu, lambda: translate("Menus", "Open &recent"))
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(handlers.refresh_recent)
    file_menu.addMenu(recent)
    file_menu.addActions([acts["save"], acts["save_weights"]])
    file_menu.addSeparator()
    file_menu.addAction(acts["export_figure"])
    plots_menu = _menu(file_menu, lambda: translate("Menus", "Export &plot"))
    plots_menu.setObjectName("exportPlotMenu")
    for key in experiment_io.PLOT_TITLES:
        action = _action(window, lambda k=key: (
            translate("Menus", "{plot}…").format(plot=_plot_title(k)),
            translate("Menus", "Save this plot as PNG or SVG: {plot}").format(
                plot=_plot_title(k))))
        _on_trigger(action, lambda k=key: handlers.export_plot(k))
        plots_menu.addAction(action)
        acts[f"export_plot_{key}"] = action
    file_menu.addMenu(plots_menu)
    file_menu.addActions([acts["export_csv"], acts["screenshot"]])
    if handlers.record is not None:
        tip = handlers.record_tip or (lambda: "")
        acts["record"] = _action(window, lambda: (translate("Menus", "&Record…"), tip()),
                                 "Ctrl+Shift+R")
        _on_trigger(acts["record"], handlers.record)
        file_menu.addAction(acts["record"])
    if points_entries:
        file_menu.addSeparator()
        file_menu.addActions(list(points_entries.values()))
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    view_menu = _menu(bar, lambda: translate("Menus", "&View"))
    for k, dock in enumerate(docks, start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{k}"))
        # Qt words the entry from the dock's title (which follows the language); the tip too
        live(toggle, lambda t, d=dock: t.setStatusTip(
            translate("Menus", "Show or hide this panel: {panel}").format(panel=d.windowTitle())))
        view_menu.addAction(toggle)
    view_menu.addAction(acts["reset_layout"])
    view_menu.addSeparator()
    view_menu.addAction(acts["presentation"])
    view_menu.addMenu(_theme_menu(window, view_menu, handlers.set_theme, acts))

    acts.update(_training_actions(training))
    training_menu = _menu(bar, lambda: translate("Menus", "&Training"))
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

    lessons_menu = _menu(bar, lambda: translate("Menus", "&Lessons"))
    lessons_menu.setObjectName("lessonsMenu")
    lessons_menu.setToolTipsVisible(True)
    acts.update(fill_lessons(lessons_menu))

    if handlers.set_language is not None:
        _language_menu(window, bar, handlers.set_language, acts)
    help_menu = _menu(bar, lambda: translate("Menus", "&Help"))
    help_menu.addActions([acts["shortcuts"], acts["about"]])
    return Menus(acts, recent, lessons_menu)


def _language_menu(
    window: QMainWindow, bar: QMenuBar, set_language: Callable[[str], object],
    acts: dict[str, QAction],
) -> QMenu:
    """Language: one exclusive entry per language, each in its own words (a teacher who cannot
    read the language on screen still finds theirs), added to ``acts`` as language_<code>."""
    menu = _menu(bar, lambda: translate("Menus", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        _on_trigger(action, lambda c=code: set_language(c))
        group.addAction(action)
        menu.addAction(action)
        acts[f"language_{code}"] = action
    return menu


def _plot_title(key: str) -> str:
    return translate("ExperimentIO", experiment_io.PLOT_TITLES[key])


def _theme_menu(
    window: QMainWindow,
    parent: QMenu,
    set_theme: Callable[[str], object],
    acts: dict[str, QAction],
) -> QMenu:
    """View > Theme: one exclusive entry per theme, added to ``acts`` as theme_<name>."""
    menu = _menu(parent, lambda: translate("Menus", "&Theme"))
    menu.setObjectName("themeMenu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for name in theme.THEMES:
        action = QAction(window)
        live(action, lambda a, n=name: (
            a.setText(translate("Theme", theme.THEME_LABELS[n])),
            a.setStatusTip(translate("Menus", "Colours: {theme}").format(
                theme=translate("Theme", theme.THEME_LABELS[n])))))
        action.setCheckable(True)
        action.setData(name)
        _on_trigger(action, lambda n=name: set_theme(n))
        group.addAction(action)
        menu.addAction(action)
        acts[f"theme_{name}"] = action
    return menu


def _points_actions(window: QMainWindow, handlers: MenuHandlers) -> dict[str, QAction]:
    """File > Import points and Export points, for the handlers that are given."""
    entries: dict[str, tuple[Words, Callable[[], object] | None]] = {
        "import_points": (lambda: (
            translate("Menus", "&Import points (CSV)…"),
            translate("Menus", "Train on points read from a CSV file (x1,x2,label); the "
                               "network keeps its weights")), handlers.import_points),
        "export_points": (lambda: (
            translate("Menus", "Export p&oints (CSV)…"),
            translate("Menus", "Save the points in use, train and test, as CSV "
                               "(x1,x2,label)")), handlers.export_points),
    }
    out: dict[str, QAction] = {}
    for name, (words, handler) in entries.items():
        if handler is not None:
            out[name] = _action(window, words)
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
        # after the owner's own live texts (registered first on the same action): its tip
        # in the language in use, then the keys
        live(action, lambda a, k=keys: a.setToolTip(
            translate("Menus", "{tip} ({keys})").format(
                tip=a.statusTip(), keys=translate("Menus", " or ").join(k))))
    return out
