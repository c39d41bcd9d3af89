"""A small multi-layer perceptron with a leading replica axis.

``R`` replicas are independent networks (each with its own initial weights) that see the same
batches; every array carries the replica axis first, so one vectorised pass trains them all and
32 seeds cost little more than one.

Notation: ``z[l] = a[l-1] @ W[l] + b[l]`` is layer l's pre-activation, ``a[l] = f(z[l])``
its output, ``a[0] = X``. Hidden layers use the chosen activation; the output layer is a
sigmoid read with binary cross-entropy (classification, labels in {0, 1}) or linear with mean
squared error (regression).
"""

from __future__ import annotations

import numpy as np

from reludesk.core import activations
from reludesk.core.activations import Activation

TASKS = ("classification", "regression")
INITS = ("he", "xavier", "playground", "negative_bias")

Array = np.ndarray


def _init_layer(
    rng: np.random.Generator, init: str, fan_in: int, fan_out: int, hidden: bool
) -> tuple[Array, Array]:
    """Weights (fan_in, fan_out) and biases (fan_out,) of one replica's layer."""
    if init == "playground":
        # TF Playground: U(-0.5, 0.5) weights, bias 0.1
        return rng.uniform(-0.5, 0.5, (fan_in, fan_out)), np.full(fan_out, 0.1)
    if init == "xavier":
        # Glorot: Var(w) = 2 / (fan_in + fan_out) keeps variance both forward and backward
        std = np.sqrt(2.0 / (fan_in + fan_out))
    else:
        # He: Var(w) = 2 / fan_in makes up for ReLU zeroing half of its inputs
        std = np.sqrt(2.0 / fan_in)
    W = rng.normal(0.0, std, (fan_in, fan_out))
    # a bias of -1 pushes most ReLU inputs below zero from the first step: a bad start
    b = np.full(fan_out, -1.0 if (init == "negative_bias" and hidden) else 0.0)
    return W, b


def _sum_rows(delta: Array) -> Array:
    """delta (replicas, n, width) summed over its n rows: (replicas, width).

    numpy reduces over a middle axis slowly (~10x slower than BLAS at 32 replicas x 256 rows),
    so many rows are summed as a product with a row of ones; a few rows take the plain
    reduction, which has less overhead."""
    if delta.shape[0] * delta.shape[1] < 512:
        return np.add.reduce(delta, axis=1)
    return np.matmul(np.ones((1, delta.shape[1])), delta)[:, 0, :]


class MLP:
    """An MLP of ``layer_sizes`` (e.g. [2, 8, 8, 1]) replicated ``replicas`` times.

    ``weights[l]`` has shape (replicas, fan_in, fan_out) and ``biases[l]`` (replicas, fan_out);
    they are the network's own arrays, so writing into them changes the network. For PReLU the
    negative-side slope is learned per unit: ``slopes[l]`` has shape (replicas, width); for other
    activations ``slopes`` is empty.
    """

    def __init__(
        self,
        layer_sizes: list[int] | tuple[int, ...],
        activation: str | Activation = "relu",
        *,
        task: str = "classification",
        init: str = "he",
        replicas: int = 1,
        seed: int = 0,
    ) -> None:
        sizes = [int(s) for s in layer_sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"layer_sizes needs at least input and output sizes >= 1, got {sizes}")
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}; choose one of: {', '.join(TASKS)}")
        if init not in INITS:
            raise ValueError(f"unknown init {init!r}; choose one of: {', '.join(INITS)}")
        if int(replicas) < 1:
            raise ValueError(f"replicas must be >= 1, got {replicas}")
        self.activation = (
            activation if isinstance(activation, Activation) else activations.get(activation)
        )
        self.layer_sizes = sizes
        self.task = task
        self.init = init
        self.replicas = int(replicas)
        self.seed = int(seed)
        self.weights: list[Array] = []
        self.biases: list[Array] = []
        # Each replica draws from its own stream (seed, r), so replica r of a batch of seeds is
        # the same network as a single one built with that stream: replica 0 is the one on screen.
        rngs = [np.random.default_rng((self.seed, r)) for r in range(self.replicas)]
        n_layers = len(sizes) - 1
        for l in range(n_layers):
            pairs = [
                _init_layer(rng, init, sizes[l], sizes[l + 1], hidden=l < n_layers - 1)
                for rng in rngs
            ]
            self.weights.append(np.stack([W for W, _ in pairs]))
            self.biases.append(np.stack([b for _, b in pairs]))
        self.learns_slope = self.activation.name == "prelu"
        self.slopes: list[Array] = (
            [
                np.full((self.replicas, w), self.activation.params["alpha"])
                for w in sizes[1:-1]
            ]
            if self.learns_slope
            else []
        )

    # --- structure ---------------------------------------------------------------------------
    @property
    def n_hidden(self) -> int:
        """Number of hidden layers."""
        return len(self.layer_sizes) - 2

    @property
    def hidden_sizes(self) -> list[int]:
        return self.layer_sizes[1:-1]

    def parameters(self) -> list[Array]:
        """Every trainable array, in the order ``gradients_all`` returns their gradients."""
        return [*self.weights, *self.biases, *self.slopes]

    # --- hidden activation, with PReLU's per-unit slope ---------------------------------------
    def hidden_f(self, l: int, z: Array) -> Array:
        """f(z) of hidden layer ``l``; z (replicas, n, width)."""
        if self.learns_slope:
            return np.where(z > 0, z, self.slopes[l][:, None, :] * z)
        return self.activation.f(z)

    def hidden_df(self, l: int, z: Array) -> Array:
        """f'(z) of hidden layer ``l`` (left derivative at 0); z (replicas, n, width)."""
        if self.learns_slope:
            return np.where(z > 0, 1.0, np.broadcast_to(self.slopes[l][:, None, :], z.shape))
        return self.activation.df(z)

    # --- forward ------------------------------------------------------------------------------
    def _forward(self, X: Array) -> tuple[list[Array], list[Array]]:
        """Pre-activations ``zs`` (one per layer) and outputs ``acts`` (a[0] = X first)."""
        X = np.asarray(X, dtype=np.float64)
        acts: list[Array] = [X]
        zs: list[Array] = []
        a = X
        last = len(self.weights) - 1
        relu = self.activation.name == "relu"
        for l, (W, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            z = np.matmul(a, W)  # (n, d) @ (R, d, h) broadcasts to (R, n, h)
            z += b[:, None, :]
            zs.append(z)
            if l < last:
                a = np.maximum(z, 0.0) if relu else self.hidden_f(l, z)
                acts.append(a)
        return zs, acts

    def forward(self, X: Array) -> Array:
        """Network output for inputs X (n, d): (replicas, n, out).

        Classification outputs are probabilities (sigmoid); regression outputs are linear.
        """
        zs, _ = self._forward(X)
        out = zs[-1]
        return activations._sigmoid(out) if self.task == "classification" else out

    def pre_activations(self, X: Array) -> list[Array]:
        """z of every hidden layer for inputs X (n, d): a list of (replicas, n, width)."""
        zs, _ = self._forward(X)
        return zs[:-1]

    # --- loss and gradients -------------------------------------------------------------------
    def _loss_and_dout(self, z_out: Array, y: Array) -> tuple[Array, Array]:
        """Loss (replicas,) and dLoss/dz_out (replicas, n, 1) from the output pre-activation."""
        t = np.asarray(y, dtype=np.float64).reshape(1, -1, 1)
        n = t.shape[1]
        # a sum divided by the count: ndarray.mean over two axes costs more than the maths here
        count = z_out.shape[1] * z_out.shape[2]
        if self.task == "classification":
            # BCE from logits: softplus(z) - t z is exact and never takes log(0); logaddexp
            # is softplus in one overflow-free call, and sigmoid(z) = exp(z - softplus(z))
            sp = np.logaddexp(0.0, z_out)
            loss = np.add.reduce(sp - t * z_out, axis=(1, 2)) / count
            dout = np.exp(z_out - sp)  # the exponent is <= 0: never overflows
            dout -= t
            dout /= n
        else:
            err = z_out - t
            loss = np.add.reduce(err * err, axis=(1, 2)) / count
            dout = (2.0 / n) * err
        return loss, dout

    def loss(self, X: Array, y: Array) -> Array:
        """Mean loss over the rows of X (n, d) with targets y (n,): shape (replicas,)."""
        zs, _ = self._forward(X)
        return self._loss_and_dout(zs[-1], y)[0]

    def loss_and_gradients(
        self, X: Array, y: Array
    ) -> tuple[Array, list[Array], list[Array], list[Array]]:
        """One forward and backward pass: loss (replicas,), dW, db, dslopes.

        dW / db match ``weights`` / ``biases`` in shape; dslopes matches ``slopes`` (empty
        unless the activation is PReLU). Nothing is changed.
        """
        zs, acts = self._forward(X)
        return self._backward(zs, acts, y)

    def _backward(
        self, zs: list[Array], acts: list[Array], y: Array
    ) -> tuple[Array, list[Array], list[Array], list[Array]]:
        """Loss and gradients from a stored forward pass (``_forward``'s zs and acts)."""
        loss, delta = self._loss_and_dout(zs[-1], y)
        # relu'(z) is exactly the mask z > 0 (0 at the kink and for NaN, as df gives): a product
        # with the boolean mask skips building a float array of ones and zeros
        relu = self.activation.name == "relu"
        L = len(self.weights)
        dW: list[Array] = [None] * L  # type: ignore[list-item]
        db: list[Array] = [None] * L  # type: ignore[list-item]
        dslopes: list[Array] = [None] * len(self.slopes)  # type: ignore[list-item]
        for l in range(L - 1, -1, -1):
            a_prev = acts[l]
            # dL/dW = a_prev^T delta; a[0] = X has no replica axis and broadcasts
            dW[l] = np.matmul(a_prev.swapaxes(-1, -2), delta)
            db[l] = _sum_rows(delta)
            if l == 0:
                break
            # back through W to the output of layer l-1, then through its activation
            grad_a = np.matmul(delta, self.weights[l].swapaxes(-1, -2))
            z = zs[l - 1]
            if self.learns_slope:
                # f = slope * z where z <= 0, so df/dslope = min(z, 0)
                dslopes[l - 1] = (grad_a * np.minimum(z, 0.0)).sum(axis=1)
            if relu:
                delta = grad_a * (z > 0.0)
            else:
                delta = grad_a * self.hidden_df(l - 1, z)
        return loss, dW, db, dslopes

    def gradients(self, X: Array, y: Array) -> tuple[list[Array], list[Array]]:
        """dLoss/dW and dLoss/db (same shapes as weights / biases) for X (n, d), y (n,)."""
        _, dW, db, _ = self.loss_and_gradients(X, y)
        return dW, db

    def train_step(self, X: Array, y: Array, lr: float) -> Array:
        """One plain SGD step on X (n, d), y (n,); changes the weights, biases (and slopes) in
        place and returns the loss before the step, shape (replicas,)."""
        loss, dW, db, dslopes = self.loss_and_gradients(X, y)
        for p, g in zip(self.parameters(), [*dW, *db, *dslopes], strict=True):
            g *= lr  # the gradients are ours to scale: no temporary per parameter
            p -= g
        return loss

    # --- copies -------------------------------------------------------------------------------
    def replica(self, r: int) -> MLP:
        """A new one-replica MLP holding a copy of replica ``r``'s parameters."""
        one = MLP.__new__(MLP)
        one.__dict__.update(self.__dict__)
        one.replicas = 1
        one.weights = [W[r : r + 1].copy() for W in self.weights]
        one.biases = [b[r : r + 1].copy() for b in self.biases]
        one.slopes = [s[r : r + 1].copy() for s in self.slopes]
        return one

    def copy(self) -> MLP:
        """A deep copy: the same networks, with arrays of their own."""
        twin = MLP.__new__(MLP)
        twin.__dict__.update(self.__dict__)
        twin.weights = [W.copy() for W in self.weights]
        twin.biases = [b.copy() for b in self.biases]
        twin.slopes = [s.copy() for s in self.slopes]
        return twin
