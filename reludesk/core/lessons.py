"""Guided lessons, as data: what to read, what to set, what to watch.

Every lesson's text makes a claim the screen must show; ``tests/core/test_lessons.py`` trains each
lesson's Config through the core and checks that claim on the seeds the lesson uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from reludesk.core.config import Config


@dataclass(frozen=True)
class Lesson:
    """One lesson. ``panels`` name the docks that matter ("explorer", "trainer", "tap");
    ``explorer`` lists the activations the explorer shows; ``burst`` says the lesson uses the
    Burst action (100 steps at learning rate 1, then back)."""

    name: str
    title: str
    text: str
    config: Config
    watch: str
    panels: tuple[str, ...] = ("explorer", "trainer", "tap")
    explorer: tuple[str, ...] = ("relu", "leaky_relu")
    burst: bool = False


# Dying needs Playground's spiral at its own scale, a [2, 8, 8, 1] net and batches of 10:
# the set-up of the measured table in DESIGN.md. Seed 3: the network on screen loses 6 of 16
# units to the burst (5 stay dead), and over its 16 replicas the median is a quarter.
_SPIRAL = Config(dataset="spiral", hidden=(8, 8), learning_rate=0.1, batch_size=10, seed=3)

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        name="step",
        title="1. The step function cannot learn",
        text=(
            "The step function fires 1 when z ≥ 0 and 0 below: a neuron either speaks or not. "
            "Its derivative is 0 everywhere (and undefined at 0), so gradient descent gets no "
            "signal about which way to move the hidden weights. Press Play: the hidden "
            "weights never change, and the network stays near a coin toss on the circle."
        ),
        config=Config(dataset="circle", hidden=(8, 8), activation="step", learning_rate=0.03),
        watch="The derivative plot is flat at 0; the hidden neurons' pictures never change.",
        # relu and leaky_relu too: this is the very first start's view, and the contract
        # shows them on first start
        explorer=("step", "sigmoid", "relu", "leaky_relu"),
    ),
    Lesson(
        name="vanishing",
        title="2. Sigmoid and tanh: the vanishing gradient",
        text=(
            "Sigmoid is smooth, but its slope is at most 0.25. Going back through six layers the "
            "gradient is multiplied by such a slope six times, so the first layers hear almost "
            "nothing: their gradient norm sits thousands of times below the last layer's. "
            "Tanh's slope reaches 1 at zero, so it fares better until its units saturate. "
            "Watch the gradient-norm plot (log scale), then switch the activation to tanh."
        ),
        config=Config(dataset="circle", hidden=(8,) * 6, activation="sigmoid", learning_rate=0.03),
        watch="Gradient norm per layer: layer 1 lies orders of magnitude below layer 7.",
        explorer=("sigmoid", "tanh"),
    ),
    Lesson(
        name="relu",
        title="3. ReLU trains fast",
        text=(
            "ReLU passes z when it is positive and 0 otherwise. Its slope is exactly 1 wherever "
            "the unit is active, so the gradient reaches the first layer undiminished. It is "
            "also cheap to compute. The same small network that sigmoid could barely move "
            "now separates the circle within a few hundred steps."
        ),
        config=Config(dataset="circle", hidden=(8, 8), activation="relu", learning_rate=0.03),
        watch="Loss falls quickly; the decision boundary wraps the inner circle.",
        explorer=("sigmoid", "relu"),
    ),
    Lesson(
        name="dying_relu",
        title="4. Dying ReLU",
        text=(
            "ReLU's slope is 0 for every negative z. If one large update pushes a unit's bias "
            "far down, its z is negative for every training input: no water passes the tap, "
            "no gradient reaches its weights, and nothing can bring it back. Press B for a "
            "Burst: 100 steps at learning rate 1, then back to 0.1. A quarter of the units "
            "die, and they stay dead however long you train afterwards."
        ),
        config=_SPIRAL.replace(activation="relu"),
        watch="Dead neurons turn grey and crossed; the dead count rises and stays.",
        burst=True,
    ),
    Lesson(
        name="leaky_relu",
        title="5. Leaky ReLU keeps them alive",
        text=(
            "Leaky ReLU lets a small slope alpha through for negative z: a hole in the pipe. "
            "The same burst pushes units below zero, but they are only inactive, not dead, "
            "because the gradient still flows at slope alpha. A bigger leak revives them "
            "faster: with alpha 0.01 recovery is slow, with 0.1 or 0.3 it is quick. Try the "
            "burst, then change alpha and try again."
        ),
        config=_SPIRAL.replace(activation="leaky_relu", alpha=0.1),
        watch="No neuron is crossed out; dashed (inactive) ones come back to life.",
        burst=True,
    ),
    Lesson(
        name="beyond",
        title="6. Beyond: ELU, GELU, SiLU and PReLU",
        text=(
            "Newer activations keep ReLU's slope of 1 for large z but bend smoothly below zero. "
            "ELU saturates at -alpha, GELU and SiLU dip slightly below zero and are smooth "
            "everywhere, and none of them has a flat half-line where a unit could die. PReLU "
            "goes further and learns its negative slope for every unit, starting at 0.25. "
            "Train this PReLU network and watch the slopes move away from 0.25."
        ),
        config=_SPIRAL.replace(activation="prelu", learning_rate=0.03),
        watch="Compare the curves in the explorer; PReLU slopes change while it trains.",
        explorer=("elu", "gelu", "silu", "prelu"),
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
    raise ValueError(f"unknown lesson {name!r}; choose one of: {', '.join(names())}")
