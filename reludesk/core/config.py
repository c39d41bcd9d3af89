"""``Config``: everything a user can set for one experiment, validated, and its JSON form.

A Config is frozen: the UI makes a new one (``Config.replace``) when a control changes. Its
bounds keep a hostile file from eating the machine: at most 8 hidden layers of at most 64 units,
at most 10,000 samples, at most 256 replicas, a learning rate in (0, 10].

Format 2 added the input features, regularisation, a data seed of its own and your own points
(dataset "own"); a format 1 document reads as format 2 with their defaults, which are what
format 1 ran (inputs x1 and x2, no regularisation, the data drawn from the seed).

``Config(...)`` refuses a batch larger than the training set; what a user changes
(``Config.replace``, a file read by ``Config.from_dict``) caps it to the training set instead, so
a full batch stays a full batch when the train share shrinks, and ``fit_batch`` says so.
"""

from __future__ import annotations

import dataclasses
import json
import math
import sys
from dataclasses import dataclass
from typing import Any

from reludesk.core import activations, datasets, features, optim
from reludesk.core.errors import ConfigError
from reludesk.core.i18n import translate
from reludesk.core.network import INITS, REGULARIZATIONS
from reludesk.core.points import Points

__all__ = ["REGULARIZATIONS", "Config", "ConfigError", "Points"]

FORMAT = "reludesk-config"
VERSION = 2
READ_VERSIONS = (1, 2)
OWN = datasets.OWN
MIN_OWN_POINTS = 2  # one to train on and one to test with
MAX_REGULARIZATION_RATE = 10.0
# TF Playground's choices of regularisation rate
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
MAX_LAYERS = 8
MAX_WIDTH = 64
MAX_SAMPLES = 10_000
MIN_SAMPLES = 20
MAX_REPLICAS = 256
MAX_LR = 10.0
MAX_SEED = 2**32 - 1
# a config is a few hundred characters, but an experiment with 10,000 points of its own and the
# largest network's weights takes about 2 MB of JSON; the file limit is 8 MB
MAX_JSON_CHARS = 8_000_000
# Each bound alone is modest, but together (256 replicas of 8 layers of 64 units on 9,000
# training rows) a pass over the data would take ~38 GB. Evaluating a network holds about four
# float64s per hidden unit, row and replica (z and f(z) of every layer, train and test passes,
# measured: 81 MB per replica of 8 x 64 units on 5,000 rows). The budget leaves room for the
# 32-seed statistics of the largest single network (4.7 GB).
MAX_WORK_BYTES = 6 * 2**30
BYTES_PER_UNIT_ROW = 32


def shown(value: Any, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters: a message quotes what it refuses, but a
    hostile file's megabyte of text must not become a megabyte of message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def train_rows(n_samples: int, train_fraction: float) -> int:
    """Rows of the training part: round(n x share), at least 1 and leaving at least 1 to test
    (the split ``datasets.split`` makes)."""
    return min(max(round(n_samples * train_fraction), 1), n_samples - 1)


def _number(name: str, value: Any, low: float, high: float, *, low_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(translate("Config", "{name} must be a number, got {value}").format(
            name=name, value=shown(value)))
    try:
        x = float(value)
    except OverflowError:  # an integer beyond any float: out of range, not a crash
        x = math.inf
    ok_low = x > low if low_open else x >= low
    if not (math.isfinite(x) and ok_low and x <= high):
        bracket = "(" if low_open else "["
        raise ConfigError(
            translate("Config", "{name} must be in {bracket}{low}, {high}], got {value}").format(
                name=name, bracket=bracket, low=f"{low:g}", high=f"{high:g}", value=shown(value)))
    return x


def _integer(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ConfigError(translate("Config", "{name} must be a whole number, got {value}")
                              .format(name=name, value=shown(value)))
    if not low <= value <= high:
        raise ConfigError(
            translate("Config", "{name} must be between {low} and {high}, got {value}").format(
                name=name, low=f"{low:,}", high=f"{high:,}", value=shown(value)))
    return value


def _choice(name: str, value: Any, allowed: list[str] | tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(
            translate("Config", "{name} must be one of: {allowed}; got {value}").format(
                name=name, allowed=", ".join(allowed), value=shown(value)))
    return value


def _features(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ConfigError(translate("Config", "features must be a list of names, got {value}")
                          .format(value=shown(value)))
    if not all(isinstance(v, str) for v in value):
        raise ConfigError(
            translate("Config", "features must be names from: {allowed}; got {value}").format(
                allowed=", ".join(features.FEATURES), value=shown(value)))
    try:
        return features.normalize(value)
    except ValueError as exc:
        raise ConfigError(translate("Config", "features: {reason}").format(reason=exc)) from None


def _points(value: Any) -> Points | None:
    if value is None or isinstance(value, Points):
        return value
    return Points.from_dict(value)  # a file's {"task": ..., "rows": [...]}


@dataclass(frozen=True)
class Config:
    """One experiment. ``alpha`` None means the activation's own default (leaky_relu 0.01,
    prelu 0.25, elu 1.0); it is ignored by activations without a slope.

    ``features``: the network's inputs (``core.features`` names, canonical order).
    ``regularization`` none / l1 / l2 at ``regularization_rate`` adds rate x |w| or
    rate x w² / 2 of every weight to what training minimises (the loss shown stays the data's).
    ``data_seed``: the seed of the data and its split (None: ``seed``), so new weights can keep
    the data and new data the weights. ``points``: your own points, used when ``dataset`` is
    "own" (kept otherwise, so switching back finds them).
    """

    dataset: str = "circle"
    noise: float = 0.0
    n_samples: int = 500
    train_fraction: float = 0.5
    hidden: tuple[int, ...] = (8, 8)
    activation: str = "relu"
    alpha: float | None = None
    learning_rate: float = 0.03
    batch_size: int = 10
    init: str = "he"
    optimizer: str = "sgd"
    seed: int = 0
    replicas: int = 1
    features: tuple[str, ...] = features.DEFAULT
    regularization: str = "none"
    regularization_rate: float = 0.0
    data_seed: int | None = None
    points: Points | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalise once, here
        set_(self, "dataset", _choice("dataset", self.dataset, [*datasets.names(), OWN]))
        set_(self, "points", _points(self.points))
        if self.dataset == OWN and (self.points is None or len(self.points) < MIN_OWN_POINTS):
            have = 0 if self.points is None else len(self.points)
            raise ConfigError(translate(
                "Config",
                "dataset own needs at least {least} points of your own (drawn on the output plot "
                "or read from a CSV file), got {have}",
            ).format(least=MIN_OWN_POINTS, have=have))
        set_(self, "noise", _number("noise", self.noise, 0.0, 0.5))
        set_(self, "n_samples", _integer("n_samples", self.n_samples, MIN_SAMPLES, MAX_SAMPLES))
        set_(self, "train_fraction", _number("train_fraction", self.train_fraction, 0.1, 0.9))
        hidden = self.hidden
        if isinstance(hidden, str) or not isinstance(hidden, list | tuple):
            raise ConfigError(translate("Config", "hidden must be a list of layer widths, got "
                                        "{value}").format(value=shown(hidden)))
        if len(hidden) > MAX_LAYERS:
            raise ConfigError(translate("Config", "hidden may have at most {most} layers, got "
                                        "{count}").format(most=MAX_LAYERS, count=len(hidden)))
        set_(self, "hidden", tuple(_integer("hidden width", w, 1, MAX_WIDTH) for w in hidden))
        set_(self, "activation", _choice("activation", self.activation, activations.names()))
        if self.alpha is not None:
            set_(self, "alpha", _number("alpha", self.alpha, 0.0, 10.0, low_open=True))
        try:
            self.make_activation()
        except ValueError as exc:
            raise ConfigError(translate("Config", "alpha: {reason}").format(reason=exc)) from None
        set_(self, "learning_rate",
             _number("learning_rate", self.learning_rate, 0.0, MAX_LR, low_open=True))
        n_train = self.n_train
        # your own points change with every click: the trainer caps the batch to them instead
        most = MAX_SAMPLES if self.dataset == OWN else n_train
        set_(self, "batch_size", _integer("batch_size", self.batch_size, 1, most))
        set_(self, "init", _choice("init", self.init, INITS))
        set_(self, "optimizer", _choice("optimizer", self.optimizer, optim.NAMES))
        set_(self, "seed", _integer("seed", self.seed, 0, MAX_SEED))
        set_(self, "replicas", _integer("replicas", self.replicas, 1, MAX_REPLICAS))
        set_(self, "features", _features(self.features))
        set_(self, "regularization",
             _choice("regularization", self.regularization, REGULARIZATIONS))
        set_(self, "regularization_rate", _number(
            "regularization_rate", self.regularization_rate, 0.0, MAX_REGULARIZATION_RATE))
        if self.data_seed is not None:
            set_(self, "data_seed", _integer("data_seed", self.data_seed, 0, MAX_SEED))
        per_replica = BYTES_PER_UNIT_ROW * max(n_train, self.n_rows - n_train) * sum(self.hidden)
        if self.replicas * per_replica > MAX_WORK_BYTES:
            most = MAX_WORK_BYTES // per_replica
            raise ConfigError(translate(
                "Config",
                "replicas: {replicas} copies of this network on {rows} training rows would need "
                "about {need} GB; at most {allowed} GB is allowed, so at most {most} replicas "
                "here (or fewer samples or units)",
            ).format(replicas=self.replicas, rows=n_train,
                     need=f"{self.replicas * per_replica / 2**30:.0f}",
                     allowed=MAX_WORK_BYTES // 2**30, most=most))

    # --- derived ------------------------------------------------------------------------------
    @property
    def task(self) -> str:
        """"classification" or "regression": the data set's, or your own points'."""
        if self.dataset == OWN:
            assert self.points is not None  # checked at construction
            return self.points.task
        return "classification" if datasets.is_classification(self.dataset) else "regression"

    @property
    def n_rows(self) -> int:
        """Points in use: ``n_samples`` of a generated data set, or your own points' count."""
        if self.dataset == OWN:
            assert self.points is not None
            return len(self.points)
        return self.n_samples

    @property
    def n_train(self) -> int:
        """Rows the network trains on, about ``train_fraction`` of them (your own points split
        by ``Points.split``, so this is then its count); the rest test it."""
        if self.dataset == OWN:
            assert self.points is not None
            return len(self.points.split(self.train_fraction, self.data_seed_used)[1])
        return train_rows(self.n_samples, self.train_fraction)

    @property
    def data_seed_used(self) -> int:
        """The seed the data is drawn and split with: ``data_seed``, else ``seed``."""
        return self.seed if self.data_seed is None else self.data_seed

    @property
    def layer_sizes(self) -> list[int]:
        return [len(self.features), *self.hidden, 1]

    def with_new_data(self) -> Config:
        """The same network seed with the next data seed: new points (a new split of your own
        points), the same first weights and batches' stream."""
        return self.replace(data_seed=(self.data_seed_used + 1) % (MAX_SEED + 1))

    def with_new_weights(self) -> Config:
        """The next seed for the weights and batches, with the data pinned to the data seed in
        use, so the points stay exactly the same."""
        return self.replace(seed=(self.seed + 1) % (MAX_SEED + 1), data_seed=self.data_seed_used)

    @property
    def effective_alpha(self) -> float | None:
        """The slope actually used, or None when the activation has none."""
        specs = activations.param_specs(self.activation)
        if "alpha" not in specs:
            return None
        return specs["alpha"].default if self.alpha is None else self.alpha

    def make_activation(self) -> activations.Activation:
        """The hidden-layer activation this config describes (ValueError if alpha is out of
        the activation's own range)."""
        alpha = self.effective_alpha
        if alpha is None:
            return activations.get(self.activation)
        return activations.get(self.activation, alpha=alpha)

    def replace(self, **changes: Any) -> Config:
        """A validated copy with ``changes`` applied (ConfigError if one does not fit). A batch
        larger than the new training set is capped to it (``fit_batch`` words the change)."""
        own = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        fields, _ = fit_batch({**own, **changes})
        return type(self)(**fields)

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON types (points as ``Points.to_dict``, None when there are none)."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["hidden"] = list(self.hidden)
        out["features"] = list(self.features)
        out["points"] = None if self.points is None else self.points.to_dict()
        return out

    def to_json(self) -> str:
        return json.dumps(
            {"format": FORMAT, "version": VERSION, "config": self.to_dict()}, indent=2
        )

    @classmethod
    def from_dict(cls, data: Any) -> Config:
        """A Config from a plain dict; unknown or mistyped fields raise ConfigError. A batch
        larger than the training set is capped to it (``from_dict_noting`` says so)."""
        return cls.from_dict_noting(data)[0]

    @classmethod
    def from_dict_noting(cls, data: Any) -> tuple[Config, list[str]]:
        """``from_dict`` and the sentences for values it changed (a capped batch), so the
        window and the command line can say what runs."""
        if not isinstance(data, dict):
            raise ConfigError(translate("Config", "config must be a JSON object, got {type}")
                              .format(type=type(data).__name__))
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known, key=str)
        if unknown:
            raise ConfigError(translate("Config", "unknown field {fields}; allowed: {allowed}")
                              .format(fields=", ".join(shown(k) for k in unknown[:5]),
                                      allowed=", ".join(sorted(known))))
        fields, note = fit_batch(data)
        try:
            return cls(**fields), [note] if note else []
        except ConfigError:
            raise
        except (TypeError, ValueError) as exc:  # pragma: no cover - defensive
            raise ConfigError(str(exc)) from None

    @classmethod
    def from_json(cls, text: str) -> Config:
        """Parse ``to_json`` output. Any text either loads or raises ConfigError."""
        return cls.from_dict(unwrap(parse_json(text), FORMAT))


_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Config)}


def _whole(value: Any) -> int | None:
    """``value`` as an int when it is a whole number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def fit_batch(fields: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """``fields`` (Config field values; missing ones take the defaults) with a batch larger than
    the training set capped to the training set, and the sentence that says so, or None when
    nothing was capped. Values the Config refuses anyway are left for it to name."""
    values = {**_DEFAULTS, **fields}
    if values["dataset"] == OWN:
        return fields, None  # the trainer caps a batch to your own points
    n, share, batch = _whole(values["n_samples"]), values["train_fraction"], values["batch_size"]
    if n is None or not MIN_SAMPLES <= n <= MAX_SAMPLES or _whole(batch) is None:
        return fields, None
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0.1 <= share <= 0.9:
        return fields, None
    rows = train_rows(n, share)
    if _whole(batch) <= rows:
        return fields, None
    note = translate(
        "Config",
        "batch size {batch} is more than the {rows} training points, so it runs as {rows}: the "
        "full training set",
    ).format(batch=f"{_whole(batch):,}", rows=f"{rows:,}")
    return {**fields, "batch_size": rows}, note


def _reject_constant(name: str) -> float:
    raise ConfigError(translate("Config", "numbers must be finite; the file holds {name}")
                      .format(name=name))


def parse_json(text: str) -> Any:
    """json.loads that refuses NaN / Infinity and over-long text with a ConfigError."""
    if not isinstance(text, str):
        raise ConfigError(translate("Config", "expected JSON text, got {type}").format(
            type=type(text).__name__))
    if len(text) > MAX_JSON_CHARS:
        raise ConfigError(translate(
            "Config",
            "it is too long ({length} characters) to be an experiment; one is at most {most}",
        ).format(length=f"{len(text):,}", most=f"{MAX_JSON_CHARS:,}"))
    if not text.strip():
        raise ConfigError(translate("Config", "not valid JSON: it is empty"))
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except ConfigError:
        raise
    except RecursionError:
        raise ConfigError(translate("Config", "not valid JSON: nested too deeply")) from None
    except json.JSONDecodeError as exc:
        # json's own reason (exc.msg) is Python's English: it stays as Python words it
        raise ConfigError(translate(
            "Config", "not valid JSON ({reason} at line {line}, column {column})"
        ).format(reason=exc.msg.lower(), line=f"{exc.lineno:,}", column=f"{exc.colno:,}")
        ) from None
    except ValueError:
        # Python refuses to read an integer this long (its message suggests a sys call)
        digits = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
        raise ConfigError(translate("Config", "not valid JSON: a number in it has over {digits} "
                                    "digits").format(digits=f"{digits:,}")) from None


def unwrap(obj: Any, fmt: str) -> dict[str, Any]:
    """The "config" of a versioned document ``{"format": fmt, "version": 1, "config": ...}``."""
    if not isinstance(obj, dict):
        raise ConfigError(translate("Config", "expected a JSON object, got {type}").format(
            type=type(obj).__name__))
    if obj.get("format") != fmt:
        raise ConfigError(translate("Config", "format must be {format}, got {value}").format(
            format=repr(fmt), value=shown(obj.get("format"))))
    version = obj.get("version")
    if version not in READ_VERSIONS or isinstance(version, bool):
        raise ConfigError(translate(
            "Config", "unsupported version {version}; this reludesk reads versions {versions}"
        ).format(version=shown(version), versions=", ".join(map(str, READ_VERSIONS))))
    return obj.get("config")  # type: ignore[return-value]
