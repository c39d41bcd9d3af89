"""What the window does when a lesson opens (``Classroom.lessonOpened``).

The lesson controller only shows the lesson's text; setting the rest of the window up for it
touches the trainer, the explorer and the docks, which only the window room may know.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDockWidget

from reludesk.core import activations, health
from reludesk.core.lessons import Lesson
from reludesk.ui.explorer.panel import ExplorerPanel
from reludesk.ui.window import experiment_io
from reludesk.ui.window.docks import Panels
from reludesk.ui.window.tap_link import FIRST_TO_DIE, MOST_INACTIVE


def set_up(
    lesson: Lesson, panels: Panels, docks: Mapping[str, QDockWidget], explorer: ExplorerPanel
) -> None:
    """Show ``lesson``'s experiment: its Config in the trainer (one rebuild, paused, so the
    student presses Play), its activations in ``explorer``, the Train tab and the ``docks`` it
    names in front, the tap following the unit the lesson is about (:func:`tap_rule`); and
    remember it as the lesson to reopen on the next start."""
    panels.driver.pause()
    panels.network.set_config(lesson.config)
    panels.link.set_auto(tap_rule(lesson))
    show_activations(explorer, lesson)
    if "trainer" in lesson.panels:
        panels.trainer_tabs.setCurrentIndex(0)  # the Train tab: the lesson's network
    for key in lesson.panels:
        dock = docks.get(key)
        if dock is not None:
            dock.show()
            dock.raise_()
    experiment_io.remember("lesson", lesson.name)


def tap_rule(lesson: Lesson) -> str | None:
    """Which unit the tap follows by itself in ``lesson``, by what the lesson shows: a lesson
    with a burst (``Lesson.burst``) shows what the burst does to units, so the tap follows the
    unit it hits hardest. With an activation whose units can die (flat below zero: ReLU, step)
    that is the first unit to die; with a slope below zero (Leaky ReLU, PReLU) units cannot
    die, and it is the most inactive one. Otherwise (no burst, or a smooth activation with no
    dead or inactive state) None: the tap follows the neuron the student clicks."""
    if not lesson.burst:
        return None
    family = health.family(lesson.config.activation)
    return {"flat": FIRST_TO_DIE, "sloped": MOST_INACTIVE}.get(family)


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
