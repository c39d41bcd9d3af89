"""health.share_of_units: per-layer shares to the share of all hidden units, weighted by width."""

import numpy as np
import pytest

from reludesk.core import health
from reludesk.core.experiment import Config, Trainer


def test_layers_are_weighted_by_their_width():
    # layer 1 (4 units) half dead, layer 2 (12 units) none: 2 of 16 units, not (0.5 + 0) / 2
    shares = np.array([[0.5], [0.0]])  # (layers, replicas)
    assert health.share_of_units(shares, (4, 12)) == pytest.approx([2 / 16])


def test_replicas_and_records_keep_their_axes():
    # (records, layers, replicas): 3 records, 2 layers, 2 replicas
    shares = np.array([
        [[0.0, 1.0], [0.0, 0.0]],
        [[0.5, 1.0], [0.25, 1.0]],
        [[1.0, 0.0], [1.0, 0.5]],
    ])
    out = health.share_of_units(shares, (2, 6))
    assert out.shape == (3, 2)
    expected = (2 * shares[:, 0, :] + 6 * shares[:, 1, :]) / 8
    np.testing.assert_allclose(out, expected)


def test_no_hidden_layer_loses_nothing():
    # nothing to divide by: the share is 0 for every replica (and every record), never NaN
    assert health.share_of_units(np.zeros((0, 3)), ()).tolist() == [0.0, 0.0, 0.0]
    assert health.share_of_units(np.zeros((5, 0, 1)), ()).shape == (5, 1)


def test_the_share_counts_the_dead_units_of_a_trained_network():
    trainer = Trainer(Config(hidden=(3, 5), init="negative_bias", learning_rate=1.0, replicas=4))
    trainer.step(20)
    snap = trainer.evaluate()
    counted = [snap.dead_count(r) for r in range(4)]
    np.testing.assert_allclose(
        health.share_of_units(snap.dead_share(), (3, 5)), np.array(counted) / 8
    )
    assert max(counted) > 0  # a start with biases -1 loses units: the check means something
