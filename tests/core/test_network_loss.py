"""The regression loss by hand (mean squared error of the linear output, and its gradient at
the output bias, 2 mean(output - y)) and an unknown task refused. Written for the mutmut
survivors _loss_and_dout 98 (err = z + t: no test pinned regression's loss value) and MLP
__init__ 21 (tests/benchmarks/mutation_core.py)."""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core import datasets
from reludesk.core.network import MLP


def test_regression_loss_is_the_mean_squared_error_of_the_output():
    model = MLP([2, 3, 1], "tanh", task="regression", replicas=2, seed=6)
    X, y = datasets.make("plane", 40, noise=0.1, seed=3)
    out = model.forward(X)[:, :, 0]  # (replicas, rows), linear for regression
    loss, _, db, _ = model.loss_and_gradients(X, y)
    np.testing.assert_allclose(loss, np.mean((out - y) ** 2, axis=1), rtol=1e-12)
    # d/db of mean((z - y)^2) is 2 mean(z - y): the output bias moves the output one for one
    np.testing.assert_allclose(db[-1][:, 0], 2.0 * np.mean(out - y, axis=1), rtol=1e-12)


def test_an_unknown_task_is_refused_with_the_tasks_listed():
    # kills MLP __init__ 21 ('XX, XX' joining the tasks)
    with pytest.raises(ValueError) as refused:
        MLP([2, 1], task="ranking")
    assert str(refused.value) == (
        "unknown task 'ranking'; choose one of: classification, regression"
    )
