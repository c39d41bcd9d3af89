"""What the activation explorer shows: which activations, their alpha parameters, the z range.

The explorer's widgets draw this model and change it only through its setters, which check every
value (the registry's own checks in :mod:`reludesk.core.activations`, then the explorer's
narrower ranges) and signal what changed. The window makes it, usually with
:meth:`ExplorerModel.from_settings`, which restores the last session and saves every change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QObject, QSettings, Signal

from reludesk.core import activations
from reludesk.core.activations import Activation

DEFAULT_SHOWN = ("relu", "leaky_relu")
GRID_POINTS = 1201  # odd, so z = 0 is a grid point and relu's kink is drawn exactly
Z_RANGE = (2, 20)
Z_RANGE_DEFAULT = 5
# The alphas the explorer offers (Leaky ReLU's and PReLU's slope below 0, the level ELU saturates
# at), on a logarithmic slider: inside the registry's ranges, but
# above 0, which a log scale cannot reach. 0.001 is the article's value, 0.01 PyTorch's default.
PARAM_RANGES: dict[str, tuple[float, float]] = {
    "leaky_relu": (0.001, 1.0),
    "prelu": (0.001, 1.0),
    "elu": (0.01, 10.0),
}
SETTINGS_GROUP = "explorer"


def z_grid(z_max: float) -> np.ndarray:
    """The (GRID_POINTS,) z values the curves are drawn at, from -z_max to z_max, 0 exactly."""
    z = np.linspace(-z_max, z_max, GRID_POINTS)
    z[GRID_POINTS // 2] = 0.0
    return z


class ExplorerModel(QObject):
    """The explorer's state. ``names`` are the registry activations offered (all by default);
    relu and leaky_relu are shown at first, every alpha at its registry default, z in ±5.

    Each setter raises ValueError for a value it cannot take and changes nothing then; a value
    equal to the current one changes nothing and signals nothing.
    """

    shownChanged = Signal(list)
    """The activations now shown, in list order."""
    paramChanged = Signal(str, float)
    """(activation name, its new alpha)"""
    zRangeChanged = Signal(int)
    changed = Signal()
    """After any of the above."""

    def __init__(self, names: Iterable[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = list(names) if names is not None else activations.names()
        for name in self._names:
            activations.label(name)  # raises ValueError for a name the registry lacks
        self._params = {
            name: activations.param_specs(name)["alpha"].default
            for name in PARAM_RANGES
            if name in self._names
        }
        self._acts = {name: self._make(name, self._params.get(name)) for name in self._names}
        self._shown = [n for n in self._names if n in DEFAULT_SHOWN]
        self._z_max = Z_RANGE_DEFAULT
        self._z = _read_only(z_grid(self._z_max))

    @classmethod
    def from_settings(
        cls, names: Iterable[str] | None = None, parent: QObject | None = None
    ) -> ExplorerModel:
        """A model with the state saved in QSettings under ``explorer/`` (values that are not
        valid any more are left at their defaults), which from now on saves every change."""
        model = cls(names, parent)
        s = QSettings()
        s.beginGroup(SETTINGS_GROUP)
        for name, (low, high) in PARAM_RANGES.items():
            value = _read_float(s.value(f"{name}_alpha"), low, high)
            if name in model._params and value is not None:
                model.set_param(name, value)
        z_max = _read_float(s.value("z_range"), *Z_RANGE)
        if z_max is not None:
            model.set_z_range(round(z_max))
        shown = s.value("shown")
        s.endGroup()
        if shown is not None:  # "" is a saved choice too: nothing shown
            model.set_shown(n for n in str(shown).split(",") if n in model._names)
        model.changed.connect(model.save_settings)
        return model

    # --- reading ---------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Every activation offered, in list order."""
        return list(self._names)

    def shown(self) -> list[str]:
        """The activations shown, in list order."""
        return list(self._shown)

    def activation(self, name: str) -> Activation:
        """``name`` with the parameters set here (KeyError if it is not offered)."""
        return self._acts[name]

    def params(self) -> dict[str, float]:
        """alpha of every offered activation that has one, e.g. {"leaky_relu": 0.01, ...}."""
        return dict(self._params)

    def z_range(self) -> int:
        """The curves span z from minus this to plus this."""
        return self._z_max

    def z(self) -> np.ndarray:
        """The (GRID_POINTS,) grid of z the curves are drawn and exported at; read only."""
        return self._z

    # --- changing --------------------------------------------------------------------------
    def set_shown(self, names: Iterable[str]) -> None:
        """Show exactly ``names`` (in list order, whatever order they come in)."""
        wanted = set(names)
        unknown = wanted - set(self._names)
        if unknown:
            raise ValueError(
                f"not offered here: {', '.join(sorted(unknown))}; "
                f"choose from: {', '.join(self._names)}"
            )
        shown = [n for n in self._names if n in wanted]
        if shown != self._shown:
            self._shown = shown
            self.shownChanged.emit(self.shown())
            self.changed.emit()

    def set_param(self, name: str, alpha: float) -> None:
        """Set ``alpha`` of ``name`` (the slope below 0 of leaky_relu and prelu, the level elu
        saturates at): within the registry's range for it and the explorer's (PARAM_RANGES)."""
        if name not in self._params:
            raise ValueError(
                f"{name}: no alpha to set here; these have one: {', '.join(self._params)}"
            )
        act = self._make(name, alpha)  # the registry's check: a number in its range
        alpha = act.params["alpha"]
        low, high = PARAM_RANGES[name]
        if not low <= alpha <= high:
            raise ValueError(f"{name}: the explorer's alpha runs from {low:g} to {high:g}, "
                             f"got {alpha!r}")
        if alpha != self._params[name]:
            self._params[name] = alpha
            self._acts[name] = act
            self.paramChanged.emit(name, alpha)
            self.changed.emit()

    def set_z_range(self, z_max: int) -> None:
        """Let the curves span z from ``-z_max`` to ``z_max``, a whole number in Z_RANGE."""
        low, high = Z_RANGE
        whole = isinstance(z_max, int | np.integer) and not isinstance(z_max, bool)
        if not (whole and low <= z_max <= high):
            raise ValueError(f"the z range is a whole number from {low} to {high}, got {z_max!r}")
        if int(z_max) != self._z_max:
            self._z_max = int(z_max)
            self._z = _read_only(z_grid(self._z_max))
            self.zRangeChanged.emit(self._z_max)
            self.changed.emit()

    # --- settings --------------------------------------------------------------------------
    def save_settings(self) -> None:
        """Write the state to QSettings under ``explorer/`` (from_settings reads it back)."""
        s = QSettings()
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("shown", ",".join(self._shown))
        for name, value in self._params.items():
            s.setValue(f"{name}_alpha", value)
        s.setValue("z_range", self._z_max)
        s.endGroup()

    @staticmethod
    def _make(name: str, alpha: float | None) -> Activation:
        return activations.get(name) if alpha is None else activations.get(name, alpha=alpha)


def _read_only(a: np.ndarray) -> np.ndarray:
    # the grid is handed out to the figure and the exports: none of them may change it
    a.flags.writeable = False
    return a


def _read_float(value: object, low: float, high: float) -> float | None:
    """A stored number if it is one and lies in [low, high]; None for anything else."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) and low <= x <= high else None
