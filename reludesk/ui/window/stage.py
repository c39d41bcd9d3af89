"""The stage: what presentation mode puts on the projector.

A lesson names its stage (``Lesson.stage``: the star view, then the views that support it;
``Lesson.stage_plots``: the trainer's plots its text points at). On the stage the star's dock
takes most of the screen on the left, the supports share a column on its right, the lesson strip
runs across the top and every other dock is hidden; the trainer keeps its button bar, the network
and the stage's plots, and folds its settings away. Keys 1, 2 and 3 put the explorer, the
trainer or the tap alone on the stage, 0 the lesson's stage again. A classroom projector is
small (1024 x 768 to 1920 x 1080): a miniature of the whole dashboard is unreadable from the
back of the room, one large view with its supports is not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QWidget

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.lessons import VIEWS
from reludesk.ui.widgets.language import live
from reludesk.ui.widgets.scroll_frame import ScrollFrame

STAR_SHARE = 0.66  # of the width, for the star; the supports share the rest in a column
# the explorer's two plots read well at half a projector's width; the trainer beside it then
# has room for the network and the gradient plot lessons 1 and 2 point at
STAR_SHARES = {"explorer": 0.5}
# the trainer's plots when no lesson says which: the three every network has
DEFAULT_PLOTS = ("loss", "dead_share", "gradient")
SLACK_PX = 6  # beyond a support's least width: a pixel short makes the whole panel scroll
# action name -> (key, menu text, what it puts on the stage: a view, or "lesson"); the texts are
# translated where they are shown (``_retranslate``)
ACTIONS = {
    "stage_lesson": ("0", QT_TRANSLATE_NOOP("Stage", "&Lesson's stage"), "lesson"),
    "stage_explorer": ("1", QT_TRANSLATE_NOOP("Stage", "&Explorer alone"), "explorer"),
    "stage_trainer": ("2", QT_TRANSLATE_NOOP("Stage", "&Trainer alone"), "trainer"),
    "stage_tap": ("3", QT_TRANSLATE_NOOP("Stage", "T&ap alone"), "tap"),
}
# what each action's tip says it puts on the stage, whole sentences for the translators
TIPS = {
    "lesson": QT_TRANSLATE_NOOP(
        "Stage", "Presentation mode: put the lesson's own stage (or the view with focus) on the "
        "stage"),
    "explorer": QT_TRANSLATE_NOOP(
        "Stage", "Presentation mode: put the explorer alone on the stage"),
    "trainer": QT_TRANSLATE_NOOP("Stage", "Presentation mode: put the trainer alone on the stage"),
    "tap": QT_TRANSLATE_NOOP("Stage", "Presentation mode: put the tap alone on the stage"),
}


def make_actions(window: QWidget, put: Callable[[str], object]) -> dict[str, QAction]:
    """The stage's keys as window-wide actions of ``window``: ``put(what)`` with "lesson" or a
    view. Off until presentation mode turns them on (``enable_actions``)."""
    out: dict[str, QAction] = {}
    for name, (key, _text, what) in ACTIONS.items():
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, w=what: put(w))
        window.addAction(action)
        out[name] = action
        action.setEnabled(False)
        live(action, lambda a, n=name: _retranslate(a, n))
    return out


def enable_actions(actions: Mapping[str, QAction], on: bool) -> None:
    """Turn the stage's keys on (presentation mode) or off, with tips that say which."""
    for name, action in actions.items():
        action.setEnabled(on)
        _retranslate(action, name)


def _retranslate(action: QAction, name: str) -> None:
    """The text and tips of the stage's action ``name``, for its state (on or off), in the
    language in use."""
    key, text, what = ACTIONS[name]
    tip = translate("Stage", TIPS[what])
    if not action.isEnabled():
        tip = translate("Stage", "{tip} (press F11 first)").format(tip=tip)
    action.setText(translate("Stage", text))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({key})")


class Stage:
    """Puts views of ``window`` on a stage: their panels leave their ``docks`` (keyed by view:
    "explorer", "trainer", "tap") for a central splitter, the star on the left and the
    supports in a column on its right, and go back on ``clear``; ``lesson_dock`` stays across
    the top. The docks themselves are only hidden: moving docks around a QMainWindow (and
    restoring its saved state afterwards) crashed Qt after a restored layout.

    ``show_trainer_plots(plots, star)`` puts the trainer panel into its stage form keeping
    ``plots`` (None: back to its full form; ``star``: the trainer is the star);
    ``fold_lesson(True)`` lets the lesson's text fold to its title when it would take too much
    of the height; ``fit_lesson()`` sizes the strip to its text.
    """

    def __init__(
        self,
        window: QMainWindow,
        docks: Mapping[str, QDockWidget],
        lesson_dock: QDockWidget,
        show_trainer_plots: Callable[[Sequence[str] | None, bool], object],
        fold_lesson: Callable[[bool], object],
        fit_lesson: Callable[[], object],
    ) -> None:
        self._window = window
        self._fold_lesson = fold_lesson
        self._docks = docks
        self._lesson_dock = lesson_dock
        self._show_trainer_plots = show_trainer_plots
        self._fit_lesson = fit_lesson
        self._views: tuple[str, ...] | None = None
        self._panels: dict[str, QWidget] = {}  # the panels on the stage, by view
        self._docks_shown: dict[str, bool] = {}
        self._others_shown: list[tuple[QDockWidget, bool]] = []
        # the stage is the window's central widget from the start, hidden off the stage (the
        # docks then fill the window): a central widget set later, while Qt still holds a
        # restored dock state to apply at the next resize, was dropped by that state
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("stage")
        self._splitter.setChildrenCollapsible(False)
        self._column = QSplitter(Qt.Orientation.Vertical, self._splitter)
        self._column.setChildrenCollapsible(False)
        self._splitter.addWidget(self._column)
        window.setCentralWidget(self._splitter)
        self._splitter.hide()

    def views(self) -> tuple[str, ...] | None:
        """What is on the stage: the star first, then its supports; None when off."""
        return self._views

    def panel(self, view: str) -> QWidget | None:
        """The panel of ``view`` wherever it is now: on the stage or in its dock."""
        return self._panels.get(view) or self._docks[view].widget()

    def put(self, views: Sequence[str], plots: Sequence[str] | None = None) -> None:
        """Put ``views`` on the stage (the star first) and keep ``plots`` of the trainer (its
        defaults if None). ValueError naming the views for an unknown one."""
        views = tuple(dict.fromkeys(views))
        unknown = [v for v in views if v not in VIEWS]
        if not views or unknown:
            raise ValueError(
                f"unknown view {', '.join(map(repr, unknown)) or 'none'}; "
                f"choose from: {', '.join(VIEWS)}"
            )
        self._give_back()
        if self._views is None:
            self._docks_shown = {k: not d.isHidden() for k, d in self._docks.items()}
            # any other dock (the neuron inspector) leaves the stage too, and comes back
            self._others_shown = [(d, not d.isHidden()) for d in self._other_docks()]
        for dock, _shown in self._others_shown:
            dock.hide()
        splitter, column = self._splitter, self._column
        for i, view in enumerate(views):
            panel = self._docks[view].widget()
            self._panels[view] = panel
            if i == 0:
                splitter.insertWidget(0, panel)
            else:
                column.addWidget(panel)
            panel.show()
        column.setVisible(len(views) > 1)
        for dock in self._docks.values():
            dock.hide()
        splitter.show()
        self._views = views
        if "trainer" in views:
            # alone, the trainer is all there: its settings are what the teacher came for
            alone = len(views) == 1
            self._show_trainer_plots(None if alone else tuple(plots or DEFAULT_PLOTS),
                                     views[0] == "trainer")
        self._fold_lesson(True)
        self.share_out()

    def share_out(self) -> None:
        """The star STAR_SHARE of the width (all of it alone), the lesson strip the height
        of its text. Called again whenever the window's size changes while on stage."""
        if self._views is None:
            return
        self._fit_lesson()
        supports = [self._panels[v] for v in self._views[1:]]
        if supports:
            width = self._splitter.width() or self._window.width()
            # a support never scrolls sideways: it gets at least its contents' least width
            share = STAR_SHARES.get(self._views[0], STAR_SHARE)
            side = max(round(width * (1 - share)), *(least_width(p) for p in supports))
            # ... and the star never scrolls either: where both cannot have their least width
            # (a 4:3 projector with a large system font), the star keeps its own
            star = least_width(self._panels[self._views[0]])
            side = min(side, max(width - star, round(width * (1 - share))))
            self._splitter.setSizes([width - side, side])

    def clear(self) -> None:
        """Off the stage: every panel back in its dock, the docks shown as they were, the
        trainer in its full form again."""
        if self._views is None:
            return
        self._give_back()
        for key, dock in self._docks.items():
            dock.setVisible(self._docks_shown.get(key, True))
        for dock, shown in self._others_shown:
            dock.setVisible(shown)
        self._others_shown = []
        self._views = None
        self._show_trainer_plots(None, True)

    def _other_docks(self) -> list[QDockWidget]:
        ours = {*self._docks.values(), self._lesson_dock}
        return [d for d in self._window.findChildren(QDockWidget) if d not in ours]

    def _give_back(self) -> None:
        """The panels on the stage back into their docks; the stage hides."""
        for view, panel in self._panels.items():
            self._docks[view].setWidget(panel)
        self._panels.clear()
        self._splitter.hide()

    def view_with_focus(self) -> str:
        """The view whose dock holds the keyboard focus; the trainer if none does."""
        focus = QApplication.focusWidget()
        for key, dock in self._docks.items():
            holders = [h for h in (dock, self.panel(key)) if h is not None]
            if isinstance(focus, QWidget) and any(h is focus or h.isAncestorOf(focus)
                                                  for h in holders):
                return key
        return "trainer"


def least_width(panel: QWidget) -> int:
    """The width ``panel``'s contents need not to scroll sideways: a panel in a scroll frame
    asks the window for little (so small windows can hold it), but on the stage it must not
    scroll. Only the frames on screen count (the trainer's hidden tabs have their own)."""
    frames = [f for f in panel.findChildren(ScrollFrame) if f.isVisible()]
    if isinstance(panel, ScrollFrame):
        frames.insert(0, panel)
    if not frames:
        return panel.minimumSizeHint().width()
    # edges and margins between the panel and each frame's contents
    return max(f.widget().minimumSizeHint().width() + max(panel.width() - f.viewport().width(), 0)
               for f in frames) + SLACK_PX
