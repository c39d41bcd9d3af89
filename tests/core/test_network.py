"""MLP: gradients against finite differences, shapes, replicas, initialisers, validation."""

import numpy as np
import pytest

from reludesk.core import activations, datasets, network
from reludesk.core.network import INITS, MLP, TASKS

R = 3
SIZES = [2, 4, 3, 1]
H = 1e-6  # central difference: truncation h^2 L''' / 6 and rounding eps |L| / h, both ~1e-10
EPS = np.finfo(float).eps
KINK_CLEARANCE = 1e-5  # no z this close to a kink, so +-H on a weight never crosses it


def _problem(name, task, seed, rows=6):
    """A model with R replicas and a batch of ``rows`` on which no hidden z lies near 0.

    Redraws inputs until every |z| clears the kink: relu, leaky_relu, prelu and step have a
    corner (or jump) at 0, where a central difference straddles two slopes."""
    model = MLP(SIZES, name, task=task, replicas=R, seed=seed)
    rng = np.random.default_rng(seed)
    # He biases start at 0, so a row that switches off every unit of a layer puts the next
    # layer's z exactly on the kink: nonzero biases keep such rows away from it
    for b in model.biases:
        b += rng.uniform(0.05, 0.2, b.shape) * rng.choice([-1.0, 1.0], b.shape)
    if model.learns_slope:
        # distinct slopes per unit and replica, so a mixed-up index shows
        for s in model.slopes:
            s[...] = rng.uniform(0.05, 0.6, s.shape)
    for _ in range(100):
        X = rng.normal(0.0, 1.5, (rows, SIZES[0]))
        if all(np.abs(z).min() > KINK_CLEARANCE for z in model.pre_activations(X)):
            break
    else:  # pragma: no cover - 100 draws of 6 rows all hitting 1e-5 of zero is not plausible
        pytest.fail("could not draw inputs away from the kink")
    if task == "classification":
        y = rng.integers(0, 2, len(X)).astype(float)
    else:
        y = rng.normal(0.0, 1.0, len(X))
    return model, X, y


def _numeric_gradient(model, param, X, y):
    """dLoss[r]/dparam[r, ...] by central differences, one element of one replica at a time."""
    grad = np.zeros_like(param)
    for idx in np.ndindex(param.shape):
        r = idx[0]
        keep = param[idx]
        param[idx] = keep + H
        up = model.loss(X, y)
        param[idx] = keep - H
        down = model.loss(X, y)
        param[idx] = keep
        grad[idx] = (up[r] - down[r]) / (2 * H)
        # replicas are independent: nudging replica r moves no other replica's loss
        others = np.arange(R) != r
        assert np.array_equal(up[others], down[others])
    return grad


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("name", activations.names())
def test_gradients_match_finite_differences(name, task):
    model, X, y = _problem(name, task, seed=3)
    loss, dW, db, dslopes = model.loss_and_gradients(X, y)
    np.testing.assert_allclose(loss, model.loss(X, y), rtol=0, atol=0)
    assert len(dslopes) == (model.n_hidden if name == "prelu" else 0)
    pairs = [
        *zip(model.weights, dW, strict=True),
        *zip(model.biases, db, strict=True),
        *zip(model.slopes, dslopes, strict=True),
    ]
    for param, analytic in pairs:
        assert analytic.shape == param.shape
        numeric = _numeric_gradient(model, param, X, y)
        # rounding in the difference grows with |loss|, so the floor scales with the gradient
        floor = 1e-7 * max(1.0, np.abs(numeric).max())
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=floor)


@pytest.mark.parametrize(("name", "task"), [("relu", "classification"), ("tanh", "regression")])
def test_gradients_match_finite_differences_on_a_large_batch(name, task):
    # R x 400 outputs take the loss path built for many rows (one exp, then log1p)
    model, X, y = _problem(name, task, seed=4, rows=400)
    assert R * len(X) >= network._FEW
    _, dW, db, _ = model.loss_and_gradients(X, y)
    pairs = [*zip(model.weights, dW, strict=True), *zip(model.biases, db, strict=True)]
    for param, analytic in pairs:
        numeric = _numeric_gradient(model, param, X, y)
        floor = 1e-7 * max(1.0, np.abs(numeric).max())
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=floor)


def test_both_loss_paths_agree_with_logaddexp_even_at_extreme_logits():
    model = MLP([2, 1], "relu", replicas=2)
    rng = np.random.default_rng(0)
    for n in (5, network._FEW):  # a few rows, and enough for the many-rows path
        z = rng.normal(0.0, 3.0, (2, 1, n))
        z[0, 0, :4] = [1000.0, -1000.0, 0.0, 1e-300]
        t = rng.integers(0, 2, n).astype(float)
        loss, dout = model._loss_and_dout(z, t)
        sp = np.logaddexp(0.0, z)
        np.testing.assert_allclose(loss, np.mean(sp - t * z, axis=(1, 2)), rtol=1e-13)
        # sigmoid(z) - t cancels where sigmoid(z) is near t: both forms then carry a rounding
        # error of a few eps (of 1.0), absolute, before the division by n
        np.testing.assert_allclose(dout, (np.exp(z - sp) - t) / n, rtol=1e-13, atol=8 * EPS / n)
        assert np.isfinite(dout).all()


def test_a_training_step_reuses_no_array_it_returns():
    # the large intermediates are kept between steps; what the step hands out must not be
    model = MLP([2, 8, 8, 1], "relu", replicas=4, seed=2)
    X, y = datasets.make("spiral", 64, seed=0)
    first = model.loss_and_gradients(X[:32], y[:32])
    kept = [np.copy(a) for a in (first[0], *first[1], *first[2])]
    model.loss_and_gradients(X[32:], y[32:])  # same batch size: the same kept arrays
    for a, b in zip(kept, (first[0], *first[1], *first[2]), strict=True):
        np.testing.assert_array_equal(a, b)
    # and the kept arrays give what a pass with fresh arrays gives, whatever the batch size
    for rows in (slice(0, 32), slice(0, 50), slice(10, 42)):
        again = model.loss_and_gradients(X[rows], y[rows])
        fresh = model._backward(*model._forward(X[rows]), y[rows])
        for a, b in zip(
            (again[0], *again[1], *again[2]), (fresh[0], *fresh[1], *fresh[2]), strict=True
        ):
            np.testing.assert_array_equal(a, b)


def test_kept_arrays_are_bounded(monkeypatch):
    model = MLP([2, 8, 4, 1], "relu", replicas=3, seed=2)
    X, y = datasets.make("spiral", 40, seed=0)
    expected = model.loss_and_gradients(X, y)
    work = model._work
    kept = [*work.z, *work.a, *work.grad, *work.mask]
    assert network._Workspace.nbytes(model.layer_sizes, 3, 40) == sum(a.nbytes for a in kept)
    # a network whose arrays would pass the bound keeps none between steps, same results
    monkeypatch.setattr(network._Workspace, "MAX_BYTES", sum(a.nbytes for a in kept) - 1)
    model._work = None
    again = model.loss_and_gradients(X, y)
    assert model._work is None
    for a, b in zip((expected[0], *expected[1]), (again[0], *again[1]), strict=True):
        np.testing.assert_array_equal(a, b)


def test_hidden_f_and_df_use_each_units_own_prelu_slope():
    # (replicas, rows, width) = (3, 5, 4): a mixed-up axis picks another unit's slope
    model = MLP([2, 4, 1], "prelu", replicas=3, seed=1)
    rng = np.random.default_rng(0)
    model.slopes[0][...] = rng.uniform(0.05, 0.6, (3, 4))
    z = rng.normal(0.0, 1.0, (3, 5, 4))
    f, df = model.hidden_f(0, z), model.hidden_df(0, z)
    for r, i, u in np.ndindex(z.shape):
        slope = model.slopes[0][r, u]
        assert f[r, i, u] == (z[r, i, u] if z[r, i, u] > 0 else slope * z[r, i, u])
        assert df[r, i, u] == (1.0 if z[r, i, u] > 0 else slope)


def test_gradients_are_not_trivially_zero():
    # guards the check above: with every gradient zero it would pass for any broken backward
    model, X, y = _problem("relu", "classification", seed=3)
    dW, db = model.gradients(X, y)
    assert all(np.abs(g).max() > 1e-4 for g in [*dW, *db])


def test_shapes_follow_the_contract():
    model = MLP([2, 5, 7, 1], "tanh", replicas=4)
    X = np.zeros((11, 2))
    y = np.zeros(11)
    assert [W.shape for W in model.weights] == [(4, 2, 5), (4, 5, 7), (4, 7, 1)]
    assert [b.shape for b in model.biases] == [(4, 5), (4, 7), (4, 1)]
    assert model.forward(X).shape == (4, 11, 1)
    assert [z.shape for z in model.pre_activations(X)] == [(4, 11, 5), (4, 11, 7)]
    assert model.loss(X, y).shape == (4,)
    dW, db = model.gradients(X, y)
    assert [g.shape for g in dW] == [W.shape for W in model.weights]
    assert [g.shape for g in db] == [b.shape for b in model.biases]
    assert model.slopes == []
    assert [s.shape for s in MLP([2, 5, 7, 1], "prelu", replicas=4).slopes] == [(4, 5), (4, 7)]


def test_outputs_are_probabilities_or_linear():
    X = np.random.default_rng(0).normal(0, 3, (50, 2))
    prob = MLP([2, 8, 1], task="classification", replicas=2).forward(X)
    assert prob.min() > 0.0 and prob.max() < 1.0
    model = MLP([2, 8, 1], task="regression")
    model.weights[-1][...] = 0.0
    model.biases[-1][...] = -2.5  # a linear head passes a negative constant straight through
    np.testing.assert_array_equal(model.forward(X), -2.5)


def test_weights_are_the_networks_own_arrays():
    model = MLP([2, 4, 1], "relu", task="regression", replicas=2)
    X = np.random.default_rng(1).normal(size=(5, 2))
    before = model.forward(X)
    model.weights[0][1] *= 2.0  # replica 1 only
    model.biases[1][1] += 0.5
    after = model.forward(X)
    np.testing.assert_array_equal(after[0], before[0])
    assert not np.allclose(after[1], before[1])


def test_replica_zero_is_the_single_network_with_that_seed():
    many = MLP([2, 8, 8, 1], "relu", replicas=4, seed=11)
    one = MLP([2, 8, 8, 1], "relu", replicas=1, seed=11)
    for a, b in zip(many.parameters(), one.parameters(), strict=True):
        np.testing.assert_array_equal(a[0:1], b)
    # the other replicas are different networks (their own streams), not copies
    assert not np.allclose(many.weights[0][1], many.weights[0][0])
    assert not np.allclose(many.weights[0][2], many.weights[0][1])
    # and they stay in step when trained on the same batches
    X, y = datasets.make("circle", 200, seed=2)
    for start in range(0, 200, 10):
        many.train_step(X[start : start + 10], y[start : start + 10], 0.1)
        one.train_step(X[start : start + 10], y[start : start + 10], 0.1)
    for a, b in zip(many.parameters(), one.parameters(), strict=True):
        np.testing.assert_allclose(a[0:1], b, rtol=1e-12, atol=1e-14)


def test_replica_and_copy_hold_their_own_arrays():
    model = MLP([2, 4, 1], "prelu", replicas=3, seed=5)
    single = model.replica(2)
    twin = model.copy()
    assert single.replicas == 1
    for a, b in zip(single.parameters(), model.parameters(), strict=True):
        np.testing.assert_array_equal(a[0], b[2])
    single.weights[0][...] = 0.0
    twin.weights[0][...] = 0.0
    twin.slopes[0][...] = 0.0
    assert np.abs(model.weights[0]).min() > 0.0
    assert np.all(model.slopes[0] == 0.25)


def test_he_std_on_a_large_layer():
    fan_in, fan_out = 400, 300
    W = MLP([fan_in, fan_out, 1], init="he", seed=1).weights[0]
    # 120,000 draws: the sample std is within about 0.2 % (one standard error) of the truth
    assert W.std() == pytest.approx(np.sqrt(2.0 / fan_in), rel=0.01)
    assert abs(W.mean()) < 0.01 * np.sqrt(2.0 / fan_in) * 3


def test_xavier_std_on_a_large_layer():
    fan_in, fan_out = 400, 300
    W = MLP([fan_in, fan_out, 1], init="xavier", seed=1).weights[0]
    assert W.std() == pytest.approx(np.sqrt(2.0 / (fan_in + fan_out)), rel=0.01)


@pytest.mark.parametrize("init", ["he", "xavier"])
def test_he_and_xavier_biases_start_at_zero(init):
    model = MLP([2, 8, 8, 1], init=init, replicas=2)
    assert all(np.all(b == 0.0) for b in model.biases)


def test_playground_init():
    model = MLP([300, 300, 1], init="playground", replicas=2, seed=4)
    W = model.weights[0]
    assert W.min() >= -0.5 and W.max() < 0.5
    # U(-0.5, 0.5) fills its range (not a narrower one) with variance 1/12
    assert W.min() < -0.49 and W.max() > 0.49
    assert W.std() == pytest.approx(np.sqrt(1.0 / 12.0), rel=0.01)
    assert all(np.all(b == 0.1) for b in model.biases)


def test_negative_bias_init():
    model = MLP([200, 100, 50, 1], init="negative_bias", replicas=2)
    assert np.all(model.biases[0] == -1.0) and np.all(model.biases[1] == -1.0)
    assert np.all(model.biases[-1] == 0.0)  # only hidden units get the bad start
    assert model.weights[0].std() == pytest.approx(np.sqrt(2.0 / 200), rel=0.02)


def test_every_init_is_listed():
    assert set(INITS) == {"he", "xavier", "playground", "negative_bias"}


def test_seed_decides_the_weights():
    a = MLP([2, 8, 1], seed=1).weights[0]
    assert np.array_equal(a, MLP([2, 8, 1], seed=1).weights[0])
    assert not np.allclose(a, MLP([2, 8, 1], seed=2).weights[0])


def test_train_step_returns_loss_before_the_step_and_is_plain_sgd():
    model = MLP([2, 6, 1], "tanh", replicas=2, seed=3)
    X, y = datasets.make("xor", 40, seed=1)
    expected = model.loss(X, y)
    dW, db = model.gradients(X, y)
    W0 = [W.copy() for W in model.weights]
    b0 = [b.copy() for b in model.biases]
    lr = 0.05
    np.testing.assert_array_equal(model.train_step(X, y, lr), expected)
    for W, before, g in zip(model.weights, W0, dW, strict=True):
        np.testing.assert_allclose(W, before - lr * g, rtol=1e-14, atol=1e-15)
    for b, before, g in zip(model.biases, b0, db, strict=True):
        np.testing.assert_allclose(b, before - lr * g, rtol=1e-14, atol=1e-15)
    assert np.all(model.loss(X, y) < expected)


@pytest.mark.parametrize(
    ("dataset", "name", "lr", "factor"),
    [("circle", "relu", 0.03, 0.75), ("plane", "leaky_relu", 0.01, 0.1)],
)
def test_training_reduces_the_loss(dataset, name, lr, factor):
    # full-batch gradient descent on 200 points; factors leave room below what seed 0 reaches
    X, y = datasets.make(dataset, 200, seed=0)
    task = "classification" if dataset == "circle" else "regression"
    model = MLP([2, 8, 1], name, task=task, replicas=3, seed=0)
    start = model.loss(X, y)
    for _ in range(300):
        model.train_step(X, y, lr)
    assert np.all(model.loss(X, y) < factor * start)


def test_prelu_learns_its_slope():
    model, X, y = _problem("prelu", "regression", seed=3)
    before = [s.copy() for s in model.slopes]
    model.train_step(X, y, 0.1)
    assert any(not np.allclose(a, b) for a, b in zip(model.slopes, before, strict=True))


@pytest.mark.parametrize("sizes", [[2], [], [2, 0, 1], [2, 8, -1]])
def test_bad_layer_sizes(sizes):
    with pytest.raises(ValueError, match="layer_sizes"):
        MLP(sizes)


def test_bad_task_names_the_allowed_ones():
    with pytest.raises(ValueError, match=r"classification.*regression"):
        MLP([2, 1], task="ranking")


def test_bad_init_names_the_allowed_ones():
    with pytest.raises(ValueError, match="he, xavier, playground, negative_bias"):
        MLP([2, 1], init="zeros")


def test_bad_activation_and_replicas():
    with pytest.raises(ValueError, match="relu"):
        MLP([2, 1], "swish-ish")
    with pytest.raises(ValueError, match="replicas"):
        MLP([2, 1], replicas=0)
