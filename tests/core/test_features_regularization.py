"""Input features and L1 / L2 regularisation: values, the gradient check, what training does."""

import math

import numpy as np
import pytest

from reludesk.core import features
from reludesk.core.config import Config, ConfigError
from reludesk.core.experiment import Trainer
from reludesk.core.network import MLP, REGULARIZATIONS

H = 1e-6
R = 2
ALL = features.FEATURES


def test_each_feature_is_its_function_of_the_point():
    X = np.array([[0.5, -2.0], [3.0, 1.25], [-1.5, 0.0]])
    got = features.expand(X, ALL)
    a, b = X[:, 0], X[:, 1]
    want = np.column_stack([a, b, a * a, b * b, a * b, np.sin(a), np.sin(b)])
    np.testing.assert_array_equal(got, want)
    # in the order asked, one column each
    np.testing.assert_array_equal(features.expand(X, ("sinx2", "x1")), want[:, [6, 0]])


def test_names_parse_in_canonical_order_and_refuse_strangers():
    assert features.parse("x1x2, x1") == ("x1", "x1x2")
    assert features.parse("x1²,sin x2,x2^2") == ("x1sq", "x2sq", "sinx2")
    with pytest.raises(ValueError, match=r"^unknown feature 'x3'; choose from: x1, x2, x1sq, "
                       r"x2sq, x1x2, sinx1, sinx2$"):
        features.parse("x1,x3")
    with pytest.raises(ValueError, match="at least one"):
        features.parse(" , ")
    assert features.toggled(("x1", "x2"), "x1sq") == ("x1", "x2", "x1sq")
    assert features.toggled(("x1", "x2"), "x1") == ("x2",)
    with pytest.raises(ValueError, match="only input left"):
        features.toggled(("x2",), "x2")
    assert [features.label(f) for f in ALL] == ["x1", "x2", "x1²", "x2²", "x1·x2", "sin x1",
                                                "sin x2"]


def test_config_features_set_the_first_layer_and_are_checked():
    c = Config(features=["x1x2", "x1", "x1"], hidden=(3,))
    assert c.features == ("x1", "x1x2") and c.layer_sizes == [2, 3, 1]
    assert Config(features=ALL).layer_sizes[0] == 7
    for bad, words in [([], "at least one"), ("x1,x2", "a list of names"), (["x9"], "x9"),
                       ([1], "names from")]:
        with pytest.raises(ConfigError, match=words):
            Config(features=bad)
    t = Trainer(Config(features=("x1", "x2", "x1sq", "x2sq"), hidden=(4,)))
    assert t.model.weights[0].shape == (1, 4, 4)
    # the trainer's data stays the points themselves; the network expands them
    assert t.X_train.shape[1] == 2


def _numeric(model, param, X, y):
    """d(loss + penalty)[r]/dparam by central differences."""
    grad = np.zeros_like(param)
    for idx in np.ndindex(param.shape):
        keep = param[idx]
        param[idx] = keep + H
        up = model.loss(X, y) + model.penalty()
        param[idx] = keep - H
        down = model.loss(X, y) + model.penalty()
        param[idx] = keep
        grad[idx] = (up[idx[0]] - down[idx[0]]) / (2 * H)
    return grad


@pytest.mark.parametrize("reg", REGULARIZATIONS)
@pytest.mark.parametrize(("name", "task"), [("tanh", "classification"), ("sigmoid", "regression"),
                                            ("elu", "classification")])
def test_gradient_of_loss_plus_penalty_matches_finite_differences(name, task, reg):
    feats = ("x1", "x2sq", "x1x2", "sinx1")
    model = MLP([4, 3, 2, 1], name, task=task, replicas=R, seed=5, features=feats,
                regularization=reg, regularization_rate=0.07)
    rng = np.random.default_rng(5)
    for b in model.biases:
        b += rng.uniform(-0.2, 0.2, b.shape)
    X = rng.uniform(-3, 3, (7, 2))
    y = rng.integers(0, 2, 7).astype(float) if task == "classification" else rng.normal(0, 1, 7)
    loss, dW, db, _ = model.loss_and_gradients(X, y)
    np.testing.assert_array_equal(loss, model.loss(X, y))  # the data's loss, no penalty in it
    for param, analytic in [*zip(model.weights, dW, strict=True),
                            *zip(model.biases, db, strict=True)]:
        numeric = _numeric(model, param, X, y)
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_penalty_by_hand():
    model = MLP([2, 2, 1], "relu", replicas=1, regularization="l1", regularization_rate=0.5)
    model.weights[0][0] = [[1.0, -2.0], [0.0, 3.0]]
    model.weights[1][0] = [[-4.0], [0.5]]
    assert model.penalty()[0] == pytest.approx(0.5 * (1 + 2 + 0 + 3 + 4 + 0.5))
    model.regularization = "l2"
    assert model.penalty()[0] == pytest.approx(0.5 * 0.5 * (1 + 4 + 0 + 9 + 16 + 0.25))
    model.regularization = "none"
    assert model.penalty()[0] == 0.0
    with pytest.raises(ValueError, match="choose one of: none, l1, l2"):
        MLP([2, 1], regularization="l3")


def _weights_of(config, steps=300):
    t = Trainer(config)
    t.step(steps)
    return np.concatenate([W.reshape(config.replicas, -1) for W in t.model.weights], axis=1)


def test_l2_shrinks_the_weights_and_l1_zeroes_more_of_them_on_16_seeds():
    base = Config(dataset="circle", hidden=(8,), learning_rate=0.03, replicas=16)
    free = _weights_of(base)
    l2 = _weights_of(base.replace(regularization="l2", regularization_rate=0.1))
    l1 = _weights_of(base.replace(regularization="l1", regularization_rate=0.1))
    # every one of the 16 networks: smaller weights with a penalty than without
    assert (np.linalg.norm(l2, axis=1) < np.linalg.norm(free, axis=1)).all()
    assert (np.abs(l1).sum(axis=1) < np.abs(free).sum(axis=1)).all()
    # L1 pulls small weights to about 0 (within one step of the penalty, lr x rate)
    near_zero = lambda w: (np.abs(w) <= 0.03 * 0.1).mean(axis=1)  # noqa: E731
    assert (near_zero(l1) > near_zero(free)).all()


def test_rate_zero_trains_exactly_as_none():
    base = Config(hidden=(4,), replicas=2)
    np.testing.assert_array_equal(
        _weights_of(base, 50), _weights_of(base.replace(regularization="l2"), 50))


def test_regularization_is_checked():
    with pytest.raises(ConfigError, match=r"^regularization must be one of: none, l1, l2"):
        Config(regularization="dropout")
    with pytest.raises(ConfigError, match=r"regularization_rate must be in \[0, 10\]"):
        Config(regularization="l2", regularization_rate=11)
    with pytest.raises(ConfigError, match="regularization_rate"):
        Config(regularization_rate=math.nan)
