"""What the window does when a lesson opens (``Classroom.lessonOpened``).

The lesson controller only shows the lesson's text; setting the rest of the window up for it
touches the trainer, the explorer and the docks, which only the window room may know.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDockWidget

from reludesk.core import activations
from reludesk.core.lessons import Lesson
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.window import experiment_io
from reludesk.ui.window.docks import Panels


def set_up(
    lesson: Lesson, panels: Panels, docks: Mapping[str, QDockWidget], explorer: ExplorerPanel
) -> None:
    """Show ``lesson``'s experiment: its Config in the trainer (one rebuild, paused, so the
    student presses Play), its activations in ``explorer``, the Train tab and the ``docks`` it
    names in front; and remember it as the lesson to reopen on the next start."""
    panels.driver.pause()
    panels.network.set_config(lesson.config)
    show_activations(explorer, lesson)
    if "trainer" in lesson.panels:
        panels.trainer_tabs.setCurrentIndex(0)  # the Train tab: the lesson's network
    for key in lesson.panels:
        dock = docks.get(key)
        if dock is not None:
            dock.show()
            dock.raise_()
    experiment_io.remember("lesson", lesson.name)


def show_activations(explorer: ExplorerPanel, lesson: Lesson) -> None:
    """Show ``lesson``'s activations in ``explorer``, each slope at the lesson's alpha where
    the network uses it and at its own default elsewhere (not at what an earlier lesson
    left)."""
    explorer.set_shown(lesson.explorer)
    config = lesson.config
    for name in explorer.param_sliders:
        ours = name == config.activation and config.alpha is not None
        value = config.alpha if ours else activations.get(name).params.get("alpha")
        if value is not None:
            explorer.set_param(name, value)
