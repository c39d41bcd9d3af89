"""The timeline: states restored bit for bit, thinning within the budget, continuing from an
earlier step and taking it back, branching into another activation."""

import numpy as np
import pytest

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.core.timeline import Timeline


def _params(t):
    return [p.copy() for p in t.model.parameters()]


def _same(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("activation", ["relu", "prelu"])
def test_a_restored_state_trains_on_bit_for_bit_on_16_seeds(optimizer, activation):
    lr = 0.03 if optimizer == "sgd" else 0.01
    c = Config(dataset="spiral", optimizer=optimizer, activation=activation, learning_rate=lr,
               replicas=16)
    plan = [("step", 13), ("step", 31), ("step", 7), ("step", 50), ("burst", 40), ("step", 20)]

    def run(trainer):
        seen = []
        for kind, n in plan:
            trainer.burst(n, 0.3) if kind == "burst" else trainer.step(n)  # a change of rate
            seen.append((trainer.steps_done, _params(trainer)))
        return seen

    t = Trainer(c)
    t.step(57)
    state = t.state()
    first = run(t)
    t.restore(state)
    assert t.steps_done == 57
    for (step, params), (again, replayed) in zip(first, run(t), strict=True):
        assert step == again and _same(params, replayed), step
    assert not _same(first[0][1], first[-1][1])


def test_seek_reaches_every_one_of_the_last_1000_steps_exactly_after_thinning():
    c = Config(dataset="spiral", hidden=(8, 8))  # the default network
    t = Trainer(c)
    t.enable_timeline(Timeline(max_states=150))  # thins after 1,500 steps instead of 40,960
    history = {}
    for _ in range(3000):
        t.step(1)
        if t.steps_done > 2000:
            history[t.steps_done] = _params(t)
    tl = t.timeline
    assert tl.stride > tl.every and len(tl) <= 150  # the older states did thin
    # the first 2,000 steps held at least twice as sparsely as every 10 steps
    assert len([s for s in tl.steps if s <= 2000]) <= 100
    for step in sorted(history, reverse=True):
        assert t.seek(step) == step
        assert _same(history[step], _params(t)), step


def test_the_budget_holds_as_states_pile_up_and_a_huge_state_is_not_kept():
    c = Config(hidden=(16, 16), optimizer="adam")
    t = Trainer(c)
    one = t.state().nbytes + t.state().order.nbytes
    tl = t.enable_timeline(Timeline(budget=120 * one))  # room for 120 states
    peak = 0
    for _ in range(300):
        t.step(10)
        peak = max(peak, tl.nbytes())
    assert peak <= tl.budget
    # the start is always there, and the newest state is less than one spacing old
    assert tl.steps[0] == 0 and 3000 - tl.every < tl.steps[-1] <= 3000
    # the recent states would take more than half: they are spaced wider
    now = t.state()  # with Adam's moments: larger than at step 0
    size = now.nbytes + now.order.nbytes
    small = Timeline(budget=40 * size)
    small.add(now)
    assert small.every == 1000 // 20
    tiny = Timeline(budget=size - 1)
    tiny.add(now)
    assert tiny.too_large and len(tiny) == 0 and not tiny.wants(10)


def test_seek_is_clamped_and_needs_a_timeline():
    t = Trainer(Config())
    with pytest.raises(ValueError, match="enable_timeline"):
        t.seek(5)
    t.step(20)
    t.enable_timeline()
    t.step(100)
    assert t.seek(-3) == 20 and t.seek(10_000) == 120


def test_continue_from_an_earlier_step_and_take_it_back():
    t = Trainer(Config(dataset="xor"))
    t.enable_timeline()
    t.step(300)
    end = _params(t)
    records, events = len(t.history), list(t.history.events)
    t.seek(120)
    undo = t.continue_here()
    assert t.head_step == 120 and t.timeline.steps[-1] == 120
    assert t.history.steps[-1] == 120
    t.set_learning_rate(0.5)  # another path from step 120
    t.step(200)
    assert not _same(end, _params(t))
    t.undo_continue(undo)
    assert t.steps_done == 300 and t.head_step == 300 and _same(end, _params(t))
    assert len(t.history) == records and t.history.events == events
    assert t.timeline.steps[-1] == 300


def test_a_branch_with_the_same_config_is_the_same_run_and_leaky_differs():
    c = Config(dataset="spiral", optimizer="momentum")
    t = Trainer(c)
    t.step(250)
    same = t.branch(c)
    leaky = t.branch(c.replace(activation="leaky_relu", alpha=0.1))
    assert same.steps_done == 250 and same.history.steps.tolist() == [250]
    assert _same(_params(t), _params(same))
    np.testing.assert_array_equal(leaky.model.weights[0], t.model.weights[0])
    for x in (t, same, leaky):
        x.burst(100, 1.0)
        x.step(50)
    assert _same(_params(t), _params(same))
    assert not np.array_equal(leaky.model.weights[1], t.model.weights[1])
    with pytest.raises(ValueError, match="keeps the network's layers"):
        t.branch(c.replace(hidden=(4,)))


def test_bursts_are_marked_in_the_events():
    t = Trainer(Config())
    t.step(30)
    t.burst()
    assert t.history.events == [(30, "burst: 100 steps at rate 1")]
