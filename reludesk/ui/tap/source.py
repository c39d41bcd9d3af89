"""Where a linked tap's z comes from: one neuron's pre-activations over the training inputs, shown
one after another, and the network's own verdict on that neuron.

A tap fed one input at a time cannot tell whether a neuron is dead: dead means shut for *every*
training input, which only the network's test sees (``health.dead_mask``). So the verdict comes
with the values, from the network, and the taps never work it out from how long they were shut.
"""

from __future__ import annotations

import numpy as np

LINK_STEP_S = 0.05  # linked mode shows a new training input every 50 ms


class LinkedNeuron:
    """The neuron the taps follow.

    ``values`` (n,) are its z over the training inputs, finite ones only, clipped to
    ``±z_limit`` (the valve's scale); ``dead`` is the network's dead test for it; ``label`` names
    it; ``reason`` says why the taps follow it when the window chose it ("the first to die"),
    "" when the user clicked it. :meth:`feed` and :meth:`next_z` change the state; nothing else
    does.
    """

    def __init__(self, z_limit: float) -> None:
        self.z_limit = float(z_limit)
        self.values = np.empty(0)
        self.dead = False
        self.label = ""
        self.reason = ""
        self._index = 0
        self._clock = 0.0

    def feed(
        self, z_values: np.ndarray, dead: bool, label: str, reason: str = ""
    ) -> float | None:
        """Take fresh values (any shape, raveled), verdict and words, keeping the place in the
        cycle; the z to show now, or None when no value is finite."""
        values = np.asarray(z_values, dtype=np.float64).ravel()
        # a neuron's z can be huge after a burst; the valve's scale ends at ±z_limit, and an
        # unbounded z would ask the stream for an unbounded number of droplets
        self.values = np.clip(values[np.isfinite(values)], -self.z_limit, self.z_limit)
        self.dead, self.label, self.reason = bool(dead), str(label), str(reason)
        if not self.values.size:
            return None
        self._index %= self.values.size
        return float(self.values[self._index])

    def next_z(self, dt: float) -> float | None:
        """Move on by ``dt`` seconds, one input every LINK_STEP_S; the z to show, or None when
        there are no values."""
        if not self.values.size:
            return None
        self._clock += dt
        steps = int(self._clock / LINK_STEP_S)
        self._clock -= steps * LINK_STEP_S
        self._index = (self._index + steps) % self.values.size
        return float(self.values[self._index])
