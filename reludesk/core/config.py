"""``Config``: everything a user can set for one experiment, validated, and its JSON form.

A Config is frozen: the UI makes a new one (``dataclasses.replace``) when a control changes. Its
bounds keep a hostile file from eating the machine: at most 8 hidden layers of at most 64 units,
at most 10,000 samples, at most 256 replicas, a learning rate in (0, 10].
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from typing import Any

from reludesk.core import activations, datasets, optim
from reludesk.core.network import INITS

FORMAT = "reludesk-config"
VERSION = 1
MAX_LAYERS = 8
MAX_WIDTH = 64
MAX_SAMPLES = 10_000
MIN_SAMPLES = 20
MAX_REPLICAS = 256
MAX_LR = 10.0
MAX_SEED = 2**32 - 1
MAX_JSON_CHARS = 1_000_000  # a config is a few hundred characters; more is not a config
# Each bound alone is modest, but together (256 replicas of 8 layers of 64 units on 9,000
# training rows) a pass over the data would take ~38 GB. Evaluating a network holds about four
# float64s per hidden unit, row and replica (z and f(z) of every layer, train and test passes,
# measured: 81 MB per replica of 8 x 64 units on 5,000 rows). The budget leaves room for the
# 32-seed statistics of the largest single network (4.7 GB).
MAX_WORK_BYTES = 6 * 2**30
BYTES_PER_UNIT_ROW = 32


class ConfigError(ValueError):
    """A field is missing, of the wrong type or out of range; the message says which and what
    is allowed."""


def _number(name: str, value: Any, low: float, high: float, *, low_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{name} must be a number, got {value!r}")
    x = float(value)
    ok_low = x > low if low_open else x >= low
    if not (math.isfinite(x) and ok_low and x <= high):
        bracket = "(" if low_open else "["
        raise ConfigError(f"{name} must be in {bracket}{low:g}, {high:g}], got {value!r}")
    return x


def _integer(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ConfigError(f"{name} must be a whole number, got {value!r}")
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value!r}")
    return value


def _choice(name: str, value: Any, allowed: list[str] | tuple[str, ...]) -> str:
    if value not in allowed or not isinstance(value, str):
        raise ConfigError(f"{name} must be one of: {', '.join(allowed)}; got {value!r}")
    return value


@dataclass(frozen=True)
class Config:
    """One experiment. ``alpha`` None means the activation's own default (leaky_relu 0.01,
    prelu 0.25, elu 1.0); it is ignored by activations without a slope."""

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

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalise once, here
        set_(self, "dataset", _choice("dataset", self.dataset, datasets.names()))
        set_(self, "noise", _number("noise", self.noise, 0.0, 0.5))
        set_(self, "n_samples", _integer("n_samples", self.n_samples, MIN_SAMPLES, MAX_SAMPLES))
        set_(self, "train_fraction", _number("train_fraction", self.train_fraction, 0.1, 0.9))
        hidden = self.hidden
        if isinstance(hidden, str) or not isinstance(hidden, list | tuple):
            raise ConfigError(f"hidden must be a list of layer widths, got {hidden!r}")
        if len(hidden) > MAX_LAYERS:
            raise ConfigError(f"hidden may have at most {MAX_LAYERS} layers, got {len(hidden)}")
        set_(self, "hidden", tuple(_integer("hidden width", w, 1, MAX_WIDTH) for w in hidden))
        set_(self, "activation", _choice("activation", self.activation, activations.names()))
        if self.alpha is not None:
            set_(self, "alpha", _number("alpha", self.alpha, 0.0, 10.0, low_open=True))
        try:
            self.make_activation()
        except ValueError as exc:
            raise ConfigError(f"alpha: {exc}") from None
        set_(self, "learning_rate",
             _number("learning_rate", self.learning_rate, 0.0, MAX_LR, low_open=True))
        n_train = max(1, int(self.n_samples * self.train_fraction))
        set_(self, "batch_size", _integer("batch_size", self.batch_size, 1, n_train))
        set_(self, "init", _choice("init", self.init, INITS))
        set_(self, "optimizer", _choice("optimizer", self.optimizer, optim.NAMES))
        set_(self, "seed", _integer("seed", self.seed, 0, MAX_SEED))
        set_(self, "replicas", _integer("replicas", self.replicas, 1, MAX_REPLICAS))
        per_replica = BYTES_PER_UNIT_ROW * max(n_train, self.n_samples - n_train) * sum(self.hidden)
        if self.replicas * per_replica > MAX_WORK_BYTES:
            most = MAX_WORK_BYTES // per_replica
            raise ConfigError(
                f"replicas: {self.replicas} copies of this network on {n_train} training rows "
                f"would need about {self.replicas * per_replica / 2**30:.0f} GB; at most "
                f"{MAX_WORK_BYTES // 2**30} GB is allowed, so at most {most} replicas here "
                "(or fewer samples or units)"
            )

    # --- derived ------------------------------------------------------------------------------
    @property
    def task(self) -> str:
        return "classification" if datasets.is_classification(self.dataset) else "regression"

    @property
    def layer_sizes(self) -> list[int]:
        return [2, *self.hidden, 1]

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
        """A validated copy with ``changes`` applied (ConfigError if one does not fit)."""
        return dataclasses.replace(self, **changes)

    # --- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["hidden"] = list(self.hidden)
        return out

    def to_json(self) -> str:
        return json.dumps(
            {"format": FORMAT, "version": VERSION, "config": self.to_dict()}, indent=2
        )

    @classmethod
    def from_dict(cls, data: Any) -> Config:
        """A Config from a plain dict; unknown or mistyped fields raise ConfigError."""
        if not isinstance(data, dict):
            raise ConfigError(f"config must be a JSON object, got {type(data).__name__}")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown field {', '.join(map(str, unknown))}; allowed: {', '.join(sorted(known))}"
            )
        try:
            return cls(**data)
        except ConfigError:
            raise
        except (TypeError, ValueError) as exc:  # pragma: no cover - defensive
            raise ConfigError(str(exc)) from None

    @classmethod
    def from_json(cls, text: str) -> Config:
        """Parse ``to_json`` output. Any text either loads or raises ConfigError."""
        return cls.from_dict(unwrap(parse_json(text), FORMAT))


def _reject_constant(name: str) -> float:
    raise ConfigError(f"numbers must be finite; the file holds {name}")


def parse_json(text: str) -> Any:
    """json.loads that refuses NaN / Infinity and over-long text with a ConfigError."""
    if not isinstance(text, str):
        raise ConfigError(f"expected JSON text, got {type(text).__name__}")
    if len(text) > MAX_JSON_CHARS:
        raise ConfigError(f"the file is too large ({len(text):,} characters) to be an experiment")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except ConfigError:
        raise
    except RecursionError:
        raise ConfigError("not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise ConfigError(f"not valid JSON: {exc}") from None


def unwrap(obj: Any, fmt: str) -> dict[str, Any]:
    """The "config" of a versioned document ``{"format": fmt, "version": 1, "config": ...}``."""
    if not isinstance(obj, dict):
        raise ConfigError(f"expected a JSON object, got {type(obj).__name__}")
    if obj.get("format") != fmt:
        raise ConfigError(f"format must be {fmt!r}, got {obj.get('format')!r}")
    version = obj.get("version")
    if version != VERSION or isinstance(version, bool):
        raise ConfigError(f"unsupported version {version!r}; this reludesk reads version {VERSION}")
    return obj.get("config")  # type: ignore[return-value]
