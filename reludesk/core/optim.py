"""Optimisers that update a list of parameter arrays in place.

They work elementwise, so the replica axis needs nothing special: each replica keeps its own
momentum and Adam moments. ``lr`` may be changed between steps (a learning-rate burst) without
losing that state.
"""

from __future__ import annotations

import numpy as np

NAMES = ("sgd", "momentum", "adam")

Array = np.ndarray


class Optimizer:
    """Base: ``step(params, grads)`` changes every array of ``params`` in place."""

    def __init__(self, lr: float) -> None:
        self.lr = float(lr)

    def step(self, params: list[Array], grads: list[Array]) -> None:
        raise NotImplementedError

    def reset_replicas(self, mask: Array) -> None:
        """Forget the state of replicas where ``mask`` (replicas,) is True."""

    def state(self) -> dict[str, object]:
        """Copies of everything the next step depends on besides ``lr`` (none for SGD)."""
        return {}

    def set_state(self, state: dict[str, object]) -> None:
        """Put back a ``state()``: arrays are copied, so the one given stays as it was."""


class SGD(Optimizer):
    """p <- p - lr * g."""

    def step(self, params: list[Array], grads: list[Array]) -> None:
        lr = self.lr
        for p, g in zip(params, grads, strict=True):
            p -= lr * g


class Momentum(Optimizer):
    """Heavy ball: v <- beta v + g; p <- p - lr v."""

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        self.beta = beta
        self._v: list[Array] | None = None

    def step(self, params: list[Array], grads: list[Array]) -> None:
        if self._v is None:
            self._v = [np.zeros_like(p) for p in params]
        for p, g, v in zip(params, grads, self._v, strict=True):
            v *= self.beta
            v += g
            p -= self.lr * v

    def reset_replicas(self, mask: Array) -> None:
        for v in self._v or []:
            v[mask] = 0.0

    def state(self) -> dict[str, object]:
        return {"v": _copies(self._v)}

    def set_state(self, state: dict[str, object]) -> None:
        self._v = _copies(state["v"])  # type: ignore[arg-type]


class Adam(Optimizer):
    """Adam (Kingma & Ba 2015) with bias-corrected first and second moments."""

    def __init__(
        self, lr: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self._m: list[Array] | None = None
        self._s: list[Array] | None = None
        self._t = 0

    def step(self, params: list[Array], grads: list[Array]) -> None:
        if self._m is None:
            self._m = [np.zeros_like(p) for p in params]
            self._s = [np.zeros_like(p) for p in params]
        self._t += 1
        b1, b2 = self.beta1, self.beta2
        # the bias corrections fold into one step size
        step = self.lr * np.sqrt(1.0 - b2**self._t) / (1.0 - b1**self._t)
        for p, g, m, s in zip(params, grads, self._m, self._s, strict=True):  # type: ignore[arg-type]
            m *= b1
            m += (1.0 - b1) * g
            s *= b2
            s += (1.0 - b2) * (g * g)
            p -= step * m / (np.sqrt(s) + self.eps)

    def reset_replicas(self, mask: Array) -> None:
        for arr in [*(self._m or []), *(self._s or [])]:
            arr[mask] = 0.0

    def state(self) -> dict[str, object]:
        return {"m": _copies(self._m), "s": _copies(self._s), "t": self._t}

    def set_state(self, state: dict[str, object]) -> None:
        self._m = _copies(state["m"])  # type: ignore[arg-type]
        self._s = _copies(state["s"])  # type: ignore[arg-type]
        self._t = int(state["t"])  # type: ignore[call-overload]


def _copies(arrays: list[Array] | None) -> list[Array] | None:
    return None if arrays is None else [a.copy() for a in arrays]


def make(name: str, lr: float) -> Optimizer:
    """The optimiser ``name`` (one of NAMES) with learning rate ``lr``."""
    classes = {"sgd": SGD, "momentum": Momentum, "adam": Adam}
    if name not in classes:
        raise ValueError(f"unknown optimizer {name!r}; choose one of: {', '.join(NAMES)}")
    return classes[name](lr)
