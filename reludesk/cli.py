"""Command line: no sub-command opens the window; ``train`` runs headless.

Bad input exits with status 2 and one line naming the problem and what is allowed; never a
traceback. The window (and so Qt) is imported only when it is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from reludesk import __version__
from reludesk.core import activations, datasets, optim
from reludesk.core.config import MAX_REPLICAS, Config, ConfigError
from reludesk.core.network import INITS

MAX_STEPS = 10_000_000


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _hidden(text: str) -> tuple[int, ...]:
    if text.strip() in ("", "none", "0"):
        return ()
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--hidden takes layer widths separated by commas, e.g. 8,8; got {text!r}"
        ) from None


def _steps(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 1 <= n <= MAX_STEPS:
        raise argparse.ArgumentTypeError(f"--steps must be a whole number from 1 to {MAX_STEPS:,}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reludesk",
        description="Why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how "
        "Leaky ReLU keeps them alive. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"reludesk {__version__}")
    parser.add_argument("--lesson", metavar="NAME", help="open the window on a guided lesson")
    parser.add_argument("--config", metavar="FILE", help="open the window on a saved experiment")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    t = sub.add_parser("train", help="train headless and print a report")
    t.add_argument("--config", metavar="FILE", help="start from a saved experiment")
    t.add_argument("--dataset", choices=datasets.names())
    t.add_argument("--activation", choices=activations.names())
    t.add_argument("--alpha", type=float, help="slope of leaky_relu / prelu, alpha of elu")
    t.add_argument("--hidden", type=_hidden, help="hidden layer widths, e.g. 8,8")
    t.add_argument("--lr", type=float, dest="learning_rate", help="learning rate in (0, 10]")
    t.add_argument("--batch-size", type=int, dest="batch_size")
    t.add_argument("--init", choices=INITS)
    t.add_argument("--optimizer", choices=optim.NAMES)
    t.add_argument("--noise", type=float, help="label / point noise in [0, 0.5]")
    t.add_argument("--seed", type=int)
    t.add_argument("--replicas", type=int, help=f"train this many seeds at once (1-{MAX_REPLICAS})")
    t.add_argument("--steps", type=_steps, default=1000, help="training steps (default 1000)")
    t.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _load_config(path: str) -> Config:
    from reludesk.core.files import read_experiment

    return read_experiment(Path(path)).config


def _config_from_args(args: argparse.Namespace) -> Config:
    base = _load_config(args.config) if args.config else Config()
    fields = ("dataset", "activation", "alpha", "hidden", "learning_rate", "batch_size", "init",
              "optimizer", "noise", "seed", "replicas")
    changes = {k: getattr(args, k) for k in fields if getattr(args, k) is not None}
    if "activation" in changes and "alpha" not in changes:
        changes["alpha"] = None  # a new activation starts from its own default slope
    return base.replace(**changes)


def _finite(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def report(trainer: Any) -> dict[str, Any]:
    """The ``train --json`` object for a Trainer: replica 0's figures, and with several replicas
    the spread of the dead share over the finite ones."""
    snap = trainer.evaluate()
    ok = ~snap.diverged
    dead_share = snap.dead_share()  # (layers, replicas)
    total = int(sum(trainer.model.hidden_sizes))
    out: dict[str, Any] = {
        "steps": trainer.steps_done,
        "final_loss": _finite(snap.train_loss[0]),
        "test_loss": _finite(snap.test_loss[0]),
        "train_accuracy": _finite(snap.train_accuracy[0]),
        "test_accuracy": _finite(snap.test_accuracy[0]),
        "dead_count": snap.dead_count(0),
        "total_hidden": total,
        "dead_fraction": [float(x) for x in dead_share[:, 0]],
        "inactive_fraction": [float(x) for x in snap.inactive_share()[:, 0]],
        "diverged": bool(snap.diverged[0]),
        "config": trainer.config.to_dict(),
    }
    if len(ok) > 1:
        units = np.array(trainer.model.hidden_sizes, dtype=float)[:, None]
        per_net = (dead_share * units).sum(axis=0) / max(total, 1)  # (replicas,)
        finite = per_net[ok]
        out["replicas"] = len(ok)
        out["diverged_replicas"] = int((~ok).sum())
        out["dead_share_per_replica"] = [float(x) for x in per_net]
        if finite.size:
            q = np.percentile(finite, [0, 25, 50, 75, 100])
            out["dead_share_spread"] = dict(
                zip(("min", "q1", "median", "q3", "max"), map(float, q), strict=True)
            )
    return out


def _summary(rep: dict[str, Any]) -> str:
    cfg = rep["config"]
    lines = [
        f"{cfg['activation']} on {cfg['dataset']}, hidden {cfg['hidden']}, "
        f"lr {cfg['learning_rate']:g}: {rep['steps']} steps",
    ]
    if rep["diverged"]:
        lines.append("DIVERGED: the loss became infinite or NaN; lower the learning rate.")
    loss = rep["final_loss"]
    lines.append(f"train loss {loss:.4f}" if loss is not None else "train loss: not finite")
    if rep["test_accuracy"] is not None:
        lines.append(f"accuracy train {rep['train_accuracy']:.1%}, test {rep['test_accuracy']:.1%}")
    share = ", ".join(f"{x:.0%}" for x in rep["dead_fraction"])
    lines.append(f"dead neurons {rep['dead_count']} / {rep['total_hidden']} (per layer: {share})")
    if "dead_share_spread" in rep:
        s = rep["dead_share_spread"]
        lines.append(
            f"over {rep['replicas']} seeds ({rep['diverged_replicas']} diverged): dead share "
            f"median {s['median']:.0%}, range {s['min']:.0%}-{s['max']:.0%}"
        )
    return "\n".join(lines)


def _train(args: argparse.Namespace) -> int:
    from reludesk.core.experiment import Trainer

    trainer = Trainer(_config_from_args(args))
    show_progress = sys.stderr.isatty() and args.steps >= 20_000
    chunk = max(1, args.steps // 100)
    started = time.perf_counter()
    while trainer.steps_done < args.steps and not trainer.diverged:
        trainer.step(min(chunk, args.steps - trainer.steps_done))
        if show_progress:
            done = trainer.steps_done / args.steps
            bar = "#" * int(30 * done)
            rate = trainer.steps_done / max(time.perf_counter() - started, 1e-9)
            print(f"\r[{bar:<30}] {done:4.0%} {rate:,.0f} steps/s", end="", file=sys.stderr)
    if show_progress:
        print(file=sys.stderr)
    rep = report(trainer)
    print(json.dumps(rep) if args.json else _summary(rep))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reludesk`` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            return _train(args)
        if args.config:
            _load_config(args.config)  # refuse a bad file before any window opens
        from reludesk.app import run

        return run(config_path=args.config, lesson=args.lesson)
    except (ConfigError, ValueError, OSError) as exc:
        print(f"reludesk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
