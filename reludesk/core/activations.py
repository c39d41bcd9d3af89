"""Activation functions: a name, a function f(z), its derivative f'(z) and what they imply.

One registry feeds the combo boxes, the plots, the network and the saved files (the way TF
Playground's ``nn.ts`` pairs ``output`` with ``der``). Every function is elementwise on float64
arrays of any shape and stays finite, without overflow warnings, for |z| up to 1000 and beyond.

At a kink the *left* derivative is taken: relu'(0) = 0, leaky_relu'(0) = alpha, step'(z) = 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

Array = np.ndarray

# SELU's fixed point constants (Klambauer et al. 2017).
SELU_SCALE = 1.0507009873554805
SELU_ALPHA = 1.6732632423543772

# numpy has no erf; math.erf is correct to double precision, so GELU is the exact form.
_erf = np.frompyfunc(math.erf, 1, 1)
_INV_SQRT2 = 1.0 / math.sqrt(2.0)
_INV_SQRT2PI = 1.0 / math.sqrt(2.0 * math.pi)


def _sigmoid(z: Array) -> Array:
    # exp of a non-positive number never overflows; both branches are the same function.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _softplus(z: Array) -> Array:
    # log(1 + e^z) = max(z, 0) + log(1 + e^-|z|), finite for any z.
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def _expm1_neg(z: Array) -> Array:
    """e^z - 1 for the negative part only (0 where z > 0), so e^z never overflows."""
    return np.expm1(np.minimum(z, 0.0))


def _gelu_cdf(z: Array) -> Array:
    # frompyfunc hands back a bare Python float for 0-d input and an object array otherwise
    return 0.5 * (1.0 + np.asarray(_erf(z * _INV_SQRT2), dtype=np.float64))


@dataclass(frozen=True)
class ParamSpec:
    """A tunable parameter: default and the closed range [low, high] it may take."""

    default: float
    low: float
    high: float
    low_open: bool = False  # True: low itself is not allowed

    def check(self, name: str, param: str, value: object) -> float:
        try:
            x = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError(translate("Activations", "{name}: {param} must be a number, got "
                                       "{value}").format(name=name, param=param,
                                                         value=repr(value))) from None
        lo_ok = x > self.low if self.low_open else x >= self.low
        if not (math.isfinite(x) and lo_ok and x <= self.high):
            bracket = "(" if self.low_open else "["
            raise ValueError(translate(
                "Activations", "{name}: {param} must be in {bracket}{low}, {high}], got {value}"
            ).format(name=name, param=param, bracket=bracket, low=f"{self.low:g}",
                     high=f"{self.high:g}", value=repr(value)))
        return x


@dataclass(frozen=True)
class _Spec:
    f: Callable[[Array, dict], Array]
    df: Callable[[Array, dict], Array]
    # the name on screen, in English: an activation's name (ReLU, GELU) stays in every
    # language; the ones with words in them are marked for the translators
    label: str
    output_range: Callable[[dict], str]
    monotonic: bool
    smooth_at_0: Callable[[dict], bool]
    can_die: bool  # f' is exactly 0 on a whole half-line: a unit can stop learning for good
    params: dict[str, ParamSpec] = field(default_factory=dict)
    learns_slope: bool = False  # alpha is only where training starts (PReLU)


def _leaky_f(z: Array, p: dict) -> Array:
    # for 0 < alpha <= 1, max(z, alpha z) is z above zero and alpha z below: one pass, no mask
    return np.maximum(z, p["alpha"] * z)


def _leaky_df(z: Array, p: dict) -> Array:
    return np.where(z > 0, 1.0, p["alpha"])


def _always(value: bool) -> Callable[[dict], bool]:
    return lambda p: value


def _fixed(text: str) -> Callable[[dict], str]:
    return lambda p: text


def _unit_alpha(p: dict) -> bool:
    # Leaky ReLU, PReLU and ELU all have slope alpha just below 0 and 1 above: smooth iff alpha 1
    return p["alpha"] == 1.0


_SPECS: dict[str, _Spec] = {
    "step": _Spec(
        f=lambda z, p: np.where(z >= 0, 1.0, 0.0),
        df=lambda z, p: np.zeros_like(z),
        label=QT_TRANSLATE_NOOP("Activations", "Step"),
        output_range=_fixed("{0, 1}"),
        monotonic=True, smooth_at_0=_always(False), can_die=True,
    ),
    "linear": _Spec(
        f=lambda z, p: z.copy(),
        df=lambda z, p: np.ones_like(z),
        label=QT_TRANSLATE_NOOP("Activations", "Linear (identity)"),
        output_range=_fixed("(−∞, ∞)"),
        monotonic=True, smooth_at_0=_always(True), can_die=False,
    ),
    "sigmoid": _Spec(
        f=lambda z, p: _sigmoid(z),
        df=lambda z, p: _sigmoid(z) * (1.0 - _sigmoid(z)),
        label="Sigmoid",
        output_range=_fixed("(0, 1)"),
        monotonic=True, smooth_at_0=_always(True), can_die=False,
    ),
    "tanh": _Spec(
        f=lambda z, p: np.tanh(z),
        df=lambda z, p: 1.0 - np.tanh(z) ** 2,
        label="Tanh",
        output_range=_fixed("(−1, 1)"),
        monotonic=True, smooth_at_0=_always(True), can_die=False,
    ),
    "relu": _Spec(
        f=lambda z, p: np.maximum(z, 0.0),
        df=lambda z, p: np.where(z > 0, 1.0, 0.0),
        label="ReLU",
        output_range=_fixed("[0, ∞)"),
        monotonic=True, smooth_at_0=_always(False), can_die=True,
    ),
    "leaky_relu": _Spec(
        f=_leaky_f, df=_leaky_df,
        label="Leaky ReLU",
        output_range=_fixed("(−∞, ∞)"),
        # at alpha 1 both sides have slope 1: the identity, smooth everywhere
        monotonic=True, smooth_at_0=_unit_alpha, can_die=False,
        params={"alpha": ParamSpec(0.01, 0.0, 1.0, low_open=True)},
    ),
    "prelu": _Spec(
        f=_leaky_f, df=_leaky_df,
        label=QT_TRANSLATE_NOOP("Activations", "PReLU (learned slope)"),
        output_range=_fixed("(−∞, ∞)"),
        monotonic=True, smooth_at_0=_unit_alpha, can_die=False,
        params={"alpha": ParamSpec(0.25, 0.0, 1.0, low_open=True)}, learns_slope=True,
    ),
    "elu": _Spec(
        f=lambda z, p: np.where(z > 0, z, p["alpha"] * _expm1_neg(z)),
        df=lambda z, p: np.where(z > 0, 1.0, p["alpha"] * np.exp(np.minimum(z, 0.0))),
        label="ELU",
        output_range=lambda p: f"(−{p['alpha']:g}, ∞)",
        monotonic=True,
        # f' jumps from alpha to 1 at 0 unless alpha is 1
        smooth_at_0=_unit_alpha, can_die=False,
        params={"alpha": ParamSpec(1.0, 0.0, 10.0, low_open=True)},
    ),
    "selu": _Spec(
        f=lambda z, p: SELU_SCALE * np.where(z > 0, z, SELU_ALPHA * _expm1_neg(z)),
        df=lambda z, p: SELU_SCALE
        * np.where(z > 0, 1.0, SELU_ALPHA * np.exp(np.minimum(z, 0.0))),
        label="SELU",
        output_range=_fixed(f"(−{SELU_SCALE * SELU_ALPHA:.3f}, ∞)"),
        monotonic=True, smooth_at_0=_always(False), can_die=False,
    ),
    "gelu": _Spec(
        f=lambda z, p: z * _gelu_cdf(z),
        # d/dz z Φ(z) = Φ(z) + z φ(z)
        df=lambda z, p: _gelu_cdf(z) + z * _INV_SQRT2PI * np.exp(-0.5 * np.minimum(z * z, 1e4)),
        label="GELU",
        output_range=_fixed("[−0.170, ∞)"),
        monotonic=False, smooth_at_0=_always(True), can_die=False,
    ),
    "silu": _Spec(
        f=lambda z, p: z * _sigmoid(z),
        df=lambda z, p: _sigmoid(z) * (1.0 + z * (1.0 - _sigmoid(z))),
        label=QT_TRANSLATE_NOOP("Activations", "SiLU (swish)"),
        output_range=_fixed("[−0.278, ∞)"),
        monotonic=False, smooth_at_0=_always(True), can_die=False,
    ),
    "softplus": _Spec(
        f=lambda z, p: _softplus(z),
        df=lambda z, p: _sigmoid(z),
        label="Softplus",
        output_range=_fixed("(0, ∞)"),
        monotonic=True, smooth_at_0=_always(True), can_die=False,
    ),
    "mish": _Spec(
        f=lambda z, p: z * np.tanh(_softplus(z)),
        # d/dz z tanh(sp(z)) = tanh(sp) + z (1 - tanh(sp)^2) sigmoid(z)
        df=lambda z, p: np.tanh(_softplus(z))
        + z * (1.0 - np.tanh(_softplus(z)) ** 2) * _sigmoid(z),
        label="Mish",
        output_range=_fixed("[−0.309, ∞)"),
        monotonic=False, smooth_at_0=_always(True), can_die=False,
    ),
}

# A dense grid on which the peak of |f'| is read; it holds 0 and its neighbours so that one-sided
# peaks at the kink (ELU, SELU) are found.
_PEAK_GRID = np.concatenate([np.linspace(-20.0, 20.0, 40001), [-1e-12, 0.0]])
# E[f(z)] for z ~ N(0, 1) by the midpoint rule, step 1e-3 out to ±12 (the density is below 1e-31
# there): 0, where every kink and step's jump sit, is a cell edge, so no cell straddles one, and
# the error stays below 1e-6.
_NORMAL_Z = np.linspace(-12.0 + 5e-4, 12.0 - 5e-4, 24000)
_NORMAL_W = 1e-3 * np.exp(-0.5 * _NORMAL_Z**2) / math.sqrt(2.0 * math.pi)
# |f'| is searched for quiet tails this far out, on a grid that is fine near 0 and coarse far out
TAIL_REACH = 1000.0
_TAIL_GRID = np.geomspace(1e-3, TAIL_REACH, 4000)
_TAIL_GRID = np.concatenate([-_TAIL_GRID[::-1], [0.0], _TAIL_GRID])
# Mean outputs closer to 0 than this count as zero-centred (SELU's is 0 only to ~1e-8).
ZERO_MEAN = 1e-6


class Activation:
    """One activation function with fixed parameters.

    ``f`` and ``df`` take any float array and return a new float64 array of the same shape; they
    never change their input.
    """

    __slots__ = ("_mean", "_params", "_peak", "_spec", "name")

    def __init__(self, name: str, params: dict[str, float]) -> None:
        self.name = name
        self._spec = _SPECS[name]
        self._params = dict(params)
        self._peak: float | None = None
        self._mean: float | None = None

    @property
    def params(self) -> dict[str, float]:
        """The parameters, e.g. ``{"alpha": 0.01}``; a copy, so changing it changes nothing."""
        return dict(self._params)

    @property
    def label(self) -> str:
        """A plain-words name for legends and menus, in the language now chosen."""
        return translate("Activations", self._spec.label)

    def f(self, z: Array | float) -> Array:
        """f(z) elementwise; same shape as ``z``, float64."""
        # ufuncs turn 0-d input into a numpy scalar; asarray keeps the promise of an ndarray
        return np.asarray(self._spec.f(np.asarray(z, dtype=np.float64), self._params))

    def df(self, z: Array | float) -> Array:
        """f'(z) elementwise (left derivative at a kink); same shape as ``z``, float64."""
        return np.asarray(self._spec.df(np.asarray(z, dtype=np.float64), self._params))

    # --- properties shown in the explorer's table -------------------------------------------
    @property
    def output_range(self) -> str:
        return self._spec.output_range(self._params)

    @property
    def monotonic(self) -> bool:
        return self._spec.monotonic

    @property
    def learns_slope(self) -> bool:
        """alpha is only the starting slope: training moves it, below 0 too (PReLU), so f is
        monotonic only while it stays >= 0."""
        return self._spec.learns_slope

    @property
    def mean_output(self) -> float:
        """E[f(z)] for z ~ N(0, 1): 0 for tanh and SELU, 1/sqrt(2 pi) ~ 0.399 for ReLU, 0.5 for
        sigmoid. How far a layer's outputs lean to one sign for centred inputs."""
        if self._mean is None:
            self._mean = float(np.sum(self.f(_NORMAL_Z) * _NORMAL_W))
        return self._mean

    @property
    def zero_centred(self) -> bool:
        """The mean output for z ~ N(0, 1) is 0: tanh, SELU, linear, and Leaky ReLU at alpha 1
        (the identity). ELU's mean, 0.16, is closer to 0 than ReLU's 0.40 but not 0."""
        return abs(self.mean_output) < ZERO_MEAN

    @property
    def smooth_at_0(self) -> bool:
        """f' is continuous at z = 0."""
        return self._spec.smooth_at_0(self._params)

    @property
    def can_die(self) -> bool:
        """f' is exactly 0 on a half-line: a unit pushed there gets no gradient at all."""
        return self._spec.can_die

    @property
    def peak_derivative(self) -> float:
        """max |f'(z)| over z, reached at one z only. Its n-th power is the activation's own
        share of a gradient through n layers if every unit sat at that z; the weights multiply
        in too, so it bounds nothing in a real network."""
        if self._peak is None:
            self._peak = float(np.max(np.abs(self.df(_PEAK_GRID))))
        return self._peak

    def quiet_tails(self, bound: float) -> tuple[float, float]:
        """(low, high): |f'(z)| <= ``bound`` for every z <= low and every z >= high, searched
        out to ±TAIL_REACH; low is -inf (high inf) where no such tail reaches that far, and
        low = inf, high = -inf where f' is quiet everywhere (step). ReLU at bound 0: (0, inf);
        sigmoid at 1e-12: about (-27.6, 27.6)."""
        quiet = np.abs(self.df(_TAIL_GRID)) <= bound
        if quiet.all():
            return math.inf, -math.inf
        loud = np.flatnonzero(~quiet)
        first, last, g = int(loud[0]), int(loud[-1]), _TAIL_GRID
        low = self._edge(g[first - 1], g[first], bound) if first > 0 else -math.inf
        high = self._edge(g[last + 1], g[last], bound) if last < g.size - 1 else math.inf
        return low, high

    def _edge(self, quiet: float, loud: float, bound: float) -> float:
        """Bisect between a z where |f'| <= bound and one where it is not, down to 1e-9."""
        while abs(loud - quiet) > 1e-9 * max(1.0, abs(quiet)):
            mid = 0.5 * (quiet + loud)
            if abs(float(self.df(mid))) <= bound:
                quiet = mid
            else:
                loud = mid
        return float(quiet)

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self._params.items())
        return f"activations.get({self.name!r}{args})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Activation)
            and other.name == self.name
            and other._params == self._params
        )

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(self._params.items()))))


def names() -> list[str]:
    """Every registered activation name, in teaching order (step first, modern ones last)."""
    return list(_SPECS)


# The ReLU family with a straight line of slope alpha > 0 below zero. Their units can be
# inactive (z <= 0 on every input) yet alive: the gradient still flows at slope alpha.
_SLOPED = ("leaky_relu", "prelu")


def has_slope_below_zero(name: str) -> bool:
    """True for leaky_relu and prelu: a unit with z <= 0 everywhere still passes gradient at
    slope alpha, so "inactive but alive" means something (and alpha is the tap's hole)."""
    _check_name(name)
    return name in _SLOPED


def param_specs(name: str) -> dict[str, ParamSpec]:
    """The tunable parameters of ``name`` with their defaults and ranges (empty if none)."""
    _check_name(name)
    return dict(_SPECS[name].params)


def label(name: str) -> str:
    """The plain-words name of a registered activation, in the language now chosen (ask again
    after a change of language)."""
    _check_name(name)
    return translate("Activations", _SPECS[name].label)


def _check_name(name: str) -> None:
    if name not in _SPECS:
        raise ValueError(translate("Activations", "unknown activation {name}; choose one of: "
                                   "{names}").format(name=repr(name), names=", ".join(_SPECS)))


def get(name: str, **params: float) -> Activation:
    """The activation ``name`` with ``params`` (defaults for those not given).

    Raises ValueError naming the valid names, parameters or range when something does not fit.
    """
    _check_name(name)
    specs = _SPECS[name].params
    unknown = set(params) - set(specs)
    if unknown:
        allowed = ", ".join(specs) if specs else translate("Activations", "none")
        raise ValueError(translate(
            "Activations", "{name}: unknown parameter {unknown}; allowed: {allowed}"
        ).format(name=name, unknown=", ".join(sorted(unknown)), allowed=allowed))
    values = {
        key: spec.check(name, key, params.get(key, spec.default)) for key, spec in specs.items()
    }
    return Activation(name, values)
