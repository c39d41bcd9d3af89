"""Experiment files word for word: what each system error says, file sizes at their unit edges,
where the temporary file of an atomic write lives, how a file that grows is refused, and the
refusals of weights. Written for the mutants mutmut left alive in files.py
(tests/benchmarks/mutation_core.py); each test names the mutants it kills.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
from pathlib import Path

import numpy as np
import pytest

from reludesk.core import files
from reludesk.core.config import Config, ConfigError
from reludesk.core.network import MLP

HERE = Path("dir") / "run.reludesk.json"


# --- system errors in plain words -----------------------------------------------------------------
def test_a_known_code_reads_as_reading_unless_told_it_was_writing():
    # kills plain_problem 1 (writing by default) and 14 (writing words always)
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert str(files.plain_problem(missing, HERE)) == "run.reludesk.json: it does not exist"
    assert str(files.plain_problem(missing, HERE, writing=True)) == (
        "run.reludesk.json: its folder does not exist"
    )


@pytest.mark.parametrize(
    ("writing", "expected"),
    [(False, "it could not be read (device or resource busy)"),
     (True, "it could not be written (device or resource busy)")],
)
def test_a_rare_code_keeps_the_systems_words_without_the_code(writing, expected):
    # EBUSY is not in the table: the system's sentence, lower case, its full stop dropped.
    # Kills plain_problem 4, 6 (no default pair), 10, 11 (a default that is not empty), 16-22
    # (the fallback words), 24 (errno is None), 25, 26 (= or -= for +=), 27 (upper), 28, 29
    # (rstrip(None), lstrip: the full stop stays), and 32, 34 (the code dropped).
    exc = OSError(errno.EBUSY, "Device or resource busy.")
    problem = files.plain_problem(exc, HERE, writing=writing)
    assert str(problem) == f"run.reludesk.json: {expected}"
    assert problem.errno == errno.EBUSY


def test_only_the_trailing_full_stop_is_dropped():
    # rstrip('.') takes full stops only; a sentence ending in X shows that 'XX.XX' (any of X
    # and .) would eat a letter too. Kills plain_problem 30.
    exc = OSError(errno.EBUSY, "Bad file on drive X.")
    assert str(files.plain_problem(exc, HERE)).endswith("(bad file on drive x)")


def test_an_error_without_a_code_says_only_that_it_could_not_be_read():
    # no errno: the table's default pair, and no system words to add (strerror is None).
    # Kills plain_problem 8 (errno None read as 1, EPERM: "permission denied") and 23
    # (or for and: strerror None has no rstrip)
    assert str(files.plain_problem(OSError("boom"), HERE)) == (
        "run.reludesk.json: it could not be read"
    )
    assert str(files.plain_problem(OSError(errno.EBUSY, None), HERE)) == (
        "run.reludesk.json: it could not be read"
    )


# --- sizes ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("n_bytes", "text"),
    [(999, "999 bytes"), (1000, "1.0 kB"), (999_999, "1000.0 kB"), (1_000_000, "1.0 MB"),
     (1_050_000, "1.1 MB"), (12_345_678_901, "12,345.7 MB")],
)
def test_sizes_change_unit_at_a_thousand_and_a_million(n_bytes, text):
    # kills size_text 1-4 (<= or one more at the edges), 5, 6 (kB by * 1000 or / 1001), 8
    # (MB by / 1,000,001: 1,050,000 bytes would read 1.0 MB)
    assert files.size_text(n_bytes) == text


# --- reading -------------------------------------------------------------------------------------
def test_the_first_byte_that_is_not_utf8_is_counted_from_one(tmp_path):
    # kills _decode 5, 6 (the position off by one or two)
    path = tmp_path / "latin.reludesk.json"
    path.write_bytes(b'{"a": "caf\xe9"}')
    with pytest.raises(ConfigError, match=r"^latin\.reludesk\.json: it is not UTF-8 text "
                                          r"\(byte 11 is not part of a character\)$"):
        files.read_experiment(path)


def test_a_bare_config_keeps_its_notes():
    # a Config document with a batch larger than its training set runs capped and says so.
    # Kills parse_experiment 18 (the notes dropped for a bare config)
    doc = json.loads(Config().to_json())
    doc["config"]["batch_size"] = 400
    experiment = files.parse_experiment(json.dumps(doc))
    assert experiment.config.batch_size == 250
    assert experiment.notes == (
        "batch size 400 is more than the 250 training points, so it runs as 250: the full "
        "training set",
    )


def test_a_file_is_opened_without_blocking(tmp_path, monkeypatch):
    # the promise that a pipe slipped in after the check cannot hang the reader rests on
    # O_NONBLOCK. Kills read_limited 20-22 and 28, 29 (the flag lost by & or a wrong name)
    path = tmp_path / "a.reludesk.json"
    path.write_text("{}", encoding="utf-8")
    flags_seen = []
    real_open = os.open

    def open_and_note(p, flags, *args):
        flags_seen.append(flags)
        return real_open(p, flags, *args)

    monkeypatch.setattr(files.os, "open", open_and_note)
    assert files.read_limited(path) == b"{}"
    assert flags_seen and all(f & os.O_NONBLOCK for f in flags_seen)


def _regular_stat(tmp_path: Path, size: int) -> os.stat_result:
    plain = tmp_path / f"plain{size}"
    plain.write_bytes(b"x" * size)
    return os.stat(plain)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_that_takes_the_files_place_after_the_check_is_refused(tmp_path, monkeypatch):
    # the name passed the check as a regular file, then a pipe took its place: the check on
    # the open descriptor refuses it by the file's name. Kills read_limited 47 (no name)
    pipe = tmp_path / "swapped.reludesk.json"
    os.mkfifo(pipe)
    info = _regular_stat(tmp_path, 2)
    monkeypatch.setattr(files.Path, "stat", lambda self, **kw: info)
    with pytest.raises(files.FileError, match=r"^swapped\.reludesk\.json: it is not a regular"):
        files.read_limited(pipe)


def test_a_file_that_grew_after_the_check_is_refused_by_what_was_read(tmp_path, monkeypatch):
    # the check saw 2 bytes; the file holds 100: only limit + 1 = 11 bytes are read, and the
    # refusal names that many. Kills read_limited 52, 54 (reading all, or 12) and 60-65 (the
    # refusal's arguments mangled)
    path = tmp_path / "grows.reludesk.json"
    path.write_bytes(b"7" * 100)
    info = _regular_stat(tmp_path, 2)
    monkeypatch.setattr(files.Path, "stat", lambda self, **kw: info)
    with pytest.raises(ConfigError) as refused:
        files.read_limited(path, limit=10)
    assert str(refused.value) == (
        "grows.reludesk.json: it is 11 bytes; an experiment file is at most 10 bytes"
    )


# --- weights -------------------------------------------------------------------------------------
def _weights(config: Config) -> dict:
    model = MLP(config.layer_sizes, config.activation)
    return json.loads(files.experiment_json(config, model))["weights"]


def test_weights_that_are_not_an_object_are_refused_in_words():
    # kills check_weights 2-4 (the message blanked or changed)
    with pytest.raises(ConfigError) as refused:
        files.check_weights(Config(), [[1.0]])
    assert str(refused.value) == "weights must be an object with weights, biases and slopes"


def test_a_network_without_slopes_needs_no_slopes_key():
    # ReLU has no learned slope: weights without "slopes" are complete, for the check and
    # for loading. Kills check_weights 8, 10 and load_weights 18, 20 (a missing key read as
    # None, not as no arrays)
    config = Config(hidden=(3,))
    weights = _weights(config)
    del weights["slopes"]
    files.check_weights(config, weights)
    model = MLP(config.layer_sizes, "relu", replicas=2)
    files.load_weights(model, weights)
    np.testing.assert_array_equal(model.weights[1][1], np.asarray(weights["weights"][1]))


def test_loading_refuses_a_different_number_of_layers():
    # load_weights copies checked weights; handed unchecked ones with a layer missing, it says
    # so instead of leaving a layer as it was. Kills load_weights 9, 12, 21 (zip not strict)
    weights = _weights(Config(hidden=(3,)))
    model = MLP([2, 3, 3, 1], "relu")
    with pytest.raises(ValueError, match="zip"):
        files.load_weights(model, weights)


def test_overflowing_weights_are_refused_in_one_whole_sentence():
    # kills check_trainable 27-30 (the sentence's middle and end changed)
    config = Config(hidden=(3,))
    weights = _weights(config)
    weights["weights"][0] = (np.full((2, 3), 1e300)).tolist()
    with pytest.raises(ConfigError) as refused:
        files.check_trainable(config, weights)
    assert str(refused.value) == (
        "its saved weights (the largest is 1e+300) overflow 64-bit numbers, which end near "
        "1.8e308: on its own data the loss or its gradient is not a finite number before any "
        "step, so this network cannot train"
    )


# --- writing -------------------------------------------------------------------------------------
def test_the_file_text_is_indented_by_one_space():
    # one space per level keeps a saved network's long weight lists readable and small.
    # Kills experiment_json 22, 24 (one line) and 25 (two spaces)
    lines = files.experiment_json(Config()).splitlines()
    assert lines[:3] == ["{", ' "format": "reludesk-experiment",', ' "version": 2,']
    assert lines[4] == '  "dataset": "circle",'


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path, monkeypatch):
    # a rename is atomic only within one file system, so the temporary file sits in the
    # target's folder, hidden (a leading dot) and named after it. Kills write_text_atomic 4-8
    # (prefix, suffix or folder lost), 10, 11 (another suffix)
    renamed = []
    real_replace = os.replace

    def replace_and_note(src, dst):
        renamed.append(Path(src))
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", replace_and_note)
    target = tmp_path / "run.reludesk.json"
    files.write_text_atomic(target, "text")
    assert target.read_text(encoding="utf-8") == "text"
    [tmp] = renamed
    assert tmp.parent == tmp_path
    assert tmp.name.startswith(".run.reludesk.json.") and tmp.name.endswith(".tmp")


def test_a_rename_that_fails_after_the_temporary_file_vanished_is_still_plain(
    tmp_path, monkeypatch
):
    # someone removed the temporary file before the rename: the error stays the plain one
    # about the target, not a second one about a temporary name. Kills write_text_atomic 35,
    # 37 (unlink without missing_ok raises FileNotFoundError about the temporary file)
    def vanish_and_fail(src, dst):
        os.remove(src)
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", src)

    monkeypatch.setattr(files.os, "replace", vanish_and_fail)
    with pytest.raises(files.FileError) as failed:
        files.write_text_atomic(tmp_path / "run.reludesk.json", "text")
    assert str(failed.value) == "run.reludesk.json: its folder does not exist"
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_written_as_utf8_whatever_the_locale(tmp_path, monkeypatch):
    # JSON is UTF-8 (RFC 8259) and the texts hold −, ∞ and ≥; left to the locale, Windows
    # would write cp1252. The locale here is UTF-8, so the encoding asked for is what is
    # checked. Kills write_text_atomic 21, 24 (no encoding: the locale's)
    asked = []
    real_fdopen = os.fdopen

    def fdopen_and_note(fd, *args, **kwargs):
        asked.append(kwargs.get("encoding"))
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(files.os, "fdopen", fdopen_and_note)
    files.write_text_atomic(tmp_path / "r.reludesk.json", "(−∞, ∞)")
    assert [codecs.lookup(e).name for e in asked] == ["utf-8"]
    assert (tmp_path / "r.reludesk.json").read_bytes() == "(−∞, ∞)".encode()
