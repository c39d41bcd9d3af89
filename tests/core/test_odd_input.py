"""Odd files and values get a plain answer: what is not a regular file, a byte-order mark,
messages in a student's words, capped batches, implausible weights, the CSV's last row.

The reader is also fed random bytes and random JSON (hypothesis): it returns an Experiment or
raises ConfigError / FileError with a one-line message, and never anything else.
"""

import contextlib
import errno
import json
import os
import stat
import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reludesk.core import files
from reludesk.core.config import Config, ConfigError, fit_batch
from reludesk.core.experiment import Trainer

LEAKS = ("Errno", ".tmp", "sys.set_int_max_str_digits", "Traceback")


def _valid(config=None, with_weights=True):
    config = config or Config(hidden=(3,))
    trainer = Trainer(config)
    text = files.experiment_json(config, trainer.model if with_weights else None)
    return config, json.loads(text)


def _assert_plain(message, name):
    """One line, the file named once, nothing of Python's or the system's internals."""
    assert "\n" not in message
    assert message.count(name) == 1, message
    for leak in LEAKS:
        assert leak not in message, message


def _read_in_thread(path, seconds=10):
    """read_experiment(path) on a thread; the outcome, or "hung" after ``seconds``."""
    outcome = []

    def run():
        try:
            outcome.append(files.read_experiment(path))
        except Exception as exc:  # the test looks at which
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return outcome[0] if outcome else "hung"


# --- not a regular file ---------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "x.reludesk.json"
    os.mkfifo(pipe)
    try:
        outcome = _read_in_thread(pipe)
    finally:
        # had the reader opened the pipe, it would wait for a writer: give it one, so that a
        # failing test does not leave a thread stuck
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert outcome != "hung"
    assert isinstance(outcome, files.FileError)
    assert "not a regular file" in str(outcome)
    _assert_plain(str(outcome), pipe.name)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read():
    # /dev/zero never ends: read without the check, it would fill memory
    with pytest.raises(files.FileError, match="not a regular file"):
        files.read_experiment("/dev/zero")


def test_a_folder_is_refused_in_plain_words(tmp_path):
    folder = tmp_path / "runs.reludesk.json"
    folder.mkdir()
    with pytest.raises(files.FileError) as info:
        files.read_experiment(folder)
    assert str(info.value) == "runs.reludesk.json: it is a folder, not an experiment file"
    assert info.value.errno == errno.EISDIR  # programs still get the code


def test_reading_is_size_limited(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b" " * 20)
    assert files.read_limited(path, limit=20) == b" " * 20
    with pytest.raises(ConfigError, match="it is 20 bytes; an experiment file is at most 19"):
        files.read_limited(path, limit=19)


def test_a_huge_file_is_named_once_with_its_size(tmp_path):
    path = tmp_path / "big.reludesk.json"
    with path.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: costs no disk
    with pytest.raises(ConfigError) as info:
        files.read_experiment(path)
    assert str(info.value) == (
        "big.reludesk.json: it is 50.0 MB; an experiment file is at most 8.0 MB"
    )


# --- text ---------------------------------------------------------------------------------
def test_a_byte_order_mark_is_accepted(tmp_path):
    # Notepad saves UTF-8 with a byte-order mark; json.loads alone refuses it
    config = Config(activation="elu", seed=4)
    path = tmp_path / "notepad.reludesk.json"
    path.write_bytes(b"\xef\xbb\xbf" + files.experiment_json(config).encode())
    assert files.read_experiment(path).config == config


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"config": ' + "9" * 5000 + "}", "has over 4,300 digits"),
        ("", "it is empty"),
        ('{"format": "reludesk-experiment",', "line 1, column"),
    ],
)
def test_json_errors_are_plain(tmp_path, text, says):
    path = tmp_path / "odd.reludesk.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=says) as info:
        files.read_experiment(path)
    _assert_plain(str(info.value), path.name)


def test_an_integer_beyond_any_float_is_out_of_range_not_a_crash():
    # float(10**400) raises OverflowError, which is no ValueError: the CLI would show a traceback
    with pytest.raises(ConfigError, match=r"learning_rate must be in \(0, 10\]"):
        Config(learning_rate=10**400)


def test_a_long_value_is_quoted_short():
    with pytest.raises(ConfigError) as info:
        Config(dataset="x" * 100_000)
    assert len(str(info.value)) < 200


# --- writing ------------------------------------------------------------------------------
def test_a_folder_that_refuses_writes_names_the_file_not_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "h.csv"

    def refuse(*_args, **kwargs):
        # what mkstemp raises in a folder without write permission, naming its own temporary
        temporary = f"{kwargs['dir']}/.h.csv.9e0n7j81.tmp"
        raise PermissionError(errno.EACCES, "Permission denied", temporary)

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError) as info:
        files.write_text_atomic(target, "step\n")
    assert str(info.value) == "h.csv: you may not write in that folder (permission denied)"
    _assert_plain(str(info.value), "h.csv")


def test_saving_over_a_folder_says_so(tmp_path):
    (tmp_path / "h.csv").mkdir()
    with pytest.raises(OSError) as info:
        files.write_text_atomic(tmp_path / "h.csv", "step\n")
    assert str(info.value) == "h.csv: a folder has that name"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv"]  # no temporary left


# --- values that run other than written -----------------------------------------------------
def test_a_full_batch_stays_full_when_the_train_share_shrinks():
    config = Config(batch_size=250)  # all 250 training points of 500 at 50 %
    smaller = config.replace(train_fraction=0.1)
    assert smaller.batch_size == smaller.n_train == 50
    _, note = fit_batch({**config.to_dict(), "train_fraction": 0.1})
    assert note == (
        "batch size 250 is more than the 50 training points, so it runs as 50: the full "
        "training set"
    )
    # a batch that fits is left alone, and Config itself still refuses what does not fit
    assert config.replace(train_fraction=0.9).batch_size == 250
    with pytest.raises(ConfigError, match="batch_size"):
        Config(batch_size=251)


def test_the_training_rows_are_the_split_the_trainer_makes():
    # the cap says "the 144 training points": it must be the number the trainer trains on
    for n, share in [(500, 0.29), (500, 0.5), (21, 0.9), (10_000, 0.33), (20, 0.1)]:
        config = Config(n_samples=n, train_fraction=share, hidden=(2,), batch_size=1)
        assert len(Trainer(config).X_train) == config.n_train


def test_a_file_with_a_batch_beyond_its_data_is_capped_and_says_so(tmp_path):
    config, doc = _valid(with_weights=False)
    doc["config"]["batch_size"] = 10_000
    path = tmp_path / "b.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    experiment = files.read_experiment(path)
    assert experiment.config == config.replace(batch_size=250)
    assert experiment.notes == (
        "batch size 10,000 is more than the 250 training points, so it runs as 250: the full "
        "training set",
    )


# --- implausible weights --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "value", "activation"),
    [("weights", 1e300, "relu"), ("slopes", 1e300, "prelu"), ("slopes", 1e200, "prelu")],
)
def test_weights_that_overflow_on_the_data_are_refused(tmp_path, key, value, activation):
    config, doc = _valid(Config(hidden=(3,), activation=activation))
    doc["weights"][key][0] = (np.full(np.shape(doc["weights"][key][0]), value)).tolist()
    path = tmp_path / "huge.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ConfigError, match="overflow 64-bit numbers") as info:
        files.read_experiment(path)
    _assert_plain(str(info.value), path.name)
    assert f"the largest is {value:.3g}" in str(info.value)
    # and the trainer shows why: with these weights the first evaluation is not finite
    trainer = Trainer(config)
    files.load_weights(trainer.model, doc["weights"])
    trainer.invalidate()
    snap = trainer.evaluate()
    assert not (np.isfinite(snap.train_loss).all() and np.isfinite(snap.grad_norm).all())


def test_slopes_that_adam_learns_at_the_default_rate_reopen(tmp_path):
    # PReLU's slope is learned without bounds: Adam at the default rate takes the spiral's
    # slopes below -5 within 2,000 steps (16 seeds), so no fixed range can refuse -5
    config = Config(dataset="spiral", activation="prelu", optimizer="adam", replicas=16)
    trainer = Trainer(config)
    trainer.step(2000)
    slopes = np.stack([s.min(axis=1) for s in trainer.model.slopes])  # (layers, replicas)
    assert not trainer.diverged_mask.any()
    r = int(np.argmin(slopes.min(axis=0)))
    assert slopes[:, r].min() < -5
    path = tmp_path / "learned.reludesk.json"
    files.write_experiment(path, config.replace(replicas=1), trainer.model.replica(r))
    reopened = files.read_experiment(path)
    assert min(min(s) for s in reopened.weights["slopes"]) < -5


def test_finite_huge_weights_a_classifier_learns_reopen(tmp_path):
    # separable data drives a classifier's weights up with a finite loss: 1e30 loads and trains
    config, doc = _valid(Config(dataset="gauss", hidden=(3,)))
    doc["weights"]["weights"][1] = (np.asarray(doc["weights"]["weights"][1]) * 1e30).tolist()
    path = tmp_path / "big.reludesk.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    trainer = Trainer(config)
    files.start_from(trainer, files.read_experiment(path).weights)
    trainer.step(10)
    assert not trainer.diverged


# --- the CSV ends where the network is --------------------------------------------------------
def test_the_csv_ends_at_the_current_step_without_changing_the_history():
    trainer = Trainer(Config(hidden=(4,)), record_every=50)
    trainer.step(137)
    history = trainer.history
    kept = (len(history), history.steps.copy())
    rows = history.to_csv(latest=trainer.evaluate()).splitlines()
    assert [int(r.split(",")[0]) for r in rows[1:]] == [0, 50, 100, 137]
    last = rows[-1].split(",")
    assert float(last[1]) == pytest.approx(float(trainer.evaluate().train_loss[0]), rel=1e-9)
    assert (len(history), list(history.steps)) == (kept[0], list(kept[1]))
    # on a record step nothing is added twice
    trainer.step(13)
    rows = history.to_csv(latest=trainer.evaluate()).splitlines()
    assert [int(r.split(",")[0]) for r in rows[1:]] == [0, 50, 100, 150]


# --- anything at all ---------------------------------------------------------------------------
def _outcome(raw, tmp_path):
    path = tmp_path / "fuzz.reludesk.json"
    path.write_bytes(raw)
    try:
        return files.read_experiment(path)
    except (ConfigError, files.FileError) as exc:
        message = str(exc)
        assert message.startswith(f"{path.name}: ") and "\n" not in message
        for leak in LEAKS:
            assert leak not in message
        return exc


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
_FIELD = st.sampled_from(sorted(Config().to_dict()))
# tmp_path is shared by the examples of one test, which is fine: each writes the file anew
FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(raw=st.binary(max_size=200))
def test_random_bytes_are_read_or_refused(tmp_path, raw):
    _outcome(raw, tmp_path)


@FUZZ
@given(doc=_json)
def test_random_json_is_read_or_refused(tmp_path, doc):
    _outcome(json.dumps(doc).encode(), tmp_path)


@FUZZ
@given(field=_FIELD, value=_json, bom=st.booleans(), weight=st.floats(allow_nan=False))
def test_a_valid_file_with_one_random_value_is_read_or_refused(tmp_path, field, value, bom, weight):
    _, doc = _valid()
    doc["config"][field] = value
    doc["weights"]["weights"][0][0][0] = weight  # inf, 1e308, -0.0, ...
    raw = json.dumps(doc).encode()
    _outcome(b"\xef\xbb\xbf" + raw if bom else raw, tmp_path)


def test_the_fuzzed_base_document_itself_loads(tmp_path):
    # guards the fuzz above: the untouched document is an experiment, so changes are what fail
    _, doc = _valid()
    assert isinstance(_outcome(json.dumps(doc).encode(), tmp_path), files.Experiment)


def test_a_file_without_read_permission_is_plain(tmp_path):
    path = tmp_path / "locked.reludesk.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who may read anything (root)")
        with pytest.raises(files.FileError) as info:
            files.read_experiment(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert str(info.value) == "locked.reludesk.json: you may not read it (permission denied)"
