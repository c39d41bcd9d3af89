"""The main window: three dock panels (explorer, network trainer, water tap), a lesson dock,
menus, status bar.

The window owns layout, theme and settings, and wires the rooms together: each panel is handed
in (or plugged in later with ``set_dock_widget``) and draws its own model. The pieces live
beside it: the menus in ``menus``, where the docks go in ``dock_layout``, experiment files and
exports in ``experiment_files``, boxes and their texts in ``messages``, presentation mode in
``presentation``, what a lesson sets up in ``lesson_setup`` (the lessons themselves are
``reludesk.ui.lessons``). Geometry, dock layout and theme are kept in QSettings under
``window/``; the last lesson or experiment and the recent files under ``session/``.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from reludesk.core import lessons
from reludesk.core.config import Config
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate
from reludesk.core.lessons import Lesson
from reludesk.ui import theme
from reludesk.ui.explorer.model import ExplorerModel
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.lessons.controller import Classroom
from reludesk.ui.trainer.netview.view import NetworkView
from reludesk.ui.widgets.key_guard import KeyGuard
from reludesk.ui.widgets.language import live
from reludesk.ui.window import accessibility, experiment_io, lesson_setup, messages, stage
from reludesk.ui.window.dock_layout import DockLayout, is_compact, resize_to_default
from reludesk.ui.window.docks import add_inspector_dock, build_panels
from reludesk.ui.window.experiment_files import ExperimentFiles
from reludesk.ui.window.front_tab import FrontTab
from reludesk.ui.window.menus import MenuHandlers, TrainingControls, build_menus
from reludesk.ui.window.timeline_link import UndoLink
from reludesk.ui.window.window_links import LanguageLink, RecordingLink, start_language

if TYPE_CHECKING:
    # imported where presentation mode is first used: most sessions never present
    from reludesk.ui.window.presentation import Presentation

# Bump when the dock set or arrangement changes, so an old saved layout is ignored, not misapplied.
STATE_VERSION = 2  # 2: the lesson dock
_SETTINGS = "window"
STATUS_MS = 10000  # how long a panel's status line stays
LESSON_STATUS_MS = 15000  # a lesson's "press ..." hint stays longer: it is read out in class

# stage views by name, as the status line names them
STAGE_NAMES = {"explorer": QT_TRANSLATE_NOOP("MainWindow", "explorer"),
               "trainer": QT_TRANSLATE_NOOP("MainWindow", "trainer"),
               "tap": QT_TRANSLATE_NOOP("MainWindow", "tap")}
# key -> (dock objectName, title: translated where shown, ``window_links.LanguageLink``)
DOCKS: dict[str, tuple[str, str]] = {
    "explorer": ("explorerDock", QT_TRANSLATE_NOOP("MainWindow", "Activation explorer")),
    "trainer": ("trainerDock", QT_TRANSLATE_NOOP("MainWindow", "Network trainer")),
    "tap": ("tapDock", QT_TRANSLATE_NOOP("MainWindow", "Water tap")),
}


class MainWindow(QMainWindow):
    """The reludesk window; builds everything without showing it.

    ``config`` is the experiment the network trainer starts from (None: its defaults).
    """

    themeChanged = Signal(str)
    """Emitted with "light" or "dark" after the theme changed."""
    closed = Signal()
    """Emitted when the window has closed, its settings saved and its timers stopped."""

    def __init__(self, config: Config | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        start_language()  # before any text is made: the texts made once are then right
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
        self.language = LanguageLink(self, self.docks, {k: t for k, (_n, t) in DOCKS.items()},
                                     lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.docks["explorer"].setWidget(self.explorer)
        self.panels = build_panels(config if isinstance(config, Config) else Config(), self)
        self.network_panel = self.panels.network
        self.tap_panel = self.panels.tap
        self.docks["trainer"].setWidget(self.panels.trainer_tabs)
        self.docks["tap"].setWidget(self.tap_panel)
        self.inspector_dock = add_inspector_dock(self, self.docks, self.panels)
        # Play, Step, Reset and Burst (keys, menu, the lesson's button) act on the tab in front
        self.front = FrontTab(self.panels.trainer_tabs, self)
        # Ctrl+Z: an edit, else training on from an earlier step (``timeline_link``)
        self.undo = UndoLink(self.panels.driver, self.panels.inspector.inspector, self)
        for source in (self.network_panel, self.front, self.undo):
            source.statusMessage.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.classroom = Classroom(self)
        self.lesson_dock = self.classroom.dock
        self._dock_layout = DockLayout(self, self.docks, self.lesson_dock, self.classroom.panel)
        self._connect_classroom()
        self.files = ExperimentFiles(self, self.panels, lambda: self.explorer,
                                     self.classroom.current)
        self.files.experimentOpened.connect(lambda _path: self.classroom.clear())
        self._presentation: Presentation | None = None  # made on first use
        menus = build_menus(
            self, self._menu_handlers(), list(self.docks.values()),
            self._training_controls(),
            self.classroom.fill_menu,
        )
        self.actions_by_name = menus.actions
        self.recent_menu = menus.recent
        self.lessons_menu = menus.lessons
        self.files.show_recent_in(self.recent_menu)
        self.stage = stage.Stage(self, self.docks, self.lesson_dock, self.network_panel.set_stage,
                                 self._dock_layout.fold_lesson_text, self.fit_lesson_dock)
        self._add_stage_actions()
        self._geometry_before = QByteArray()  # saveGeometry() as presentation mode began
        self.installEventFilter(KeyGuard(self))
        # File > Record…, and Esc: stops a recording, else leaves presentation mode
        self.recording = RecordingLink(self, lambda: self.set_presentation(False))
        # new curves (a new network) get presentation mode's thick lines too
        self.panels.driver.trainerChanged.connect(lambda _t: self._refresh_presentation())
        self._theme = "system"
        self._sized = False
        self._layout_restored = False
        resize_to_default(self)
        self.reset_layout()
        self._restore_settings()
        self.lesson_dock.hide()  # a saved layout may show it; it waits for a lesson
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.statusBar().showMessage(translate(
            "MainWindow", "Ready. Tick activations in the explorer to compare them; hover a "
            "plot to read f(z) and f′(z)."))
        # names, Tab order and focus ring for keyboards and screen readers (issue 20)
        self.accessibility = accessibility.install(self)

    # --- public ----------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        """The experiment in use: the Config the trainer's controls show and its network was
        built from. Read-only: ``network_panel.set_config`` changes it."""
        return self.network_panel.config()

    def set_dock_widget(self, which: str, widget: QWidget) -> None:
        """Put ``widget`` into the dock ``which`` ("explorer", "trainer" or "tap").

        The widget it replaces is deleted. A :class:`theme.Themed` widget is styled for the
        current theme straight away.
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
        if isinstance(widget, theme.Themed):
            widget.apply_theme(theme.plot_colours(self._theme))

    def reset_layout(self) -> None:
        """Dock every panel in its starting place and size: explorer left, trainer and tap right,
        the lesson (if one is open) across the top."""
        self._dock_layout.reset()

    def fit_lesson_dock(self) -> None:
        """Give the lesson dock the height its text needs at the window's width."""
        self._dock_layout.fit_lesson_dock()

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
        """Restyle every docked panel that is :class:`theme.Themed`, and every network view
        (the Train tab's, Compare's pair), for ``colours``."""
        for key in self.docks:
            widget = self.stage.panel(key)  # in its dock, or on the stage
            if isinstance(widget, theme.Themed):
                widget.apply_theme(colours)
        self.panels.inspector.apply_theme(colours)  # its dock is not one of self.docks
        for view in self.findChildren(NetworkView):  # views made later read current_page()
            view.apply_theme(colours)

    # --- lessons ---------------------------------------------------------------------------
    def open_lesson(self, name: str) -> Lesson:
        """Open the guided lesson ``name`` with everything it sets; ValueError listing the
        lesson names otherwise."""
        return self.classroom.open(name)

    def current_lesson(self) -> str | None:
        """The name of the open lesson, or None (defaults, or an experiment of one's own)."""
        return self.classroom.current()

    # --- experiments and exports (see ExperimentFiles) -------------------------------------
    def open_experiment(self, path: str | Path) -> bool:
        """Load the experiment in ``path``; False, with a message, if it cannot be opened."""
        return self.files.open_experiment(path)

    def save_experiment(self, path: str | Path, with_weights: bool = False) -> bool:
        """Save the current Config (and weights if asked) to ``path``; False on failure."""
        return self.files.save_experiment(path, with_weights)

    def load_weights(self, weights: dict) -> None:
        """Put checked ``weights`` (from an experiment file) into the running network."""
        self.files.load_weights(weights)

    def recent_files(self) -> list[str]:
        """Experiments opened or saved lately, newest first."""
        return experiment_io.recent_files()

    def open_recent(self, path: str) -> bool:
        """Open ``path`` from the recent list; a file that is gone is dropped from the list."""
        return self.files.open_recent(path)

    def refresh_recent_menu(self) -> None:
        """Rebuild File > Open recent from the settings."""
        self.files.refresh_recent_menu()

    def plot_widgets(self, which: str) -> list[pg.PlotWidget]:
        """The plots of ``which``: a key of ``experiment_io.PLOT_TITLES``."""
        return self.files.plot_widgets(which)

    def export_plot(self, which: str, path: str | Path) -> Path:
        """Save plot ``which`` as PNG or SVG, by the suffix of ``path``."""
        return self.files.export_plot(which, path)

    def export_figure(self, path: str | Path) -> Path:
        """Export the explorer by the suffix of ``path``: .png, .svg or .csv (the curves)."""
        return self.files.export_figure(path)

    def export_history_csv(self, path: str | Path) -> Path:
        """Write the training history (one row per record) as CSV, atomically."""
        return self.files.export_history_csv(path)

    def save_screenshot(self, path: str | Path) -> Path:
        """Save a picture of the whole window as PNG."""
        return self.files.save_screenshot(path)

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
        """True while presentation mode is on."""
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
            focus = self.stage.view_with_focus()
            self._geometry_before = self.saveGeometry()
            self.presentation.enter()
            self.put_on_stage("lesson", focus)
        else:
            self.stage.clear()
            self.presentation.leave()
            self._dock_layout.share_out()  # the lesson's text as the window's size wants it
        stage.enable_actions(self._stage_actions, on)
        for dock in self.docks.values():  # on the stage the docks are empty: keep them shut
            dock.toggleViewAction().setEnabled(not on)
        # a theme chosen now would be painted over by presentation mode, and then lost
        for name in theme.THEMES:
            self.actions_by_name[f"theme_{name}"].setEnabled(not on)
        self.recording.update_escape()
        action = self.actions_by_name["presentation"]
        blocked = action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(blocked)
        self.statusBar().showMessage(
            translate("MainWindow", "Presentation mode: F11 or Esc to leave") if on
            else translate("MainWindow", "Presentation mode off"), 8000)

    def put_on_stage(self, what: str, focus: str | None = None) -> None:
        """In presentation mode, put ``what`` on the stage: "lesson" (the open lesson's stage;
        outside lessons the view ``focus`` names, else the one with the keyboard focus) or a
        view ("explorer", "trainer", "tap") alone. Nothing outside presentation mode."""
        if not self.is_presenting():
            return
        name = self.classroom.current()
        lesson = lessons.get(name) if name else None
        if what == "lesson" and lesson is not None:
            self.stage.put(lesson.stage, lesson.stage_plots)
        else:
            view = what if what != "lesson" else focus or self.stage.view_with_focus()
            plots = lesson.stage_plots if lesson is not None else None
            self.stage.put((view,), plots)
        self.statusBar().showMessage(translate(
            "MainWindow", "On stage: {views}. Keys: 1 explorer, 2 trainer, 3 tap, 0 the "
            "lesson's stage; F11 or Esc leaves").format(
                views=", ".join(translate("MainWindow", STAGE_NAMES[v])
                                for v in self.stage.views() or ())), 8000)

    def staged(self) -> str | None:
        """The star of the stage ("explorer", "trainer" or "tap"), None off the stage."""
        views = self.stage.views()
        return views[0] if views else None

    def _add_stage_actions(self) -> None:
        self._stage_actions = stage.make_actions(self, self.put_on_stage)
        self.actions_by_name.update(self._stage_actions)
        presentation = self.actions_by_name["presentation"]
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and presentation in menu.actions():
                sub = menu.addMenu("")
                live(sub, lambda m: m.setTitle(translate("MainWindow", "&Stage")))
                sub.setObjectName("stageMenu")
                sub.setToolTipsVisible(True)
                sub.addActions(list(self._stage_actions.values()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stage.views() is not None:
            # full screen arrives after the stage was set: share the new size out, once the
            # docks have their new room
            QTimer.singleShot(0, self.stage.share_out)
        elif self._sized and self.isMaximized() and self._dock_layout.compact() != is_compact(
            self.width(), self.height()
        ):
            # maximised on a projector or a small laptop: fold the explorer away (or back)
            QTimer.singleShot(0, self._dock_layout.share_out)

    def _refresh_presentation(self) -> None:
        if self._presentation is not None:  # never made: never on, nothing to thicken
            self._presentation.refresh()

    # --- messages --------------------------------------------------------------------------
    def report_problem(self, title: str, text: str) -> None:
        """Say what went wrong in a box that does not block (``problemBox``) and the status
        bar."""
        messages.report_problem(self, title, text)

    def shortcuts_text(self) -> str:
        """An HTML table of the keyboard shortcuts and mouse gestures."""
        toggles = (dock.toggleViewAction() for dock in self.docks.values())
        return messages.shortcuts_html([*self.actions_by_name.values(), *toggles])

    def about_text(self) -> str:
        """The About box: version, purpose and the libraries it stands on."""
        return messages.about_html()

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
            explorer, trainer = self.docks["explorer"], self.docks["trainer"]
            folded = explorer in self.tabifiedDockWidgets(trainer) or explorer.isHidden()
            if not self._layout_restored or (
                is_compact(self.width(), self.height()) and not folded
            ):
                # a layout saved on a larger screen would squeeze the network on this small
                # one (a projector at 1280x720): fold the explorer away as a first start does
                self._dock_layout.reset()
            else:
                self._fold_lesson_for_window()  # a restored layout: the text as this size wants
        self.panels.link.resume()  # shown again after a close: the linked tap follows again

    def closeEvent(self, event: QCloseEvent) -> None:
        # remember the window as it was before presentation mode: a geometry saved straight
        # after leaving full screen still says full screen, and restoring it on the next start
        # crashed Qt at the first re-arrangement of the docks (View > Reset layout)
        before = self._geometry_before if self.is_presenting() else None
        self.recording.control.cancel()
        self.set_presentation(False)
        self.save_settings()
        if before is not None:
            QSettings().setValue(f"{_SETTINGS}/geometry", before)
        super().closeEvent(event)
        if event.isAccepted():
            # nothing trains, counts or animates behind a closed window, so nothing holds up
            # the end of the program (and a window shown again starts paused)
            self.panels.stop()
            self.closed.emit()

    def _on_color_scheme_changed(self, _scheme: object) -> None:
        if self._theme == "system":
            self.set_theme("system")

    # --- wiring ----------------------------------------------------------------------------
    def _menu_handlers(self) -> MenuHandlers:
        files = self.files
        return MenuHandlers(
            open=files.ask_open,
            save=partial(files.ask_save, False),
            save_weights=partial(files.ask_save, True),
            export_figure=files.ask_export_figure,
            export_plot=files.ask_export_plot,
            export_history=files.ask_export_history,
            screenshot=files.ask_screenshot,
            quit=self.close,
            presentation=self.set_presentation,
            reset_layout=self.reset_layout,
            shortcuts=lambda: messages.show_text_box(
                self, translate("MainWindow", "Keyboard shortcuts"), self.shortcuts_text(),
                name="keyboardBox"),
            about=lambda: messages.show_text_box(
                self, translate("MainWindow", "About reludesk"), self.about_text(),
                name="aboutBox"),
            set_theme=self.set_theme,
            refresh_recent=files.refresh_recent_menu,
            import_points=files.ask_import_points,
            export_points=files.ask_export_points,
            record=lambda: self.recording.ask(),
            record_tip=RecordingLink.tip,
            set_language=lambda code: self.language.set_language(code),
        )

    def _training_controls(self) -> TrainingControls:
        """The tab in front's training actions, and the Train tab's new data / new weights
        (N, W), which mean nothing elsewhere: they are on only while it is in front. The
        output plot's import and export buttons ask for a file as the File menu does."""
        network = self.network_panel
        network.follow_tabs(self.panels.trainer_tabs)
        tools = network.boundary.tools
        tools.import_points.triggered.connect(lambda _checked=False: self.files.ask_import_points())
        tools.export_points.triggered.connect(lambda _checked=False: self.files.ask_export_points())
        earlier, later, now, branch = network.timeline_actions()
        return dataclasses.replace(self.front.controls(), new_data=network.new_data_action,
                                   new_weights=network.new_weights_action, earlier=earlier,
                                   later=later, now=now, undo=self.undo.undo_action,
                                   branch=branch)

    def _connect_classroom(self) -> None:
        classroom = self.classroom
        classroom.lessonOpened.connect(self._set_up_lesson)
        classroom.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, LESSON_STATUS_MS)
        )
        classroom.burstRequested.connect(self.front.burst.trigger)
        # a new lesson's text is longer or shorter: fold it or not, as the window's size wants
        classroom.lessonChanged.connect(lambda _name: self._fold_lesson_for_window())
        # off where a burst means nothing (the 32 seeds), with the reason, like the B key
        self.front.burstAvailable.connect(classroom.panel.set_burst_available)
        # on the stage the docks below share out what the strip's new height leaves
        classroom.fitRequested.connect(
            lambda: self.stage.share_out() if self.stage.views() else self.fit_lesson_dock()
        )

    def _fold_lesson_for_window(self) -> None:
        """A compact window folds a long lesson text, a large one shows it whole (the stage
        decides for itself)."""
        if self.stage.views() is None:
            self._dock_layout.fold_lesson_text(self._dock_layout.compact())
            self.fit_lesson_dock()

    def _set_up_lesson(self, lesson: Lesson) -> None:
        lesson_setup.set_up(lesson, self.panels, self.docks, self.explorer)
        self._refresh_presentation()  # the explorer may show new curves
        if self.is_presenting():  # the new lesson's stage (after the lesson dock shows it)
            QTimer.singleShot(0, lambda: self.put_on_stage("lesson"))

    # --- settings --------------------------------------------------------------------------
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

