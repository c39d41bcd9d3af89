"""The input features a network can be fed, as TF Playground offers them.

A data point is (x1, x2); the network's inputs are chosen from seven functions of it: x1, x2,
x1², x2², x1·x2, sin x1, sin x2 (Playground's ``INPUTS`` in ``playground.ts``). With x1² and x2²
a single layer can draw the circle's round boundary that x1 and x2 alone need hidden units for.
A choice is a tuple of names in the canonical order below, never empty; the network's first
layer has one input per name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

Array = np.ndarray

FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
DEFAULT = ("x1", "x2")

_LABELS = {
    "x1": "x1", "x2": "x2", "x1sq": "x1²", "x2sq": "x2²", "x1x2": "x1·x2",
    "sinx1": "sin x1", "sinx2": "sin x2",
}
# the labels are symbols and stay as they are in every language; the tips are sentences
# (English sources, translated by ``tip``)
_TIPS = {
    "x1": QT_TRANSLATE_NOOP("Features", "x1: the point's first coordinate"),
    "x2": QT_TRANSLATE_NOOP("Features", "x2: the point's second coordinate"),
    "x1sq": QT_TRANSLATE_NOOP(
        "Features", "x1²: the first coordinate squared (with x2², circles become straight cuts)"
    ),
    "x2sq": QT_TRANSLATE_NOOP("Features", "x2²: the second coordinate squared"),
    "x1x2": QT_TRANSLATE_NOOP(
        "Features", "x1·x2: the product of the coordinates (its sign is the xor pattern)"
    ),
    "sinx1": QT_TRANSLATE_NOOP(
        "Features", "sin x1: the sine of the first coordinate (waves along x1)"
    ),
    "sinx2": QT_TRANSLATE_NOOP(
        "Features", "sin x2: the sine of the second coordinate (waves along x2)"
    ),
}
_COLUMNS: dict[str, Callable[[Array, Array], Array]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1sq": lambda a, b: a * a,
    "x2sq": lambda a, b: b * b,
    "x1x2": lambda a, b: a * b,
    "sinx1": lambda a, b: np.sin(a),
    "sinx2": lambda a, b: np.sin(b),
}
# also read: the labels, and what people type for them
_ALIASES = {
    **{label.replace(" ", "").lower(): name for name, label in _LABELS.items()},
    "x1^2": "x1sq", "x2^2": "x2sq", "x1*x2": "x1x2", "x1.x2": "x1x2",
    "sin(x1)": "sinx1", "sin(x2)": "sinx2",
}


def label(name: str) -> str:
    """How ``name`` is written on screen: "x1²", "sin x1"."""
    _check(name)
    return _LABELS[name]


def tip(name: str) -> str:
    """One sentence on feature ``name`` for a tooltip, in the language now chosen (call it
    again after a change of language)."""
    _check(name)
    return translate("Features", _TIPS[name])


def _check(name: object) -> None:
    if name not in FEATURES:
        raise ValueError(translate("Features", "unknown feature {name}; choose from: {names}")
                         .format(name=repr(name), names=", ".join(FEATURES)))


def normalize(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` in the canonical order without repeats. ValueError for an unknown name or an
    empty choice (a network needs at least one input)."""
    if isinstance(names, str):
        raise ValueError(translate("Features", "features must be a list of names, got {value}")
                         .format(value=repr(names)))
    chosen = list(names)
    for name in chosen:
        _check(name)
    if not chosen:
        raise ValueError(translate("Features", "choose at least one feature from: {names}")
                         .format(names=", ".join(FEATURES)))
    return tuple(f for f in FEATURES if f in chosen)


def toggled(features: Iterable[str], name: str) -> tuple[str, ...]:
    """``features`` with ``name`` added, or removed when it is there. ValueError when removing
    it would leave no input."""
    _check(name)
    current = normalize(features)
    if name in current:
        if len(current) == 1:
            raise ValueError(translate(
                "Features", "{feature} is the only input left; a network needs one"
            ).format(feature=label(name)))
        return tuple(f for f in current if f != name)
    return normalize([*current, name])


def parse(text: str) -> tuple[str, ...]:
    """Names from a comma-separated list, e.g. "x1,x2,x1x2" (labels such as "x1²" or
    "sin x1" are read too). ValueError naming the allowed names."""
    names = []
    for part in str(text).split(","):
        key = part.strip().replace(" ", "").lower()
        if not key:
            continue
        name = key if key in FEATURES else _ALIASES.get(key)
        if name is None:
            raise ValueError(translate("Features", "unknown feature {name}; choose from: {names}")
                             .format(name=repr(part.strip()), names=", ".join(FEATURES)))
        names.append(name)
    return normalize(names)


def expand(X: Array, features: Iterable[str]) -> Array:
    """The network's inputs for points X (n, 2): a new (n, len(features)) float64 array, one
    column per feature in the order given."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"points must be (n, 2), got shape {X.shape}")
    a, b = X[:, 0], X[:, 1]
    names = list(features)
    out = np.empty((len(X), len(names)))
    for j, name in enumerate(names):
        _check(name)
        out[:, j] = _COLUMNS[name](a, b)
    return out
