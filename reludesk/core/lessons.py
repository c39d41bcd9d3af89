"""Guided lessons, as data: what to read, what to set, what to watch.

Every number in a lesson's text is a median over 16 starting weights of the lesson's Config
(replica 0 is the network on screen), measured with the lesson's own protocol (for the burst
lessons: train a moment, burst, train on). ``tests/core/test_lesson_protocol.py`` measures them
and says where each number sits in the text; ``tests/core/test_lessons.py`` checks the text
against the measurement, so the two cannot drift; ``tests/benchmarks/measure_lessons.py``
prints both.
"""

from __future__ import annotations

from dataclasses import dataclass

from reludesk.core.config import Config
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Lesson:
    """One lesson. ``panels`` name the docks that matter ("explorer", "trainer", "tap");
    ``explorer`` lists the activations the explorer shows; ``burst`` says the lesson uses the
    Burst action (100 steps at learning rate 1, then back).

    ``stage`` is what presentation mode puts on the projector: the star view first (large),
    then the views that support it; ``stage_plots`` the trainer's history plots the stage
    keeps ("loss", "dead_share", "gradient", "slope", and "output", the decision plane), the
    ones the text and "what to watch" point at.

    ``title``, ``text`` and ``watch`` are the English sources, marked for the translators
    under the context "Lessons": whoever shows them translates them there, so a lesson open
    when the language changes can be shown again in the new one."""

    name: str
    title: str
    text: str
    config: Config
    watch: str
    panels: tuple[str, ...] = ("explorer", "trainer", "tap")
    explorer: tuple[str, ...] = ("relu", "leaky_relu")
    burst: bool = False
    stage: tuple[str, ...] = ("trainer", "tap")
    stage_plots: tuple[str, ...] = ("loss", "dead_share")


VIEWS = ("explorer", "trainer", "tap")
STAGE_PLOTS = ("loss", "dead_share", "gradient", "slope", "output")


# Lessons 4 and 5 share one network: one hidden layer, so every unit sees the fixed data and a
# unit the burst kills stays dead (zero gradient: SGD never moves it again). Batches of 4 make
# the burst's steps noisy enough to kill a steady toll whenever B is pressed (median 4 to 11.5
# of 16 for presses from step 0 to 20,000 on seeds 0-5); with batches of 10 it swings between 0
# and 6 of 16 with the moment of the press. With a second hidden layer ([2, 8, 8, 1]) the burst
# kills mostly there, and only 40-60 % of those units are still dead 60,000 steps later: their
# inputs move as the first layer learns.
_BURST_NET = Config(dataset="spiral", hidden=(16,), learning_rate=0.1, batch_size=4, seed=3)

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        name="step",
        title=QT_TRANSLATE_NOOP("Lessons", "1. The step function cannot learn"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "The step function fires 1 when z ≥ 0 and 0 below: a neuron either speaks or not. "
            "Its derivative is 0 everywhere (and undefined at 0), so no gradient reaches the "
            "hidden weights and they never change. The network view marks all 16 hidden units "
            "dead in this gradient sense, though each still fires on about half of the inputs "
            "(median 52 %). Only the output layer learns, and from hidden features that never "
            "change it cannot find the circle: press Play and the test accuracy stays near a "
            "coin toss (median 49 % after 5,000 steps)."
        ),
        config=Config(dataset="circle", hidden=(8, 8), activation="step", learning_rate=0.03),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "The derivative plot is flat at 0; the hidden neurons' pictures never change.",
        ),
        # relu and leaky_relu too: this is the very first start's view, and the contract
        # shows them on first start
        explorer=("step", "sigmoid", "relu", "leaky_relu"),
        stage=("explorer", "trainer"),
        stage_plots=("gradient", "loss"),
    ),
    Lesson(
        name="vanishing",
        title=QT_TRANSLATE_NOOP("Lessons", "2. Sigmoid and tanh: the vanishing gradient"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "Sigmoid is smooth, but its slope is at most 0.25. Going back through six layers the "
            "gradient is multiplied at every layer by such a slope (and by the weights), so the "
            "first layers hear little: over the first 1,000 steps the first layer's gradient is "
            "about 150 times smaller than the output layer's (median of 16 starting weights; "
            "about 3,000 times at step 0), and after 3,000 steps the network is still at a coin "
            "toss (median 49 %). Tanh's slope reaches 1 at zero: switch the activation to tanh "
            "and the first layer's gradient is no smaller than the output's, and the circle is "
            "learnt (median 100 % after 3,000 steps)."
        ),
        config=Config(dataset="circle", hidden=(8,) * 6, activation="sigmoid", learning_rate=0.03),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "Gradient size (log): “layer 1” runs about 150 times (two orders of magnitude) "
            "below “output”."
        ),
        explorer=("sigmoid", "tanh"),
        stage=("explorer", "trainer"),
        stage_plots=("gradient", "loss"),
    ),
    Lesson(
        name="relu",
        title=QT_TRANSLATE_NOOP("Lessons", "3. ReLU trains fast"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "ReLU passes z when it is positive and 0 otherwise. Its slope is exactly 1 wherever "
            "the unit is active, so the activation itself takes nothing from the gradient on its "
            "way back; only the weights and the units that are off shrink it. Put ReLU into "
            "lesson 2's six-layer network and its first layer gets about as much gradient as the "
            "output (median ratio 1.0 over the first 1,000 steps, against sigmoid's 150). It is "
            "also cheap to compute. This two-layer network with ReLU passes 90 % test accuracy "
            "on the circle within 300 steps (median of 16 starting weights); with sigmoid it is "
            "still near a coin toss after 1,000 steps (median 51 %)."
        ),
        config=Config(dataset="circle", hidden=(8, 8), activation="relu", learning_rate=0.03),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "Loss falls quickly; the decision boundary wraps the inner circle.",
        ),
        explorer=("sigmoid", "relu"),
        stage_plots=("loss", "output"),
    ),
    Lesson(
        name="dying_relu",
        title=QT_TRANSLATE_NOOP("Lessons", "4. Dying ReLU"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "ReLU's slope is 0 for every negative z. Press Space to train for a moment, then B "
            "for a Burst: 100 steps at learning rate 1, then back to 0.1. Its big, noisy steps "
            "shrink a dying unit's weights (about 7-fold) and pull its bias below zero until its "
            "z is negative for every training input: no water passes the tap, no gradient "
            "reaches its weights. Click a crossed neuron: the neuron inspector shows the histogram "
            "of its z over the training inputs, wholly left of zero. The burst kills a median of "
            "8 of the 16 units (16 starting weights), and 60,000 steps later every one of them "
            "is still dead: each sees only the fixed data, so nothing can move its z again. In a "
            "deeper network a dead unit of a later layer can come back, because the layers below "
            "it keep learning and move its inputs."
        ),
        config=_BURST_NET.replace(activation="relu"),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "Dead neurons turn grey and crossed; the dead count jumps (about 8 / 16 in the median "
            "network) and never falls."
        ),
        burst=True,
    ),
    Lesson(
        name="leaky_relu",
        title=QT_TRANSLATE_NOOP("Lessons", "5. Leaky ReLU keeps them alive"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "Leaky ReLU lets a small slope alpha through for negative z: a hole in the pipe. "
            "The same burst on the same network pushes units below zero, but they are only "
            "inactive, not dead: the gradient still flows at slope alpha, so they keep learning "
            "and can come back. With alpha 0.1 the burst leaves a median of 5.5 of the 16 units "
            "inactive (16 starting weights), and 2,000 steps later 2 are left; with alpha 0.01 "
            "(PyTorch's default) it leaves 8, and 6.5 are still inactive 2,000 steps later. "
            "Try the burst, then set alpha to 0.01 and try again."
        ),
        config=_BURST_NET.replace(activation="leaky_relu", alpha=0.1),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "No neuron is crossed out; dashed (inactive) ones come back to life. Click one: its z "
            "histogram lies left of zero, yet its gradient flows at slope alpha."
        ),
        burst=True,
    ),
    Lesson(
        name="beyond",
        title=QT_TRANSLATE_NOOP("Lessons", "6. Beyond: ELU, GELU, SiLU and PReLU"),
        text=QT_TRANSLATE_NOOP(
            "Lessons",
            "Newer activations keep ReLU's slope of 1 for large z but bend smoothly below zero: "
            "ELU levels off at -alpha, GELU and SiLU dip to -0.17 and -0.28. None has a flat "
            "half-line where a unit dies as a ReLU does, yet far below zero their slopes fade: "
            "under 10⁻¹² below z ≈ -28 for ELU, -7.6 for GELU and -31 for SiLU, exactly 0 below "
            "-38.6 for GELU and -745 for the other two. A unit that stays there is marked "
            "saturated, not dead. PReLU learns its negative slope for every unit, starting at "
            "0.25: after 5,000 steps of this network the mean slope is about 0.12 in layer 1 and "
            "0.06 in layer 2 (median of 16 starting weights), and 30 % of the slopes are below "
            "0: such a unit's f grows on both sides of zero."
        ),
        config=Config(
            dataset="spiral", hidden=(8, 8), activation="prelu", learning_rate=0.03,
            batch_size=10, seed=3,
        ),
        watch=QT_TRANSLATE_NOOP(
            "Lessons",
            "The slope tick on each unit and the “PReLU slope per layer” plot leave 0.25.",
        ),
        explorer=("elu", "gelu", "silu", "prelu"),
        stage_plots=("slope", "loss"),
    ),
)


def names() -> list[str]:
    """The lesson names, in teaching order."""
    return [lesson.name for lesson in LESSONS]


def get(name: str) -> Lesson:
    """The lesson called ``name``; ValueError listing the lesson names otherwise."""
    for lesson in LESSONS:
        if lesson.name == name:
            return lesson
    raise ValueError(translate("Lessons", "unknown lesson {name}; choose one of: {names}").format(
        name=repr(name), names=", ".join(names())))



