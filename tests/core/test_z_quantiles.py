"""The z distribution per hidden layer (health.z_quantiles) and what History keeps of it: the
quantiles the z plot draws, the CSV columns, and the events that mark hand edits."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.experiment import Config, Trainer
from reludesk.core.history import History
from reludesk.core.network import MLP

QS = health.Z_QUANTILES


def _hand_net() -> MLP:
    """Two hidden layers (3 and 4 units), three replicas, every weight set by hand."""
    net = MLP([2, 3, 4, 1], replicas=3)
    for l, W in enumerate(net.weights):
        # distinct, sign-mixed values per replica, so a mix-up of replicas or layers shows
        W[...] = np.sin(np.arange(W.size).reshape(W.shape) * (l + 1.3))
    for l, b in enumerate(net.biases):
        b[...] = np.cos(np.arange(b.size).reshape(b.shape) + l) - 0.2
    return net


X = np.array([[0.0, 0.0], [1.0, -2.0], [-1.5, 0.5], [2.0, 2.0], [0.3, -0.7]])


def test_the_default_quantiles_are_the_five_the_plot_draws():
    assert QS == (5, 25, 50, 75, 95)


def test_quantiles_pool_every_input_and_unit_of_a_layer_per_replica():
    net = _hand_net()
    zs = net.pre_activations(X)  # (3, 5, 3) and (3, 5, 4)
    got = health.z_quantiles(zs)
    assert got.shape == (3, 2, 5)
    for r in range(3):
        for l, z in enumerate(zs):
            np.testing.assert_array_equal(got[r, l], np.percentile(z[r].ravel(), QS))


def test_the_pool_has_no_order_so_feature_major_z_gives_the_same():
    net = _hand_net()
    zs = net.pre_activations(X)
    np.testing.assert_array_equal(
        health.z_quantiles([z.swapaxes(1, 2) for z in zs]), health.z_quantiles(zs)
    )


def test_other_quantiles_can_be_asked_for():
    zs = _hand_net().pre_activations(X)
    got = health.z_quantiles(zs, qs=(0, 100))
    assert got.shape == (3, 2, 2)
    np.testing.assert_array_equal(got[:, 1, 0], zs[1].min(axis=(1, 2)))
    np.testing.assert_array_equal(got[:, 1, 1], zs[1].max(axis=(1, 2)))


def test_non_finite_z_are_left_out_and_an_all_non_finite_replica_is_nan():
    z = np.arange(3 * 4 * 2, dtype=float).reshape(3, 4, 2)
    z[1, 0, 0], z[1, 2, 1], z[1, 3, 0] = np.nan, np.inf, -np.inf
    z[2] = np.nan
    other = np.linspace(-1.0, 1.0, 3 * 4 * 5).reshape(3, 4, 5)
    with np.errstate(all="raise"):
        got = health.z_quantiles([other, z])
    np.testing.assert_array_equal(got[0, 1], np.percentile(z[0].ravel(), QS))
    finite = z[1][np.isfinite(z[1])]
    assert finite.size == 5
    np.testing.assert_array_equal(got[1, 1], np.percentile(finite, QS))
    assert np.isnan(got[2, 1]).all()
    # the other layer of the broken replica is untouched by its neighbour's NaN
    np.testing.assert_array_equal(got[2, 0], np.percentile(other[2].ravel(), QS))


def test_no_warning_for_an_all_nan_replica(recwarn):
    health.z_quantiles([np.full((2, 3, 2), np.nan)])
    assert [str(w.message) for w in recwarn] == []


def test_the_trainer_records_the_quantiles_of_every_record_step():
    t = Trainer(Config(hidden=(4, 3), replicas=2), record_every=5)
    expected = [health.z_quantiles(t.model.pre_activations(t.X_train))]
    for _ in range(3):
        t.step(5)
        expected.append(health.z_quantiles(t.model.pre_activations(t.X_train)))
    h = t.history
    assert h.steps.tolist() == [0, 5, 10, 15]
    assert h.z_quantiles.shape == (4, 2, 2, 5)
    np.testing.assert_allclose(h.z_quantiles, np.stack(expected), rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(t.z_quantiles(), h.z_quantiles[-1])


def test_the_quantiles_stay_with_their_steps_when_the_history_thins():
    snap = Trainer(Config(hidden=(2,))).evaluate()
    h = History(n_hidden=1, n_layers=2, replicas=1, capacity=4, stride=1)
    for step in range(9):
        if h.wants(step):
            h.record(dataclasses.replace(snap, steps=step), z_quantiles=np.full((1, 1, 5), step))
    assert h.steps.tolist() == [0, 4, 8]
    assert h.z_quantiles[:, 0, 0, 0].tolist() == [0.0, 4.0, 8.0]


def test_a_record_without_quantiles_holds_nan_and_overwrites_old_ones():
    snap = Trainer(Config(hidden=(2,))).evaluate()
    h = History(n_hidden=1, n_layers=2, replicas=1, capacity=4)
    h.record(snap, z_quantiles=np.ones((1, 1, 5)))
    h.record(snap)  # the same step again replaces the record
    assert len(h) == 1 and np.isnan(h.z_quantiles).all()


def test_the_csv_has_one_column_per_quantile_and_layer_for_the_replica_asked():
    t = Trainer(Config(hidden=(4, 3), replicas=2), record_every=5)
    t.step(10)
    lines = t.history.to_csv(replica=1).splitlines()
    header = lines[0].split(",")
    first = header.index("z_q05_layer1")
    names = header[first : first + 10]
    assert names == [f"z_q{q:02d}_layer{l}" for q in QS for l in (1, 2)]
    table = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    zq = t.history.z_quantiles[:, 1]  # (records, layers, 5)
    for k, name in enumerate(names):
        q, layer = QS.index(int(name[3:5])), int(name[-1]) - 1
        np.testing.assert_allclose(table[:, first + k], zq[:, layer, q], rtol=1e-9)


def test_the_latest_row_of_the_csv_takes_the_quantiles_given():
    t = Trainer(Config(hidden=(3,), replicas=2), record_every=10)
    t.step(4)
    rows = t.history.to_csv(1, t.evaluate(), t.z_quantiles()).splitlines()
    last = [float(v) for v in rows[-1].split(",")]
    assert last[0] == 4
    first = rows[0].split(",").index("z_q05_layer1")
    np.testing.assert_allclose(last[first : first + 5], t.z_quantiles()[1, 0], rtol=1e-9)
    bare = t.history.to_csv(1, t.evaluate()).splitlines()[-1].split(",")
    assert bare[first : first + 5] == ["nan"] * 5


def test_events_are_kept_in_order_and_not_thinned():
    snap = Trainer(Config(hidden=(2,))).evaluate()
    h = History(n_hidden=1, n_layers=2, replicas=1, capacity=4)
    h.add_event(3, "edited unit 2 of layer 1")
    for step in range(20):
        if h.wants(step):
            h.record(dataclasses.replace(snap, steps=step))
    h.add_event(19, "killed unit 1 of layer 1")
    assert h.events == [(3, "edited unit 2 of layer 1"), (19, "killed unit 1 of layer 1")]


@pytest.mark.parametrize("hidden", [(), (3,)])
def test_trainer_quantiles_have_a_layer_axis_even_without_hidden_layers(hidden):
    t = Trainer(Config(hidden=hidden, replicas=2))
    assert t.z_quantiles().shape == (2, len(hidden), 5)


def test_quantiles_equal_numpys_to_the_last_bit_on_ties_and_odd_sizes():
    # the sorted-rows shortcut must keep np.percentile's arithmetic: sizes 1 to 7 (weights
    # near 0.5 take numpy's other branch), rounded values for ties, a wide range of scales
    rng = np.random.default_rng(7)
    qs = (0, 5, 12.5, 25, 50, 62.5, 75, 95, 100)
    for n in range(1, 8):
        z = np.round(rng.normal(size=(3, n, 2)) * 10.0 ** rng.integers(-3, 6), 1)
        got = health.z_quantiles([z], qs)
        want = np.stack([np.percentile(z[r].ravel(), qs) for r in range(3)])
        assert np.array_equal(got[:, 0], want), n


@pytest.mark.parametrize("qs", [(-1, 50), (50, 100.5), ((5, 25),)])
def test_quantiles_outside_0_to_100_are_refused(qs):
    with pytest.raises(ValueError, match="percentages from 0 to 100"):
        health.z_quantiles([np.zeros((1, 2, 2))], qs)


@pytest.mark.parametrize("broken", [False, True])
def test_equally_wide_layers_sorted_together_keep_their_replicas_and_layers_apart(broken):
    # three layers of 3 units and 2 replicas share one sort; a NaN in one takes the slow path
    net = MLP([2, 3, 3, 3, 1], replicas=2)
    for l, W in enumerate(net.weights):
        W[...] = np.cos(np.arange(W.size).reshape(W.shape) * (l + 0.7))
    zs = net.pre_activations(X)
    if broken:
        zs[2][1, 0, 0] = np.nan
    got = health.z_quantiles(zs)
    assert got.shape == (2, 3, 5)
    for r in range(2):
        for l, z in enumerate(zs):
            pool = z[r][np.isfinite(z[r])]
            np.testing.assert_array_equal(got[r, l], np.percentile(pool, QS))


def test_a_network_loaded_from_a_file_records_its_z_quantiles_at_step_0():
    """files.start_from records step 0 again with the loaded weights: with their quantiles,
    not NaN (it passed none)."""
    import json

    from reludesk.core import files

    source = Trainer(Config(hidden=(4, 3), seed=2))
    source.step(30)
    weights = json.loads(files.experiment_json(source.config, source.model))["weights"]
    target = Trainer(Config(hidden=(4, 3), seed=7))
    files.start_from(target, weights)
    recorded = target.history.z_quantiles[-1]
    assert np.all(np.isfinite(recorded))
    assert np.array_equal(recorded, target.z_quantiles())
