"""The lessons follow a change of language at once: every text of the dock and of the Lessons
menu goes through the translator, under the context lupdate lists it in.

A stand-in translator wraps each text as «Context|source», so a test sees both that a text was
translated and under which context (the .ts files are filled later; the contexts must match the
``QT_TRANSLATE_NOOP`` marks of reludesk.core.lessons, or no translation is ever found).
"""

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from reludesk.core import i18n, lessons
from reludesk.core.experiment import BURST_LR, BURST_STEPS
from reludesk.ui.lessons.controller import Classroom
from reludesk.ui.widgets.language import retranslate_all

BURST_TIP = f"«LessonPanel|{BURST_STEPS} steps at learning rate {BURST_LR:g} for the networks"


def marked(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    return f"«{context}|{text}»"


@pytest.fixture
def classroom(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    room = Classroom(parent)
    room.fill_menu(QMenu(parent))
    yield room
    i18n.set_translator(None)
    retranslate_all()


def switch(translator) -> None:
    """What ``set_language`` does once its catalogue is installed."""
    i18n.set_translator(translator)
    retranslate_all()


def test_an_open_lesson_is_shown_again_in_the_new_language(classroom):
    lesson = lessons.get("dying_relu")
    classroom.open("dying_relu")
    switch(marked)
    panel = classroom.panel
    assert panel.title.text() == f"«Lessons|{lesson.title}»"
    assert panel.text.text() == f"«Lessons|{lesson.text}»"
    assert panel.watch.text() == f"«Lessons|{lesson.watch}»"
    # the numbers are filled in after translating, so a translator may move them
    assert panel.position.text() == "«LessonPanel|Lesson 4 of 6»"
    assert panel.next_button.text() == "«LessonPanel|Next»"
    assert panel.previous_button.toolTip() == "«LessonPanel|Previous lesson (Alt+Left)»"
    assert panel.burst_button.toolTip().startswith(BURST_TIP)
    assert classroom.dock.windowTitle() == "«Classroom|Guided lesson»"
    switch(None)
    assert panel.title.text() == lesson.title
    assert panel.position.text() == "Lesson 4 of 6"


def test_the_menu_entries_follow_the_language(classroom):
    switch(marked)
    acts = classroom.actions
    first = lessons.LESSONS[0]
    assert acts[f"lesson_{first.name}"].text() == f"«Lessons|{first.title}»"
    assert acts[f"lesson_{first.name}"].statusTip() == f"«Lessons|{first.watch}»"
    assert acts[f"lesson_{first.name}"].data() == first.name  # the identity stays
    assert acts["lesson_next"].text() == "«Classroom|&Next lesson»"
    # the dock's new title resets its toggle's text; the toggle's own text must win
    assert acts["lesson_panel"].text() == "«Classroom|Lesson &panel»"


def test_the_status_line_of_an_opened_lesson_is_translated(classroom):
    switch(marked)
    lines: list[str] = []
    classroom.statusMessage.connect(lines.append)
    classroom.open("relu")
    title = f"«Lessons|{lessons.get('relu').title}»"
    assert lines == [f"«Classroom|{title}. Press Space to train.»"]


def test_a_disabled_burst_keeps_the_reason_it_was_given(classroom):
    classroom.open("dying_relu")
    classroom.panel.set_burst_available(False, "no network here")
    switch(marked)
    assert classroom.panel.burst_button.toolTip() == "no network here"
    classroom.panel.set_burst_available(True)
    assert classroom.panel.burst_button.toolTip().startswith(BURST_TIP)


def test_a_switch_asks_for_the_height_of_the_new_text_once_it_is_shown(classroom, qtbot):
    lesson = classroom.open("relu")
    seen: list[str] = []
    # the window measures the panel when it hears fitRequested: the new text must be in it
    classroom.fitRequested.connect(lambda: seen.append(classroom.panel.text.text()))
    with qtbot.waitSignal(classroom.fitRequested):
        switch(marked)
    assert seen == [f"«Lessons|{lesson.text}»"]
