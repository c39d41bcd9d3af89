"""Every lesson names a stage the window can put on a projector: known views, the star first,
and the trainer's plots its text points at."""

import pytest

from reludesk.core import lessons


@pytest.mark.parametrize("lesson", lessons.LESSONS, ids=lambda lesson: lesson.name)
def test_stage_names_known_views_once_and_known_plots(lesson):
    assert lesson.stage and set(lesson.stage) <= set(lessons.VIEWS)
    assert len(set(lesson.stage)) == len(lesson.stage)
    assert lesson.stage_plots and set(lesson.stage_plots) <= set(lessons.STAGE_PLOTS)
    # the stage shows what the lesson sets up: its views are among the docks it raises
    assert set(lesson.stage) <= set(lesson.panels)


def test_lessons_1_2_star_the_explorer_and_3_to_6_the_trainer_with_the_tap():
    stars = [lesson.stage[0] for lesson in lessons.LESSONS]
    assert stars == ["explorer"] * 2 + ["trainer"] * 4
    # the gradient plot is what lessons 1-2 ask the class to read
    assert all("gradient" in lesson.stage_plots for lesson in lessons.LESSONS[:2])
    # the burst lessons: the tap tells the same story as the network, beside it
    for lesson in (lessons.get("dying_relu"), lessons.get("leaky_relu")):
        assert lesson.stage == ("trainer", "tap")
        assert lesson.stage_plots == ("loss", "dead_share")


def test_lesson6_keeps_the_slope_plot_its_watch_line_names():
    beyond = lessons.get("beyond")
    assert "slope" in beyond.stage_plots and "slope" in beyond.watch.lower()
