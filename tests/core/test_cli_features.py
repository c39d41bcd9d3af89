"""``reludesk train`` with the inputs, regularisation, data seed and your own points (issue 18).

Most cases call ``cli.main`` in this process (a run costs what its training costs); the refusals
also go through a real subprocess, as a user meets them. The numbers checked are the CLI's own:
its JSON and the experiment it saves with ``--save``, held against the core trained alike.
"""

import json
import subprocess
import sys

import numpy as np
import pytest

from reludesk import cli
from reludesk.core import files, points
from reludesk.core.experiment import Config, Trainer

ALLOWED_FEATURES = "choose from: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2"


def _main(capsys, *args):
    """(exit status, stdout, stderr) of ``reludesk *args`` run in this process."""
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # argparse refuses by exiting
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _report(capsys, *args):
    code, out, err = _main(capsys, "train", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _refused_line(code, out, err, *named):
    assert code == 2, out + err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    for word in named:
        assert word in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


def _saved_weights(path):
    """The first-layer-to-output weight matrices of a saved experiment, as arrays."""
    return [np.array(W) for W in files.read_experiment(path).weights["weights"]]


def _csv(tmp_path, name, rows, header="x1,x2,label"):
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(",".join(map(str, r)) for r in rows) + "\n")
    return path


def _halves(n=40):
    """n points left and right of x1 = 0, labelled by side: a line splits them."""
    rng = np.random.default_rng(7)
    xy = rng.uniform(-5, 5, size=(n, 2))
    xy[:, 0] += np.sign(xy[:, 0])  # a gap of 2 around the boundary
    return [(round(a, 3), round(b, 3), int(a > 0)) for a, b in xy]


# --- each flag changes what trains ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [("x1,x2,x1x2", ["x1", "x2", "x1x2"]), ("x1², sin x2", ["x1sq", "sinx2"])],
)
def test_features_set_the_inputs_of_the_first_layer(capsys, tmp_path, text, names):
    saved = tmp_path / "f.reludesk.json"
    rep = _report(capsys, "--features", text, "--hidden", "5", "--steps", "20",
                  "--save", str(saved))  # fmt: skip
    assert rep["features"] == names and rep["config"]["features"] == names
    first, out = _saved_weights(saved)
    assert first.shape == (len(names), 5) and out.shape == (5, 1)
    twin = Trainer(Config(hidden=(5,), features=tuple(names)))
    twin.step(20)
    assert rep["final_loss"] == float(twin.evaluate().train_loss[0])
    np.testing.assert_array_equal(first, twin.model.weights[0][0])


def test_l2_and_l1_give_smaller_weights_than_none_on_the_same_seed(capsys, tmp_path):
    args = ["--dataset", "xor", "--hidden", "8", "--lr", "0.1", "--steps", "400"]
    sizes = {}
    for kind in ("none", "l1", "l2"):
        saved = tmp_path / f"{kind}.reludesk.json"
        rate = "0" if kind == "none" else "0.03"
        rep = _report(capsys, *args, "--regularization", kind.upper(), "--regularization-rate",
                      rate, "--save", str(saved))  # fmt: skip
        assert rep["regularization"] == kind and rep["config"]["regularization_rate"] == float(rate)
        weights = np.concatenate([W.ravel() for W in _saved_weights(saved)])
        sizes[kind] = (np.sum(weights**2), np.sum(np.abs(weights)))
    assert sizes["l2"][0] < 0.8 * sizes["none"][0]  # the sum of squares L2 pulls down
    assert sizes["l1"][1] < 0.8 * sizes["none"][1]  # the sum of sizes L1 pulls down


def test_the_data_seed_changes_the_data_and_nothing_else(capsys):
    base = ["--dataset", "gauss", "--noise", "0.3", "--steps", "1"]
    plain = _report(capsys, *base)
    moved = _report(capsys, *base, "--data-seed", "5")
    assert moved["config"]["data_seed"] == 5 and plain["config"]["data_seed"] is None
    assert moved["final_loss"] != plain["final_loss"]
    twin = Trainer(Config(dataset="gauss", noise=0.3, data_seed=5))
    twin.step(1)
    assert moved["final_loss"] == float(twin.evaluate().train_loss[0])
    # the weights' seed stays 0: data seed 0 is the plain run to the last bit
    assert _report(capsys, *base, "--data-seed", "0")["final_loss"] == plain["final_loss"]


def test_points_from_a_csv_are_what_trains(capsys, tmp_path):
    rows = _halves()
    path = _csv(tmp_path, "mine.csv", rows)
    rep = _report(capsys, "--points", str(path), "--hidden", "4", "--lr", "0.1", "--steps", "300")
    cfg = rep["config"]
    assert cfg["dataset"] == "own"
    assert cfg["points"] == {"task": "classification", "rows": [list(map(float, r)) for r in rows]}
    assert rep["test_accuracy"] >= 0.9  # a line splits them and the network finds it
    twin = Trainer(Config(dataset="own", points=points.read_csv(path, "classification"),
                          hidden=(4,), learning_rate=0.1))  # fmt: skip
    twin.step(300)
    assert rep["final_loss"] == float(twin.evaluate().train_loss[0])


def test_regression_points_are_read_with_task_regression(capsys, tmp_path):
    rows = [(x, -x, round(x / 5, 3)) for x in range(-4, 5)]
    path = _csv(tmp_path, "slope.csv", rows)
    rep = _report(capsys, "--points", str(path), "--task", "regression", "--steps", "10")
    assert rep["config"]["points"]["task"] == "regression"
    assert rep["train_accuracy"] is None  # a regression has a loss, no accuracy
    # the same file read as classification: 0.8 is no class
    code, out, err = _main(capsys, "train", "--points", str(path))
    _refused_line(code, out, err, "slope.csv, line 2: label -0.8", "0 (class A, orange) or 1")


def test_flags_override_a_saved_config_and_the_rest_comes_from_it(capsys, tmp_path):
    path = tmp_path / "set.reludesk.json"
    config = Config(hidden=(3,), features=("x1", "x2", "x1x2"), regularization="l2",
                    regularization_rate=0.01, data_seed=4)  # fmt: skip
    files.write_experiment(path, config)
    rep = _report(capsys, "--config", str(path), "--regularization", "none", "--steps", "2")
    cfg = rep["config"]
    assert cfg["regularization"] == "none" and cfg["regularization_rate"] == 0.01
    assert cfg["features"] == ["x1", "x2", "x1x2"] and cfg["data_seed"] == 4
    rep = _report(capsys, "--config", str(path), "--features", "sinx1", "--data-seed", "9",
                  "--steps", "2")  # fmt: skip
    assert rep["config"]["features"] == ["sinx1"] and rep["config"]["data_seed"] == 9
    assert rep["config"]["regularization"] == "l2"


def test_new_features_do_not_fit_the_saved_weights(capsys, tmp_path):
    saved = tmp_path / "trained.reludesk.json"
    _report(capsys, "--hidden", "3", "--steps", "5", "--save", str(saved))
    code, out, err = _main(capsys, "train", "--config", str(saved), "--features", "x1,x2,x1x2")
    line = _refused_line(code, out, err, "trained.reludesk.json", "--fresh")
    rep = _report(capsys, "--config", str(saved), "--features", "x1,x2,x1x2", "--fresh",
                  "--steps", "1")  # fmt: skip
    assert rep["config"]["features"] == ["x1", "x2", "x1x2"], line


def test_a_penalty_without_effect_is_noted(capsys):
    rep = _report(capsys, "--regularization", "l2", "--steps", "1")
    assert rep["notes"] == ["regularization l2 at rate 0 has no effect: add "
                            "--regularization-rate X (TF Playground offers 0.001 to 10)"]
    rep = _report(capsys, "--regularization-rate", "0.3", "--steps", "1")
    assert rep["notes"] == ["regularization is none, so the rate 0.3 has no effect: add "
                            "--regularization l1 or l2"]
    rep = _report(capsys, "--regularization", "l1", "--regularization-rate", "0.3", "--steps", "1")
    assert rep["notes"] == []


def test_the_summary_names_what_differs_from_the_defaults(capsys, tmp_path):
    path = _csv(tmp_path, "mine.csv", _halves(12))
    code, out, _ = _main(capsys, "train", "--points", str(path), "--features", "x1,x1sq",
                         "--regularization", "l2", "--regularization-rate", "0.01",
                         "--steps", "3")  # fmt: skip
    assert code == 0
    first = out.splitlines()[0]
    assert first == ("relu on your own 12 points (classification), hidden 8,8, lr 0.03, "
                     "features x1,x1sq, L2 0.01: 3 steps")
    code, out, _ = _main(capsys, "train", "--steps", "3")
    assert out.splitlines()[0] == "relu on circle, hidden 8,8, lr 0.03: 3 steps"


def test_a_saved_run_opens_in_the_window_as_before(capsys, tmp_path, monkeypatch):
    import reludesk.app

    saved = tmp_path / "own.reludesk.json"
    path = _csv(tmp_path, "mine.csv", _halves(10))
    code, out, _ = _main(capsys, "train", "--points", str(path), "--steps", "3", "--save",
                         str(saved))  # fmt: skip
    assert code == 0 and out.splitlines()[1] == "saved with its weights to own.reludesk.json"
    opened = []
    monkeypatch.setattr(reludesk.app, "run", lambda **kw: opened.append(kw) or 0)
    assert cli.main(["--config", str(saved)]) == 0
    assert opened == [{"config_path": str(saved), "lesson": None}]
    # the training options belong to train: the window refuses them in one line that says so
    code, out, err = _main(capsys, "--config", str(saved), "--features", "x1")
    _refused_line(code, out, err, "--features is an option of train, which trains without the "
                  "window: reludesk train --features ...; the window opens with --config FILE")
    code, out, err = _main(capsys, f"--points={path}")
    _refused_line(code, out, err, "--points is an option of train", "File > Import points (CSV)")
    assert opened == [{"config_path": str(saved), "lesson": None}]  # no window for either


# --- refusals: one line, status 2 -------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--features", "x1,x3"], f"--features: unknown feature 'x3'; {ALLOWED_FEATURES}"),
        (["--features", ","], f"choose at least one feature from: {ALLOWED_FEATURES[13:]}"),
        (["--regularization", "l3"], "invalid choice: 'l3' (choose from 'none', 'l1', 'l2')"),
        (["--regularization", "l2", "--regularization-rate", "11"],
         "--regularization-rate: regularization_rate must be in [0, 10], got 11.0"),
        (["--regularization-rate", "nan"], "--regularization-rate: regularization_rate must"),
        (["--data-seed", "-1"], "--data-seed: data_seed must be between 0 and 4,294,967,295"),
        (["--task", "regression"], "--task says how to read the labels of --points"),
        (["--dataset", "own"], "--dataset own trains on your own points: add --points FILE.csv"),
        (["--points", "nowhere.csv"], "nowhere.csv"),
        (["--save", "no/such/folder/x.json"], "--save: the folder no/such/folder does not exist"),
    ],
)
def test_bad_values_are_refused_in_one_line(capsys, args, named):
    _refused_line(*_main(capsys, "train", *args), named)


@pytest.mark.parametrize(
    ("rows", "named"),
    [
        ([(0, 0, 1), (1, 1, 2)], "bad.csv, line 3: label 2; for classification a label is 0"),
        ([(0, 0, 1), ("one", 1, 0)], "bad.csv, line 3: x1 is 'one', not a number"),
        ([(0, 0, 1)], "--points: dataset own needs at least 2 points of your own"),
    ],
)
def test_a_bad_csv_is_named_with_its_line(capsys, tmp_path, rows, named):
    path = _csv(tmp_path, "bad.csv", rows)
    _refused_line(*_main(capsys, "train", "--points", str(path)), named)


def test_points_and_another_data_set_are_refused_together(capsys, tmp_path):
    path = _csv(tmp_path, "mine.csv", _halves(6))
    _refused_line(*_main(capsys, "train", "--points", str(path), "--dataset", "spiral"),
                  "--dataset spiral names another data set", "--task regression")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--features", "x3"], f"argument --features: unknown feature 'x3'; {ALLOWED_FEATURES}"),
        (["--points", "BAD"], "bad.csv, line 2: label 0.5; for classification"),
    ],
)
def test_refusals_through_a_real_process(tmp_path, args, named):
    path = _csv(tmp_path, "bad.csv", [(1, 2, 0.5)])
    args = [str(path) if a == "BAD" else a for a in args]
    proc = subprocess.run([sys.executable, "-m", "reludesk", "train", *args],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    _refused_line(proc.returncode, proc.stdout, proc.stderr, named)


def test_a_batch_larger_than_your_points_runs_as_all_of_them_and_says_so(capsys, tmp_path):
    path = _csv(tmp_path, "mine.csv", _halves(12))
    rep = _report(capsys, "--points", str(path), "--batch-size", "50", "--steps", "5")
    own = points.read_csv(path, "classification")
    rows = Config(dataset="own", points=own).n_train
    assert rep["notes"] == [f"batch size 50 is more than the {rows} training points of your own, "
                            f"so it runs as {rows}: the full training set"]
    twin = Trainer(Config(dataset="own", points=own, batch_size=rows))
    twin.step(5)
    assert rep["final_loss"] == float(twin.evaluate().train_loss[0])
