"""Activations: derivatives against finite differences, kink conventions, stability, validation."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reludesk.core import activations

CONTRACT_NAMES = {
    "step", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "prelu",
    "elu", "selu", "gelu", "silu", "softplus", "mish",
}  # fmt: skip

# every name with its defaults, plus the parameterised ones at other settings
CASES = [(name, {}) for name in activations.names()] + [
    ("leaky_relu", {"alpha": 0.3}),
    ("prelu", {"alpha": 1.0}),
    ("elu", {"alpha": 0.5}),
    ("elu", {"alpha": 2.0}),
]
IDS = [name + "".join(f"-{k}={v}" for k, v in p.items()) for name, p in CASES]

H = 1e-6  # central difference error: h^2 f''' / 6 plus rounding eps |f| / h, both below 1e-8 here


def central_difference(act, z):
    return (act.f(z + H) - act.f(z - H)) / (2 * H)


def kinked(act):
    # step and relu-likes have a corner at 0; there a central difference straddles two slopes
    return not act.smooth_at_0 or act.name in {"step", "relu", "leaky_relu", "prelu"}


def test_contract_names_are_registered():
    assert set(activations.names()) >= CONTRACT_NAMES
    assert activations.names()[0] == "step"


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_df_matches_finite_differences_on_a_grid(name, params):
    act = activations.get(name, **params)
    z = np.linspace(-8.0, 8.0, 1601)  # step 0.01: no point within 1e-4 of 0 except 0 itself
    if kinked(act):
        z = z[np.abs(z) > 1e-4]
    np.testing.assert_allclose(act.df(z), central_difference(act, z), rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
@given(z=st.floats(-30.0, 30.0))
def test_df_matches_finite_differences_anywhere(name, params, z):
    act = activations.get(name, **params)
    if kinked(act):
        assume(abs(z) >= 1e-4)
    assert act.df(z) == pytest.approx(central_difference(act, z), rel=1e-5, abs=1e-6)


def test_kink_conventions_take_the_left_derivative():
    assert activations.get("relu").df(0.0) == 0.0
    assert activations.get("leaky_relu").df(0.0) == 0.01
    assert activations.get("leaky_relu", alpha=0.2).df(0.0) == 0.2
    assert activations.get("prelu").df(0.0) == 0.25
    assert activations.get("elu", alpha=0.5).df(0.0) == 0.5
    assert activations.get("selu").df(0.0) == pytest.approx(
        activations.SELU_SCALE * activations.SELU_ALPHA
    )
    # just right of 0 every relu-like has slope 1
    for name in ("relu", "leaky_relu", "prelu", "elu"):
        assert activations.get(name).df(1e-12) == 1.0


def test_step_is_one_from_zero_up_and_flat_everywhere():
    step = activations.get("step")
    z = np.array([-1e4, -1.0, -1e-300, 0.0, 1e-300, 1.0, 1e4])
    np.testing.assert_array_equal(step.f(z), [0, 0, 0, 1, 1, 1, 1])
    np.testing.assert_array_equal(step.df(z), np.zeros(7))


def test_relu_values():
    relu = activations.get("relu")
    np.testing.assert_array_equal(relu.f([-2.0, 0.0, 3.0]), [0.0, 0.0, 3.0])
    np.testing.assert_array_equal(relu.df([-2.0, 3.0]), [0.0, 1.0])


def test_leaky_relu_values():
    leaky = activations.get("leaky_relu", alpha=0.1)
    np.testing.assert_allclose(leaky.f([-2.0, 0.0, 3.0]), [-0.2, 0.0, 3.0])
    np.testing.assert_allclose(leaky.df([-2.0, 3.0]), [0.1, 1.0])


@pytest.mark.parametrize("z", [-3.0, -1.0, -0.3, 0.0, 0.7, 1.0, 2.5])
def test_gelu_is_the_exact_erf_form(z):
    exact = 0.5 * z * (1.0 + math.erf(z / math.sqrt(2.0)))
    assert activations.get("gelu").f(z) == pytest.approx(exact, rel=1e-14, abs=1e-15)


def test_gelu_is_not_the_tanh_approximation():
    z = 1.0
    approx = 0.5 * z * (1 + math.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z**3)))
    assert abs(float(activations.get("gelu").f(z)) - approx) > 1e-4


def test_selu_constants():
    assert activations.SELU_SCALE == 1.0507009873554805
    assert activations.SELU_ALPHA == 1.6732632423543772
    selu = activations.get("selu")
    assert selu.f(1.0) == pytest.approx(1.0507009873554805, rel=1e-15)
    assert selu.f(-1.0) == pytest.approx(1.0507009873554805 * 1.6732632423543772 * math.expm1(-1))
    assert selu.params == {}


# f'(z) far out on each side: (z -> -inf, z -> +inf)
LIMIT_SLOPES = {
    "step": (0, 0), "linear": (1, 1), "sigmoid": (0, 0), "tanh": (0, 0), "relu": (0, 1),
    "leaky_relu": (0.01, 1), "prelu": (0.25, 1), "elu": (0, 1), "selu": (0, activations.SELU_SCALE),
    "gelu": (0, 1), "silu": (0, 1), "softplus": (0, 1), "mish": (0, 1),
}  # fmt: skip


@pytest.mark.parametrize("name", activations.names())
@pytest.mark.parametrize("big", [1e3, 1e4])
def test_extreme_inputs_are_finite_and_silent(name, big):
    act = activations.get(name)
    z = np.array([-big, big])
    # Underflow to 0 (e^-1000) is the right answer, so only overflow, 0/0 and x/0 count as faults.
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        f, df = act.f(z), act.df(z)
    assert np.isfinite(f).all()
    assert np.isfinite(df).all()
    np.testing.assert_allclose(df, LIMIT_SLOPES[name], atol=1e-12)


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "elu", "selu", "gelu", "silu",
                                  "softplus", "mish", "linear"])
def test_extreme_inputs_keep_the_identity_tail(name):
    act = activations.get(name)
    scale = activations.SELU_SCALE if name == "selu" else 1.0
    assert act.f(1e4) == pytest.approx(scale * 1e4, rel=1e-12)


@pytest.mark.parametrize("name", ["sigmoid", "softplus", "silu", "gelu", "mish", "relu", "elu"])
def test_far_left_tail_is_zero_or_its_floor(name):
    floor = {"elu": -1.0}.get(name, 0.0)
    assert activations.get(name).f(-1e4) == pytest.approx(floor, abs=1e-300)


@pytest.mark.parametrize("name", activations.names())
@pytest.mark.parametrize("shape", [(), (0,), (5,), (2, 3, 4)])
def test_shape_dtype_and_input_untouched(name, shape):
    act = activations.get(name)
    rng = np.random.default_rng(0)
    z = rng.normal(0.0, 3.0, shape)
    before = z.copy()
    for out in (act.f(z), act.df(z)):
        assert isinstance(out, np.ndarray)
        assert out.shape == shape
        assert out.dtype == np.float64
        assert not np.shares_memory(out, z)  # writing into the result must not reach z
    np.testing.assert_array_equal(z, before)


@pytest.mark.parametrize("name", activations.names())
def test_scalars_ints_and_float32_give_float64(name):
    act = activations.get(name)
    assert act.f(1.5).shape == ()
    assert act.f(np.arange(3)).dtype == np.float64
    np.testing.assert_allclose(
        act.f(np.float32(0.5) * np.ones(3, np.float32)), act.f(np.full(3, 0.5)), rtol=1e-7
    )


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ValueError) as info:
        activations.get("swishy")
    for name in activations.names():
        assert name in str(info.value)
    with pytest.raises(ValueError, match="leaky_relu"):
        activations.label("swishy")
    with pytest.raises(ValueError, match="leaky_relu"):
        activations.param_specs("swishy")


def test_unknown_param_names_the_allowed_ones():
    with pytest.raises(ValueError, match="allowed: alpha"):
        activations.get("leaky_relu", beta=0.1)
    with pytest.raises(ValueError, match="allowed: none"):
        activations.get("relu", alpha=0.1)


@pytest.mark.parametrize(
    ("name", "alpha", "allowed"),
    [
        ("leaky_relu", 0.0, "(0, 1]"),
        ("leaky_relu", -0.01, "(0, 1]"),
        ("leaky_relu", 1.5, "(0, 1]"),
        ("leaky_relu", math.nan, "(0, 1]"),
        ("leaky_relu", math.inf, "(0, 1]"),
        ("prelu", 2.0, "(0, 1]"),
        ("elu", 0.0, "(0, 10]"),
        ("elu", 11.0, "(0, 10]"),
        ("elu", -math.inf, "(0, 10]"),
    ],
)
def test_bad_alpha_names_the_range(name, alpha, allowed):
    with pytest.raises(ValueError) as info:
        activations.get(name, alpha=alpha)
    assert allowed in str(info.value)
    assert "alpha" in str(info.value)


@pytest.mark.parametrize("alpha", ["abc", None, [0.1]])
def test_alpha_that_is_not_a_number_raises(alpha):
    with pytest.raises(ValueError, match="alpha must be a number"):
        activations.get("leaky_relu", alpha=alpha)


def test_defaults():
    assert activations.get("leaky_relu").params == {"alpha": 0.01}
    assert activations.get("prelu").params == {"alpha": 0.25}
    assert activations.get("elu").params == {"alpha": 1.0}
    assert activations.param_specs("leaky_relu")["alpha"].default == 0.01
    assert activations.param_specs("relu") == {}
    assert activations.get("leaky_relu", alpha="0.3").params == {"alpha": 0.3}


def test_params_is_a_copy():
    act = activations.get("leaky_relu", alpha=0.1)
    act.params["alpha"] = 0.9
    assert act.params == {"alpha": 0.1}
    assert act.df(-1.0) == pytest.approx(0.1)


def test_equality_and_repr():
    assert activations.get("leaky_relu", alpha=0.1) == activations.get("leaky_relu", alpha=0.1)
    assert activations.get("leaky_relu", alpha=0.1) != activations.get("leaky_relu")
    assert activations.get("leaky_relu") != activations.get("prelu", alpha=0.01)
    assert repr(activations.get("elu", alpha=2.0)) == "activations.get('elu', alpha=2.0)"
    assert len({activations.get("relu"), activations.get("relu")}) == 1


@pytest.mark.parametrize(
    ("name", "peak"),
    [("sigmoid", 0.25), ("tanh", 1.0), ("relu", 1.0), ("step", 0.0), ("linear", 1.0),
     ("leaky_relu", 1.0), ("softplus", 1.0), ("gelu", 1.1289),
     ("selu", activations.SELU_SCALE * activations.SELU_ALPHA)],
)  # fmt: skip
def test_peak_derivative(name, peak):
    assert activations.get(name).peak_derivative == pytest.approx(peak, abs=1e-4)


def test_peak_derivative_follows_alpha():
    assert activations.get("elu", alpha=3.0).peak_derivative == pytest.approx(3.0)
    assert activations.get("elu", alpha=0.5).peak_derivative == pytest.approx(1.0)


def test_only_step_and_relu_can_die():
    dying = {name for name in activations.names() if activations.get(name).can_die}
    assert dying == {"step", "relu"}


def test_can_die_agrees_with_the_left_tail():
    # can_die means f' is exactly 0 on a half-line: check it on the negative one
    z = -np.logspace(-3, 1, 50)
    for name in activations.names():
        act = activations.get(name)
        assert act.can_die == bool(np.all(act.df(z) == 0.0)), name


def test_monotonic_matches_the_sign_of_df():
    z = np.linspace(-10, 10, 4001)
    for name in activations.names():
        act = activations.get(name)
        assert act.monotonic == bool(np.all(act.df(z) >= 0)), name


def test_zero_centred_and_smoothness_flags():
    centred = {name for name in activations.names() if activations.get(name).zero_centred}
    # a mean output of 0 for z ~ N(0, 1); ELU (0.16) is closer to 0 than ReLU, but not centred
    assert centred == {"tanh", "linear", "selu"}
    assert not activations.get("relu").smooth_at_0
    assert not activations.get("leaky_relu").smooth_at_0
    assert not activations.get("elu", alpha=0.5).smooth_at_0
    assert activations.get("elu").smooth_at_0  # alpha 1: both one-sided slopes are 1
    assert activations.get("sigmoid").smooth_at_0


@pytest.mark.parametrize("name", ["leaky_relu", "prelu"])
def test_a_slope_of_one_is_the_identity_smooth_and_zero_centred(name):
    # derived from alpha, not fixed per name: the old table read "not smooth, not zero-centred"
    identity = activations.get(name, alpha=1.0)
    z = np.linspace(-5, 5, 101)
    np.testing.assert_array_equal(identity.f(z), z)
    assert identity.smooth_at_0 and identity.zero_centred
    assert identity.mean_output == pytest.approx(0.0, abs=1e-9)
    assert not activations.get(name, alpha=0.99).smooth_at_0


PHI0 = 1.0 / math.sqrt(2.0 * math.pi)  # E[max(z, 0)] for z ~ N(0, 1)
# E[e^z - 1; z < 0] = e^(1/2) Phi(-1) - 1/2, ELU's negative part per unit alpha
ELU_NEG = math.exp(0.5) * 0.5 * math.erfc(1.0 / math.sqrt(2.0)) - 0.5


@pytest.mark.parametrize(
    ("name", "params", "mean"),
    [("relu", {}, PHI0), ("step", {}, 0.5), ("sigmoid", {}, 0.5), ("tanh", {}, 0.0),
     ("linear", {}, 0.0), ("leaky_relu", {"alpha": 0.01}, 0.99 * PHI0),
     ("leaky_relu", {"alpha": 0.3}, 0.7 * PHI0), ("prelu", {}, 0.75 * PHI0),
     ("gelu", {}, 0.5 / math.sqrt(math.pi)),  # E[z Phi(z)] = E[phi(z)]
     ("elu", {}, PHI0 + ELU_NEG), ("elu", {"alpha": 2.0}, PHI0 + 2.0 * ELU_NEG),
     ("selu", {}, activations.SELU_SCALE * (PHI0 + activations.SELU_ALPHA * ELU_NEG))],
)  # fmt: skip
def test_mean_output_for_a_standard_normal_z(name, params, mean):
    assert activations.get(name, **params).mean_output == pytest.approx(mean, abs=1e-6)


def test_mean_output_of_smooth_ones_matches_a_finer_sum():
    z = np.linspace(-14.0, 14.0, 1_400_001)
    w = np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi) * (z[1] - z[0])
    for name in ("silu", "softplus", "mish"):
        act = activations.get(name)
        assert act.mean_output == pytest.approx(float(np.sum(act.f(z) * w)), abs=1e-6), name


def test_only_prelu_learns_its_slope():
    assert {n for n in activations.names() if activations.get(n).learns_slope} == {"prelu"}


@pytest.mark.parametrize(
    ("name", "params", "bound", "tails"),
    [("relu", {}, 0.0, (0.0, math.inf)), ("step", {}, 0.0, (math.inf, -math.inf)),
     ("leaky_relu", {"alpha": 0.001}, 1e-12, (-math.inf, math.inf)),
     ("linear", {}, 1e-12, (-math.inf, math.inf)),
     # sigmoid' ~ e^-|z|, ELU' = alpha e^z: quiet beyond ln(1e12) ~ 27.63 (alpha 1)
     ("sigmoid", {}, 1e-12, (-27.631, 27.631)), ("elu", {}, 1e-12, (-27.631, math.inf)),
     ("elu", {"alpha": 5.0}, 1e-12, (math.log(1e-12 / 5.0), math.inf)),
     # float64: GELU's f' is exactly 0 below z ~ -38.6, tanh's beyond |z| ~ 19.0
     ("gelu", {}, 0.0, (-38.604, math.inf)), ("tanh", {}, 0.0, (-18.990, 18.990))],
)  # fmt: skip
def test_quiet_tails(name, params, bound, tails):
    act = activations.get(name, **params)
    low, high = act.quiet_tails(bound)
    assert (low, high) == pytest.approx(tails, abs=1e-3)
    # an edge is where |f'| stops staying within the bound, checked either side of it
    for edge, inward in ((low, 1.0), (high, -1.0)):
        if math.isfinite(edge):
            assert abs(float(act.df(edge - inward * 1e-3))) <= bound
            assert abs(float(act.df(edge + inward * 1e-3))) > bound


@pytest.mark.parametrize("name", ["gelu", "silu", "mish", "selu"])
def test_output_range_floor_matches_the_function(name):
    act = activations.get(name)
    floor = float(act.f(np.linspace(-20, 20, 400001)).min())
    assert f"−{-floor:.3f}" in act.output_range


def test_output_range_text():
    assert activations.get("sigmoid").output_range == "(0, 1)"
    assert activations.get("elu", alpha=2.0).output_range == "(−2, ∞)"
    assert activations.get("relu").output_range == "[0, ∞)"


def test_every_activation_has_a_label():
    for name in activations.names():
        assert activations.label(name) == activations.get(name).label
        assert activations.label(name).strip()
    assert activations.label("leaky_relu") == "Leaky ReLU"
