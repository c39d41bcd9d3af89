"""Input features, regularisation and your own points are part of the Config, so Compare and the
32 seeds train the very network the Train tab shows (issue 18, point 4)."""

import numpy as np
import pytest

from reludesk.core.config import Config
from reludesk.core.points import Points
from reludesk.ui import MainWindow

WAIT_MS = 60_000


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_compare_and_seeds_use_the_features_penalty_and_points_of_the_train_tab(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    rng = np.random.default_rng(3)
    X = rng.uniform(-5, 5, (40, 2))
    mine = Points(X, (X[:, 0] * X[:, 1] > 0).astype(float))
    config = Config(dataset="own", points=mine, features=("x1", "x2", "x1x2"), hidden=(3,),
                    regularization="l2", regularization_rate=0.01)
    window.network_panel.set_config(config)
    tabs = window.panels.trainer_tabs
    tabs.setCurrentIndex(1)
    for side in tabs.compare_page.built().trainers():
        assert side.model.features == ("x1", "x2", "x1x2")
        assert side.model.weights[0].shape[1:] == (3, 3)
        assert (side.model.regularization, side.model.regularization_rate) == ("l2", 0.01)
        drawn = sorted(map(tuple, np.vstack([side.X_train, side.X_test])))
        assert drawn == sorted(map(tuple, X))
    tabs.setCurrentIndex(2)
    seeds = tabs.seeds_page.built()
    seeds.set_burst(False, 0)
    with qtbot.waitSignal(seeds.finished, timeout=WAIT_MS):
        seeds.run()
        run = seeds._trainer  # the run's 32 networks (let go of when it ends)
    assert run.model.replicas == 32 and run.model.features == ("x1", "x2", "x1x2")
    assert run.model.regularization == "l2" and run.config.points == mine
