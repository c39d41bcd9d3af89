"""Config (bounds, JSON, fuzz), Trainer (steps, rate, divergence, determinism) and History."""

import dataclasses
import json
import math
import re
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reludesk.core import activations, datasets, optim
from reludesk.core.config import FORMAT, MAX_JSON_CHARS
from reludesk.core.experiment import Config, ConfigError, History, Trainer
from reludesk.core.network import INITS

FIELDS = [f.name for f in dataclasses.fields(Config)]

# --- Config: defaults, bounds, JSON -----------------------------------------------------------


def test_defaults_are_valid_and_playground_like():
    c = Config()
    assert (c.dataset, c.n_samples, c.train_fraction, c.batch_size) == ("circle", 500, 0.5, 10)
    assert c.replace() == c
    assert c.layer_sizes == [2, 8, 8, 1]
    assert c.task == "classification"
    assert Config(dataset="plane").task == "regression"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hidden", (8,) * 9),
        ("hidden", (65,)),
        ("hidden", (0,)),
        ("hidden", "8,8"),
        ("hidden", (8, "x")),
        ("n_samples", 10_001),
        ("n_samples", 19),
        ("n_samples", "500"),
        ("replicas", 257),
        ("replicas", 0),
        ("learning_rate", 0.0),
        ("learning_rate", -0.1),
        ("learning_rate", 10.000001),
        ("learning_rate", math.nan),
        ("learning_rate", math.inf),
        ("learning_rate", "0.1"),
        ("noise", -0.01),
        ("noise", 0.51),
        ("train_fraction", 0.05),
        ("train_fraction", 0.95),
        ("batch_size", 0),
        ("batch_size", 251),  # 500 samples x 0.5 leaves 250 to train on
        ("batch_size", 2.5),
        ("seed", -1),
        ("seed", 2**32),
        ("seed", True),
        ("dataset", "moons"),
        ("activation", "swish"),
        ("init", "zeros"),
        ("optimizer", "lbfgs"),
        ("alpha", 0.0),
        ("alpha", math.nan),
        ("alpha", 2.0),  # leaky_relu's slope lies in (0, 1]
    ],
)
def test_every_bound_is_enforced_and_named(field, value):
    base = {"activation": "leaky_relu"} if field == "alpha" else {}
    with pytest.raises(ConfigError) as info:
        Config(**{**base, field: value})
    name = "hidden" if field == "hidden" else field
    assert name in str(info.value)


def test_edges_of_the_bounds_are_allowed():
    c = Config(
        hidden=(64,) * 8, n_samples=10_000, replicas=32, learning_rate=10.0, noise=0.5,
        seed=2**32 - 1, train_fraction=0.9, batch_size=9000,
    )  # fmt: skip
    assert c.hidden == (64,) * 8
    assert Config(replicas=256, hidden=(64,) * 8).replicas == 256  # on the default 500 rows
    assert Config(replicas=256, n_samples=10_000).replicas == 256  # of the default 8, 8
    assert Config(hidden=()).layer_sizes == [2, 1]
    assert Config(hidden=[4.0, 3]).hidden == (4, 3)  # whole floats from JSON are widths


def test_every_bound_at_once_is_refused_by_the_memory_budget():
    # 256 replicas x 8 layers of 64 on 9,000 rows: each at its bound, together ~38 GB
    big = {"hidden": (64,) * 8, "n_samples": 10_000, "train_fraction": 0.9}
    with pytest.raises(ConfigError, match=r"^replicas: .* at most (\d+) replicas") as err:
        Config(replicas=256, **big)
    most = int(re.search(r"at most (\d+) replicas", str(err.value)).group(1))
    assert 32 <= most < 256  # the 32-seed statistics of this network still fit
    assert Config(replicas=most, **big).replicas == most
    with pytest.raises(ConfigError, match="replicas"):
        Config(replicas=most + 1, **big)
    with pytest.raises(ConfigError, match="replicas"):
        Config.from_json(Config(replicas=most, **big).to_json().replace(f": {most}", ": 256"))


def test_config_error_is_a_value_error():
    assert issubclass(ConfigError, ValueError)


def test_replace_validates():
    with pytest.raises(ConfigError, match="learning_rate"):
        Config().replace(learning_rate=11)


def test_json_round_trip():
    c = Config(
        dataset="spiral", noise=0.25, n_samples=300, train_fraction=0.6, hidden=(5, 3, 2),
        activation="prelu", alpha=0.4, learning_rate=0.3, batch_size=7, init="playground",
        optimizer="adam", seed=12345, replicas=9,
    )  # fmt: skip
    text = c.to_json()
    doc = json.loads(text)
    assert doc["format"] == FORMAT and doc["version"] == 2
    assert Config.from_json(text) == c
    assert Config.from_json(Config().to_json()) == Config()


# --- Config.from_json fuzz: any text loads or raises ConfigError, nothing else ----------------


def _loads_or_config_error(text):
    try:
        result = Config.from_json(text)
    except ConfigError as exc:
        assert str(exc)  # a message a person can read
        return None
    assert isinstance(result, Config)
    return result


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_from_json_any_text(text):
    _loads_or_config_error(text)


_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.integers(0, 300)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([1e308, -1e308, 5e-324, 10**400, 0.5, 8.0])
    | st.text(max_size=8)
    | st.sampled_from([*datasets.names(), *activations.names(), *INITS, *optim.NAMES, "8,8"])
)
_keys = st.sampled_from(FIELDS) | st.text(max_size=6)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=25,
)
_documents = st.fixed_dictionaries(
    {
        "format": st.sampled_from([FORMAT, "reludesk-experiment", "other"]) | _scalars,
        "version": st.sampled_from([1, 1.0, 2, 0, True, "1", None]),
        "config": st.dictionaries(_keys, _values, max_size=len(FIELDS)) | _values,
    }
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents, st.integers(0, 2000))
def test_from_json_json_like_documents(doc, cut):
    # allow_nan writes the NaN / Infinity literals that Python's json would happily read back
    text = json.dumps(doc, allow_nan=True)
    _loads_or_config_error(text)
    _loads_or_config_error(text[:cut])  # truncated at any point


_config_fields = st.fixed_dictionaries(
    {
        "dataset": st.sampled_from(datasets.names()),
        "noise": st.floats(0.0, 0.5),
        "n_samples": st.integers(20, 10_000),
        "hidden": st.lists(st.integers(1, 64), max_size=8).map(tuple),
        "activation": st.sampled_from(activations.names()),
        "learning_rate": st.floats(1e-6, 10.0),
        "batch_size": st.integers(1, 5),
        "init": st.sampled_from(INITS),
        "optimizer": st.sampled_from(optim.NAMES),
        "seed": st.integers(0, 2**32 - 1),
        "replicas": st.integers(1, 256),
    }
)


@st.composite
def _valid_configs(draw):
    fields = draw(_config_fields)
    try:
        return Config(**fields)
    except ConfigError as exc:
        # every field is within its own bound; only their product can pass the memory budget
        assert str(exc).startswith("replicas:"), exc
        assume(False)


@given(_valid_configs())
def test_valid_configs_round_trip(config):
    assert _loads_or_config_error(config.to_json()) == config


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        '{"a":' * 50_000,
        "1" * 5_000,  # past Python's limit on digits in an int
        f'{{"format": "{FORMAT}", "version": 1, "config": {{"n_samples": {"9" * 5000}}}}}',
        f'{{"format": "{FORMAT}", "version": 1, "config": {{"learning_rate": 1e400}}}}',
        f'{{"format": "{FORMAT}", "version": 1, "config": {{"learning_rate": NaN}}}}',
        f'{{"format": "{FORMAT}", "version": 1, "config": {{"seed": -Infinity}}}}',
        f'{{"format": "{FORMAT}", "version": 1, "config": {{"hidden": [{"[" * 5000}]}}}}',
        f'{{"format": "{FORMAT}", "version": 1, "config": null}}',
        f'{{"format": "{FORMAT}", "version": 3, "config": {{}}}}',
        f'{{"format": "{FORMAT}", "version": true, "config": {{}}}}',
        " " * (MAX_JSON_CHARS + 1),
        "",
        "\x00",
    ],
)
def test_from_json_hostile_examples(text):
    with pytest.raises(ConfigError):
        Config.from_json(text)


def test_from_json_refuses_non_text():
    with pytest.raises(ConfigError):
        Config.from_json(b"{}")  # type: ignore[arg-type]


def test_from_json_names_an_unknown_field():
    doc = json.loads(Config().to_json())
    doc["config"]["learning_rat"] = 0.1
    with pytest.raises(ConfigError, match="learning_rat"):
        Config.from_json(json.dumps(doc))


# --- Trainer: steps, rate, determinism ---------------------------------------------------------


def _params(trainer):
    return [p.copy() for p in trainer.model.parameters()]


def _same(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_step_counts():
    t = Trainer(Config(hidden=(4,)))
    assert t.steps_done == 0 and len(t.history) == 1  # the starting point is recorded
    assert t.step() == 1
    assert t.step(7) == 7
    assert t.step(0) == 0
    assert t.steps_done == 8
    assert t.evaluate().steps == 8


def test_training_changes_the_model_and_lowers_the_loss():
    t = Trainer(Config(hidden=(8,), learning_rate=0.03, replicas=2))
    start = t.evaluate().train_loss
    before = _params(t)
    t.step(500)
    assert not _same(before, _params(t))
    assert np.all(t.evaluate().train_loss < start)


def test_accuracy_reads_the_sigmoid_output_at_one_half():
    # Output logits set to 0.3 everywhere give sigmoid 0.574: every row is predicted class 1,
    # though the logit is below 0.5 (an earlier version compared logits with 0.5).
    t = Trainer(Config(dataset="xor", hidden=(4,), replicas=2))
    t.model.weights[-1][...] = 0.0
    t.model.biases[-1][...] = 0.3
    t.invalidate()
    snap = t.evaluate()
    prob = t.model.forward(t.X_train)[:, :, 0]
    assert np.all(prob > 0.5)
    expected = np.mean(t.y_train == 1.0)
    assert expected != np.mean(t.y_train == 0.0)  # the check can tell the two readings apart
    np.testing.assert_array_equal(snap.train_accuracy, [expected, expected])
    np.testing.assert_array_equal(snap.test_accuracy, np.mean(t.y_test == 1.0))


def test_set_learning_rate_keeps_the_weights():
    t = Trainer(Config(optimizer="momentum"))
    t.step(5)
    before = _params(t)
    t.set_learning_rate(0.5)
    assert _same(before, _params(t))
    assert t.config.learning_rate == 0.5 and t.optimizer.lr == 0.5
    with pytest.raises(ConfigError, match="learning_rate"):
        t.set_learning_rate(11.0)
    assert t.optimizer.lr == 0.5  # a refused rate changes nothing


def test_burst_restores_the_rate():
    t = Trainer(Config(learning_rate=0.1))
    seen = []
    step = t.optimizer.step
    t.optimizer.step = lambda p, g: (seen.append(t.optimizer.lr), step(p, g))
    assert t.burst(20, lr=1.0) == 20
    assert seen == [1.0] * 20
    assert t.config.learning_rate == 0.1 and t.optimizer.lr == 0.1
    assert t.steps_done == 20


def _batches(trainer, n):
    """The inputs of the next n training steps, caught on their way into the model."""
    seen = []
    inner = trainer.model.loss_and_gradients

    def spy(X, y):
        seen.append((X.copy(), y.copy()))
        return inner(X, y)

    trainer.model.loss_and_gradients = spy
    trainer.step(n)
    return seen


def test_same_seed_same_start_and_batches_whatever_the_activation():
    # the comparison a student makes: only the activation differs, nothing else
    names = ["relu", "leaky_relu", "tanh"]
    trainers = [Trainer(Config(activation=a, seed=5, replicas=2)) for a in names]
    for other in trainers[1:]:
        assert _same(_params(trainers[0]), _params(other))
    runs = [_batches(t, 60) for t in trainers]  # 60 batches of 10 cross the epoch of 250 rows
    for run in runs[1:]:
        for (Xa, ya), (Xb, yb) in zip(runs[0], run, strict=True):
            np.testing.assert_array_equal(Xa, Xb)
            np.testing.assert_array_equal(ya, yb)
    assert not np.array_equal(runs[0][0][0], runs[0][1][0])  # batches do change
    other_seed = _batches(Trainer(Config(seed=6)), 1)
    assert not np.array_equal(other_seed[0][0], runs[0][0][0])


def test_every_epoch_visits_every_training_row_once():
    t = Trainer(Config(n_samples=100, batch_size=10))  # 50 rows to train on: 5 batches
    rows = np.vstack([X for X, _ in _batches(t, 5)])
    assert sorted(map(tuple, rows)) == sorted(map(tuple, t.X_train))


# --- divergence ---------------------------------------------------------------------------------

# a linear network on the plane regression at the top rate: the loss grows ~1e80-fold in 3 steps
DIVERGES = Config(dataset="plane", activation="linear", learning_rate=10.0)


def test_divergence_stops_training_at_a_finite_state():
    t = Trainer(DIVERGES)
    states = [_params(t)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for _ in range(50):
            if t.step(1) == 0:
                break
            states.append(_params(t))
        assert t.diverged and t.diverged_mask.tolist() == [True]
        stopped_at = t.steps_done
        assert stopped_at < 20
        assert t.step(10) == 0 and t.steps_done == stopped_at
        kept = _params(t)
        assert all(np.all(np.isfinite(p)) for p in kept)
        # the model is one the trainer passed through, not a half-updated mix
        assert any(_same(kept, s) for s in states)
        out = t.model.forward(t.X_train)
        assert np.all(np.isfinite(out))  # the view can still draw it
        snap = t.evaluate()
        assert snap.diverged.tolist() == [True]
    assert t.history.steps[-1] == stopped_at  # the moment it broke is on the curve


def test_diverged_replica_evaluates_to_finite_numbers():
    t = Trainer(DIVERGES)
    t.step(50)
    assert t.diverged
    snap = t.evaluate()
    assert np.isfinite(snap.train_loss).all() and np.isfinite(snap.test_loss).all()


def test_only_the_replicas_that_diverge_freeze():
    # plane with relu at rate 3: with this seed the four replicas blow up at different steps
    t = Trainer(Config(dataset="plane", activation="relu", learning_rate=3.0, replicas=4))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        while not t.diverged_mask.any() and t.steps_done < 1000:
            t.step(1)
        frozen = t.diverged_mask.copy()
        assert 0 < frozen.sum() < 4 and not t.diverged
        before = _params(t)
        assert t.step(3) == 3
        after = _params(t)
    still = frozen & t.diverged_mask
    for p0, p1 in zip(before, after, strict=True):
        np.testing.assert_array_equal(p1[still], p0[still])
        assert np.all(np.isfinite(p1[still]))
    running = ~t.diverged_mask
    assert running.any()
    # the survivors keep learning (the output bias always gets a gradient, even when a burst
    # has killed every hidden relu and left the first layers without one)
    assert not all(
        np.array_equal(p0[running], p1[running]) for p0, p1 in zip(before, after, strict=True)
    )


# --- the DESIGN.md fact: a burst kills ReLUs, Leaky ReLU keeps them alive ------------------------


def _after_burst_and_calm(activation, alpha):
    config = Config(
        dataset="spiral", hidden=(8, 8), activation=activation, alpha=alpha, learning_rate=0.1,
        batch_size=10, init="he", replicas=16, seed=0,
    )  # fmt: skip
    t = Trainer(config, record_every=1000)
    t.burst(100, lr=1.0)
    t.step(1000)
    snap = t.evaluate()
    ok = ~snap.diverged
    assert ok.sum() >= 12  # most replicas stay finite, so the shares below mean something
    return snap.dead_share()[:, ok].mean(), snap.inactive_share()[:, ok].mean()


def test_burst_kills_relus_and_leaky_relu_keeps_them_alive():
    relu_dead, relu_inactive = _after_burst_and_calm("relu", None)
    leaky_dead, leaky_inactive = _after_burst_and_calm("leaky_relu", 0.1)
    # DESIGN.md measured 22 % dead for relu and 6 % inactive, 0 % dead for leaky_relu 0.1
    assert relu_dead > 0.1
    assert relu_inactive == 0.0  # "inactive" is the Leaky family's word: a ReLU below 0 is dead
    assert leaky_dead == 0.0
    assert leaky_inactive < 0.5 * relu_dead


# --- History -------------------------------------------------------------------------------------


def test_history_stays_bounded_over_50000_steps():
    # feeding History the way Trainer does, without paying for 50,000 training steps
    t = Trainer(Config(hidden=(3, 2), replicas=2))
    snap = t.evaluate()
    h = History(n_hidden=2, n_layers=3, replicas=2, capacity=64, stride=1)
    size = h.nbytes()
    longest = 0
    for step in range(50_001):
        if h.wants(step):
            h.record(dataclasses.replace(snap, steps=step))
            longest = max(longest, len(h))
    assert longest == 64 and 32 <= len(h) <= 64
    assert h.nbytes() == size
    steps = h.steps
    assert steps[0] == 0 and np.all(np.diff(steps) > 0)
    assert steps[-1] > 50_000 - h.stride
    # thinned evenly
    assert np.all(np.diff(steps) % (h.stride // 2) == 0)
    assert np.diff(steps).max() == h.stride
    assert h.train_loss.shape == (len(h), 2)
    assert h.dead_share.shape == (len(h), 2, 2)
    assert h.grad_norm.shape == (len(h), 3, 2)


def test_history_thins_evenly():
    snap = Trainer(Config(hidden=(2,))).evaluate()
    h = History(n_hidden=1, n_layers=2, replicas=1, capacity=8, stride=1)
    for step in range(200):
        if h.wants(step):
            h.record(dataclasses.replace(snap, steps=step))
    assert np.all(np.diff(h.steps) == h.stride)


def test_trainer_history_grows_then_stays_bounded():
    t = Trainer(Config(hidden=(2,), batch_size=1), record_every=1, history_capacity=16)
    t.step(10)
    assert len(t.history) == 11 and t.history.steps.tolist() == list(range(11))
    t.step(2000)
    assert len(t.history) <= 16
    assert t.history.steps[-1] > 2010 - t.history.stride
    assert t.history.stride >= 128


def test_history_to_csv():
    t = Trainer(Config(hidden=(4, 3), replicas=2), record_every=5)
    t.step(20)
    lines = t.history.to_csv(replica=1).splitlines()
    header = lines[0].split(",")
    assert header == [
        "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
        "dead_share_layer1", "dead_share_layer2", "inactive_share_layer1",
        "inactive_share_layer2", "grad_norm_layer1", "grad_norm_layer2", "grad_norm_layer3",
        "saturated_share_layer1", "saturated_share_layer2",
        "z_q05_layer1", "z_q05_layer2", "z_q25_layer1", "z_q25_layer2", "z_q50_layer1",
        "z_q50_layer2", "z_q75_layer1", "z_q75_layer2", "z_q95_layer1", "z_q95_layer2",
    ]  # fmt: skip
    rows = [list(map(float, line.split(","))) for line in lines[1:]]
    assert [int(r[0]) for r in rows] == [0, 5, 10, 15, 20]
    h = t.history
    np.testing.assert_allclose([r[1] for r in rows], h.train_loss[:, 1], rtol=1e-9)
    np.testing.assert_allclose([r[4] for r in rows], h.test_accuracy[:, 1], rtol=1e-9)
    np.testing.assert_allclose([r[11] for r in rows], h.grad_norm[:, 2, 1], rtol=1e-9)


def test_history_records_prelu_slopes_per_layer():
    t = Trainer(Config(activation="prelu", hidden=(4, 3), replicas=2), record_every=5)
    assert np.allclose(t.history.slope_mean, 0.25)  # PReLU's starting slope
    t.step(20)
    model = t.model
    np.testing.assert_allclose(
        t.history.slope_mean[-1], np.stack([s.mean(axis=1) for s in model.slopes])
    )
    header = t.history.to_csv().splitlines()[0].split(",")
    assert header[-2:] == ["prelu_slope_layer1", "prelu_slope_layer2"]
    relu = Trainer(Config(hidden=(4,)))
    assert not hasattr(relu.history, "slope_mean")  # no column of NaN for a fixed slope
    assert np.isnan(relu.evaluate().slope_mean()).all()


def test_a_runaway_loss_is_flagged_before_it_overflows():
    # a ReLU net on the plane at rate 1 climbs towards 10^100 long before a number turns inf
    t = Trainer(Config(dataset="plane", hidden=(8, 8), learning_rate=1.0, replicas=4, seed=0))
    assert not t.evaluate().runaway.any()
    for _ in range(200):
        t.step(5)
        snap = t.evaluate()
        if snap.runaway.any() or t.diverged:
            break
    assert snap.runaway.any()
    ran = snap.runaway
    assert np.isfinite(snap.train_loss[ran]).all()  # flagged while still finite
    assert (snap.train_loss[ran] > 1e6).all()
    calm = Trainer(Config(hidden=(8, 8), replicas=4))
    calm.step(500)
    assert not calm.evaluate().runaway.any()


def test_history_validates_its_shape():
    with pytest.raises(ValueError, match="capacity"):
        History(1, 2, 1, capacity=7)
    with pytest.raises(ValueError, match="stride"):
        History(1, 2, 1, stride=0)
