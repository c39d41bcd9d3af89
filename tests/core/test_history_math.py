"""History and Snapshot on hand-built snapshots: which records a halving keeps, the exact bytes
held, the CSV's columns, and the per-replica counts, with every expected number written out.

Written for the mutants mutmut left alive in history.py and snapshot.py
(tests/benchmarks/mutation_core.py); each test names the mutants it kills.
"""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core.history import History
from reludesk.core.snapshot import Snapshot


def snap(step: int, *, replicas: int = 1, widths: tuple[int, ...] = (2,), slopes: bool = False,
         dead: list | None = None, inactive: list | None = None) -> Snapshot:
    """A Snapshot whose train loss is 10 * step + replica, so a record shows where it came
    from; one hidden layer per width, no unit dead or inactive unless given."""
    r = np.arange(replicas, dtype=float)
    zeros = [np.zeros((replicas, w), dtype=bool) for w in widths]
    return Snapshot(
        steps=step,
        train_loss=10.0 * step + r,
        test_loss=10.0 * step + r + 0.5,
        train_accuracy=np.full(replicas, 0.75),
        test_accuracy=np.full(replicas, 0.25),
        dead=dead if dead is not None else zeros,
        inactive=inactive if inactive is not None else zeros,
        saturated=zeros,
        active_fraction=[np.ones((replicas, w)) for w in widths],
        saturated_fraction=[np.zeros((replicas, w)) for w in widths],
        grad_norm=np.full((replicas, len(widths) + 1), 2.0),
        diverged=np.zeros(replicas, dtype=bool),
        slopes=[np.full((replicas, w), 0.25 * (l + 1)) for l, w in enumerate(widths)]
        if slopes else [],
        runaway=np.zeros(replicas, dtype=bool),
    )


def recorded(history: History, records: list[tuple[int, bool]]) -> History:
    for step, force in records:
        history.record(snap(step), force=force)
    return history


# --- which records a halving keeps -------------------------------------------------------------
def test_a_forced_record_off_the_new_stride_survives_the_halving_with_its_values():
    # capacity 4 full with steps 0, 1, 2 and a divergence forced at 3; step 4 halves: stride 2
    # keeps 0 and 2 by the stride and 3 because it was forced. Kills _decimate 10 (and for or),
    # 15 (== for !=), 18-22 (the append mangled) and 24 (n - 2 appends index 2 twice), 27
    # (the kept rows blanked: the losses 0, 20, 30 move down with their steps).
    h = recorded(History(1, 2, 1, capacity=4), [(0, False), (1, False), (2, False), (3, True)])
    h.record(snap(4))
    assert h.stride == 2
    assert h.steps.tolist() == [0, 2, 3, 4]
    assert h.train_loss[:, 0].tolist() == [0.0, 20.0, 30.0, 40.0]
    assert h.test_loss[:, 0].tolist() == [0.5, 20.5, 30.5, 40.5]


def test_a_forced_record_on_the_new_stride_is_kept_once():
    # capacity 8 holds steps 0 to 6 and a forced 8 (on stride 2 already); step 10 halves:
    # 0, 2, 4, 6 and 8 are kept, 8 once. Kills _decimate 11 (size != 0 appends whenever
    # anything is kept), 13 (keep[+1] is step 2's index), 14 (keep[-2]), 16 and 17 (n + 1,
    # n - 2 never match the latest), each of which keeps step 8 twice.
    h = recorded(History(1, 2, 1, capacity=8), [(s, False) for s in range(7)] + [(8, True)])
    h.record(snap(10))
    assert h.steps.tolist() == [0, 2, 4, 6, 8, 10]
    assert h.train_loss[:, 0].tolist() == [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]


def test_when_no_record_is_on_the_new_stride_only_the_forced_one_is_kept():
    # every step odd: the halving keeps none by the stride, only the forced 7; step 9 is off
    # the new stride and not forced, so it is skipped. Kills _decimate 12 (size == 1 reads
    # keep[-1] of the empty keep: IndexError).
    h = recorded(History(1, 2, 1, capacity=4), [(1, False), (3, False), (5, False), (7, True)])
    h.record(snap(9))
    assert h.steps.tolist() == [7]
    assert h.train_loss[:, 0].tolist() == [70.0]


def test_an_unforced_latest_record_off_the_stride_is_dropped():
    # the counterpart: without force, step 3 goes like any record off the stride
    h = recorded(History(1, 2, 1, capacity=4), [(0, False), (1, False), (2, False), (3, False)])
    h.record(snap(4))
    assert h.steps.tolist() == [0, 2, 4]


# --- memory and attribute errors ---------------------------------------------------------------
def test_nbytes_counts_every_array_at_its_capacity():
    # capacity 8, 2 replicas, 1 hidden layer, 2 weight layers, float64 and int64 (8 bytes):
    # steps 8; four (8, 2) loss/accuracy arrays; dead, inactive, saturated (8, 1, 2);
    # grad_norm (8, 2, 2); z_quantiles (8, 2, 1, 5). Kills nbytes 1 (steps minus the rest).
    h = History(n_hidden=1, n_layers=2, replicas=2, capacity=8)
    assert h.nbytes() == 8 * (8 + 4 * 16 + 3 * 16 + 32 + 80)
    with_slopes = History(n_hidden=1, n_layers=2, replicas=2, capacity=8, slopes=True)
    assert with_slopes.nbytes() == h.nbytes() + 8 * 16


def test_an_unknown_attribute_is_named_in_the_error():
    # kills __getattr__ 8: AttributeError(None)
    with pytest.raises(AttributeError, match=r"^no_such_curve$"):
        History(1, 2, 1).no_such_curve


# --- the CSV ------------------------------------------------------------------------------------
def test_csv_columns_follow_the_hidden_layers_not_the_replicas():
    # 2 hidden layers, 3 replicas, PReLU slopes: one column per layer. Kills to_csv 5 (the
    # layer count read from the replica axis) and 46 (the slope columns replacing the header).
    h = History(n_hidden=2, n_layers=3, replicas=3, slopes=True)
    h.record(snap(0, replicas=3, widths=(4, 2), slopes=True))
    header, row = h.to_csv(replica=2).splitlines()
    assert header.split(",") == [
        "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
        "dead_share_layer1", "dead_share_layer2", "inactive_share_layer1",
        "inactive_share_layer2", "grad_norm_layer1", "grad_norm_layer2", "grad_norm_layer3",
        "saturated_share_layer1", "saturated_share_layer2",
        *(f"z_q{q:02d}_layer{l}" for q in (5, 25, 50, 75, 95) for l in (1, 2)),
        "prelu_slope_layer1", "prelu_slope_layer2",
    ]  # fmt: skip
    # replica 2's loss is 10 * 0 + 2; slopes 0.25 and 0.5 per layer; no z quantiles recorded
    assert row.split(",") == ["0", "2", "2.5", "0.75", "0.25", "0", "0", "0", "0",
                              "2", "2", "2", "0", "0", *["nan"] * 10,
                              "0.25", "0.5"]  # fmt: skip


def test_an_empty_history_is_a_header_alone():
    # kills to_csv 86 (np.zeros(None) raises) and 87 (a row of zeros for no record)
    lines = History(n_hidden=1, n_layers=2, replicas=1).to_csv().splitlines()
    assert len(lines) == 1 and lines[0].startswith("step,train_loss,")


def test_latest_at_the_only_recorded_step_adds_no_row():
    # one record at step 0 and the trainer's snapshot still at step 0: nothing newer to add.
    # Kills to_csv 61 (self._n == 1 adds the same step twice)
    h = History(n_hidden=1, n_layers=2, replicas=1)
    h.record(snap(0))
    rows = h.to_csv(latest=snap(0)).splitlines()[1:]
    assert [r.split(",")[0] for r in rows] == ["0"]
    assert [r.split(",")[0] for r in h.to_csv(latest=snap(1)).splitlines()[1:]] == ["0", "1"]


# --- Snapshot's counts -------------------------------------------------------------------------
def test_counts_default_to_replica_zero():
    # replica 0 has 1 dead, 2 inactive (the dead one among them) and 3 saturated units,
    # replica 1 none: the defaults read replica 0. Kills dead_count 1, inactive_count 1 and
    # saturated_count 1 (default replica 1).
    dead = [np.array([[True, False, False], [False, False, False]])]
    inactive = [np.array([[True, True, True], [False, False, False]])]
    s = snap(0, replicas=2, widths=(3,), dead=dead, inactive=inactive)
    s = Snapshot(**{**s.__dict__, "saturated": [np.array([[True] * 3, [False] * 3])]})
    assert (s.dead_count(), s.dead_count(1)) == (1, 0)
    assert (s.inactive_count(), s.inactive_count(1)) == (2, 0)
    assert (s.saturated_count(), s.saturated_count(1)) == (3, 0)


def test_inactive_count_refuses_layers_that_do_not_pair_up():
    # a dead mask per layer must match an inactive mask per layer; a missing layer is an
    # error, not a silently shorter count. Kills inactive_count 11, 14, 15 (zip not strict)
    inactive = [np.ones((1, 2), dtype=bool), np.ones((1, 2), dtype=bool)]
    s = snap(0, widths=(2,), inactive=inactive)
    with pytest.raises(ValueError, match="zip"):
        s.inactive_count()


def test_the_same_step_twice_replaces_only_the_last_record():
    # a divergence on a stride step records that step again: the second record replaces the
    # first, the earlier ones stay. Kills record 4 (compares the record before last), 6 (n set
    # to 1), 7 (n + 1) and 8 (n - 2)
    h = History(n_hidden=1, n_layers=2, replicas=1)
    for step in (0, 5, 10):
        h.record(snap(step))
    again = snap(10, replicas=1)
    h.record(Snapshot(**{**again.__dict__, "train_loss": np.array([-1.0])}))
    assert h.steps.tolist() == [0, 5, 10]
    assert h.train_loss[:, 0].tolist() == [0.0, 50.0, -1.0]
    h.record(snap(15))
    assert h.steps.tolist() == [0, 5, 10, 15]


def test_steps_are_whole_numbers():
    # step counts are int64, exact to 2^63 (a float64 would round steps past 2^53) and shown
    # without a ".0". Kills History __init__ 22, 24 (float steps)
    h = History(n_hidden=1, n_layers=2, replicas=1)
    h.record(snap(2**53 + 1))
    assert h.steps.dtype == np.int64 and int(h.steps[0]) == 2**53 + 1
