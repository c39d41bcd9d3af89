"""Per-step cost of ``MLP.train_step`` beside PyTorch, a plain numpy loop and more replicas.

Run by hand: ``uv run python tests/benchmarks/bench_core.py``. Not a test (pytest collects
``test_*.py`` only): it prints figures, and never fails on them.

The machine's speed drifts, so every repetition times each contender once, back to back
(interleaved), and the report gives the median over repetitions of each per-repetition ratio.
Times are CPU seconds of this process (``time.process_time``): other programs sharing the
machine slow the wall clock of whichever contender they happen to overlap, not its CPU time.
All contenders run the same network on the same fixed batch from the same starting weights:
hidden relu, sigmoid output read with binary cross-entropy, plain SGD, float64, one thread.
Targets (issue 2): >= 5x faster than PyTorch at batch 10, >= 4x at batch 256; within 1.25x of
the plain numpy loop; 32 replicas at most 4x the cost of one.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from functools import partial
from itertools import pairwise

import numpy as np

from reludesk.core import datasets
from reludesk.core.experiment import Config, Trainer
from reludesk.core.network import MLP

try:
    import torch
except ImportError:  # the benchmark still measures everything else
    torch = None

LR = 0.05  # for the check that all contenders compute the same thing: steps that matter
TIMED_LR = 1e-4  # for timing: small steps keep the weights sane over thousands of steps
REPS = 15
BLOCK_SECONDS = 0.02  # each timed block runs about this long, so timer resolution is moot
clock = time.process_time
SHAPES = ([2, 4, 2, 1], [2, 8, 8, 1])
BATCHES = (10, 256)


def plain_numpy_step(p: list[np.ndarray], X: np.ndarray, y: np.ndarray, lr: float) -> float:
    """The reference: one replica, two relu layers, written out by hand with no abstraction."""
    W1, b1, W2, b2, W3, b3 = p
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0.0)
    z2 = a1 @ W2 + b2
    a2 = np.maximum(z2, 0.0)
    z3 = a2 @ W3 + b3
    t = y[:, None]
    loss = float(np.mean(np.logaddexp(0.0, z3) - t * z3))
    d3 = (1.0 / (1.0 + np.exp(-z3)) - t) / len(X)
    d2 = (d3 @ W3.T) * (z2 > 0)
    d1 = (d2 @ W2.T) * (z1 > 0)
    W3 -= lr * (a2.T @ d3)
    b3 -= lr * d3.sum(axis=0)
    W2 -= lr * (a1.T @ d2)
    b2 -= lr * d2.sum(axis=0)
    W1 -= lr * (X.T @ d1)
    b1 -= lr * d1.sum(axis=0)
    return loss


def _plain_params(mlp: MLP) -> list[np.ndarray]:
    out = []
    for W, b in zip(mlp.weights, mlp.biases, strict=True):
        out += [W[0].copy(), b[0].copy()]
    return out


def _torch_contender(mlp: MLP, X: np.ndarray, y: np.ndarray, lr: float) -> Callable[[], float]:
    """Idiomatic PyTorch for the same network, starting from replica 0's weights."""
    layers: list = []
    for W, b in zip(mlp.weights, mlp.biases, strict=True):
        lin = torch.nn.Linear(W.shape[1], W.shape[2], dtype=torch.float64)
        with torch.no_grad():
            lin.weight.copy_(torch.from_numpy(W[0].T.copy()))
            lin.bias.copy_(torch.from_numpy(b[0].copy()))
        layers += [lin, torch.nn.ReLU()]
    model = torch.nn.Sequential(*layers[:-1])  # no relu after the output layer
    loss_fn = torch.nn.BCEWithLogitsLoss()  # sigmoid output + cross-entropy, from logits
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    Xt = torch.from_numpy(X)
    yt = torch.from_numpy(y[:, None].copy())

    def step() -> float:
        opt.zero_grad()
        loss = loss_fn(model(Xt), yt)
        loss.backward()
        opt.step()
        return loss.item()

    return step


def _check_same_computation(sizes: list[int], X: np.ndarray, y: np.ndarray) -> None:
    """Five steps of each contender give the same losses: they time the same work."""
    mlp = MLP(sizes, "relu", seed=1)
    plain = _plain_params(mlp)
    torch_step = _torch_contender(mlp, X, y, LR) if torch else None
    for _ in range(5):
        ours = float(mlp.train_step(X, y, LR)[0])
        ref = plain_numpy_step(plain, X, y, LR)
        assert abs(ours - ref) < 1e-10 * max(1.0, abs(ref)), (ours, ref)
        if torch_step:
            theirs = torch_step()
            assert abs(ours - theirs) < 1e-10 * max(1.0, abs(theirs)), (ours, theirs)


def _block_size(fn: Callable[[], object]) -> int:
    """Calls per timed block so that one block lasts about BLOCK_SECONDS."""
    n = 1
    while True:
        t0 = clock()
        for _ in range(n):
            fn()
        if clock() - t0 > BLOCK_SECONDS / 4:
            return max(1, int(n * BLOCK_SECONDS / (clock() - t0)))
        n *= 2


def interleaved(contenders: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Seconds per call of each contender, one figure per repetition, timed in turn."""
    sizes = {name: _block_size(fn) for name, fn in contenders.items()}
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(REPS):
        for name, fn in contenders.items():
            n = sizes[name]
            t0 = clock()
            for _ in range(n):
                fn()
            times[name].append((clock() - t0) / n)
    return times


def median_ratio(times: dict[str, list[float]], num: str, den: str) -> float:
    return statistics.median(a / b for a, b in zip(times[num], times[den], strict=True))


def _us(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1e6:8.1f} us"


def _contenders(sizes: list[int], X: np.ndarray, y: np.ndarray) -> dict[str, Callable]:
    """Each contender makes one training step per call on the fixed batch X, y."""
    out: dict[str, Callable[[], object]] = {}
    for r in (1, 8, 32):
        out[f"reludesk x{r}"] = partial(
            MLP(sizes, "relu", replicas=r, seed=1).train_step, X, y, TIMED_LR
        )
    out["plain numpy"] = partial(
        plain_numpy_step, _plain_params(MLP(sizes, "relu", seed=1)), X, y, TIMED_LR
    )
    if torch:
        out["pytorch"] = _torch_contender(MLP(sizes, "relu", seed=1), X, y, TIMED_LR)
    return out


def bench_train_step() -> None:
    print("MLP.train_step per step (median), and median per-repetition ratios")
    for sizes in SHAPES:
        for batch in BATCHES:
            X, y = datasets.make("spiral", batch, seed=0)
            _check_same_computation(sizes, X, y)
            t = interleaved(_contenders(sizes, X, y))
            line = f"  {sizes!s:13} batch {batch:3}: reludesk {_us(t['reludesk x1'])}"
            line += f" | plain numpy {_us(t['plain numpy'])}"
            line += f" (reludesk/plain {median_ratio(t, 'reludesk x1', 'plain numpy'):.2f}x)"
            if torch:
                line += f" | pytorch {_us(t['pytorch'])}"
                line += f" (pytorch/reludesk {median_ratio(t, 'pytorch', 'reludesk x1'):.1f}x)"
            line += f" | replicas 8: {median_ratio(t, 'reludesk x8', 'reludesk x1'):.2f}x"
            line += f", 32: {median_ratio(t, 'reludesk x32', 'reludesk x1'):.2f}x of one"
            print(line)


def _floor_step(sizes: list[int], X: np.ndarray, replicas: int) -> Callable[[], None]:
    """The work no implementation of a replicated step can skip: its matrix products (forward,
    weight gradients, back through the weights) and the exp and log1p of the loss, into
    preallocated arrays, with no elementwise pass, bias, mask or update."""
    rng = np.random.default_rng(0)
    n = len(X)
    Ws = [rng.normal(size=(replicas, a, b)) for a, b in pairwise(sizes)]
    acts = [rng.normal(size=(replicas, w, n)) for w in sizes[1:]]
    W0 = Ws[0].transpose(0, 2, 1).reshape(-1, sizes[0]).copy()
    first = np.empty((replicas * sizes[1], n))
    outs = [np.empty((replicas, w, n)) for w in sizes[2:]]
    grads = [np.empty((replicas, w, n)) for w in sizes[1:-1]]
    dWs = [np.empty(W.shape) for W in Ws[1:]]
    dW0 = np.empty((replicas * sizes[1], sizes[0]))
    e = np.empty((replicas, sizes[-1], n))

    def work() -> None:
        np.matmul(W0, X.T, out=first)
        for l in range(1, len(Ws)):
            np.matmul(Ws[l].swapaxes(1, 2), acts[l - 1], out=outs[l - 1])
        np.exp(acts[-1], out=e)
        np.log1p(e, out=e)
        for l in range(len(Ws) - 1, 0, -1):
            np.matmul(acts[l - 1], acts[l].swapaxes(1, 2), out=dWs[l - 1])
            # one output unit: an outer product, cheaper broadcast than as a matrix product
            back = np.multiply if Ws[l].shape[2] == 1 else np.matmul
            back(Ws[l], acts[l], out=grads[l - 1])
        np.matmul(acts[0].reshape(-1, n), X, out=dW0)

    return work


def bench_floor() -> None:
    print("32 replicas at batch 256: the unskippable work (products, exp, log1p) vs one network")
    for sizes in SHAPES:
        X, y = datasets.make("spiral", 256, seed=0)
        t = interleaved(
            {
                "one": partial(MLP(sizes, "relu", seed=1).train_step, X, y, TIMED_LR),
                "floor x32": _floor_step(sizes, X, 32),
                "reludesk x32": partial(
                    MLP(sizes, "relu", replicas=32, seed=1).train_step, X, y, TIMED_LR
                ),
            }
        )
        print(
            f"  {sizes!s:13}: one network's whole step {_us(t['one'])}"
            f" | floor x32 {_us(t['floor x32'])} = {median_ratio(t, 'floor x32', 'one'):.2f}x"
            f" | reludesk x32 {median_ratio(t, 'reludesk x32', 'one'):.2f}x"
        )


def bench_trainer() -> None:
    print("Trainer.step throughput, [2, 8, 8, 1] circle, batch 10, one replica")
    for every, label in ((10, "history every 10 steps (default)"), (10**9, "no history")):
        trainer = Trainer(Config(hidden=(8, 8), batch_size=10), record_every=every)
        trainer.step(200)  # warm up
        rates = []
        for _ in range(5):
            t0 = clock()
            trainer.step(2000)
            rates.append(2000 / (clock() - t0))
        print(f"  {label:34}: {statistics.median(rates):9,.0f} steps/s")


def main() -> None:
    blas = os.environ.get("OPENBLAS_CORETYPE", "unset")
    print(f"python {platform.python_version()}, numpy {np.__version__}, OPENBLAS_CORETYPE {blas}")
    if torch:
        torch.set_num_threads(1)
        print(f"pytorch {torch.__version__}, float64, 1 thread")
    else:
        print("pytorch is not importable: its column is left out")
    print(f"{REPS} interleaved repetitions of ~{BLOCK_SECONDS * 1000:.0f} ms blocks")
    bench_train_step()
    bench_floor()
    bench_trainer()


if __name__ == "__main__":
    main()
