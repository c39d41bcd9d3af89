"""The main window's menus and actions, built in one place so the window class stays short.

Menus: File (experiments, exports), View (panels, layout, presentation, theme), Training (the
keys a teacher uses in front of a class: Space, Right, R, B), Lessons and Help. The Training
menu is there so the single-key shortcuts can be discovered, not only remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from reludesk.ui import theme
from reludesk.ui.window import experiment_io

if TYPE_CHECKING:
    from reludesk.ui.window.main_window import MainWindow

_LATER = " (arrives in a later version)"

# keys of the Training menu; each must be typed into a text field, not steal it
TRAINING_KEYS = {"play": "Space", "step": "Right", "reset": "R", "burst": "B"}


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

    Names: open, save, save_weights, export_figure, export_plot_<key> (one per plot of
    ``experiment_io.PLOT_TITLES``), export_csv, screenshot, quit, presentation, reset_layout,
    play, step, reset, burst, lesson_<name> per lesson, lesson_previous, lesson_next,
    lesson_panel, shortcuts, about, and theme_system / theme_light / theme_dark.
    """
    keys = QKeySequence.StandardKey
    acts: dict[str, QAction] = {
        "open": _action(
            window, "&Open experiment…", "Load a saved experiment (.reludesk.json)",
            shortcut=keys.Open,
        ),
        "save": _action(
            window, "&Save experiment…", "Save the settings of this experiment (.reludesk.json)",
            shortcut=keys.Save,
        ),
        "save_weights": _action(
            window, "Save experiment with &weights…",
            "Save the settings and the trained weights, to go on from here later",
            shortcut="Ctrl+Alt+S",
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
            "Save the training history (loss, accuracy, dead share, gradient size) as CSV",
        ),
        "screenshot": _action(
            window, "Screensho&t of the window…", "Save a picture of the whole window (PNG)",
            shortcut="Ctrl+Shift+S",
        ),
        "quit": _action(window, "&Quit", "Close reludesk", shortcut=keys.Quit),
        "presentation": _action(
            window,
            "&Presentation mode",
            "Full screen, large text, thick lines and strong contrast, for a projector "
            "(Esc leaves it)",
            shortcut=keys.FullScreen,
        ),
        "reset_layout": _action(window, "&Reset layout", "Put every panel back where it started"),
        "shortcuts": _action(
            window, "&Keyboard shortcuts", "List the keyboard shortcuts", shortcut=keys.HelpContents
        ),
        "about": _action(window, "&About reludesk", "Version and credits"),
    }
    acts["presentation"].setCheckable(True)
    acts["open"].triggered.connect(window._on_open_experiment)
    acts["save"].triggered.connect(lambda: window._on_save_experiment(False))
    acts["save_weights"].triggered.connect(lambda: window._on_save_experiment(True))
    acts["export_figure"].triggered.connect(window._on_export_figure)
    acts["export_csv"].triggered.connect(window._on_export_history)
    acts["screenshot"].triggered.connect(window._on_screenshot)
    acts["quit"].triggered.connect(window.close)
    acts["presentation"].toggled.connect(window.set_presentation)
    acts["reset_layout"].triggered.connect(window.reset_layout)
    acts["shortcuts"].triggered.connect(window._on_show_shortcuts)
    acts["about"].triggered.connect(window._on_show_about)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(acts["open"])
    recent = QMenu("Open &recent", file_menu)
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(window.refresh_recent_menu)
    window.recent_menu = recent
    file_menu.addMenu(recent)
    file_menu.addActions([acts["save"], acts["save_weights"]])
    file_menu.addSeparator()
    file_menu.addAction(acts["export_figure"])
    plots_menu = QMenu("Export &plot", file_menu)
    plots_menu.setObjectName("exportPlotMenu")
    for key, title in experiment_io.PLOT_TITLES.items():
        action = _action(window, f"{title}…", f"Save the {title.lower()} plot as PNG or SVG")
        action.triggered.connect(lambda _=False, k=key: window._on_export_plot(k))
        plots_menu.addAction(action)
        acts[f"export_plot_{key}"] = action
    file_menu.addMenu(plots_menu)
    file_menu.addActions([acts["export_csv"], acts["screenshot"]])
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

    acts.update(_training_actions(window))
    training = bar.addMenu("&Training")
    training.setObjectName("trainingMenu")
    training.addActions([acts[k] for k in TRAINING_KEYS])

    lessons_menu = bar.addMenu("&Lessons")
    lessons_menu.setObjectName("lessonsMenu")
    lessons_menu.setToolTipsVisible(True)
    window.lessons_menu = lessons_menu
    acts.update(window.classroom.fill_menu(lessons_menu))

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([acts["shortcuts"], acts["about"]])
    return acts


def _training_actions(window: MainWindow) -> dict[str, QAction]:
    """Play / pause, Step, Reset and Burst as window-wide single-key shortcuts.

    Play / pause and Burst are the trainer panel's own actions (one action, one state, whether
    pressed in the menu, on the button or on the keyboard); Step and Reset press its buttons.
    """
    network = window.panels.network
    play, burst = network.play_action, network.burst_action
    play.setStatusTip("Start or pause training")
    burst.setText("&Burst")
    burst.setStatusTip("100 steps at learning rate 1, then back to the rate set: kills ReLUs")
    step = QAction("&Step", window)
    step.setStatusTip("Train one step (one batch)")
    step.triggered.connect(network.step_button.click)
    reset = QAction("&Reset network", window)
    reset.setStatusTip("Build the network again from the settings: a new start")
    reset.triggered.connect(network.reset_button.click)
    out = {"play": play, "step": step, "reset": reset, "burst": burst}
    for name, action in out.items():
        action.setShortcut(QKeySequence(TRAINING_KEYS[name]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{action.statusTip()} ({TRAINING_KEYS[name]})")
    return out


def enable(action: QAction, on: bool = True) -> None:
    """Enable (or disable) an action, adding or dropping the "later version" note in its tip."""
    tip = action.statusTip().removesuffix(_LATER)
    action.setStatusTip(tip if on else tip + _LATER)
    action.setToolTip(action.statusTip())
    action.setEnabled(on)


# --- single keys and text fields --------------------------------------------------------
_TYPING = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
_ARROWS = (QAbstractSlider, QAbstractItemView, QTabBar, QComboBox)
_ARROW_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


def keeps_key(focus: QWidget | None, event: QKeyEvent) -> bool:
    """True if ``focus`` should get the key ``event`` rather than a window shortcut: any key
    without Ctrl / Alt / Meta in a text field or spin box, and arrows in sliders, lists, tab
    bars and combo boxes."""
    if focus is None:
        return False
    ignored = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    mods = event.modifiers() & ~ignored
    if mods != Qt.KeyboardModifier.NoModifier:
        return False
    if isinstance(focus, _TYPING) or (isinstance(focus, QComboBox) and focus.isEditable()):
        return True
    return isinstance(focus, _ARROWS) and Qt.Key(event.key()) in _ARROW_KEYS


class KeyGuard(QObject):
    """Hands single-key shortcuts (R, B, Right, Space) to a focused text field or slider.

    Qt asks the focus widget first with a ShortcutOverride event, which travels up to the
    window if no one accepts it. Spin boxes and line edits accept it for text themselves;
    sliders, lists and tab bars do not for arrows, so this filter (installed on the window)
    accepts it for them, and for any text field that let a key through.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and keeps_key(
            QApplication.focusWidget(), event  # type: ignore[arg-type]
        ):
            event.accept()
            return True
        return False
