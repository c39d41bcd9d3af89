"""``reludesk`` given odd files, options and values, through a real subprocess: each case gets
the behaviour a user expects, and random option lists find no traceback and no hang.

Each run costs about a third of a second, so cases share runs where they can.
"""

import contextlib
import io
import json
import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reludesk import cli
from reludesk.core import files
from reludesk.core.experiment import Config, Trainer

TIMEOUT = 30  # seconds per run: a hang fails the test instead of stalling the suite
BURST = ["--dataset", "spiral", "--lr", "1", "--steps", "300"]


def _run(*args, timeout=TIMEOUT):
    return subprocess.run(
        [sys.executable, "-m", "reludesk", *args], capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def _json(*args):
    proc = _run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def _refused(proc, *named):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for word in named:
        assert word in lines[0], lines[0]
    for leak in ("Traceback", "Errno", "sys.set_int"):
        assert leak not in proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A network trained to a low loss, saved with its weights: (path, config, trained loss)."""
    config = Config(dataset="gauss", hidden=(4,), activation="elu", learning_rate=0.3, seed=2)
    trainer = Trainer(config)
    trainer.step(500)
    path = tmp_path_factory.mktemp("saved") / "trained.reludesk.json"
    files.write_experiment(path, config, trainer.model)
    return path, config, float(trainer.evaluate().train_loss[0])


# --- files -------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_as_the_experiment_is_refused_at_once(tmp_path):
    pipe = tmp_path / "x.reludesk.json"
    os.mkfifo(pipe)
    for args in (["train", "--config", str(pipe)], ["--config", str(pipe)]):  # train, window
        _refused(_run(*args, timeout=20), "x.reludesk.json: it is not a regular file")


def test_train_starts_from_the_weights_saved_in_the_file(saved):
    path, config, trained_loss = saved
    assert trained_loss < 0.01  # the file holds a trained network
    rep, _ = _json("train", "--config", str(path), "--steps", "1")
    # the same step in this process, from the same weights: equal to the last bit
    twin = Trainer(config)
    files.start_from(twin, files.read_experiment(path).weights)
    twin.step(1)
    assert rep["final_loss"] == float(twin.evaluate().train_loss[0]) < 0.01
    assert rep["weights_from"] == "trained.reludesk.json"
    fresh, _ = _json("train", "--config", str(path), "--steps", "1", "--fresh")
    new = Trainer(config)
    new.step(1)
    assert fresh["final_loss"] == float(new.evaluate().train_loss[0]) > 0.05
    assert "weights_from" not in fresh


def test_weights_that_no_longer_fit_are_refused_with_the_way_out(saved):
    path, _, _ = saved
    line = _refused(_run("train", "--config", str(path), "--hidden", "5"), "trained.reludesk.json")
    assert "--fresh" in line
    line = _refused(_run("train", "--config", str(path), "--replicas", "4"), "alike")
    assert "--fresh" in line


@pytest.mark.parametrize(
    ("make", "named"),
    [
        (lambda p: p.mkdir(), "odd.reludesk.json: it is a folder, not an experiment file"),
        (lambda p: p.write_text('{"config": ' + "9" * 5000 + "}"), "has over 4,300 digits"),
    ],
)
def test_bad_files_get_one_plain_line(tmp_path, make, named):
    path = tmp_path / "odd.reludesk.json"
    make(path)
    line = _refused(_run("train", "--config", str(path)), named)
    assert line.count("odd.reludesk.json") == 1


def test_a_file_with_a_byte_order_mark_trains(tmp_path):
    path = tmp_path / "notepad.reludesk.json"
    config = Config(hidden=(3,), activation="tanh", seed=5)
    path.write_bytes(b"\xef\xbb\xbf" + files.experiment_json(config).encode())
    rep, _ = _json("train", "--config", str(path), "--steps", "2")
    assert Config.from_dict(rep["config"]) == config


# --- options -----------------------------------------------------------------------------------
def test_options_before_the_command_mean_what_they_mean_after_it(saved):
    path, _, _ = saved
    before, _ = _json("--config", str(path), "train", "--steps", "3")
    after, _ = _json("train", "--config", str(path), "--steps", "3")
    assert before == after and before["config"]["activation"] == "elu"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--lesson", "nope", "train"], "--lesson"),
        (["--lesson", "relu", "train"], "--lesson"),
        (["--config", "a.json", "train", "--config", "b.json"], "--config is given twice"),
    ],
)
def test_options_before_the_command_that_mean_nothing_there_are_refused(args, named):
    _refused(_run(*args), named)


@pytest.mark.parametrize("text", ["0", "", "none"])
def test_no_hidden_layer_has_one_spelling_per_meaning(text):
    rep, _ = _json("train", "--hidden", text, "--steps", "2")
    assert rep["config"]["hidden"] == [] and rep["total_hidden"] == 0
    assert rep["dead_fraction"] == []


def test_the_summary_of_a_network_without_hidden_layers_reads_well():
    proc = _run("train", "--hidden", "none", "--steps", "2")
    assert "hidden none" in proc.stdout and "no hidden layer: no neuron can die" in proc.stdout
    assert "per layer: )" not in proc.stdout


def test_a_zero_width_among_layers_is_refused_naming_the_range():
    _refused(_run("train", "--hidden", "0,8"), "1 to 8 layer widths from 1 to 64",
             "none for no hidden layer")


def test_alpha_for_an_activation_without_one_is_refused():
    _refused(_run("train", "--activation", "relu", "--alpha", "0.5"),
             "--alpha is only for leaky_relu, prelu, elu", "relu has no alpha")


def test_a_batch_larger_than_the_training_set_runs_as_all_of_it_and_says_so():
    rep, err = _json("train", "--batch-size", "300", "--steps", "2")
    assert rep["config"]["batch_size"] == 250
    note = "batch size 300 is more than the 250 training points, so it runs as 250"
    assert rep["notes"] and note in rep["notes"][0]
    assert err.startswith("reludesk: note: " + note)
    assert note in _run("train", "--batch-size", "300", "--steps", "2").stdout


# --- what is counted -----------------------------------------------------------------------------
def test_when_every_network_diverges_no_unit_is_counted():
    args = ["train", "--dataset", "plane", "--lr", "10", "--steps", "300", "--replicas", "16"]
    rep, _ = _json(*args)
    assert rep["diverged"] and rep["diverged_replicas"] == 16
    assert rep["dead_count"] is None and rep["dead_fraction"] is None
    assert rep["dead_share_per_replica"] == [None] * 16 and "dead_share_spread" not in rep
    text = _run(*args).stdout
    assert "dead neurons: not counted" in text
    assert "over 16 starting weights (data and batches shared): all 16 diverged" in text


def test_units_are_counted_by_the_family_of_their_activation_on_16_starting_weights():
    relu, _ = _json("train", *BURST, "--replicas", "16")
    leaky, _ = _json("train", *BURST, "--replicas", "16", "--activation", "leaky_relu")
    assert max(relu["dead_share_per_replica"]) > 0  # the burst kills ReLUs on some networks
    assert leaky["family"] == "sloped" and leaky["diverged_replicas"] < 16
    assert {x for x in leaky["dead_share_per_replica"] if x is not None} == {0.0}
    assert leaky["inactive_count"] is not None
    # sigmoid at rate 10 with momentum: units whose slope underflows, saturated and never dead
    args = ["--dataset", "xor", "--activation", "sigmoid", "--lr", "10", "--optimizer",
            "momentum", "--steps", "60"]
    smooth, _ = _json("train", *args, "--replicas", "16")
    assert {x for x in smooth["dead_share_per_replica"] if x is not None} == {0.0}
    core = Trainer(Config(dataset="xor", activation="sigmoid", learning_rate=10,
                          optimizer="momentum"))
    core.step(60)
    assert smooth["saturated_count"] == core.evaluate().saturated_count(0) > 0
    text = _run("train", *args).stdout
    assert "sigmoid units cannot die" in text
    assert f"saturated neurons {smooth['saturated_count']} / 16" in text


# --- anything at all ------------------------------------------------------------------------
VALUES = {
    "--dataset": ["spiral", "plane", "moons", ""],
    "--activation": ["relu", "prelu", "elu", "swish"],
    "--alpha": ["0.1", "0", "-1", "nan", "inf", "2", "1e-400", "x"],
    "--hidden": ["8,8", "0", "", "none", "0,8", "65", "x", "1,1,1,1,1,1,1,1,1", "3,,3"],
    "--lr": ["0.03", "10", "11", "0", "-1", "nan", "1e-9", "1e400", "fast"],
    "--batch-size": ["1", "300", "0", "-5", "9" * 30, "2.5"],
    "--init": ["he", "zeros"],
    "--optimizer": ["adam", "lbfgs"],
    "--noise": ["0.2", "0.9", "nan"],
    "--seed": ["0", "4294967295", "4294967296", "-1", "1e5"],
    "--replicas": ["1", "3", "0", "300", "x"],
    "--steps": ["1", "3", "0", "x"],
}


@pytest.fixture(scope="module")
def fuzz_files(tmp_path_factory, saved):
    """Paths --config may be given in the fuzz: good, trained, odd and missing."""
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "junk.json").write_bytes(b"\xff\x00{[")
    (folder / "folder").mkdir()
    files.write_experiment(folder / "plain.reludesk.json", Config(hidden=(3,)))
    paths = [saved[0], folder / "junk.json", folder / "folder", folder / "plain.reludesk.json",
             folder / "missing.json"]
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.json")
        paths.append(folder / "pipe.json")
    return [str(p) for p in paths]


@st.composite
def _option_lists(draw, paths):
    """An argument list with ``train`` as its command: global options before it, train's
    options (with good and bad values, flags and junk) after it, in any order."""
    before = draw(st.lists(st.sampled_from(["config", "lesson"]), max_size=2))
    head = []
    for kind in before:
        value = draw(st.sampled_from(paths)) if kind == "config" else draw(
            st.sampled_from(["relu", "nope"]))
        head += [f"--{kind}", value]
    options = draw(st.lists(st.sampled_from([*VALUES, "--config", "--json", "--fresh", "junk"]),
                            max_size=6))
    tail = []
    for option in options:
        if option in VALUES:
            tail += [option, draw(st.sampled_from(VALUES[option]))]
        elif option == "--config":
            tail += [option, draw(st.sampled_from(paths))]
        elif option == "junk":
            tail.append(draw(st.text(st.characters(blacklist_categories=["Cs", "Cc"]),
                                     max_size=6)))
        else:
            tail.append(option)
    if "--steps" not in options:
        tail += ["--steps", "2"]  # a default run is 1,000 steps: too long for a fuzz case
    return [*head, "train", *tail]


def _in_process(argv, seconds=TIMEOUT):
    """cli.main(argv) on a thread: (status, stdout, stderr), or None if it hung."""
    out, err, status = io.StringIO(), io.StringIO(), []

    def run():
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status.append(cli.main(argv))
            except SystemExit as exc:  # argparse's own exits (usage errors, --help)
                status.append(exc.code)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return (status[0], out.getvalue(), err.getvalue()) if status else None


def _check(status, stdout, stderr):
    assert status in (0, 2), (status, stderr)
    assert "Traceback" not in stdout + stderr and "Errno" not in stderr
    if status == 2:
        assert len(stderr.splitlines()) == 1 and stderr.startswith("reludesk"), stderr
    else:
        assert stdout.strip()


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_option_lists_in_process_end_in_a_report_or_one_line(fuzz_files, data):
    argv = data.draw(_option_lists(fuzz_files))
    outcome = _in_process(argv)
    assert outcome is not None, f"hung on {argv}"
    _check(*outcome)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_option_lists_through_the_command_end_in_a_report_or_one_line(fuzz_files, data):
    argv = data.draw(_option_lists(fuzz_files))
    proc = _run(*argv)  # a hang raises TimeoutExpired and fails the case
    _check(proc.returncode, proc.stdout, proc.stderr)


def test_the_fuzz_reaches_both_ends(fuzz_files):
    # guards the fuzz: its lists both train (a report) and get refused (one line)
    ok = _in_process(["train", "--steps", "2", "--config", fuzz_files[3]])
    bad = _in_process(["train", "--steps", "2", "--config", fuzz_files[1]])
    assert ok[0] == 0 and json.dumps(ok[1]) and bad[0] == 2
    assert np.isfinite(float(ok[1].split("train loss ")[1].split()[0]))
