"""Every lesson's text tells the truth: each number it states is read out of the text and held
against the lesson's own protocol, measured on 16 starting weights (test_lesson_protocol).

``CLAIMS`` says where each number sits in a lesson's text (or watch line) and which measured
figure it states; a number in a text that no claim covers fails ``test_every_number_in_a_text_
is_a_checked_claim``, so a new sentence cannot slip in unmeasured. The README's table of
measured claims is made from the same claims.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_lesson_protocol import measure, measure_dying, measure_leaky

from reludesk.core import lessons
from reludesk.core.lessons import Lesson

README = Path(__file__).resolve().parents[2] / "README.md"
NUMBER = r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?"  # as the texts write them: 5,000 / 0.25 / -38.6
_N = f"({NUMBER})"
YES = 1.0  # a yes / no figure: 1.0 when the measurement bears the words out
_FADED = "slope under 10⁻¹² in size below z ="


@dataclass(frozen=True)
class Claim:
    """Something a lesson states. Every match of ``pattern`` in the lesson's text and watch
    states ``figure``: its one group is the number, or, for words ("never", "every one"), the
    pattern has no group and ``value`` is what they mean. The measured figure may differ by
    ``tolerance`` (the text's rounding). ``words`` names the claim in the README's table."""

    figure: str
    pattern: str
    tolerance: float = 0.0
    value: float | None = None
    words: str = ""

    def matches(self, lesson: Lesson) -> list[re.Match]:
        found = list(re.finditer(self.pattern, f"{lesson.text} {lesson.watch}"))
        if not found:
            raise ValueError(f"lesson {lesson.name!r} no longer says {self.pattern!r}")
        return found

    def stated(self, lesson: Lesson) -> list[float]:
        """The claim's value at each place ``lesson`` states it."""
        return [self._value(m) for m in self.matches(lesson)]

    def written(self, lesson: Lesson) -> str:
        """The claim as the text writes it the first time (a minus as a minus sign)."""
        first = self.matches(lesson)[0]
        return first.group(1).replace("-", "−") if self.value is None else f"{self.value:g}"

    def _value(self, match: re.Match) -> float:
        return self.value if self.value is not None else float(match.group(1).replace(",", ""))


def _seeds(pattern: str = rf"median of {_N} starting weights") -> Claim:
    return Claim("seeds", pattern)


CLAIMS: dict[str, tuple[Claim, ...]] = {
    "step": (
        Claim("hidden_change", r"they never change", value=0.0),
        Claim("output_learns", r"Only the output layer learns", value=YES),
        Claim("dead", rf"marks all {_N} hidden units", words="hidden units dead (f′ = 0)"),
        Claim("hidden_units", rf"marks all {_N} hidden units"),
        Claim("firing_pct", rf"half of the inputs \(median {_N} %", 1.0,
              words="share of inputs a step unit fires on (%)"),
        Claim("accuracy_pct", rf"coin toss \(median {_N} %", 1.0,
              words="test accuracy after 5,000 steps (%)"),
        Claim("steps", rf"% after {_N} steps"),
    ),
    "vanishing": (
        Claim("sigmoid_peak", rf"slope is at most {_N}\.", 1e-9),
        Claim("layers", r"through six layers", value=6.0),
        Claim("ratio", rf"about {_N} times smaller", 15.0,
              words="output layer's gradient / first layer's, steps 0–1,000"),
        Claim("ratio", rf"runs about {_N} times", 15.0),
        Claim("ratio_start", rf"about {_N} times at step 0", 500.0,
              words="the same ratio at step 0"),
        Claim("span", rf"over the first {_N} steps"),
        _seeds(),
        Claim("accuracy_pct", rf"still at a coin toss \(median {_N} %", 1.0,
              words="test accuracy after 3,000 steps (%)"),
        Claim("steps", rf"after {_N} steps the network"),
        Claim("tanh_peak", rf"Tanh's slope reaches {_N} at zero", 1e-9),
        Claim("tanh_first_not_smaller", r"first layer's gradient is no smaller", value=YES),
        Claim("tanh_accuracy_pct", rf"learnt \(median {_N} %", 1.0,
              words="with tanh: test accuracy after 3,000 steps (%)"),
        Claim("steps", rf"learnt \(median {NUMBER} % after {_N} steps"),
    ),
    "relu": (
        Claim("relu_slope", rf"Its slope is exactly {_N} wherever"),
        Claim("deep_ratio", rf"median ratio {_N} over", 0.2,
              words="lesson 2's network with ReLU: output / first gradient"),
        Claim("span", rf"median ratio {NUMBER} over the first {_N} steps"),
        Claim("sigmoid_deep_ratio", rf"against sigmoid's {_N}", 15.0),
        Claim("steps_to_90", rf"on the circle within {_N} steps", 50.0,
              words="steps to 90 % test accuracy"),
        _seeds(),
        Claim("sigmoid_accuracy_pct", rf"after {NUMBER} steps \(median {_N} %", 1.0,
              words="with sigmoid: test accuracy after 1,000 steps (%)"),
        Claim("steps", rf"coin toss after {_N} steps"),
    ),
    "dying_relu": (
        Claim("burst_steps", rf"Burst: {_N} steps at learning rate"),
        Claim("burst_lr", rf"steps at learning rate {_N}, then back"),
        Claim("learning_rate", rf"then back to {_N}\."),
        Claim("weight_shrink", rf"weights \(about {_N}-fold\)", 1.0,
              words="how many times the killed units' weights shrink"),
        Claim("bias_negative", r"pull its bias below zero", value=YES),
        Claim("killed", rf"kills a median of {_N} of the", 1.0,
              words="units the burst kills, of 16"),
        Claim("killed", rf"dead count jumps \(about {_N} /", 1.0),
        Claim("units", rf"of the {_N} units"),
        Claim("units", rf"jumps \(about {NUMBER} / {_N}"),
        _seeds(rf"\({_N} starting weights\)"),
        Claim("still_dead_pct", r"every one of them is still dead", value=100.0,
              words="of those, still dead 60,000 steps later (%)"),
        Claim("later_steps", rf"{_N} steps later every one"),
        Claim("still_dead_pct", r"and never falls", value=100.0),
    ),
    "leaky_relu": (
        Claim("dead", r"only inactive, not dead", value=0.0),
        Claim("alpha", rf"With alpha {_N} the burst"),
        Claim("inactive_0.1", rf"leaves a median of {_N} of", 0.5,
              words="alpha 0.1: units inactive after the burst, of 16"),
        Claim("units", rf"of the {_N} units"),
        _seeds(rf"\({_N} starting weights\)"),
        Claim("later_0.1", rf"steps later {_N} are left", 0.5,
              words="alpha 0.1: still inactive 2,000 steps later"),
        Claim("other_alpha", rf"with alpha {_N} \(PyTorch's default\)"),
        Claim("other_alpha", rf"set alpha to {_N}"),
        Claim("inactive_0.01", rf"default\) it leaves {_N},", 0.5,
              words="alpha 0.01: units inactive after the burst, of 16"),
        Claim("later_0.01", rf"and {_N} are still inactive", 0.5,
              words="alpha 0.01: still inactive 2,000 steps later"),
        Claim("span", rf"starting weights\), and {_N} steps later"),
        Claim("span", rf"still inactive {_N} steps later"),
    ),
    "beyond": (
        Claim("gelu_min", rf"dip to {_N} and", 0.005, words="GELU's lowest value"),
        Claim("silu_min", rf"dip to {NUMBER} and {_N}\.", 0.005, words="SiLU's lowest value"),
        Claim("saturated_exponent", r"under 10⁻¹² below", value=-12.0),
        Claim("elu_quiet", rf"below z ≈ {_N} for ELU", 0.5, words=f"ELU: {_FADED}"),
        Claim("gelu_quiet", rf"ELU, {_N} for GELU", 0.05, words=f"GELU: {_FADED}"),
        Claim("silu_quiet", rf"{_N} for SiLU", 0.5, words=f"SiLU: {_FADED}"),
        Claim("gelu_zero", rf"exactly 0 below {_N} for GELU", 0.05,
              words="GELU: slope exactly 0 below z ="),
        Claim("elu_zero", rf"{_N} for the other two", 0.5, words="ELU, SiLU: slope exactly 0 "
              "below z ="),
        Claim("silu_zero", rf"{_N} for the other two", 0.5),
        Claim("start_slope", rf"starting at {_N}:"),
        Claim("start_slope", rf"leave {_N}\."),
        Claim("steps", rf"after {_N} steps of this network"),
        Claim("slope_layer1", rf"about {_N} in layer 1", 0.01,
              words="PReLU: mean slope of layer 1 after 5,000 steps"),
        Claim("slope_layer2", rf"and {_N} in layer 2", 0.01,
              words="PReLU: mean slope of layer 2 after 5,000 steps"),
        _seeds(),
        Claim("negative_pct", rf"and {_N} % of the slopes are below 0", 3.0,
              words="PReLU: slopes below 0 after 5,000 steps (%)"),
    ),
}

# Numbers that name or define rather than measure: "fires 1 when z ≥ 0", "layer 1",
# "lesson 2", "90 %" (the bar the step count is measured against), "10⁻¹²" (its 10).
DEFINITIONS: dict[str, set[str]] = {
    "step": {"0", "1"},
    "vanishing": {"0", "1"},
    "relu": {"0", "2", "90"},
    "dying_relu": {"0"},
    "leaky_relu": set(),
    "beyond": {"0", "1", "2", "10"},  # "10⁻¹²": its exponent is a claim in words
}


def check(name: str, figures: dict[str, float]) -> list[str]:
    """What lesson ``name`` states that ``figures`` do not bear out, one line per claim off by
    more than its tolerance; empty when the text is true."""
    lesson = lessons.get(name)
    wrong = []
    for claim in CLAIMS[name]:
        measured = figures[claim.figure]
        for says in claim.stated(lesson):
            if not abs(measured - says) <= claim.tolerance:  # NaN is never close
                wrong.append(f"{name} says {claim.figure} = {says:g}; measured {measured:g}")
    return wrong


def readme_rows() -> list[str]:
    """The README's table of measured claims, one row per claim that has ``words``, with the
    number as the lesson's text writes it."""
    return [
        f"| {k} `{lesson.name}` | {claim.words} | {claim.written(lesson)} |"
        for k, lesson in enumerate(lessons.LESSONS, start=1)
        for claim in CLAIMS[lesson.name]
        if claim.words
    ]


def _variant(name: str, **config_changes) -> Lesson:
    lesson = lessons.get(name)
    return dataclasses.replace(lesson, config=lesson.config.replace(**config_changes))


# --- the lessons as a whole ------------------------------------------------------------------


def test_lesson_names_are_unique_and_ordered():
    assert lessons.names() == ["step", "vanishing", "relu", "dying_relu", "leaky_relu", "beyond"]
    for lesson in lessons.LESSONS:
        sentences = [s for s in re.split(r"(?<=[.:])\s+(?=[A-Z])", lesson.text) if s.strip()]
        assert 3 <= len(sentences) <= 8, lesson.name


def test_unknown_lesson_names_the_choices():
    with pytest.raises(ValueError, match="dying_relu"):
        lessons.get("dying")


@pytest.mark.parametrize("name", lessons.names())
def test_every_number_in_a_text_is_a_checked_claim(name):
    # catches a number added to a text (or a claim whose words changed) with nothing to check it
    lesson = lessons.get(name)
    covered = {m.span(1) for c in CLAIMS[name] if c.value is None for m in c.matches(lesson)}
    text = f"{lesson.text} {lesson.watch}"
    loose = [m.group() for m in re.finditer(NUMBER, text)
             if m.span() not in covered and m.group() not in DEFINITIONS[name]]
    assert loose == []


def test_check_catches_a_wrong_number_and_a_wrong_word():
    figures = dict(measure("leaky_relu"))
    assert check("leaky_relu", figures) == []
    assert check("leaky_relu", {**figures, "later_0.1": 3.0}) == [
        "leaky_relu says later_0.1 = 2; measured 3"]
    assert len(check("leaky_relu", {**figures, "dead": 1.0})) == 1


def test_the_readme_table_states_what_the_lessons_state():
    readme = README.read_text(encoding="utf-8")
    missing = [row for row in readme_rows() if row not in readme]
    assert missing == []


# --- one claim test per lesson, each on 16 starting weights with the lesson's protocol -------


def test_lesson1_step_hidden_weights_never_move_and_it_stays_near_a_coin_toss():
    # catches: hidden weights that move, an output layer that cannot learn, step units that
    # are not all dead in the gradient sense, or an accuracy the text flatters
    assert check("step", measure("step")) == []


def test_lesson2_sigmoid_first_layer_gets_about_150_times_less_and_tanh_does_not():
    # catches "thousands of times" over 1,000 steps (the median is about 150) and a tanh
    # network that does no better
    assert check("vanishing", measure("vanishing")) == []


def test_lesson3_relu_keeps_the_gradient_and_learns_the_circle_sigmoid_cannot():
    # catches "reaches the first layer undiminished" stated for the wrong network, and a
    # sigmoid comparison with a network other than this one
    assert check("relu", measure("relu")) == []


def test_lesson4_burst_deaths_stay_dead_for_60000_steps():
    # catches deaths that come back (a deeper unit whose inputs move), a toll the text
    # overstates, and a mechanism the measurement does not show
    figures = measure("dying_relu")
    assert figures["dead_before"] == 0  # the burst kills them, not the warm-up
    assert check("dying_relu", figures) == []


@pytest.mark.parametrize(("seed", "warm_up"), [(3, 0), (3, 1_000), (0, 200), (5, 5_000)])
def test_lesson4_the_burst_kills_about_half_whenever_b_is_pressed(seed, warm_up):
    # catches a toll that holds only at the protocol's moment or on the lesson's seed
    figures = measure_dying(_variant("dying_relu", seed=seed), warm_up=warm_up, later=2_000)
    assert 5 <= figures["killed"] <= 11
    assert figures["still_dead_pct"] == 100.0


def test_lesson4_a_dead_unit_of_a_deeper_layer_can_come_back():
    # the text's "in a deeper network a dead unit of a later layer can come back": the same
    # burst on two hidden layers; the first layer's dead stay, some of the second's return
    deeper = _variant("dying_relu", hidden=(8, 8))
    figures = measure_dying(deeper, later=2_000)
    assert figures["still_dead_pct_layer1"] == 100.0
    assert figures["still_dead_pct_layer2"] < 90.0


def test_lesson5_leaky_units_only_go_inactive_and_a_bigger_leak_brings_more_back():
    # catches a dead leaky unit, a diverged network counted as a quiet one, and "a bigger
    # alpha revives faster" not showing within the 2,000 steps the text names
    figures = measure("leaky_relu")
    assert figures["diverged"] == 0
    assert check("leaky_relu", figures) == []
    assert figures["revived_pct_0.1"] > 2 * figures["revived_pct_0.01"]


@pytest.mark.parametrize(("seed", "warm_up"), [(3, 0), (3, 1_000), (0, 200), (5, 0)])
def test_lesson5_the_bigger_leak_wins_whenever_b_is_pressed(seed, warm_up):
    figures = measure_leaky(_variant("leaky_relu", seed=seed), warm_up=warm_up)
    assert figures["dead"] == 0
    assert figures["later_0.1"] <= figures["later_0.01"] - 0.5
    assert figures["revived_pct_0.1"] > 1.5 * figures["revived_pct_0.01"]


def test_lesson6_smooth_slopes_fade_and_prelu_slopes_leave_a_quarter():
    # catches "no flat half-line" read as "never silent", and PReLU slopes that do not move
    # as far as the text says (or never go below 0)
    assert check("beyond", measure("beyond")) == []
