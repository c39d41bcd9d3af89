"""The activation registry's building blocks, hashing, a closed parameter bound and the
precision of the quiet tails, for the mutants mutmut left alive in activations.py
(tests/benchmarks/mutation_core.py); each test names the mutants it kills."""

from __future__ import annotations

import math

import numpy as np
import pytest

from reludesk.core import activations


def test_fixed_table_entries_answer_with_their_value_whatever_the_parameters():
    # The registry is built when the module is imported, before mutmut switches a mutant on,
    # so its helpers are called here at test time: a table entry that answered None would
    # blank the explorer's "smooth at 0" and "output range" cells.
    # Kills _always 1 and _fixed 1 (lambda p: None).
    assert activations._always(True)({}) is True
    assert activations._always(False)({"alpha": 1.0}) is False
    assert activations._fixed("(0, 1)")({"alpha": 0.5}) == "(0, 1)"


def test_activations_that_differ_hash_apart():
    # equal activations must hash alike (dict keys, sets); different ones should not all
    # share one hash, or every set of them degrades to a list scan. Kills __hash__ 1
    # (hash(None) for every activation). Python's string hashing makes a collision between
    # these 15 a 1-in-2^60 event, not a flake.
    acts = [activations.get(n) for n in activations.names()]
    acts += [activations.get("leaky_relu", alpha=0.1), activations.get("elu", alpha=2.0)]
    assert len({hash(a) for a in acts}) == len(acts)
    assert hash(activations.get("elu", alpha=2.0)) == hash(activations.get("elu", alpha=2))


def test_a_closed_lower_bound_admits_its_edge_and_says_so_with_a_square_bracket():
    # every registered alpha has an open lower bound, so ParamSpec's closed case is checked
    # on its own: low itself is allowed, anything below is refused naming "[low, high]".
    # Kills ParamSpec.check 6, 8 (the closed bound read as open) and 16, 18 (its bracket)
    spec = activations.ParamSpec(0.5, 0.0, 1.0)
    assert spec.check("act", "beta", 0.0) == 0.0
    with pytest.raises(ValueError, match=r"^act: beta must be in \[0, 1\], got -0.1$"):
        spec.check("act", "beta", -0.1)
    opened = activations.ParamSpec(0.5, 0.0, 1.0, low_open=True)
    with pytest.raises(ValueError, match=r"^act: beta must be in \(0, 1\], got 0.0$"):
        opened.check("act", "beta", 0.0)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "elu", "gelu", "silu", "softplus", "mish"])
def test_quiet_tails_bisect_in_a_bounded_number_of_steps(name, monkeypatch):
    # the explorer's table computes the tails while the user drags a slider: each edge is a
    # bisection from one grid spacing (at most ~4 near ±1000) down to 1e-9 x |z|, about 40
    # halvings, so f' is evaluated a few dozen times per edge, never without end. Counting the
    # calls turns a bisection that cannot stop into a failure instead of a hang (so this test
    # runs before the precision test below, which would hang). Kills _edge
    # 2 (|loud + quiet| as the width), 13 (0.5 / (quiet + loud)) and 15 (0.5 (quiet - loud))
    calls = []
    real_df = activations.Activation.df

    def counted(self, z):
        calls.append(1)
        if len(calls) > 500:
            raise RuntimeError("the bisection does not stop")
        return real_df(self, z)

    monkeypatch.setattr(activations.Activation, "df", counted)
    low, _ = activations.get(name).quiet_tails(1e-6)
    assert len(calls) <= 1 + 2 * 64
    assert -1000.0 <= low < 0.0


@pytest.mark.parametrize("bound", [0.245, 0.22, 0.19, 0.18, 0.1])
def test_sigmoid_quiet_tails_sit_within_1e9_of_the_exact_crossing(bound):
    # sigmoid'(z) = s (1 - s) equals the bound where s = (1 + sqrt(1 - 4 bound)) / 2, at
    # z = ±log(s / (1 - s)); the bisection promises that edge to 1e-9 (relative beyond 1).
    # Kills _edge 10 (the stop at 2e-9 below |z| = 2: off by 1.1e-9 to 1.8e-9 at the first
    # four bounds, where |z| < 1)
    s = (1.0 + math.sqrt(1.0 - 4.0 * bound)) / 2.0
    z = math.log(s / (1.0 - s))
    low, high = activations.get("sigmoid").quiet_tails(bound)
    assert abs(low + z) <= 1e-9 * max(1.0, z) and abs(high - z) <= 1e-9 * max(1.0, z)



@pytest.mark.parametrize("name", ["step", "linear"])
def test_the_derivative_of_integer_input_is_float64(name):
    # df promises float64 whatever comes in: step's zeros_like and linear's ones_like would
    # copy an integer dtype. Kills Activation.df 7, 9 (z not converted to float64 first)
    df = activations.get(name).df(np.array([-2, 0, 3]))
    assert df.dtype == np.float64
    assert df.tolist() == ([0.0, 0.0, 0.0] if name == "step" else [1.0, 1.0, 1.0])


def test_unknown_names_and_parameters_are_listed_comma_separated():
    # kills _check_name 4 and get 11, 16 ('XX, XX' joining the names)
    with pytest.raises(ValueError) as refused:
        activations.get("swish")
    listed = str(refused.value).removeprefix("unknown activation 'swish'; choose one of: ")
    assert listed.split(", ") == activations.names()
    with pytest.raises(ValueError) as refused:
        activations.get("relu", beta=1.0, alpha=0.1)
    assert str(refused.value) == "relu: unknown parameter alpha, beta; allowed: none"
    with pytest.raises(ValueError) as refused:
        activations.get("elu", beta=1.0, gamma=2.0)
    assert str(refused.value) == "elu: unknown parameter beta, gamma; allowed: alpha"
