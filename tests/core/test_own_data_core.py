"""Your own data in the Config and the Trainer; new data without new weights and back; format 2
files, and format 1 files saved by an earlier reludesk."""

import json
from pathlib import Path

import numpy as np
import pytest

from reludesk.core import files
from reludesk.core.config import Config, ConfigError
from reludesk.core.experiment import Trainer
from reludesk.core.points import Points

DATA = Path(__file__).parent / "data"


def _pair_of_blobs(n=30):
    rng = np.random.default_rng(1)
    X = np.vstack([rng.normal(-3, 0.5, (n, 2)), rng.normal(3, 0.5, (n, 2))])
    return Points(X, np.repeat([0.0, 1.0], n))


def test_own_points_are_the_data_and_set_the_task():
    pts = _pair_of_blobs()
    c = Config(dataset="own", points=pts, hidden=(4,))
    t = Trainer(c)
    got = np.vstack([t.X_train, t.X_test])
    assert sorted(map(tuple, got)) == sorted(map(tuple, pts.X))
    assert c.task == "classification" and c.n_rows == 60 and c.n_train == len(t.X_train)
    reg = Points(pts.X, np.linspace(-1, 1, 60), "regression")
    assert Config(dataset="own", points=reg).task == "regression"
    with pytest.raises(ConfigError, match=r"dataset own needs at least 2 points of your own .* "
                                          r"got 1$"):
        Config(dataset="own", points=Points([[0.0, 0.0]], [1.0]))
    with pytest.raises(ConfigError, match=r"got 0$"):
        Config(dataset="own")


def test_a_batch_larger_than_your_points_takes_them_all():
    pts = _pair_of_blobs(3)  # 6 points, about 3 to train on
    c = Config(dataset="own", points=pts, batch_size=10, hidden=(2,))
    assert c.batch_size == 10  # kept: the next click may bring more points
    t = Trainer(c)
    t.step(1)
    # one step on all training rows is exactly plain SGD on them (the batch was not 10 rows)
    ref = Trainer(c)
    ref.model.train_step(ref.X_train, ref.y_train, c.learning_rate)
    for a, b in zip(t.model.parameters(), ref.model.parameters(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


def test_set_data_keeps_weights_and_optimizer_state_and_records_the_change():
    c = Config(dataset="spiral", hidden=(6,), optimizer="adam", seed=2)
    t = Trainer(c)
    t.step(40)
    params = [p.copy() for p in t.model.parameters()]
    moments = [m.copy() for m in t.optimizer._m]
    new = c.with_new_data()
    t.set_data(new)
    for a, b in zip(t.model.parameters(), params, strict=True):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(t.optimizer._m, moments, strict=True):
        np.testing.assert_array_equal(a, b)
    fresh = Trainer(new)
    np.testing.assert_array_equal(t.X_train, fresh.X_train)
    assert not np.array_equal(t.X_train, Trainer(c).X_train)
    assert t.history.events[-1] == (40, "new data")
    # step 40 recorded again, with the kept network's loss on the new data
    assert t.history.steps[-1] == 40 and list(t.history.steps).count(40) == 1
    assert t.history.train_loss[-1, 0] == t.model.loss(t.X_train, t.y_train)[0]
    assert t.config == new


def test_set_data_refuses_what_would_change_the_network():
    c = Config(hidden=(4,))
    t = Trainer(c)
    with pytest.raises(ValueError, match="hidden would change it"):
        t.set_data(c.replace(hidden=(5,)))
    with pytest.raises(ValueError, match="must stay classification"):
        t.set_data(c.replace(dataset="plane"))
    assert t.config == c
    # a burst's rate is the trainer's, not the panel's: new data does not end the burst
    t.set_learning_rate(1.0)
    t.set_data(c.replace(noise=0.2))
    assert t.config.learning_rate == 1.0 and t.config.noise == 0.2


def test_new_weights_keep_the_data_new_data_keeps_the_weights_on_16_seeds():
    for seed in range(16):
        c = Config(seed=seed, hidden=(3,))
        t = Trainer(c)
        w = Trainer(c.with_new_weights())
        np.testing.assert_array_equal(w.X_train, t.X_train)
        np.testing.assert_array_equal(w.y_test, t.y_test)
        assert not np.array_equal(w.model.weights[0], t.model.weights[0])
        d = Trainer(c.with_new_data())
        np.testing.assert_array_equal(d.model.weights[0], t.model.weights[0])
        assert not np.array_equal(d.X_train, t.X_train)


def test_drawn_points_are_saved_in_the_file(tmp_path):
    c = Config(dataset="own", points=_pair_of_blobs(), features=("x1", "x2", "x1x2"),
               regularization="l1", regularization_rate=0.003, data_seed=9, hidden=(3,))
    t = Trainer(c)
    t.step(20)
    path = tmp_path / "mine.reludesk.json"
    files.write_experiment(path, c, t.model)
    doc = json.loads(path.read_text())
    assert doc["version"] == 2 and len(doc["config"]["points"]["rows"]) == 60
    back = files.read_experiment(path)
    assert back.config == c
    again = Trainer(back.config)
    files.start_from(again, back.weights)
    for a, b in zip(again.model.parameters(), t.model.parameters(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_format_1_file_saved_by_an_earlier_reludesk_opens_and_trains_alike():
    # saved by reludesk 289ddf7, before format 2; the expected figures came from that version
    expected = json.loads((DATA / "v1_trained.expected.json").read_text())
    e = files.read_experiment(DATA / "v1_trained.reludesk.json")
    assert e.config.features == ("x1", "x2") and e.config.regularization == "none"
    assert e.config.data_seed is None and e.config.points is None
    t = Trainer(e.config)
    files.start_from(t, e.weights)
    assert t.X_train[0].tolist() == expected["X_train_0"]
    t.step(expected["steps"])
    s = t.evaluate()
    assert s.train_loss[0] == expected["train_loss"] and s.test_loss[0] == expected["test_loss"]
    assert t.model.weights[0][0, 0, 0] == expected["first_weight"]
    bare = Config.from_json((DATA / "v1_config.json").read_text())
    assert bare.dataset == "xor" and bare.hidden == (3,) and bare.layer_sizes == [2, 3, 1]


def test_format_2_fields_are_checked_in_files():
    base = json.loads(Config().to_json())
    for field, value, words in [
        ("features", ["x1", "cos"], "features: unknown feature 'cos'"),
        ("regularization", "L2", "regularization must be one of"),
        ("data_seed", -1, "data_seed must be between"),
        ("points", {"task": "classification", "rows": [[0, 0, 3]]}, "points: label 3"),
    ]:
        doc = json.loads(json.dumps(base))
        doc["config"][field] = value
        with pytest.raises(ConfigError, match=words):
            Config.from_json(json.dumps(doc))
