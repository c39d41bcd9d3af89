"""``reludesk train`` through a real subprocess: the report, the issue's "done when", bad input.

Each run costs about half a second, so every case here earns its place.
"""

import json
import re
import subprocess
import sys

import pytest

from reludesk.core import files
from reludesk.core.experiment import Config

CONTRACT_KEYS = {
    "steps", "final_loss", "test_loss", "train_accuracy", "test_accuracy",
    "dead_count", "total_hidden", "dead_fraction", "diverged",
}  # fmt: skip
DONE_WHEN = ["--dataset", "spiral", "--hidden", "8,8", "--lr", "1", "--steps", "300", "--json"]


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "reludesk", "train", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _report(*args):
    proc = _run(*args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_relu_burst_reports_dead_neurons():
    rep = _report(*DONE_WHEN, "--activation", "relu")
    assert set(rep) >= CONTRACT_KEYS
    assert rep["steps"] == 300 and rep["diverged"] is False
    assert rep["total_hidden"] == 16
    assert len(rep["dead_fraction"]) == 2
    assert rep["dead_count"] > 0
    # the count and the per-layer shares tell the same story
    assert rep["dead_count"] == round(sum(8 * share for share in rep["dead_fraction"]))
    for key in ("final_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert isinstance(rep[key], float), key
    assert 0.0 <= rep["test_accuracy"] <= 1.0


def test_leaky_relu_reports_none_dead_and_does_not_diverge():
    rep = _report(*DONE_WHEN, "--activation", "leaky_relu", "--alpha", "0.1")
    assert rep["dead_count"] == 0
    assert rep["dead_fraction"] == [0.0, 0.0]
    assert rep["diverged"] is False
    assert rep["steps"] == 300


def test_replicas_report_the_spread():
    rep = _report(*DONE_WHEN, "--activation", "relu", "--replicas", "8")
    assert rep["replicas"] == 8
    shares = rep["dead_share_per_replica"]
    assert len(shares) == 8
    spread = rep["dead_share_spread"]
    assert spread["min"] == min(shares) and spread["max"] == max(shares)
    assert spread["min"] <= spread["q1"] <= spread["median"] <= spread["q3"] <= spread["max"]
    assert spread["max"] > spread["min"]  # different seeds really die differently
    # replica 0 is the single network with this seed: its figures match a one-replica run
    assert shares[0] == rep["dead_count"] / rep["total_hidden"]


def test_divergence_is_reported_not_crashed():
    rep = _report("--dataset", "plane", "--activation", "linear", "--lr", "10", "--steps", "300",
                  "--json")  # fmt: skip
    assert rep["diverged"] is True
    assert rep["steps"] < 300


def _assert_refused(proc, named):
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert named in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--activation", "swish"], "leaky_relu"),  # the allowed names are listed
        (["--lr", "11"], "learning_rate"),
        (["--hidden", "100"], "hidden"),
        (["--hidden", "8,x"], "--hidden"),
        (["--steps", "0"], "--steps"),
        (["--config", "no/such/file.reludesk.json"], "file.reludesk.json: it does not exist"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, named):
    proc = _run(*args, "--json")
    _assert_refused(proc, named)


def test_replicas_past_the_memory_budget_are_refused(tmp_path):
    # every field within its bound, yet 256 replicas of this would need ~20 GB
    path = tmp_path / "big.reludesk.json"
    path.write_text(Config(hidden=(64,) * 8, n_samples=10_000).to_json(), encoding="utf-8")
    proc = _run("--config", str(path), "--replicas", "256", "--steps", "1", "--json")
    _assert_refused(proc, "replicas")
    assert "GB" in proc.stderr


def test_hostile_config_file_is_refused(tmp_path):
    path = tmp_path / "evil.reludesk.json"
    doc = json.loads(Config().to_json())
    doc["config"]["hidden"] = [64] * 1000
    path.write_text(json.dumps(doc), encoding="utf-8")
    proc = _run("--config", str(path), "--json")
    _assert_refused(proc, "evil.reludesk.json")
    assert "hidden" in proc.stderr


def test_config_file_from_write_experiment(tmp_path):
    config = Config(dataset="xor", hidden=(5,), activation="tanh", learning_rate=0.2, seed=9)
    path = tmp_path / "saved.reludesk.json"
    files.write_experiment(path, config)
    rep = _report("--config", str(path), "--steps", "20", "--batch-size", "4", "--json")
    assert rep["steps"] == 20
    assert rep["total_hidden"] == 5
    # the file's settings are used, and a flag overrides only its own field
    assert Config.from_dict(rep["config"]) == config.replace(batch_size=4)


def test_summary_without_json_is_readable():
    proc = _run("--dataset", "circle", "--hidden", "4", "--steps", "10")
    assert proc.returncode == 0, proc.stderr
    assert "10 steps" in proc.stdout
    assert re.search(r"dead neurons \d+ / 4 ", proc.stdout)
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.stdout)
