"""The water-tap flow model: a neuron as a tap on a pipe (pure numpy + standard library).

The analogy (the seed article's last paragraphs): the pre-activation ``z`` turns the valve, and
the pipe carries the gradient.

* **Open valve** (z > 0): water flows out of the spout, ``outflow = f(z)``. The flowing water
  washes the pipe clean, so the clog drains.
* **Shut valve** (z <= 0): no water leaves the spout. Water presses against the valve and builds a
  hump behind it that swells: the pipe clogs. With ReLU, f'(z) = 0 here, so no gradient gets back
  through this neuron *from this input*; once the clog is complete the pipe is clogged for it.
  A neuron is dead only when its valve is shut for every training input: that is the network's
  test (:func:`reludesk.core.health.dead_mask`), which one tap fed one input at a time cannot
  make, so a linked tap shows "dead" from the network and never from the clog alone.
* **A hole** (Leaky ReLU): the pipe has a hole before the valve, and what leaks through it is
  the gradient that still flows, ``leak = |f'(z)|`` where z < 0: alpha at *every* z < 0, so a unit
  just below zero and one far below leak alike. The hump cannot fill the pipe: the clog settles
  below 1, the bigger f' the lower, and for Leaky ReLU at the same level for any z < 0.

The clog ``c`` in [0, 1] follows one linear ODE per state, solved exactly over each step (so any
``dt`` is stable and ``c`` never leaves [0, 1])::

    valve shut:  dc/dt = FILL_RATE * (target - c)
                 target = 1                          if f'(z) == 0 (a sealed pipe)
                 target = min(1 / (1 + LEAK_SENSITIVITY * |f'(z)|), MAX_HOLED_CLOG)  otherwise
    valve open:  dc/dt = -DRAIN_RATE * outflow / (outflow + DRAIN_HALF_FLOW) * c

The target reads the hole's size, |f'(z)|, not the water already leaked: the gradient through
the hole is what the clog stands for. A sealed pipe approaches 1 exponentially, so it would never
arrive; within ``DEAD_SNAP`` of 1 it snaps to exactly 1. Only a sealed pipe (f'(z) == 0) may snap,
so a pipe with a hole (any f'(z) != 0) never clogs completely. Pace with the constants below: ReLU
held at z = -2 is clogged after ln(1000) / FILL_RATE ~ 3.5 s; an open valve at z = +2 drains a
full clog to 0.05 in ~1.9 s; Leaky ReLU settles at 1 / (1 + 25 alpha) for any z <= 0: 80 % with
alpha 0.01, 29 % with 0.1, 12 % with 0.3.
"""

from __future__ import annotations

import math

from reludesk.core.activations import Activation

# Rate (1/s) at which a shut valve moves the clog toward its target.
FILL_RATE = 2.0
# How strongly the hole (the gradient |f'(z)|) lowers the settled clog:
# target = 1 / (1 + LEAK_SENSITIVITY * |f'(z)|); 25 puts Leaky ReLU's usual alpha 0.01 at 80 %,
# visibly short of a sealed ReLU pipe.
LEAK_SENSITIVITY = 25.0
# A pipe with a hole never seals, however small the hole (ELU far below zero: f' ~ e^z).
MAX_HOLED_CLOG = 0.99
# Drain rate (1/s) reached by a strong flow; a flow of DRAIN_HALF_FLOW drains at half that rate.
DRAIN_RATE = 2.0
DRAIN_HALF_FLOW = 0.5
# A sealed pipe this close to fully clogged counts as fully clogged (exponential approach).
DEAD_SNAP = 1e-3


class TapModel:
    """One tap driven by an activation function; see the module docstring for the model.

    Readable state (all floats except ``dead``): ``z``, ``outflow``, ``leak``, ``clog``,
    ``gradient`` (= f'(z)) and ``dead``. Only :meth:`advance`, :meth:`set_clog`,
    :meth:`set_activation` and :meth:`reset` change it.
    """

    def __init__(self, activation: Activation) -> None:
        self._activation = activation
        self._z = 0.0
        self._clog = 0.0
        self._f = 0.0
        self._df = 0.0
        self._evaluate()

    # --- state ------------------------------------------------------------------------------
    @property
    def activation(self) -> Activation:
        """The activation that turns z into water."""
        return self._activation

    @property
    def z(self) -> float:
        """The valve setting: the last pre-activation given to :meth:`advance`."""
        return self._z

    @property
    def outflow(self) -> float:
        """Water out of the spout: f(z) where z > 0, else 0."""
        return self._f if self._z > 0 else 0.0

    @property
    def leak(self) -> float:
        """Water out of the hole: the gradient that still flows, |f'(z)| where z < 0 (alpha at
        every z < 0 for leaky_relu, alpha * e^z for elu, 0 for relu)."""
        return abs(self._df) if self._z < 0 else 0.0

    @property
    def gradient(self) -> float:
        """f'(z): how much of a gradient gets back through this neuron."""
        return self._df

    @property
    def clog(self) -> float:
        """How blocked the pipe is, from 0 (clear) to 1 (sealed)."""
        return self._clog

    @property
    def dead(self) -> bool:
        """The pipe is clogged for THIS input: clog reached 1, which only a pipe with
        f'(z) == 0 can do. Not the neuron's death, which needs every training input (see the
        module docstring); :attr:`clogged` says the same under the plainer name."""
        return self._clog >= 1.0

    @property
    def clogged(self) -> bool:
        """The pipe is fully clogged: no gradient from the present input."""
        return self.dead

    @property
    def sealed(self) -> bool:
        """No hole at the current z: f'(z) == 0, so the clog may reach 1."""
        return self._df == 0.0

    # --- changes ----------------------------------------------------------------------------
    def advance(self, z: float, dt: float) -> None:
        """Set the valve to ``z`` and let the water move on by ``dt`` seconds.

        ``dt = 0`` only moves the valve. Raises ValueError if ``z`` is not finite or ``dt`` is
        negative or not finite.
        """
        z = _finite("z", z)
        dt = _finite("dt", dt)
        if dt < 0:
            raise ValueError(f"dt must be >= 0 seconds, got {dt!r}")
        self._z = z
        self._evaluate()
        if self.outflow > 0:
            rate = DRAIN_RATE * self.outflow / (self.outflow + DRAIN_HALF_FLOW)
            self._clog *= math.exp(-rate * dt)
        else:
            target = self._target()
            # exact solution of dc/dt = FILL_RATE * (target - c) over dt
            self._clog = target + (self._clog - target) * math.exp(-FILL_RATE * dt)
            if self.sealed and self._clog >= 1.0 - DEAD_SNAP:
                self._clog = 1.0
        self._enforce_hole()

    def set_clog(self, clog: float) -> None:
        """Force the clog, e.g. to show a neuron the network reports dead.

        ``clog`` must be in [0, 1]. A pipe with a hole at the current z is held below
        MAX_HOLED_CLOG, so forcing 1 only kills a sealed pipe.
        """
        clog = _finite("clog", clog)
        if not 0.0 <= clog <= 1.0:
            raise ValueError(f"clog must be in [0, 1], got {clog!r}")
        self._clog = clog
        self._enforce_hole()

    def set_activation(self, activation: Activation) -> None:
        """Use another activation (e.g. a new alpha); z and clog are kept where they still fit."""
        self._activation = activation
        self._evaluate()
        self._enforce_hole()

    def reset(self) -> None:
        """Valve at 0, clean pipe."""
        self._z = 0.0
        self._clog = 0.0
        self._evaluate()

    # --- helpers ----------------------------------------------------------------------------
    def _evaluate(self) -> None:
        self._f = float(self._activation.f(self._z))
        self._df = float(self._activation.df(self._z))

    def _target(self) -> float:
        """Where the clog settles while the valve stays shut at the current z."""
        if self.sealed:
            return 1.0
        # the hole's size is the gradient |f'(z)|, whatever z below zero set it (at z = 0 too,
        # where leaky_relu's left derivative is already alpha): not the water leaked, alpha*|z|
        return min(1.0 / (1.0 + LEAK_SENSITIVITY * abs(self._df)), MAX_HOLED_CLOG)

    def _enforce_hole(self) -> None:
        # a hole keeps the pipe from sealing whatever happened before (forced clog, new alpha)
        if not self.sealed:
            self._clog = min(self._clog, MAX_HOLED_CLOG)

    def __repr__(self) -> str:
        return (
            f"TapModel({self._activation!r}, z={self._z:g}, clog={self._clog:.3f}, "
            f"dead={self.dead})"
        )


def _finite(name: str, value: float) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(x):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return x
