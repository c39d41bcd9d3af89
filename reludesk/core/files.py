"""Experiments on disk: ``.reludesk.json`` files, read defensively and written atomically.

A file is ``{"format": "reludesk-experiment", "version": 1, "config": {...}}``, optionally with
``"weights"``: the trained parameters of the network. A bare Config document
(``Config.to_json``) is read too. No pickle, no eval: only JSON, checked field by field.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from reludesk.core.config import FORMAT as CONFIG_FORMAT
from reludesk.core.config import VERSION, Config, ConfigError, parse_json, unwrap

FORMAT = "reludesk-experiment"
SUFFIX = ".reludesk.json"
MAX_FILE_BYTES = 8_000_000  # 8 layers x 64 x 64 weights x 256 replicas would not fit; 1 does


@dataclass(frozen=True)
class Experiment:
    """What a file holds: a Config and, optionally, parameters for replica 0 as plain lists:
    ``weights`` {"weights": [...], "biases": [...], "slopes": [...]} of nested float lists."""

    config: Config
    weights: dict[str, list] | None = None


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"the file is not UTF-8 text (byte {exc.start})") from None


def parse_experiment(text: str) -> Experiment:
    """An Experiment from file text; anything else raises ConfigError naming the problem."""
    doc = parse_json(text)
    if isinstance(doc, dict) and doc.get("format") == CONFIG_FORMAT:
        return Experiment(Config.from_dict(unwrap(doc, CONFIG_FORMAT)))
    config = Config.from_dict(unwrap(doc, FORMAT))
    weights = doc.get("weights")
    if weights is not None:
        check_weights(config, weights)
    return Experiment(config, weights)


def read_experiment(path: Path) -> Experiment:
    """Read ``path``; OSError if it cannot be read, ConfigError if it is not an experiment."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ConfigError(
            f"{path.name} is {size:,} bytes; an experiment file is at most {MAX_FILE_BYTES:,}"
        )
    with path.open("rb") as fh:
        raw = fh.read(MAX_FILE_BYTES + 1)
    try:
        return parse_experiment(_decode(raw))
    except ConfigError as exc:
        raise ConfigError(f"{path.name}: {exc}") from None


def _shape_of(config: Config) -> dict[str, list[tuple[int, ...]]]:
    sizes = config.layer_sizes
    pairs = list(itertools.pairwise(sizes))
    return {
        "weights": [(a, b) for a, b in pairs],
        "biases": [(b,) for _, b in pairs],
        "slopes": [(w,) for w in config.hidden] if config.activation == "prelu" else [],
    }


def check_weights(config: Config, weights: Any) -> None:
    """ConfigError unless ``weights`` holds finite arrays of exactly the config's shapes."""
    if not isinstance(weights, dict):
        raise ConfigError("weights must be an object with weights, biases and slopes")
    for key, shapes in _shape_of(config).items():
        arrays = weights.get(key, [])
        if not isinstance(arrays, list) or len(arrays) != len(shapes):
            raise ConfigError(f"weights.{key} must hold {len(shapes)} arrays for this network")
        for i, (arr, shape) in enumerate(zip(arrays, shapes, strict=True)):
            try:
                a = np.asarray(arr)
            except (TypeError, ValueError):  # ragged lists
                a = None
            # integers and floats only: a converting read would take "1.5" and true as numbers
            if a is None or a.dtype.kind not in "if":
                raise ConfigError(f"weights.{key}[{i}] must be an array of numbers")
            if a.shape != shape:
                raise ConfigError(f"weights.{key}[{i}] must have shape {shape}, got {a.shape}")
            if not np.all(np.isfinite(a)):
                raise ConfigError(f"weights.{key}[{i}] holds a number that is not finite")


def experiment_json(config: Config, model: Any = None) -> str:
    """The file text for ``config``, with replica 0 of ``model`` (an MLP) when given."""
    import json

    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "config": config.to_dict()}
    if model is not None:
        doc["weights"] = {
            "weights": [W[0].tolist() for W in model.weights],
            "biases": [b[0].tolist() for b in model.biases],
            "slopes": [s[0].tolist() for s in model.slopes],
        }
    return json.dumps(doc, indent=1)


def load_weights(model: Any, weights: dict[str, list]) -> None:
    """Copy checked ``weights`` into every replica of ``model`` (an MLP), in place."""
    for key in ("weights", "biases", "slopes"):
        for dst, src in zip(getattr(model, key), weights.get(key, []), strict=True):
            dst[...] = np.asarray(src, dtype=np.float64)[None]


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one,
    never half of it: a temporary file in the same folder, flushed, then renamed over."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_experiment(path: Path, config: Config, model: Any = None) -> None:
    """Save ``config`` (and replica 0 of ``model``) to ``path`` atomically."""
    write_text_atomic(Path(path), experiment_json(config, model))
