"""MLP copies and the kept work arrays, for the mutants mutmut left alive in network.py
(tests/benchmarks/mutation_core.py): a replica or a copy must train like the network it came
from, and the work arrays' size must hold for any output width, not only the usual 1.
"""

from __future__ import annotations

import numpy as np

from reludesk.core import datasets, network
from reludesk.core.network import MLP


def test_work_arrays_are_counted_for_two_outputs():
    # z of the output layer is (replicas, 2, n) float64; every hidden layer keeps z, a and grad
    # in float64 and a bool mask: 3 x 40 x (8 x 2 + 25 x (8 + 4)) bytes. Kills _Workspace
    # nbytes 6 (8 / width: the same as 8 x width only for one output)
    model = MLP([2, 8, 4, 2], "relu", task="regression", replicas=3, seed=2)
    X = datasets.make("plane", 40, seed=0)[0]
    model.loss_and_gradients(X, np.zeros(40))
    work = model._work
    kept = [*work.z, *work.a, *work.grad, *work.mask]
    assert network._Workspace.nbytes(model.layer_sizes, 3, 40) == 3 * 40 * (8 * 2 + 25 * 12)
    assert sum(a.nbytes for a in kept) == 3 * 40 * (8 * 2 + 25 * 12)


def test_a_replica_and_a_copy_train_like_their_source():
    # a one-replica network made from replica 0 of three trains step for step like replica 0
    # of the three; a copy like all of them. Kills replica 6 and copy 4 (their work arrays set
    # to "", which the next training step reads), replica 9, 12, 15 (replica 0 taking replica
    # 1 along: r : r + 2) and copy 6 (the copy's biases None)
    model = MLP([2, 5, 3, 1], "prelu", replicas=3, seed=4)
    X, y = datasets.make("spiral", 60, seed=1)
    model.train_step(X, y, 0.1)  # the source has work arrays of its own by now
    one, twin = model.replica(0), model.copy()
    assert [W.shape for W in one.weights] == [(1, 2, 5), (1, 5, 3), (1, 3, 1)]
    assert [b.shape for b in one.biases] == [(1, 5), (1, 3), (1, 1)]
    assert [s.shape for s in one.slopes] == [(1, 5), (1, 3)]
    for _ in range(3):
        loss = model.train_step(X, y, 0.1)
        np.testing.assert_array_equal(one.train_step(X, y, 0.1), loss[:1])
        np.testing.assert_array_equal(twin.train_step(X, y, 0.1), loss)
    for a, b, c in zip(model.parameters(), one.parameters(), twin.parameters(), strict=True):
        np.testing.assert_array_equal(a[:1], b)
        np.testing.assert_array_equal(a, c)
    assert all(b is not c for b, c in zip(model.biases, twin.biases, strict=True))


def test_the_kept_arrays_are_reused_and_written_by_each_step(monkeypatch):
    # the point of the work arrays is that every step writes into the same memory (fresh
    # arrays each step cost 2.6 ms instead of 0.8 ms in page faults): the same object after
    # a second step, holding that step's z. Kills loss_and_gradients 2 (the kept arrays
    # ignored), 25, 27 (the forward pass not written into them) and _Workspace __init__ 1
    # (no shape: rebuilt every step)
    model = MLP([2, 6, 3, 1], "tanh", replicas=2, seed=3)
    X, y = datasets.make("circle", 30, seed=2)
    model.loss_and_gradients(X, y)
    work = model._work
    model.loss_and_gradients(X[::-1].copy(), y[::-1].copy())
    assert model._work is work
    zs, _ = model.forward_pass(X[::-1].copy())
    for kept, z in zip(work.z, zs, strict=True):
        np.testing.assert_array_equal(kept, z)
    # and the backward pass leaves each hidden layer's delta there: the first layer's dW is
    # that delta times X. Kills loss_and_gradients 31, 35 (the backward pass not given them)
    _, dW, _, _ = model.loss_and_gradients(X, y)
    delta = work.grad[0]  # (replicas, 6, rows)
    np.testing.assert_allclose(np.matmul(delta, X).transpose(0, 2, 1), dW[0], rtol=1e-12)
    # the last hidden layer's delta comes from the single output unit by a broadcast product:
    # dW of the middle layer is layer 1's output times it. Kills _backward 48, 50 (no kept
    # array for the delta), 60, 63 (the broadcast's out dropped) and 67, 70 (matmul's)
    a1 = model.forward_pass(X)[1][1]  # f(z) of the first hidden layer, (replicas, 6, rows)
    np.testing.assert_allclose(np.matmul(a1, work.grad[1].swapaxes(1, 2)), dW[1], rtol=1e-12)
    # arrays of exactly the bound are kept: the bound is inclusive. Kills
    # loss_and_gradients 13 (< for <=)
    monkeypatch.setattr(network._Workspace, "MAX_BYTES", network._Workspace.nbytes(
        model.layer_sizes, 2, 30))
    model._work = None
    model.loss_and_gradients(X, y)
    assert model._work is not None


def test_relu_steps_keep_their_mask_of_active_rows():
    # ReLU's forward pass writes max(z, 0) into the kept outputs, and its backward pass
    # multiplies by the mask z > 0 kept between steps instead of building f'(z): after a step
    # they hold that step's values. Kills _backward 8, 10, 11 and _forward 56, 58, 59 (the
    # ReLU path not taken), _backward 92, 95, 98 (the mask not written into the kept array)
    # and _forward 68, 71, 74 (the outputs not written)
    model = MLP([2, 6, 3, 1], "relu", replicas=2, seed=3)
    X, y = datasets.make("xor", 30, seed=2)
    model.loss_and_gradients(X, y)
    zs, _ = model.forward_pass(X)
    for mask, a, z in zip(model._work.mask, model._work.a, zs[:-1], strict=True):
        np.testing.assert_array_equal(mask, z > 0)
        np.testing.assert_array_equal(a, np.maximum(z, 0.0))
        assert 0 < mask.mean() < 1


def test_prelu_takes_the_left_slope_at_zero():
    # at a kink the left derivative: PReLU's f'(0) is the unit's own slope, not 1. Kills
    # _df_rows_last 7 (z >= 0 takes 1 at 0)
    model = MLP([2, 3, 1], "prelu", replicas=2, seed=1)
    model.slopes[0][...] = [[0.25, 0.1, -0.5], [0.3, 0.2, 0.0]]
    df = model.hidden_df(0, np.zeros((2, 4, 3)))
    np.testing.assert_array_equal(df, np.broadcast_to(model.slopes[0][:, None, :], (2, 4, 3)))
