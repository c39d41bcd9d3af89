"""One hidden unit by hand: read, set, kill, revive and undo, in the MLP and in the Trainer (the
neuron inspector's numbers). Every edit acts on one replica; the others never move."""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import health, lessons
from reludesk.core.experiment import Config, Trainer
from reludesk.core.network import KILL_MARGIN, MLP, UNIT_LIMIT, _init_layer


def _params(model: MLP) -> list[np.ndarray]:
    return [p.copy() for p in model.parameters()]


def _assert_same(before: list[np.ndarray], model: MLP) -> None:
    after = model.parameters()
    assert len(after) == len(before)
    for a, b in zip(after, before, strict=True):
        assert a.dtype == b.dtype == np.float64
        assert np.array_equal(a, b)


def _hand_net(replicas: int = 2) -> MLP:
    net = MLP([2, 3, 2, 1], replicas=replicas)
    for l, W in enumerate(net.weights):
        W[...] = np.arange(W.size).reshape(W.shape) * 0.1 - 0.3 * (l + 1)
    for b in net.biases:
        b[...] = 0.05
    return net


# --- reading and setting ---------------------------------------------------------------------


def test_unit_params_are_copies_of_one_replicas_column_and_bias():
    net = _hand_net(3)
    net.biases[1][2, 1] = 7.5
    w, b = net.unit_params(1, 1, replica=2)
    np.testing.assert_array_equal(w, net.weights[1][2, :, 1])
    assert b == 7.5 and isinstance(b, float) and w.shape == (3,)
    w[:] = 99.0
    assert not np.any(net.weights[1] == 99.0)  # a copy: the network is unchanged


@pytest.mark.parametrize(
    ("layer", "unit", "replica", "words"),
    [
        (2, 0, 0, "layer must be a hidden layer, 0 to 1, got 2"),  # the output layer
        (-1, 0, 0, "layer must be a hidden layer, 0 to 1, got -1"),
        (1, 2, 0, "unit must be 0 to 1 in layer 1, got 2"),
        (0, 0, 2, "replica must be 0 to 1, got 2"),
        (0.0, 0, 0, "layer must be a whole number, got 0.0"),
    ],
)
def test_only_hidden_units_of_existing_replicas_are_refused_in_one_sentence(
    layer, unit, replica, words
):
    net = _hand_net()
    before = _params(net)
    for call in (
        lambda: net.unit_params(layer, unit, replica),
        lambda: net.set_unit(layer, unit, bias=0.0, replica=replica),
        lambda: net.reinit_unit(layer, unit, np.random.default_rng(0), replica),
        lambda: net.kill_bias(layer, unit, np.zeros((2, 2)), replica),
    ):
        with pytest.raises(ValueError) as info:
            call()
        assert str(info.value) == words
    _assert_same(before, net)


def test_set_unit_changes_that_unit_of_that_replica_only():
    net = _hand_net(3)
    before = _params(net)
    net.set_unit(0, 1, weights=[1.5, -2.0], bias=-0.25, replica=1)
    np.testing.assert_array_equal(net.weights[0][1, :, 1], [1.5, -2.0])
    assert net.biases[0][1, 1] == -0.25
    changed = [~np.isclose(a, b) for a, b in zip(net.parameters(), before, strict=True)]
    assert [int(c.sum()) for c in changed] == [2, 0, 0, 1, 0, 0]


def test_set_unit_keeps_what_it_is_not_given():
    net = _hand_net()
    w0 = net.weights[1][0, :, 0].copy()
    net.set_unit(1, 0, bias=3.0)
    np.testing.assert_array_equal(net.weights[1][0, :, 0], w0)
    net.set_unit(1, 0, weights=[0.0, 1.0, 2.0])
    assert net.biases[1][0, 0] == 3.0


def test_the_limit_itself_is_allowed():
    assert UNIT_LIMIT == 1000.0
    net = _hand_net()
    net.set_unit(0, 0, weights=[-1000.0, 1000.0], bias=-1000.0)
    assert net.biases[0][0, 0] == -1000.0


@pytest.mark.parametrize(
    ("weights", "bias", "words"),
    [
        ([np.nan, 0.0], None, "weights must be finite numbers (no nan or infinity)"),
        ([0.0, np.inf], None, "weights must be finite numbers (no nan or infinity)"),
        (None, -np.inf, "the bias must be finite numbers (no nan or infinity)"),
        (None, np.nan, "the bias must be finite numbers (no nan or infinity)"),
        ([1001.0, 0.0], None, "weights must lie within ±1000"),
        (None, -1000.5, "the bias must lie within ±1000"),
        ([1.0, 2.0, 3.0], None, "weights must be 2 numbers, got shape (3,)"),
        ([[1.0, 2.0]], None, "weights must be 2 numbers, got shape (1, 2)"),
        (None, [1.0], "the bias must be one number, got shape (1,)"),
        (["a", "b"], None, "weights must be numbers"),
        # good weights with a bad bias: nothing at all is written
        ([5.0, 6.0], 1001.0, "the bias must lie within ±1000"),
    ],
)
def test_refused_values_change_nothing(weights, bias, words):
    net = _hand_net()
    before = _params(net)
    with pytest.raises(ValueError) as info:
        net.set_unit(0, 1, weights=weights, bias=bias)
    assert str(info.value) == words
    _assert_same(before, net)


# --- revive: the initialiser's own rule --------------------------------------------------------


@pytest.mark.parametrize("init", ["he", "xavier", "playground", "negative_bias"])
def test_reinit_draws_the_units_column_as_the_initialiser_does(init):
    net = MLP([2, 5, 3, 1], init=init, replicas=2)
    before = _params(net)
    net.reinit_unit(1, 2, np.random.default_rng(42), replica=1)
    W, b = _init_layer(np.random.default_rng(42), init, 5, 3, hidden=True)
    np.testing.assert_array_equal(net.weights[1][1, :, 2], W[:, 2])
    assert net.biases[1][1, 2] == b[2]
    changed = [int((a != p).sum()) for a, p in zip(net.parameters(), before, strict=True)]
    assert sum(changed) <= 6 and changed[0] == changed[2] == changed[3] == 0


def test_reinit_puts_a_prelu_slope_back_to_its_start():
    net = MLP([2, 3, 1], activation="prelu", replicas=2)
    net.slopes[0][1, 2] = -0.7
    net.slopes[0][0, 2] = -0.7
    net.reinit_unit(0, 2, np.random.default_rng(0), replica=1)
    assert net.slopes[0][1, 2] == 0.25 and net.slopes[0][0, 2] == -0.7


# --- kill: computed from the data ------------------------------------------------------------


def test_kill_bias_by_hand():
    net = MLP([2, 2, 1], replicas=1)
    net.set_unit(0, 1, weights=[1.0, 2.0], bias=0.7)
    X = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])  # w . x = 1, 2, -3: spread 5
    assert KILL_MARGIN == 0.1
    assert net.kill_bias(0, 1, X) == pytest.approx(-2.0 - 0.1 * 5.0, abs=1e-12)
    # a narrow spread still gets the absolute margin: w . x = 0.1, 0.2, -0.3
    net.set_unit(0, 1, weights=[0.1, 0.2])
    assert net.kill_bias(0, 1, X) == pytest.approx(-0.2 - 0.1, abs=1e-12)
    assert net.kill_bias(0, 1, X, margin=2.0) == pytest.approx(-0.2 - 2.0, abs=1e-12)


def test_kill_bias_of_a_deeper_layer_reads_what_that_layer_receives():
    net = _hand_net()
    X = np.array([[0.5, -1.0], [2.0, 1.0], [-1.0, 0.3]])
    a = net.hidden_f(0, net.pre_activations(X)[0])[1]  # replica 1's layer-1 output (n, 3)
    s = a @ net.weights[1][1, :, 0]
    b = net.kill_bias(1, 0, X, replica=1)
    assert b == pytest.approx(-s.max() - 0.1 * max(1.0, np.ptp(s)), abs=1e-12)
    assert np.array_equal(net.unit_inputs(1, X, 1), a)


def test_kill_bias_refuses_no_rows_and_non_finite_inputs():
    net = _hand_net()
    with pytest.raises(ValueError, match="at least one input row"):
        net.kill_bias(0, 0, np.zeros((0, 2)))
    net.weights[0][0, 0, 0] = np.nan
    with pytest.raises(ValueError, match="not finite numbers"):
        net.kill_bias(0, 0, np.ones((3, 2)))


def _alive_unit(t: Trainer, layer: int, replica: int) -> int:
    dead = t.evaluate().dead[layer][replica]
    return int(np.flatnonzero(~dead)[0])


@pytest.mark.parametrize("replica", [0, 1, 2])
@pytest.mark.parametrize(("hidden", "layer", "steps"), [((6,), 0, 0), ((5, 4), 1, 300)])
def test_killing_a_unit_makes_it_dead_and_no_other(replica, hidden, layer, steps):
    # the last hidden layer: no unit downstream can die with it, so exactly one changes state
    t = Trainer(Config(hidden=hidden, replicas=3, dataset="circle"))
    t.step(steps)
    before = [d.copy() for d in t.evaluate().dead]
    unit = _alive_unit(t, layer, replica)
    t.kill_unit(layer, unit, replica=replica)
    after = t.evaluate().dead
    flipped = [np.argwhere(a != b).tolist() for a, b in zip(after, before, strict=True)]
    assert flipped == [[[replica, unit]] if l == layer else [] for l in range(len(hidden))]
    assert after[layer][replica, unit]
    # health reads the same from the network itself
    masks = health.dead_mask(t.model, t.X_train)
    assert [m.tolist() for m in masks] == [m.tolist() for m in after]
    z = t.model.pre_activations(t.X_train)[layer][replica, :, unit]
    assert z.max() < 0.0


@pytest.mark.parametrize("replica", [0, 1])
def test_killing_an_earlier_layers_unit_leaves_its_layer_and_others_replicas_alone(replica):
    t = Trainer(Config(hidden=(5, 4), replicas=2, dataset="circle"))
    t.step(300)
    before = [d.copy() for d in t.evaluate().dead]
    unit = _alive_unit(t, 0, replica)
    t.kill_unit(0, unit, replica=replica)
    after = t.evaluate().dead
    assert np.argwhere(after[0] != before[0]).tolist() == [[replica, unit]]
    other = 1 - replica
    assert np.array_equal(after[1][other], before[1][other])


def test_a_kill_on_a_hand_built_net_is_dead_with_every_input_below_zero():
    net = _hand_net()
    X = np.random.default_rng(5).normal(size=(40, 2))
    before = health.dead_mask(net, X)
    net.set_unit(0, 2, bias=net.kill_bias(0, 2, X, replica=0), replica=0)
    after = health.dead_mask(net, X)
    assert np.argwhere(after[0] != before[0]).tolist() == [[0, 2]]
    assert net.pre_activations(X)[0][0, :, 2].max() <= -KILL_MARGIN + 1e-12


# --- revive: alive again on the same data -------------------------------------------------------


@pytest.mark.parametrize("init", ["he", "xavier", "playground"])
def test_a_revived_first_layer_unit_is_alive_on_the_same_data(init):
    # Held for the first hidden layer with these inits on the plane's centred data sets: a zero
    # (or +0.1) bias puts z = w . x + b above 0 on part of the inputs whatever the direction w
    # draws. Not claimed for deeper layers (their inputs are all >= 0, so a unit can be drawn
    # dead) nor for negative_bias (its bias of -1 can start a unit dead).
    config = lessons.get("dying_relu").config.replace(init=init, replicas=16, seed=0)
    t = Trainer(config)
    t.step(50)
    for r in range(16):
        t.kill_unit(0, 3, replica=r)
    assert t.evaluate().dead[0][:, 3].all()
    for r in range(16):
        t.revive_unit(0, 3, replica=r)
    assert not t.evaluate().dead[0][:, 3].any()
    assert not health.dead_mask(t.model, t.X_train)[0][:, 3].any()


def test_revive_is_deterministic_per_seed_and_leaves_the_batches_alone():
    def revived(seed: int) -> tuple[Trainer, np.ndarray]:
        t = Trainer(Config(hidden=(4,), seed=seed))
        t.revive_unit(0, 1)
        return t, t.model.weights[0][0, :, 1].copy()

    a, wa = revived(3)
    _, wb = revived(3)
    _, wc = revived(4)
    np.testing.assert_array_equal(wa, wb)
    assert not np.array_equal(wa, wc)
    # not the stream that built the network: the revived column differs from its start
    assert not np.array_equal(wa, Trainer(Config(hidden=(4,), seed=3)).model.weights[0][0, :, 1])
    # undo, then train: bit for bit the run of a trainer never touched (same batches)
    a.undo_edit()
    plain = Trainer(Config(hidden=(4,), seed=3))
    a.step(30)
    plain.step(30)
    _assert_same(_params(plain.model), a.model)


# --- the trainer: undo, events, optimiser state --------------------------------------------------


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_undo_restores_every_array_bit_for_bit(optimizer):
    t = Trainer(Config(hidden=(4, 3), replicas=2, optimizer=optimizer, activation="prelu"))
    t.step(15)
    saved = _params(t.model)
    state = [[a.copy() for a in group] for group in _state(t)]
    t.edit_unit(0, 2, weights=[0.5, -0.5], bias=0.3)
    t.kill_unit(1, 0, replica=1)
    t.revive_unit(1, 2)
    t.edit_unit(1, 1, bias=-2.0)
    for _ in range(4):
        assert t.can_undo()
        assert t.undo_edit() is True
    assert not t.can_undo()
    _assert_same(saved, t.model)
    for group, kept in zip(_state(t), state, strict=True):
        for a, b in zip(group, kept, strict=True):
            assert np.array_equal(a, b)


def _state(t: Trainer) -> list[list[np.ndarray]]:
    opt = t.optimizer
    return [getattr(opt, n) for n in ("_v", "_m", "_s") if getattr(opt, n, None) is not None]


def test_nothing_to_undo_changes_nothing():
    t = Trainer(Config(hidden=(3,)))
    before = _params(t.model)
    assert t.can_undo() is False
    assert t.undo_edit() is False
    assert t.history.events == []
    _assert_same(before, t.model)


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_an_edit_zeroes_that_units_optimiser_state_and_undo_brings_it_back(optimizer):
    t = Trainer(Config(hidden=(4,), replicas=2, optimizer=optimizer))
    t.step(20)
    before = [[a.copy() for a in group] for group in _state(t)]
    t.kill_unit(0, 2, replica=1)
    for group, old in zip(_state(t), before, strict=True):
        W, b = group[0], group[2]  # layer 1's weights and biases in parameters() order
        assert np.all(W[1, :, 2] == 0.0) and b[1, 2] == 0.0
        # every other entry as it was
        W_old, b_old = old[0].copy(), old[2].copy()
        W_old[1, :, 2], b_old[1, 2] = 0.0, 0.0
        assert np.array_equal(W, W_old) and np.array_equal(b, b_old)
        assert np.array_equal(group[1], old[1]) and np.array_equal(group[3], old[3])
    t.undo_edit()
    for group, old in zip(_state(t), before, strict=True):
        assert all(np.array_equal(a, o) for a, o in zip(group, old, strict=True))


def test_a_killed_unit_stays_dead_under_momentum():
    # the zeroed velocity: the unit does not coast back above zero on its old momentum
    t = Trainer(Config(hidden=(8,), optimizer="momentum", learning_rate=0.1, dataset="circle"))
    t.step(100)
    unit = _alive_unit(t, 0, 0)
    t.kill_unit(0, unit)
    w, b = t.model.unit_params(0, unit)
    t.step(200)
    assert t.evaluate().dead[0][0, unit]
    w2, b2 = t.model.unit_params(0, unit)
    assert np.array_equal(w, w2) and b == b2


def test_undo_after_an_edit_made_before_the_first_step_zeroes_the_new_state():
    t = Trainer(Config(hidden=(3,), optimizer="momentum"))
    t.edit_unit(0, 0, bias=0.5)
    t.step(5)
    t.undo_edit()
    assert t.model.biases[0][0, 0] == 0.0  # He init's bias
    assert t.optimizer._v[2][0, 0] == 0.0  # layer 1's biases in parameters() order


def test_every_edit_is_an_event_at_the_current_step_counted_from_one():
    t = Trainer(Config(hidden=(4, 3)), record_every=5)
    t.step(7)
    t.edit_unit(0, 1, bias=0.2)
    t.step(3)
    t.kill_unit(1, 2)
    t.revive_unit(1, 0)
    t.undo_edit()
    assert t.history.events == [
        (7, "edited unit 2 of layer 1"),
        (10, "killed unit 3 of layer 2"),
        (10, "revived unit 1 of layer 2"),
        (10, "undid: revived unit 1 of layer 2"),
    ]


def test_a_refused_edit_leaves_no_event_and_nothing_to_undo():
    t = Trainer(Config(hidden=(4,), optimizer="momentum"))
    t.step(3)
    before = _params(t.model)
    with pytest.raises(ValueError):
        t.edit_unit(0, 1, weights=[1.0, np.nan])
    with pytest.raises(ValueError):
        t.kill_unit(1, 0)
    assert t.history.events == [] and not t.can_undo()
    _assert_same(before, t.model)


def test_an_edit_shows_in_the_next_evaluation():
    t = Trainer(Config(hidden=(4,)))
    assert not t.evaluate().dead[0][0, 1]
    t.kill_unit(0, 1)
    assert t.evaluate().dead[0][0, 1]  # the cached Snapshot was dropped
    t.undo_edit()
    assert not t.evaluate().dead[0][0, 1]


def test_the_trainer_kills_with_the_training_inputs():
    t = Trainer(Config(hidden=(5,), replicas=2, dataset="circle"))
    t.step(100)
    old = t.model.copy()
    b = t.kill_unit(0, 3, replica=1)
    assert b == old.kill_bias(0, 3, t.X_train, replica=1)
    assert b != old.kill_bias(0, 3, t.X_test, replica=1)
    assert t.model.biases[0][1, 3] == b and t.model.biases[0][0, 3] == old.biases[0][0, 3]


def test_the_trainer_edits_the_replica_asked_for():
    t = Trainer(Config(hidden=(4,), replicas=3))
    before = _params(t.model)
    t.edit_unit(0, 2, weights=[0.5, -1.5], bias=0.25, replica=2)
    np.testing.assert_array_equal(t.model.weights[0][2, :, 2], [0.5, -1.5])
    assert t.model.biases[0][2, 2] == 0.25
    for r in (0, 1):
        assert np.array_equal(t.model.weights[0][r], before[0][r])
        assert np.array_equal(t.model.biases[0][r], before[2][r])
    assert t.undo_edit()
    _assert_same(before, t.model)
