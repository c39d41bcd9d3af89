"""Command line: no sub-command opens the window; ``train`` runs headless.

Bad input exits with status 2 and one line naming the problem and what is allowed; never a
traceback. Options may stand before the command (``reludesk --config x train``): they mean what
they mean after it, or are refused. The window (and so Qt's widgets) is imported only when it is
asked for. Help, notes, the summary and errors are in the system's language (or the one
``RELUDESK_LANG`` forces: ``reludesk.cli_language``); ``train --json`` keys and data values are
the same in every language.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from reludesk import __version__, cli_language
from reludesk.core import activations, datasets, features, files, health, optim, points
from reludesk.core.config import (
    MAX_LAYERS,
    MAX_REPLICAS,
    MAX_WIDTH,
    OWN,
    REGULARIZATIONS,
    Config,
    ConfigError,
    fit_batch,
)
from reludesk.core.i18n import translate
from reludesk.core.network import INITS

MAX_STEPS = 10_000_000
NO_HIDDEN = ("", "none", "0")  # what --hidden takes for no hidden layer (the window's "none")


def hidden_rule() -> str:
    """What --hidden takes, in the language chosen."""
    return translate(
        "Cli", "--hidden takes 1 to {layers} layer widths from 1 to {width} separated by commas "
        "(e.g. 8,8), or none for no hidden layer").format(layers=MAX_LAYERS, width=MAX_WIDTH)


def _one_line(text: str) -> str:
    """``text`` on one line: a name or value holding a line break cannot split the message."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, exit status 2."""

    train_only: frozenset[str] = frozenset()  # options only ``train`` takes (set on the top one)

    def error(self, message: str) -> None:  # type: ignore[override]
        said = translate("Cli", "{prog}: error: {reason}").format(
            prog=self.prog, reason=_one_line(message))
        self.exit(2, f"{said}\n")


def _hidden(text: str) -> tuple[int, ...]:
    """Layer widths from "8,8"; "none", "0" and "" mean no hidden layer, as in the window."""
    if text.strip().lower() in NO_HIDDEN:
        return ()
    try:
        widths = tuple(int(part) for part in text.split(","))
    except ValueError:
        widths = ()
    if not widths or len(widths) > MAX_LAYERS or not all(1 <= w <= MAX_WIDTH for w in widths):
        raise argparse.ArgumentTypeError(translate("Cli", "{rule}; got {text}").format(
            rule=hidden_rule(), text=repr(text[:40])))
    return widths


def _features(text: str) -> tuple[str, ...]:
    """Input features from "x1,x2,x1x2" (the window's labels, such as x1², are taken too)."""
    try:
        return features.parse(text)
    except ValueError as exc:  # the core's message names the allowed features
        raise argparse.ArgumentTypeError(str(exc)) from None


def _steps(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 1 <= n <= MAX_STEPS:
        raise argparse.ArgumentTypeError(
            translate("Cli", "--steps must be a whole number from 1 to {most}").format(
                most=f"{MAX_STEPS:,}"))
    return n


def build_parser() -> _Parser:
    parser = _Parser(
        prog="reludesk",
        description=translate(
            "Cli", "Why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how "
            "Leaky ReLU keeps them alive. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"reludesk {__version__}")
    parser.add_argument("--lesson", metavar="NAME",
                        help=translate("Cli", "open the window on a guided lesson"))
    parser.add_argument("--config", metavar="FILE", dest="window_config",
                        help=translate("Cli", "open the window on a saved experiment (before "
                                       "train: train it)"))
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help=translate("Cli", "add reludesk and its icon to this user's "
                                       "application menu (in $XDG_DATA_HOME, default "
                                       "~/.local/share) and exit"))
    parser.add_argument("--self-check", action="store_true",
                        help=translate("Cli", "open the window on lesson 1, check it shows with "
                                       "its icon, close it and exit: status 0 when all is well "
                                       "(your settings are untouched)"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    # listed here for --help; ``main`` hands "render" and what follows to reludesk.render
    sub.add_parser("render", add_help=False, help=translate(
        "Cli", "render a lesson's run offscreen into a GIF, MP4 or PNG series "
        "(reludesk render --help)"))
    t = sub.add_parser("train", help=translate("Cli", "train headless and print a report"))
    t.add_argument("--config", metavar="FILE",
                   help=translate("Cli", "start from a saved experiment, and from its trained "
                                  "weights if it has"))
    t.add_argument("--fresh", action="store_true",
                   help=translate("Cli", "start from new random weights even if the file holds "
                                  "trained ones"))
    t.add_argument("--dataset", choices=[*datasets.names(), OWN],
                   help=translate("Cli", "the data to train on; own: your points of --points or "
                                  "of --config"))
    t.add_argument("--activation", choices=activations.names())
    takes_alpha = ", ".join(_alpha_names())
    t.add_argument("--alpha", type=float,
                   help=translate("Cli", "slope or alpha of {names}").format(names=takes_alpha))
    t.add_argument("--hidden", type=_hidden,
                   help=translate("Cli", "hidden layer widths, e.g. 8,8; none for none"))
    t.add_argument("--lr", type=float, dest="learning_rate",
                   help=translate("Cli", "learning rate in (0, 10]"))
    t.add_argument("--batch-size", type=int, dest="batch_size",
                   help=translate("Cli", "points per step; more than the training points runs "
                                  "as all of them"))
    t.add_argument("--init", choices=INITS)
    t.add_argument("--optimizer", choices=optim.NAMES)
    t.add_argument("--noise", type=float,
                   help=translate("Cli", "label / point noise in [0, 0.5]"))
    t.add_argument("--features", type=_features, metavar="F,F",
                   help=translate("Cli", "input features fed to the network, e.g. x1,x2,x1x2; "
                                  "from: {names} (the window's labels, such as x1² or 'sin x1', "
                                  "are read too; default {default})").format(
                       names=", ".join(features.FEATURES), default=",".join(features.DEFAULT)))
    t.add_argument("--regularization", type=str.lower, choices=REGULARIZATIONS,
                   help=translate("Cli", "penalty on the weights added to the loss (default "
                                  "none)"))
    t.add_argument("--regularization-rate", type=float, dest="regularization_rate",
                   metavar="X", help=translate("Cli", "strength of that penalty, in [0, 10] "
                                               "(default 0)"))
    t.add_argument("--seed", type=int,
                   help=translate("Cli", "seed of the starting weights and the batches (and of "
                                  "the data, unless --data-seed)"))
    t.add_argument("--data-seed", type=int, dest="data_seed", metavar="N",
                   help=translate("Cli", "seed of the data set and of its split into training "
                                  "and test points (your own points' too); default: --seed"))
    t.add_argument("--points", metavar="FILE.csv",
                   help=translate("Cli", "train on your own points (data set own): a CSV with "
                                  "the header x1,x2,label, one point a line, |x1| and |x2| at "
                                  "most 60; labels 0 (class A, orange) or 1 (class B, blue), "
                                  "or targets in [-1, 1] with --task regression"))
    t.add_argument("--task", choices=points.TASKS,
                   help=translate("Cli", "how to read the labels of --points (default "
                                  "classification)"))
    t.add_argument("--replicas", type=int,
                   help=translate("Cli", "train this many networks at once (1-{most}); only "
                                  "their starting weights differ, the data and batches are "
                                  "shared").format(most=MAX_REPLICAS))
    t.add_argument("--steps", type=_steps, default=1000,
                   help=translate("Cli", "training steps (default 1000)"))
    t.add_argument("--json", action="store_true",
                   help=translate("Cli", "print one JSON object"))
    t.add_argument("--save", metavar="FILE",
                   help=translate("Cli", "save the trained experiment, weights included "
                                  "(replica 0's with --replicas), to open in the window "
                                  "(reludesk --config FILE) or train on (train --config FILE)"))
    parser.train_only = frozenset(
        name for action in t._actions for name in action.option_strings
    ) - {name for action in parser._actions for name in action.option_strings}
    return parser


def _alpha_names() -> list[str]:
    return [n for n in activations.names() if "alpha" in activations.param_specs(n)]


def _train_option_alone(argv: list[str], parser: _Parser) -> str | None:
    """Why ``argv`` without the ``train`` command holds one of train's options, or None.
    argparse would take the option's value for a command and answer "invalid choice: 'mine.csv'
    (choose from 'train')", which names neither the option nor the way out."""
    if "train" in argv:
        return None
    for arg in argv:
        option = arg.split("=", 1)[0]
        if option in parser.train_only:
            said = (translate("Cli", "{option} is an option of train, which trains without "
                              "the window: reludesk train {option} ...; the window opens with "
                              "--config FILE or --lesson NAME (the window reads points with "
                              "File > Import points (CSV))") if option == "--points"
                    else translate("Cli", "{option} is an option of train, which trains "
                                   "without the window: reludesk train {option} ...; the window "
                                   "opens with --config FILE or --lesson NAME"))
            return said.format(option=option)
    return None


def _before_the_command(args: argparse.Namespace) -> None:
    """Give options placed before ``train`` the meaning they have after it, or refuse them."""
    if args.lesson is not None:
        raise ValueError(translate(
            "Cli", "--lesson opens a lesson in the window, and train runs without one: leave "
            "it out"))
    if args.window_config is None:
        return
    if args.config is not None and args.config != args.window_config:
        raise ValueError(translate(
            "Cli", "--config is given twice, before and after train: give it once"))
    args.config = args.window_config


FIELDS = ("dataset", "activation", "alpha", "hidden", "learning_rate", "batch_size", "init",
          "optimizer", "noise", "seed", "replicas", "features", "regularization",
          "regularization_rate", "data_seed")


def _config_from_args(args: argparse.Namespace, base: Config) -> tuple[Config, list[str]]:
    """The Config to train: ``base`` with the options given, and notes on values that run
    other than asked (a batch capped to the training set, a penalty without effect)."""
    changes = {k: getattr(args, k) for k in FIELDS if getattr(args, k) is not None}
    if "activation" in changes and "alpha" not in changes:
        changes["alpha"] = None  # a new activation starts from its own default slope
    activation = changes.get("activation", base.activation)
    if changes.get("alpha") is not None and activation not in _alpha_names():
        raise ValueError(translate(
            "Cli", "--alpha is only for {names}; {activation} has no alpha").format(
                names=", ".join(_alpha_names()), activation=activation))
    changes.update(_own_points(args, base))
    fields, note = fit_batch({**base.to_dict(), **changes})
    try:
        config = Config(**fields)
    except ConfigError as exc:
        raise _named(exc, changes) from None
    notes = [note] if note else []
    if config.dataset == OWN and config.batch_size > config.n_train:
        # the Config leaves a batch on your own points uncapped; the Trainer caps it
        notes.append(translate(
            "Cli", "batch size {batch} is more than the {n} training points of your own, so it "
            "runs as {n}: the full training set").format(
                batch=f"{config.batch_size:,}", n=f"{config.n_train:,}"))
    if {"regularization", "regularization_rate"} & set(changes):
        notes += _penalty_notes(config)
    return config, notes


def _named(exc: ConfigError, changes: dict[str, Any]) -> ConfigError:
    """``exc`` led by the option the user typed: "--lr: learning_rate must be in (0, 10]".
    The longest field the message starts with is the one: "regularization_rate ..." is about
    --regularization-rate, not --regularization."""
    fields = [k for k in changes if str(exc).startswith(k)]
    if not fields:
        return exc
    field = max(fields, key=len)
    if field == "learning_rate":
        name = "--lr"
    elif field == "dataset" and "points" in changes:
        name = "--points"  # the user gave a CSV; "own" is what it set, not what they typed
    else:
        name = "--" + field.replace("_", "-")
    return ConfigError(f"{name}: {exc}")


def _own_points(args: argparse.Namespace, base: Config) -> dict[str, Any]:
    """The Config fields --points and --task set: the points read from the CSV and the data
    set "own". A CSV's problem comes as the core words it (file name, line, what is wrong)."""
    if args.points is None:
        if args.task is not None:
            raise ValueError(translate(
                "Cli", "--task says how to read the labels of --points FILE.csv; without "
                "--points the data set decides the task: leave --task out"))
        if args.dataset == OWN and base.points is None:
            raise ValueError(translate(
                "Cli", "--dataset own trains on your own points: add --points FILE.csv (header "
                "x1,x2,label)"))
        return {}
    if args.dataset not in (None, OWN):
        raise ValueError(translate(
            "Cli", "--points trains on your own points, and --dataset {dataset} names another "
            "data set: give one of them (for regression points add --task regression)").format(
                dataset=args.dataset))
    own = points.read_csv(Path(args.points), args.task or "classification")
    return {"points": own, "dataset": OWN}


def _penalty_notes(config: Config) -> list[str]:
    """Why a regularisation given on the command line changes nothing, if it does not."""
    kind, rate = config.regularization, config.regularization_rate
    if kind == "none" and rate > 0:
        return [translate("Cli", "regularization is none, so the rate {rate} has no effect: add "
                          "--regularization l1 or l2").format(rate=f"{rate:g}")]
    if kind != "none" and rate == 0:
        return [translate("Cli", "regularization {kind} at rate 0 has no effect: add "
                          "--regularization-rate X (TF Playground offers 0.001 to 10)").format(
                              kind=kind)]
    return []


def _starting_weights(
    args: argparse.Namespace, experiment: files.Experiment, config: Config
) -> dict[str, list] | None:
    """The file's trained weights if they are to be used, checked against ``config``."""
    if experiment.weights is None or args.fresh:
        return None
    name = Path(args.config).name
    if config.replicas > 1:
        raise ValueError(translate(
            "Cli", "{name} holds one trained network, which would start all {replicas} "
            "replicas alike: add --fresh to train new ones, or leave --replicas out").format(
                name=name, replicas=config.replicas))
    try:
        files.check_weights(config, experiment.weights)
    except ConfigError as exc:
        raise ValueError(translate(
            "Cli", "{name} holds trained weights for its own network, and these options change "
            "it ({problem}): leave them out, or add --fresh to start from new weights").format(
                name=name, problem=exc)) from None
    try:
        files.check_trainable(config, experiment.weights)
    except ConfigError as exc:
        raise ConfigError(f"{name}: {exc}") from None
    return experiment.weights


def _finite(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def _shares(share: np.ndarray, counted: bool) -> list[float] | None:
    """Replica 0's per-layer shares from a (layers, replicas) array; None when not counted."""
    return [float(x) for x in share[:, 0]] if counted else None


def report(trainer: Any, notes: list[str] | None = None) -> dict[str, Any]:
    """The ``train --json`` object for a Trainer: replica 0's figures, and with several replicas
    the spread of the dead share over the ones that did not diverge.

    Unit counts follow the core's states: dead only for ReLU and step, inactive (but alive) for
    Leaky ReLU and PReLU, saturated for smooth activations. A network that diverged is not
    counted (None): its units are neither dead nor alive.
    """
    snap = trainer.evaluate()
    ok = ~snap.diverged
    counted = bool(ok[0])
    dead_share = snap.dead_share()  # (layers, replicas)
    total = int(sum(trainer.model.hidden_sizes))
    out: dict[str, Any] = {
        "steps": trainer.steps_done,
        "final_loss": _finite(snap.train_loss[0]),
        "test_loss": _finite(snap.test_loss[0]),
        "train_accuracy": _finite(snap.train_accuracy[0]),
        "test_accuracy": _finite(snap.test_accuracy[0]),
        "family": health.family(trainer.config.activation),
        "dead_count": snap.dead_count(0) if counted else None,
        "total_hidden": total,
        "dead_fraction": _shares(dead_share, counted),
        "inactive_count": snap.inactive_count(0) if counted else None,
        "inactive_fraction": _shares(snap.inactive_share(), counted),
        "saturated_count": snap.saturated_count(0) if counted else None,
        "saturated_fraction": _shares(snap.saturated_share(), counted),
        "diverged": not counted,
        "runaway": bool(snap.runaway[0]),
        "notes": list(notes or []),
        "features": list(trainer.config.features),
        "regularization": trainer.config.regularization,
        "config": trainer.config.to_dict(),
    }
    if len(ok) > 1:
        units = np.array(trainer.model.hidden_sizes, dtype=float)[:, None]
        per_net = (dead_share * units).sum(axis=0) / max(total, 1)  # (replicas,)
        out["replicas"] = len(ok)
        out["diverged_replicas"] = int((~ok).sum())
        out["dead_share_per_replica"] = [
            float(x) if k else None for x, k in zip(per_net, ok, strict=True)
        ]
        if ok.any():
            q = np.percentile(per_net[ok], [0, 25, 50, 75, 100])
            out["dead_share_spread"] = dict(
                zip(("min", "q1", "median", "q3", "max"), map(float, q), strict=True)
            )
    return out


def _per_layer(shares: list[float]) -> str:
    return ", ".join(f"{x:.0%}" for x in shares)


def _units_line(rep: dict[str, Any]) -> str:
    """What became of replica 0's hidden units, in the words of its activation's family."""
    total, name = rep["total_hidden"], rep["config"]["activation"]
    if total == 0:
        return translate("Cli", "no hidden layer: no neuron can die")
    if rep["dead_count"] is None:
        return translate("Cli", "dead neurons: not counted (the network diverged, so its units "
                         "are neither dead nor alive)")
    family = rep["family"]
    if family == "flat":
        return translate("Cli", "dead neurons {dead} / {total} (per layer: {shares})").format(
            dead=rep["dead_count"], total=total, shares=_per_layer(rep["dead_fraction"]))
    if family == "sloped":
        return translate("Cli", "dead neurons 0 / {total}: {name} leaks below zero, so none can "
                         "die; inactive but alive {alive} / {total}").format(
            total=total, name=name, alive=rep["inactive_count"])
    line = translate("Cli", "dead neurons 0 / {total}: {name} units cannot die (their slope is "
                     "never exactly 0)").format(total=total, name=name)
    if rep["saturated_count"]:
        line += "\n" + translate(
            "Cli", "saturated neurons {saturated} / {total} (per layer: {shares}): |f'| below "
            "{floor} on every input, alive in the math but silent in the numbers").format(
                saturated=rep["saturated_count"], total=total,
                shares=_per_layer(rep["saturated_fraction"]),
                floor=f"{health.SATURATED_GRADIENT:g}")
    return line


def _steps_text(n: int) -> str:
    said = translate("Cli", "{n} step") if n == 1 else translate("Cli", "{n} steps")
    return said.format(n=f"{n:,}")


def summary(rep: dict[str, Any]) -> str:
    """The report in lines a student reads."""
    config = Config.from_dict(rep["config"])
    # "none" stays: it is what --hidden takes
    hidden = ",".join(map(str, config.hidden)) or "none"
    alpha = config.effective_alpha
    slope = f" (alpha {alpha:g})" if alpha is not None else ""
    extras = ""
    if config.features != features.DEFAULT:
        extras += translate("Cli", ", features {names}").format(names=",".join(config.features))
    if config.regularization != "none":
        extras += f", {config.regularization.upper()} {config.regularization_rate:g}"
    data = config.dataset
    if config.points is not None and config.dataset == OWN:
        data = translate("Cli", "your own {n} points ({task})").format(
            n=f"{len(config.points):,}", task=config.points.task)
    lines = [
        translate("Cli", "{activation}{slope} on {data}, hidden {hidden}, lr {lr}{extras}: "
                  "{steps}").format(
            activation=config.activation, slope=slope, data=data, hidden=hidden,
            lr=f"{config.learning_rate:g}", extras=extras, steps=_steps_text(rep["steps"])),
    ]
    if "weights_from" in rep:
        lines.append(translate("Cli", "started from the weights saved in {name}").format(
            name=rep["weights_from"]))
    if "saved_to" in rep:
        lines.append(translate("Cli", "saved with its weights to {name}").format(
            name=rep["saved_to"]))
    lines += [translate("Cli", "note: {note}").format(note=note) for note in rep["notes"]]
    if rep["diverged"]:
        lines.append(translate(
            "Cli", "DIVERGED: the loss became infinite or NaN; lower the learning rate."))
    loss = rep["final_loss"]
    if loss is None:
        lines.append(translate("Cli", "train loss: not finite"))
    else:  # a run-away loss of 1e97 is no row of digits
        lines.append(translate("Cli", "train loss {loss}").format(
            loss=f"{loss:.4f}" if abs(loss) < 1e4 else f"{loss:.3g}"))
    if rep["test_accuracy"] is not None:
        lines.append(translate("Cli", "accuracy train {train}, test {test}").format(
            train=f"{rep['train_accuracy']:.1%}", test=f"{rep['test_accuracy']:.1%}"))
    lines.append(_units_line(rep))
    if "replicas" in rep:
        n, bad = rep["replicas"], rep["diverged_replicas"]
        if "dead_share_spread" not in rep:
            lines.append(translate(
                "Cli", "over {n} starting weights (data and batches shared): all {n} diverged, "
                "none counted").format(n=n))
        else:
            s = rep["dead_share_spread"]
            said = (translate("Cli", "over {n} starting weights (data and batches shared; {bad} "
                              "diverged, not counted): dead share median {median}, range "
                              "{low}-{high}") if bad
                    else translate("Cli", "over {n} starting weights (data and batches shared): "
                                   "dead share median {median}, range {low}-{high}"))
            lines.append(said.format(n=n, bad=bad, median=f"{s['median']:.0%}",
                                     low=f"{s['min']:.0%}", high=f"{s['max']:.0%}"))
    return "\n".join(lines)


def _train(args: argparse.Namespace) -> int:
    from reludesk.core.experiment import Trainer

    _before_the_command(args)
    experiment = files.read_experiment(Path(args.config)) if args.config else None
    config, notes = _config_from_args(args, experiment.config if experiment else Config())
    if experiment is not None:
        notes = [*experiment.notes, *notes]
    weights = _starting_weights(args, experiment, config) if experiment else None
    save = _save_path(args.save)
    trainer = Trainer(config)
    if weights is not None:
        files.start_from(trainer, weights)
    if args.json:  # the JSON holds the notes too; the summary prints them itself
        for note in notes:
            print(translate("Cli", "reludesk: note: {note}").format(note=note), file=sys.stderr)
    _run(trainer, args.steps)
    rep = report(trainer, notes)
    if weights is not None:
        rep["weights_from"] = Path(args.config).name
    if save is not None:
        files.write_experiment(save, trainer.config, trainer.model)
        rep["saved_to"] = save.name
    print(json.dumps(rep) if args.json else summary(rep))
    return 0


def _save_path(text: str | None) -> Path | None:
    """Where --save writes, refused before training when it cannot be a file there, so a long
    run is not lost to a mistyped folder."""
    if text is None:
        return None
    path = Path(text)
    if path.is_dir():
        raise ValueError(translate("Cli", "--save: {name} is a folder; give a file name such as "
                                   "run.reludesk.json").format(name=path.name))
    if not path.parent.is_dir():
        raise ValueError(translate("Cli", "--save: the folder {folder} does not exist").format(
            folder=path.parent))
    return path


def _run(trainer: Any, steps: int) -> None:
    """Train ``steps`` steps (fewer if every replica diverges), with a progress bar on a
    terminal for long runs."""
    show_progress = sys.stderr.isatty() and steps >= 20_000
    chunk = max(1, steps // 100)
    started = time.perf_counter()
    while trainer.steps_done < steps and not trainer.diverged:
        trainer.step(min(chunk, steps - trainer.steps_done))
        if show_progress:
            done = trainer.steps_done / steps
            bar = "#" * int(30 * done)
            rate = trainer.steps_done / max(time.perf_counter() - started, 1e-9)
            speed = translate("Cli", "{rate} steps/s").format(rate=f"{rate:,.0f}")
            print(f"\r[{bar:<30}] {done:4.0%} {speed}", end="", file=sys.stderr)
    if show_progress:
        print(file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reludesk`` command; returns the exit status. Its words are in the
    system's language (``cli_language``: points the core's translator at the catalogue)."""
    rest = sys.argv[1:] if argv is None else list(argv)
    if rest[:1] == ["render"]:  # its own options and messages: reludesk.render
        from reludesk.render import main as render_main

        return render_main(rest[1:], prog="reludesk render")
    spoken = cli_language.install()
    parser = build_parser()
    misplaced = _train_option_alone(sys.argv[1:] if argv is None else list(argv), parser)
    if misplaced is not None:
        print(_error_line(misplaced), file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    try:
        if args.install_desktop_entry or args.self_check:
            return _one_shot(args)
        if args.command == "train":
            return _train(args)
        from reludesk.app import check_arguments

        check_arguments(args.window_config, args.lesson)
        if args.window_config:
            files.read_experiment(Path(args.window_config))  # refuse a bad file before a window
        from reludesk.app import run

        if spoken != cli_language.SOURCE:  # the window picks its language and installs it
            cli_language.uninstall()
        return run(config_path=args.window_config, lesson=args.lesson)
    except BrokenPipeError:
        # the reader stopped listening (`reludesk train | head -1`): nothing left to say; stdout
        # goes to devnull so that Python's flush at exit does not complain either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (ValueError, OSError) as exc:  # ConfigError and FileError among them
        reason = str(exc) if isinstance(exc, ValueError | files.FileError) else _os_words(exc)
        print(_error_line(_one_line(reason)), file=sys.stderr)
        return 2
    except MemoryError:
        print(_error_line(translate("Cli", "not enough memory for this network: use fewer "
                                    "--replicas, samples or hidden units")), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _one_shot(args: argparse.Namespace) -> int:
    """--install-desktop-entry or --self-check: each does its one thing and exits, so anything
    given beside it would be ignored; it is refused instead."""
    option = "--install-desktop-entry" if args.install_desktop_entry else "--self-check"
    if (args.install_desktop_entry and args.self_check) or args.command or args.lesson \
            or args.window_config:
        raise ValueError(translate(
            "Cli", "{option} stands alone: give it without a command or other options").format(
                option=option))
    if args.self_check:
        from reludesk.app import self_check

        cli_language.uninstall()  # the window picks its language and installs it
        return self_check()
    from reludesk import desktop

    for path, changed in desktop.install(desktop.data_home(), desktop.launcher()):
        said = (translate("Cli", "wrote {path}") if changed
                else translate("Cli", "up to date: {path}"))
        print(said.format(path=path))
    return 0


def _error_line(reason: str) -> str:
    """The one line an error is told in: "reludesk: error: <reason>"."""
    return translate("Cli", "reludesk: error: {reason}").format(reason=reason)


def _os_words(exc: OSError) -> str:
    """An OSError that names no file of ours (a closed pipe, say), without its code."""
    return (exc.strerror or translate("Cli", "the system refused")).rstrip(".").lower()
