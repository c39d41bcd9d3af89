"""Experiments on disk: ``.reludesk.json`` files, read defensively and written atomically.

A file is ``{"format": "reludesk-experiment", "version": 1, "config": {...}}``, optionally with
``"weights"``: the trained parameters of the network. A bare Config document
(``Config.to_json``) is read too. No pickle, no eval: only JSON, checked field by field.

Every error names the file once, by its own name, in words a student reads ("x.reludesk.json:
it is a folder, not an experiment file"): no errno codes, temporary names or Python's hints.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from reludesk.core.config import FORMAT as CONFIG_FORMAT
from reludesk.core.config import VERSION, Config, ConfigError, parse_json, unwrap
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "reludesk-experiment"
SUFFIX = ".reludesk.json"
MAX_FILE_BYTES = 8_000_000  # 8 layers x 64 x 64 weights x 256 replicas would not fit; 1 does


class FileError(OSError):
    """A file could not be read or written; the message is plain words that name the file
    once ("x.csv: the disk is full"). ``errno`` keeps the system's code for programs."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.errno = code

    def __str__(self) -> str:
        return str(self.args[0])


# what the system's error codes mean to someone saving or opening a file (English sources,
# translated where a message is made of them)
_DENIED_READ = QT_TRANSLATE_NOOP("Files", "you may not read it (permission denied)")
_DENIED_WRITE = QT_TRANSLATE_NOOP("Files", "you may not write in that folder (permission denied)")
_REASONS: dict[int, tuple[str, str]] = {  # code -> (reading, writing)
    errno.ENOENT: (QT_TRANSLATE_NOOP("Files", "it does not exist"),
                   QT_TRANSLATE_NOOP("Files", "its folder does not exist")),
    errno.EACCES: (_DENIED_READ, _DENIED_WRITE),
    errno.EPERM: (_DENIED_READ, _DENIED_WRITE),
    errno.EISDIR: (QT_TRANSLATE_NOOP("Files", "it is a folder, not an experiment file"),
                   QT_TRANSLATE_NOOP("Files", "a folder has that name")),
    errno.ENOTDIR: (QT_TRANSLATE_NOOP("Files", "a part of its path is a file, not a folder"),) * 2,
    errno.ENOSPC: (QT_TRANSLATE_NOOP("Files", "the disk is full"),) * 2,
    errno.EROFS: (QT_TRANSLATE_NOOP("Files", "the disk is read-only"),) * 2,
    errno.ENAMETOOLONG: (QT_TRANSLATE_NOOP("Files", "its name is too long"),) * 2,
    errno.ELOOP: (QT_TRANSLATE_NOOP("Files", "its path goes round in a loop of links"),) * 2,
    errno.EIO: (QT_TRANSLATE_NOOP("Files", "the disk could not be read"),
                QT_TRANSLATE_NOOP("Files", "the disk could not be written")),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = (QT_TRANSLATE_NOOP("Files", "your disk quota is used up"),) * 2
# what a file should be, as read_limited's ``kind`` names it in a message
EXPERIMENT_FILE = QT_TRANSLATE_NOOP("Files", "an experiment file")
POINTS_FILE = QT_TRANSLATE_NOOP("Files", "a points file")


def plain_problem(exc: OSError, path: Path, writing: bool = False) -> FileError:
    """``exc`` in plain words about ``path`` (named once, by its own name)."""
    if isinstance(exc, FileError):
        return exc
    reading_words, writing_words = _REASONS.get(exc.errno or -1, ("", ""))
    words = writing_words if writing else reading_words
    if words:
        words = translate("Files", words)
    else:  # a rarer code: the system's own words, without the code
        if writing:
            words = translate("Files", "it could not be written")
        else:
            words = translate("Files", "it could not be read")
        if exc.errno is not None and exc.strerror:
            words += f" ({exc.strerror.rstrip('.').lower()})"
    return FileError(f"{Path(path).name}: {words}", exc.errno)


def size_text(n_bytes: int) -> str:
    """A file size as people say it: "712 bytes", "3.4 MB"."""
    if n_bytes < 1000:
        return translate("Files", "{count} bytes").format(count=n_bytes)
    if n_bytes < 1_000_000:
        return f"{n_bytes / 1000:.1f} kB"
    return f"{n_bytes / 1_000_000:,.1f} MB"


@dataclass(frozen=True)
class Experiment:
    """What a file holds: a Config and, optionally, parameters for replica 0 as plain lists:
    ``weights`` {"weights": [...], "biases": [...], "slopes": [...]} of nested float lists.
    ``notes``: sentences for values that run other than written (a batch capped to the data)."""

    config: Config
    weights: dict[str, list] | None = None
    notes: tuple[str, ...] = ()


def decode(raw: bytes) -> str:
    """File bytes as text; ConfigError naming the first byte that is not UTF-8."""
    # utf-8-sig: a byte-order mark (Notepad writes one) is read as nothing, as it should be
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(translate(
            "Files", "it is not UTF-8 text (byte {index} is not part of a character)"
        ).format(index=f"{exc.start + 1:,}")) from None


def parse_experiment(text: str) -> Experiment:
    """An Experiment from file text; anything else raises ConfigError naming the problem."""
    doc = parse_json(text)
    if isinstance(doc, dict) and doc.get("format") == CONFIG_FORMAT:
        config, notes = Config.from_dict_noting(unwrap(doc, CONFIG_FORMAT))
        return Experiment(config, None, tuple(notes))
    config, notes = Config.from_dict_noting(unwrap(doc, FORMAT))
    weights = doc.get("weights")
    if weights is not None:
        check_weights(config, weights)
        check_trainable(config, weights)
    return Experiment(config, weights, tuple(notes))


def read_limited(
    path: Path, limit: int = MAX_FILE_BYTES, *, kind: str = EXPERIMENT_FILE
) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; ``kind`` names what
    it should be in messages (``EXPERIMENT_FILE``, ``POINTS_FILE``: English, marked for the
    translators under "Files" and translated here).

    Anything that is not a regular file (a folder, a named pipe, a device such as /dev/zero) is
    refused before it is opened, so nothing waits for a writer that never comes; a file larger
    than ``limit`` raises ConfigError. FileError (an OSError) for a file that cannot be read.
    """
    path = Path(path)
    try:
        info = path.stat()
        _check_regular(info.st_mode, path, kind)
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit, kind)
        # O_NONBLOCK: if a pipe takes the file's place after the check, opening it still
        # returns at once and the fstat below refuses it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:  # closes fd
            _check_regular(os.fstat(fd).st_mode, path, kind)
            raw = fh.read(limit + 1)
    except FileError:
        raise
    except OSError as exc:
        raise plain_problem(exc, path) from None
    if len(raw) > limit:  # the file grew since the check
        raise _too_large(path, len(raw), limit, kind)
    return raw


def _check_regular(mode: int, path: Path, kind: str) -> None:
    if stat.S_ISDIR(mode):
        raise FileError(translate("Files", "{file}: it is a folder, not {kind}").format(
            file=path.name, kind=translate("Files", kind)), errno.EISDIR)
    if not stat.S_ISREG(mode):
        raise FileError(translate(
            "Files",
            "{file}: it is not a regular file (a pipe, socket or device), so it is not read",
        ).format(file=path.name))


def _too_large(path: Path, size: int, limit: int, kind: str) -> ConfigError:
    return ConfigError(translate("Files", "{file}: it is {size}; {kind} is at most {limit}").format(
        file=path.name, size=size_text(size), kind=translate("Files", kind),
        limit=size_text(limit)))


def read_experiment(path: Path) -> Experiment:
    """Read ``path``. FileError (an OSError) if it cannot be read or is not a regular file,
    ConfigError if it is not an experiment; both messages start with the file's name."""
    path = Path(path)
    raw = read_limited(path)
    try:
        return parse_experiment(decode(raw))
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
        raise ConfigError(translate(
            "Files", "weights must be an object with weights, biases and slopes"))
    for key, shapes in _shape_of(config).items():
        arrays = weights.get(key, [])
        if not isinstance(arrays, list) or len(arrays) != len(shapes):
            raise ConfigError(translate(
                "Files", "weights.{key} must hold {count} arrays for this network"
            ).format(key=key, count=len(shapes)))
        for i, (arr, shape) in enumerate(zip(arrays, shapes, strict=True)):
            try:
                a = np.asarray(arr)
            except (TypeError, ValueError):  # ragged lists
                a = None
            # integers and floats only: a converting read would take "1.5" and true as numbers
            if a is None or a.dtype.kind not in "if":
                raise ConfigError(translate(
                    "Files", "weights.{key}[{index}] must be an array of numbers"
                ).format(key=key, index=i))
            if a.shape != shape:
                raise ConfigError(translate(
                    "Files", "weights.{key}[{index}] must have shape {shape}, got {got}"
                ).format(key=key, index=i, shape=shape, got=a.shape))
            if not np.all(np.isfinite(a)):
                raise ConfigError(translate(
                    "Files", "weights.{key}[{index}] holds a number that is not finite"
                ).format(key=key, index=i))


def check_trainable(config: Config, weights: dict[str, list]) -> None:
    """ConfigError unless the network with (checked) ``weights`` has a finite loss and gradient
    on its own training data before any step.

    A float64 ends near 1.8e308: weights near 1e160 or PReLU slopes near 1e100 overflow it on
    the way through the layers, and the first step would stop training as if the learning rate
    were to blame. No fixed range is used instead: networks trained here reach weights of 6e157
    and slopes of 4e63 with a finite loss (separable data drives them up), and Adam takes
    slopes to -5 at the default rate, so only what overflows is refused.
    """
    from reludesk.core.experiment import Trainer  # the trainer builds the file's own data

    trainer = Trainer(config.replace(replicas=1), history_capacity=4)
    load_weights(trainer.model, weights)
    trainer.invalidate()
    snap = trainer.evaluate()
    if np.isfinite(snap.train_loss).all() and np.isfinite(snap.grad_norm).all():
        return
    largest = max(float(np.max(np.abs(p), initial=0.0)) for p in trainer.model.parameters())
    raise ConfigError(translate(
        "Files",
        "its saved weights (the largest is {largest}) overflow 64-bit numbers, which end near "
        "1.8e308: on its own data the loss or its gradient is not a finite number before any "
        "step, so this network cannot train",
    ).format(largest=f"{largest:.3g}"))


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


def start_from(trainer: Any, weights: dict[str, list]) -> None:
    """Put checked ``weights`` into every replica of ``trainer``'s network (a Trainer) and
    record step 0 again with them, so the history starts from the saved network."""
    load_weights(trainer.model, weights)
    trainer.invalidate()
    trainer.history.record(trainer.evaluate(), z_quantiles=trainer.z_quantiles())


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one,
    never half of it: a temporary file in the same folder, flushed, then renamed over.
    FileError (an OSError in plain words naming ``path``) if it cannot be written."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # its message names the temporary file, which means nothing to anyone
        raise plain_problem(exc, path, writing=True) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise plain_problem(exc, path, writing=True) from None
        raise


def write_experiment(path: Path, config: Config, model: Any = None) -> None:
    """Save ``config`` (and replica 0 of ``model``) to ``path`` atomically."""
    write_text_atomic(Path(path), experiment_json(config, model))
