"""A small multi-layer perceptron with a leading replica axis.

``R`` replicas are independent networks (each with its own initial weights) that see the same
batches; every array carries the replica axis first, so one vectorised pass trains them all and
32 seeds cost little more than one.

Notation: ``z[l] = a[l-1] @ W[l] + b[l]`` is layer l's pre-activation, ``a[l] = f(z[l])``
its output, ``a[0] = X``. Inside a training step the rows run along the last axis
(feature-major: z[l] is (replicas, width, n)); numpy then broadcasts biases and reduces over rows
along contiguous memory, and the first layer of all replicas is a single matrix product.

Hidden layers use the chosen activation; the output layer is a sigmoid read with binary
cross-entropy (classification, labels in {0, 1}) or linear with mean squared error
(regression).

With ``features`` the network takes the points' coordinates (n, 2) and feeds the chosen
functions of them (``core.features``) to its first layer; ``regularization`` adds the gradient of
rate x sum |w| (L1) or rate x sum w² / 2 (L2) over every weight (not the biases) to the
gradients that training follows, as TF Playground does; the losses reported stay the data's.
"""

from __future__ import annotations

import numpy as np

from reludesk.core import activations, features
from reludesk.core.activations import Activation
from reludesk.core.i18n import QT_TRANSLATE_NOOP, translate

TASKS = ("classification", "regression")
INITS = ("he", "xavier", "playground", "negative_bias")
REGULARIZATIONS = ("none", "l1", "l2")

Array = np.ndarray

# A hand-typed weight or bias beyond this is refused: far outside anything training reaches on
# the plane, so it is a slip of the keyboard, and it would overflow the next steps.
UNIT_LIMIT = 1000.0
# How far below zero a killed unit's largest z is put, as a share of its z's spread (at least
# this much in absolute terms): see MLP.kill_bias.
KILL_MARGIN = 0.1

# output sizes below this take the loss path with fewer numpy calls; above, fewer exp/log
_FEW = 1024


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


class _Workspace:
    """The large arrays of one training step at a fixed batch size, kept from step to step.

    With 32 replicas x 256 rows x 8 units each intermediate is 512 KiB; allocated afresh every
    step, such arrays are mapped and unmapped by the C allocator, and the page faults cost more
    than the arithmetic (measured 2.6 ms per step instead of 0.8 ms). Kept arrays stay with the
    network, though, so only up to ``MAX_BYTES``: far past that, the arithmetic dwarfs the
    faults, and 256 replicas x 5,000 rows x 8 layers of 64 would hold ~16 GB between steps."""

    MAX_BYTES = 64 * 2**20

    @staticmethod
    def nbytes(layer_sizes: list[int], replicas: int, n: int) -> int:
        """Bytes the arrays for this shape would take: z, a and grad (float64), mask (bool)."""
        widths = layer_sizes[1:]
        return replicas * n * (8 * widths[-1] + (8 + 8 + 8 + 1) * sum(widths[:-1]))

    def __init__(self, layer_sizes: list[int], replicas: int, n: int) -> None:
        self.shape = (replicas, n)
        widths = layer_sizes[1:]
        self.z = [np.empty((replicas, w, n)) for w in widths]
        self.a = [np.empty((replicas, w, n)) for w in widths[:-1]]
        self.grad = [np.empty((replicas, w, n)) for w in widths[:-1]]
        self.mask = [np.empty((replicas, w, n), dtype=bool) for w in widths[:-1]]


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
        features: tuple[str, ...] | None = None,
        regularization: str = "none",
        regularization_rate: float = 0.0,
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
        if regularization not in REGULARIZATIONS:
            raise ValueError(f"unknown regularization {regularization!r}; choose one of: "
                             f"{', '.join(REGULARIZATIONS)}")
        self.features = None if features is None else _features_for(features, sizes[0])
        # x1, x2 are the points themselves: no copy per step for the default inputs
        self._expand = self.features not in (None, _POINTS_ONLY)
        self.regularization = regularization
        self.regularization_rate = float(regularization_rate)
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
        self._work: _Workspace | None = None
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
        """f(z) of hidden layer ``l``; z (replicas, n, width). A new array."""
        return self._f_rows_last(l, z.swapaxes(1, 2)).swapaxes(1, 2)

    def hidden_df(self, l: int, z: Array) -> Array:
        """f'(z) of hidden layer ``l`` (left derivative at 0); z (replicas, n, width)."""
        return self._df_rows_last(l, z.swapaxes(1, 2)).swapaxes(1, 2)

    # --- forward ------------------------------------------------------------------------------
    def inputs(self, X: Array) -> Array:
        """What the first layer receives for X: with ``features``, their values for the points
        X (n, 2), (n, len(features)); without, X itself (n, d). float64; X is not changed."""
        X = np.asarray(X, dtype=np.float64)
        return features.expand(X, self.features) if self._expand else X

    def _forward(
        self, X: Array, work: _Workspace | None = None
    ) -> tuple[list[Array], list[Array]]:
        """Feature-major pre-activations ``zs`` (one per layer, (replicas, width, n)) and
        outputs ``acts``: ``acts[0]`` is X itself (n, d), then (replicas, width, n) per hidden
        layer. With ``work`` they are written into its arrays (overwritten by the next step);
        without, they are new arrays."""
        X = self.inputs(X)
        R, n = self.replicas, X.shape[0]
        W0 = self.weights[0]
        h = W0.shape[2]
        # every replica's first layer in one product: (R*h, d) @ (d, n) lays out as (R, h, n)
        out = None if work is None else work.z[0].reshape(R * h, n)
        z = np.matmul(W0.transpose(0, 2, 1).reshape(R * h, -1), X.T, out=out).reshape(R, h, n)
        z += self.biases[0][:, :, None]
        zs: list[Array] = [z]
        acts: list[Array] = [X]
        relu = self.activation.name == "relu"
        for l in range(1, len(self.weights)):
            if relu:
                a = np.maximum(z, 0.0, out=None if work is None else work.a[l - 1])
            else:
                a = self._f_rows_last(l - 1, z)
            acts.append(a)
            out = None if work is None else work.z[l]
            z = np.matmul(self.weights[l].swapaxes(1, 2), a, out=out)  # (R,k,h) @ (R,h,n)
            z += self.biases[l][:, :, None]
            zs.append(z)
        return zs, acts

    def _f_rows_last(self, l: int, z: Array) -> Array:
        """f(z) of hidden layer ``l`` for a feature-major z (replicas, width, n)."""
        if self.learns_slope:
            return np.where(z > 0, z, self.slopes[l][:, :, None] * z)
        return self.activation.f(z)

    def _df_rows_last(self, l: int, z: Array) -> Array:
        """f'(z) of hidden layer ``l`` for a feature-major z (replicas, width, n)."""
        if self.learns_slope:
            return np.where(z > 0, 1.0, np.broadcast_to(self.slopes[l][:, :, None], z.shape))
        return self.activation.df(z)

    def forward_pass(self, X: Array) -> tuple[list[Array], list[Array]]:
        """The stored forward pass for inputs X (n, d), as ``backward_pass`` takes it.

        ``zs``: one feature-major pre-activation per layer, (replicas, width, n), the output
        layer's last. ``acts``: X itself (n, d), then f(z) of each hidden layer (replicas, width,
        n). New arrays; nothing is changed.
        """
        return self._forward(X)

    def backward_pass(
        self, zs: list[Array], acts: list[Array], y: Array
    ) -> tuple[Array, list[Array], list[Array], list[Array]]:
        """Loss (replicas,) and dW, db, dslopes from a ``forward_pass`` and targets y (n,).

        The gradients match ``weights``, ``biases`` and ``slopes`` in shape; nothing is changed.
        """
        return self._backward(zs, acts, y)

    def output_loss(self, z_out: Array, y: Array) -> Array:
        """Mean loss (replicas,) from the output layer's feature-major z (replicas, out, n), as
        ``forward_pass`` returns it last, and targets y (n,)."""
        return self._loss_and_dout(z_out, y)[0]

    def layer_outputs(self, X: Array) -> list[Array]:
        """What every layer outputs for inputs X (n, d): f(z) of each hidden layer, then the
        network output (a probability for classification), each (replicas, n, width)."""
        zs, acts = self._forward(X)
        out = zs[-1]
        if self.task == "classification":
            out = activations._sigmoid(out)
        return [a.swapaxes(1, 2) for a in acts[1:]] + [out.swapaxes(1, 2)]

    def forward(self, X: Array) -> Array:
        """Network output for inputs X (n, d): (replicas, n, out).

        Classification outputs are probabilities (sigmoid); regression outputs are linear.
        """
        zs, _ = self._forward(X)
        out = zs[-1].swapaxes(1, 2)
        return activations._sigmoid(out) if self.task == "classification" else out.copy()

    def pre_activations(self, X: Array) -> list[Array]:
        """z of every hidden layer for inputs X (n, d): a list of (replicas, n, width)."""
        zs, _ = self._forward(X)
        return [z.swapaxes(1, 2) for z in zs[:-1]]

    # --- loss and gradients -------------------------------------------------------------------
    def _loss_and_dout(self, z_out: Array, y: Array) -> tuple[Array, Array]:
        """Loss (replicas,) and dLoss/dz_out (replicas, out, n) from the feature-major output
        pre-activation z_out (replicas, out, n) and targets y (n,)."""
        t = np.asarray(y, dtype=np.float64).reshape(1, 1, -1)
        n = t.shape[2]
        count = z_out.shape[1] * n
        if self.task == "classification":
            # BCE from logits: softplus(z) - t z is exact and never takes log(0)
            if z_out.size < _FEW:
                # few rows: the fewest numpy calls. logaddexp is softplus without overflow, and
                # sigmoid(z) = exp(z - softplus(z)) has an exponent <= 0
                sp = np.logaddexp(0.0, z_out)
                loss = np.add.reduce(sp - t * z_out, axis=(1, 2)) / count
                dout = np.exp(z_out - sp)
            else:
                # many rows: one exp instead of logaddexp's and exp's (float64 exp and log
                # cost ~5 ns per element without AVX-512). With e = exp(-|z|) in (0, 1]:
                # softplus(z) = max(z, 0) + log1p(e), sigmoid(z) = 1/(1+e) for z >= 0, else
                # e/(1+e)
                e = np.abs(z_out)
                np.negative(e, out=e)
                np.exp(e, out=e)
                total = np.add.reduce(np.maximum(z_out, 0.0) - t * z_out, axis=(1, 2))
                total += np.add.reduce(np.log1p(e), axis=(1, 2))
                loss = total / count
                dout = np.where(z_out >= 0.0, 1.0, e)
                dout /= e + 1.0
            dout -= t
            dout /= n
            return loss, dout
        err = z_out - t
        loss = np.add.reduce(err * err, axis=(1, 2)) / count
        err *= 2.0 / n
        return loss, err

    def loss(self, X: Array, y: Array) -> Array:
        """Mean loss over the rows of X (n, d) with targets y (n,): shape (replicas,)."""
        zs, _ = self._forward(X)
        return self._loss_and_dout(zs[-1], y)[0]

    def loss_and_gradients(
        self, X: Array, y: Array
    ) -> tuple[Array, list[Array], list[Array], list[Array]]:
        """One forward and backward pass: loss (replicas,), dW, db, dslopes.

        dW / db match ``weights`` / ``biases`` in shape; dslopes matches ``slopes`` (empty
        unless the activation is PReLU). dW includes the regularisation's gradient (the loss
        does not: it is the data's, as the screen shows it). Nothing is changed.
        """
        n = len(X)
        work = self._work
        if work is None or work.shape != (self.replicas, n):
            fits = _Workspace.nbytes(self.layer_sizes, self.replicas, n) <= _Workspace.MAX_BYTES
            work = self._work = _Workspace(self.layer_sizes, self.replicas, n) if fits else None
        zs, acts = self._forward(X, work)
        loss, dW, db, dslopes = self._backward(zs, acts, y, work)
        rate = self.regularization_rate
        if self.regularization != "none" and rate:
            for W, g in zip(self.weights, dW, strict=True):
                # d/dw of rate |w| is rate sign(w) (0 at w = 0); of rate w² / 2 it is rate w
                g += rate * (np.sign(W) if self.regularization == "l1" else W)
        return loss, dW, db, dslopes

    def penalty(self) -> Array:
        """(replicas,) the regularisation term: rate x sum |w| (L1), rate x sum w² / 2 (L2) over
        every weight matrix, 0 without one. Training follows the gradient of loss + penalty."""
        rate = self.regularization_rate if self.regularization != "none" else 0.0
        total = np.zeros(self.replicas)
        for W in self.weights:
            flat = W.reshape(self.replicas, -1)
            total += (np.abs(flat).sum(axis=1) if self.regularization == "l1"
                      else 0.5 * (flat * flat).sum(axis=1))
        return rate * total

    def _backward(
        self, zs: list[Array], acts: list[Array], y: Array, work: _Workspace | None = None
    ) -> tuple[Array, list[Array], list[Array], list[Array]]:
        """Loss and gradients from a stored forward pass (``_forward``'s zs and acts); the
        intermediate arrays go into ``work`` when given. The gradients are always new arrays."""
        loss, delta = self._loss_and_dout(zs[-1], y)
        # relu'(z) is exactly the mask z > 0 (0 at the kink and for NaN, as df gives): a product
        # with the boolean mask skips building a float array of ones and zeros
        relu = self.activation.name == "relu"
        L = len(self.weights)
        dW: list[Array] = [None] * L  # type: ignore[list-item]
        db: list[Array] = [None] * L  # type: ignore[list-item]
        dslopes: list[Array] = [None] * len(self.slopes)  # type: ignore[list-item]
        for l in range(L - 1, 0, -1):
            # dL/dW = a_prev delta^T: (R, h, n) @ (R, n, k); dL/db sums delta over the rows
            dW[l] = np.matmul(acts[l], delta.swapaxes(1, 2))
            db[l] = np.add.reduce(delta, axis=2)
            # back through W to the output of layer l-1: (R, h, k) @ (R, k, n). A single
            # output unit makes that an outer product, cheaper as a broadcast than as matmul.
            W = self.weights[l]
            out = None if work is None else work.grad[l - 1]
            if W.shape[2] == 1:
                grad_a = np.multiply(W, delta, out=out)
            else:
                grad_a = np.matmul(W, delta, out=out)
            z = zs[l - 1]
            if self.learns_slope:
                # f = slope * z where z <= 0, so df/dslope = min(z, 0)
                dslopes[l - 1] = np.add.reduce(grad_a * np.minimum(z, 0.0), axis=2)
            if relu:
                grad_a *= np.greater(z, 0.0, out=None if work is None else work.mask[l - 1])
            else:
                grad_a *= self._df_rows_last(l - 1, z)
            delta = grad_a
        # the first layer of every replica at once: (R*h, n) @ X (n, d), then to (R, d, h)
        R, h, n = delta.shape
        dW[0] = np.ascontiguousarray(
            np.matmul(delta.reshape(R * h, n), acts[0]).reshape(R, h, -1).transpose(0, 2, 1)
        )
        db[0] = np.add.reduce(delta, axis=2)
        return loss, dW, db, dslopes

    def gradients(self, X: Array, y: Array) -> tuple[list[Array], list[Array]]:
        """d(loss + penalty)/dW and dLoss/db (same shapes as weights / biases) for X, y (n,)."""
        _, dW, db, _ = self.loss_and_gradients(X, y)
        return dW, db

    def train_step(self, X: Array, y: Array, lr: float) -> Array:
        """One plain SGD step on X (n, d), y (n,); changes the weights, biases (and slopes) in
        place and returns the loss before the step, shape (replicas,).

        A diverging network overflows on the way: that shows as a non-finite loss or parameter
        in the result, not as numpy warnings on the console.
        """
        with np.errstate(all="ignore"):
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
        one._work = None
        one.weights = [W[r : r + 1].copy() for W in self.weights]
        one.biases = [b[r : r + 1].copy() for b in self.biases]
        one.slopes = [s[r : r + 1].copy() for s in self.slopes]
        return one

    def copy(self) -> MLP:
        """A deep copy: the same networks, with arrays of their own."""
        twin = MLP.__new__(MLP)
        twin.__dict__.update(self.__dict__)
        twin._work = None
        twin.weights = [W.copy() for W in self.weights]
        twin.biases = [b.copy() for b in self.biases]
        twin.slopes = [s.copy() for s in self.slopes]
        return twin

    # --- one hidden unit, by hand (the neuron inspector) --------------------------------------
    def _check_unit(self, layer: int, unit: int, replica: int) -> None:
        """ValueError in one sentence unless (layer, unit) is a hidden unit and ``replica``
        one of the replicas; layers and units count from 0 here."""
        for name, value in (("layer", layer), ("unit", unit), ("replica", replica)):
            if not isinstance(value, (int, np.integer)):
                raise ValueError(translate("Network", "{name} must be a whole number, got {value}")
                                 .format(name=name, value=repr(value)))
        if not 0 <= layer < self.n_hidden:
            raise ValueError(translate(
                "Network", "layer must be a hidden layer, 0 to {last}, got {layer}"
            ).format(last=self.n_hidden - 1, layer=layer))
        width = self.layer_sizes[layer + 1]
        if not 0 <= unit < width:
            raise ValueError(translate(
                "Network", "unit must be 0 to {last} in layer {layer}, got {unit}"
            ).format(last=width - 1, layer=layer, unit=unit))
        if not 0 <= replica < self.replicas:
            raise ValueError(translate("Network", "replica must be 0 to {last}, got {replica}")
                             .format(last=self.replicas - 1, replica=replica))

    def unit_params(self, layer: int, unit: int, replica: int = 0) -> tuple[Array, float]:
        """Copies of one hidden unit's incoming weights (fan_in,) and bias. ``layer`` counts the
        hidden layers from 0, as the network view and health do; the output unit is not a
        hidden unit and is refused (ValueError naming the allowed range). Nothing is changed."""
        self._check_unit(layer, unit, replica)
        return self.weights[layer][replica, :, unit].copy(), float(
            self.biases[layer][replica, unit]
        )

    def set_unit(
        self,
        layer: int,
        unit: int,
        weights: Array | list[float] | None = None,
        bias: float | None = None,
        replica: int = 0,
    ) -> None:
        """Set one hidden unit's incoming weights (fan_in,) and/or bias in replica ``replica``
        (None keeps the old value). Every value must be a finite number within
        ±``UNIT_LIMIT``: a typed value beyond that is a slip, not an experiment. Everything is
        checked before anything is written, so a refused call (ValueError, one sentence)
        changes nothing."""
        self._check_unit(layer, unit, replica)
        fan_in = self.layer_sizes[layer]
        w = None if weights is None else _checked_values(
            weights, (fan_in,), QT_TRANSLATE_NOOP("Network", "weights"))
        b = None if bias is None else _checked_values(
            bias, (), QT_TRANSLATE_NOOP("Network", "the bias"))
        if w is not None:
            self.weights[layer][replica, :, unit] = w
        if b is not None:
            self.biases[layer][replica, unit] = b

    def reinit_unit(
        self, layer: int, unit: int, rng: np.random.Generator, replica: int = 0
    ) -> None:
        """Draw one hidden unit's incoming weights and bias afresh from ``rng``, as the
        network's initialiser draws them (``_init_layer`` with this layer's fan-in and fan-out:
        Xavier's scale depends on both). The whole layer is drawn and this unit's column kept:
        the columns are independent, so the column is exactly one unit's draw, and the rule stays
        in one place. A PReLU unit's slope goes back to its starting alpha too. Changes replica
        ``replica``'s arrays in place and advances ``rng``."""
        self._check_unit(layer, unit, replica)
        sizes = self.layer_sizes
        W, b = _init_layer(rng, self.init, sizes[layer], sizes[layer + 1], hidden=True)
        self.weights[layer][replica, :, unit] = W[:, unit]
        self.biases[layer][replica, unit] = b[unit]
        if self.learns_slope:
            self.slopes[layer][replica, unit] = self.activation.params["alpha"]

    def unit_inputs(self, layer: int, X: Array, replica: int = 0) -> Array:
        """What hidden layer ``layer`` of replica ``replica`` receives for inputs X: the first
        layer's inputs (``inputs``) for layer 0, else the previous layer's f(z); shape
        (n, fan_in), float64. A new array."""
        self._check_unit(layer, 0, replica)
        X = np.asarray(X, dtype=np.float64)
        if layer == 0:
            return self.inputs(X).copy()
        _, acts = self.replica(replica)._forward(X)
        return acts[layer][0].T.copy()

    def kill_bias(
        self, layer: int, unit: int, X: Array, replica: int = 0, margin: float = KILL_MARGIN
    ) -> float:
        """The bias that puts the unit's z below 0 on every row of X (n, d), its weights kept:
        b = -max_rows(w . a(x)) - margin * max(1, spread), where a(x) is what the layer receives
        and spread the range of w . a over the rows. The gap scales with the spread so that it
        shows on the unit's z histogram at any scale, and it is never below ``margin`` so that it
        stays far above the rounding of the sums (the forward pass adds in another order).

        Only this unit is pushed below zero; a unit of a later layer that was fed only by it can
        die with it. ValueError (one sentence) for no rows or non-finite inputs or weights.
        Nothing is changed."""
        self._check_unit(layer, unit, replica)
        a = self.unit_inputs(layer, X, replica)
        if a.shape[0] == 0:
            raise ValueError(translate("Network", "a kill bias needs at least one input row"))
        with np.errstate(all="ignore"):
            s = a @ self.weights[layer][replica, :, unit]  # (n,): z without the bias
        if not np.all(np.isfinite(s)):
            raise ValueError(translate(
                "Network", "this unit's inputs are not finite numbers, so no bias can kill it"))
        top, spread = float(s.max()), float(s.max() - s.min())
        return -top - margin * max(1.0, spread)


_POINTS_ONLY = features.DEFAULT


def _features_for(names: tuple[str, ...], fan_in: int) -> tuple[str, ...]:
    chosen = features.normalize(names)
    if len(chosen) != fan_in:
        raise ValueError(f"{len(chosen)} features need an input layer of {len(chosen)}, got "
                         f"{fan_in}")
    return chosen


def _checked_values(values: object, shape: tuple[int, ...], what: str) -> Array:
    """``values`` as float64 of ``shape``; ValueError in one plain sentence if that is not
    possible, or a value is not finite or beyond ±UNIT_LIMIT. Nothing is changed. ``what``
    (English, marked for the translators under "Network") names the values."""
    what = translate("Network", what)
    try:
        arr = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(translate("Network", "{what} must be numbers").format(what=what)) from None
    if arr.shape != shape:
        if shape:  # weights: one per input
            wanted = translate("Network", "{what} must be {count} numbers, got shape {shape}")
        else:  # a bias
            wanted = translate("Network", "{what} must be one number, got shape {shape}")
        raise ValueError(wanted.format(what=what, count=shape[0] if shape else 1,
                                       shape=arr.shape))
    if not np.all(np.isfinite(arr)):
        raise ValueError(translate("Network", "{what} must be finite numbers (no nan or "
                                   "infinity)").format(what=what))
    if np.any(np.abs(arr) > UNIT_LIMIT):
        raise ValueError(translate("Network", "{what} must lie within ±{limit}").format(
            what=what, limit=f"{UNIT_LIMIT:g}"))
    return arr
