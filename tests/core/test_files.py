"""Experiment files: round trips with weights, atomic writes, hostile files."""

import json
import os

import numpy as np
import pytest

from reludesk.core import files
from reludesk.core.experiment import Config, ConfigError, Trainer
from reludesk.core.network import MLP


def _fresh_model(config, seed=99):
    """A network of the config's shape whose weights differ from any trained one."""
    return MLP(config.layer_sizes, config.make_activation(), task=config.task, seed=seed)


def _equal_params(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a.parameters(), b.parameters(), strict=True))


@pytest.mark.parametrize("activation", ["relu", "prelu"])
def test_round_trip_with_weights(tmp_path, activation):
    config = Config(dataset="xor", hidden=(5, 3), activation=activation, learning_rate=0.1, seed=4)
    trainer = Trainer(config)
    trainer.step(50)
    path = tmp_path / f"run{files.SUFFIX}"
    files.write_experiment(path, config, trainer.model)

    exp = files.read_experiment(path)
    assert exp.config == config
    assert exp.weights is not None
    model = _fresh_model(config)
    assert not _equal_params(model, trainer.model)
    files.load_weights(model, exp.weights)
    # JSON writes floats with repr, which reads back bit for bit
    assert _equal_params(model, trainer.model)
    if activation == "prelu":
        assert len(model.slopes) == 2
        assert not np.allclose(model.slopes[0], 0.25)  # the learned slopes came back too


def test_file_holds_replica_zero_and_loads_into_every_replica(tmp_path):
    config = Config(hidden=(4,), replicas=3)
    trainer = Trainer(config)
    path = tmp_path / "x.reludesk.json"
    files.write_experiment(path, config, trainer.model)
    model = MLP(config.layer_sizes, config.make_activation(), replicas=3, seed=7)
    files.load_weights(model, files.read_experiment(path).weights)
    for mine, theirs in zip(model.parameters(), trainer.model.parameters(), strict=True):
        for r in range(3):
            np.testing.assert_array_equal(mine[r], theirs[0])


def test_config_only_file_and_bare_config_document(tmp_path):
    config = Config(activation="tanh", seed=3)
    path = tmp_path / "a.reludesk.json"
    files.write_experiment(path, config)
    assert files.read_experiment(path) == files.Experiment(config, None)
    bare = tmp_path / "b.json"
    bare.write_text(config.to_json(), encoding="utf-8")
    assert files.read_experiment(bare) == files.Experiment(config, None)


def test_the_largest_network_fits_in_a_file(tmp_path):
    # the Config bounds and the file-size limits must agree: the biggest network saves and loads
    config = Config(hidden=(64,) * 8, activation="prelu")
    model = _fresh_model(config, seed=1)
    path = tmp_path / "big.reludesk.json"
    files.write_experiment(path, config, model)
    twin = _fresh_model(config, seed=2)
    files.load_weights(twin, files.read_experiment(path).weights)
    assert _equal_params(twin, model)


def _leftovers(folder, keep):
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def test_atomic_write_keeps_the_old_file_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "run.reludesk.json"
    files.write_experiment(path, Config(seed=1))
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError, match="permission denied") as info:
        files.write_experiment(path, Config(seed=2))
    assert str(info.value).startswith("run.reludesk.json: ")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, path.name) == []  # the temporary file is cleaned up


def test_atomic_write_keeps_the_old_file_when_the_disk_fills_half_way(tmp_path, monkeypatch):
    path = tmp_path / "run.reludesk.json"
    files.write_experiment(path, Config(seed=1))
    before = path.read_bytes()
    real_fdopen = os.fdopen
    written = []

    class HalfWriter:
        """Writes half of the text for real, then fails as a full disk does."""

        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, text):
            self.fh.write(text[: len(text) // 2])
            self.fh.flush()
            written.append(len(text) // 2)
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(
        files.os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k))
    )
    model = _fresh_model(Config())
    with pytest.raises(OSError, match="the disk is full"):
        files.write_experiment(path, Config(seed=2), model)
    assert written and written[0] > 100  # really half a file, not nothing
    assert path.read_bytes() == before
    assert files.read_experiment(path).config == Config(seed=1)
    assert _leftovers(tmp_path, path.name) == []


def test_write_replaces_the_old_file(tmp_path):
    path = tmp_path / "run.reludesk.json"
    files.write_experiment(path, Config(seed=1))
    files.write_experiment(path, Config(seed=2))
    assert files.read_experiment(path).config.seed == 2
    assert _leftovers(tmp_path, path.name) == []


# --- hostile files ------------------------------------------------------------------------------


def _doc(**changes):
    """A valid experiment document with replica 0 of a [2, 3, 1] network, then ``changes``."""
    config = Config(hidden=(3,))
    doc = json.loads(files.experiment_json(config, _fresh_model(config)))
    for dotted, value in changes.items():
        *path, last = dotted.split("__")
        target = doc
        for key in path:
            target = target[key] if not key.isdigit() else target[int(key)]
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(doc)


VALID = _doc()
# a marker in the biases that a text edit turns into a number JSON cannot hold as a float
MARKED = _doc(weights__biases__0=[12345.5, 0.0, 0.0])

HOSTILE = {
    "truncated": (VALID[: len(VALID) // 2].encode(), "not valid JSON"),
    "not_json": (b"hello, world", "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "not_utf8": (b'{"format": "\xff\xfe"}', "UTF-8"),
    "latin1": ('{"format": "café"}'.encode("latin-1"), "UTF-8"),
    "array": (b"[1, 2, 3]", "object"),
    "wrong_format": (_doc(format="word-doc").encode(), "format"),
    "unknown_version": (_doc(version=7).encode(), "version"),
    "hidden_as_text": (_doc(config__hidden="8,8").encode(), "hidden"),
    "lr_as_text": (_doc(config__learning_rate="fast").encode(), "learning_rate"),
    "nan_lr": (VALID.replace('"learning_rate": 0.03', '"learning_rate": NaN').encode(), "finite"),
    "infinite_seed": (VALID.replace('"seed": 0', '"seed": Infinity').encode(), "finite"),
    "too_wide": (_doc(config__hidden=[65]).encode(), "hidden"),
    "too_deep": (_doc(config__hidden=[2] * 9).encode(), "hidden"),
    "too_many_samples": (_doc(config__n_samples=10**9).encode(), "n_samples"),
    "too_many_replicas": (_doc(config__replicas=100_000).encode(), "replicas"),
    "unknown_field": (_doc(config__pickle="os.system").encode(), "pickle"),
    "weights_not_object": (_doc(weights="abc").encode(), "weights"),
    "weights_wrong_count": (_doc(weights__weights=[[[0.0] * 3] * 2]).encode(), "weights.weights"),
    "weights_wrong_shape": (_doc(weights__weights__0=[[0.0] * 4] * 2).encode(), r"shape \(2, 3\)"),
    "weights_ragged": (_doc(weights__weights__0=[[0.0] * 3, [0.0]]).encode(), "weights.weights"),
    "weights_not_numbers": (_doc(weights__biases__0=["a", "b", "c"]).encode(), "weights.biases"),
    "weights_nested_objects": (_doc(weights__biases__0=[{}, {}, {}]).encode(), "weights.biases"),
    "weights_numeric_strings": (
        _doc(weights__biases__0=["1.5", "0", "2"]).encode(), "weights.biases"
    ),
    "weights_booleans": (_doc(weights__biases__0=[True, False, True]).encode(), "weights.biases"),
    "weights_overflow": (MARKED.replace("12345.5", "1e400").encode(), "not finite"),
    "weights_nan": (MARKED.replace("12345.5", "NaN").encode(), "finite"),
    "slopes_for_relu": (_doc(weights__slopes=[[0.1, 0.1, 0.1]]).encode(), "weights.slopes"),
    "deep_nesting": (b"[" * 200_000, "JSON"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_raises_config_error_with_a_message(tmp_path, name):
    raw, pattern = HOSTILE[name]
    path = tmp_path / f"{name}.reludesk.json"
    path.write_bytes(raw)
    with pytest.raises(ConfigError, match=pattern) as info:
        files.read_experiment(path)
    assert path.name in str(info.value)  # the user learns which file was refused


def test_the_hostile_documents_differ_from_a_valid_one_only_where_meant(tmp_path):
    # guards the table above: the untouched document itself loads
    path = tmp_path / "ok.reludesk.json"
    path.write_text(VALID, encoding="utf-8")
    assert files.read_experiment(path).weights is not None
    path.write_text(MARKED, encoding="utf-8")
    assert files.read_experiment(path).weights["biases"][0][0] == 12345.5
    assert '"learning_rate": 0.03' in VALID and '"seed": 0' in VALID


def test_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.reludesk.json"
    with path.open("wb") as fh:
        fh.truncate(files.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    opened = []
    real_open = files.os.open

    def spy_open(name, *args, **kwargs):
        opened.append(name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", spy_open)
    with pytest.raises(ConfigError, match="at most"):
        files.read_experiment(path)
    assert opened == []
    path.write_text(VALID, encoding="utf-8")  # the spy sees a file that is read
    files.read_experiment(path)
    assert opened == [path]


def test_missing_or_unreadable_file_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        files.read_experiment(tmp_path / "nowhere.reludesk.json")
    with pytest.raises(OSError):
        files.read_experiment(tmp_path)  # a folder


def test_check_weights_accepts_exact_shapes_only():
    config = Config(hidden=(3,))
    good = json.loads(VALID)["weights"]
    files.check_weights(config, good)
    with pytest.raises(ConfigError, match="weights"):
        files.check_weights(Config(hidden=(4,)), good)
