"""What the timeline costs: training speed with it, and its memory for the largest networks.

Run by hand: ``uv run python tests/benchmarks/bench_timeline.py``. Not a test: it prints.

Speed: a trainer keeping its timeline against one that keeps none, the same config, timed back
to back in each repetition (CPU time); the median of the per-repetition ratios is reported.
Memory: ``Timeline.nbytes`` (its arrays and each epoch order once) at its peak over a long run,
against the 64 MB budget, for the default network and for the largest the bounds allow (8
layers of 64 units on 10,000 points, Adam: the most state per step), with 1 replica and with
the most replicas the bounds allow.
"""

from __future__ import annotations

import statistics
import time

from reludesk.core.config import Config
from reludesk.core.experiment import Trainer
from reludesk.core.timeline import BUDGET

REPS = 7
STEPS = 3000


def speed(config: Config) -> float:
    ratios = []
    for _ in range(REPS):
        plain, kept = Trainer(config), Trainer(config)
        kept.enable_timeline()
        t0 = time.process_time()
        plain.step(STEPS)
        t_plain = time.process_time() - t0
        t0 = time.process_time()
        kept.step(STEPS)
        t_kept = time.process_time() - t0
        ratios.append(t_plain / t_kept)
    return statistics.median(ratios)


def memory(config: Config, steps: int, chunk: int = 500) -> tuple[int, int, int, int]:
    """(peak bytes, states held, spacing of the recent states, steps reachable exactly at
    the end: those within the recent stretch)."""
    t = Trainer(config, record_every=100_000)  # no evaluation on 10,000 rows every 10 steps
    tl = t.enable_timeline()
    peak = tl.nbytes()
    for _ in range(steps // chunk):
        t.step(chunk)
        peak = max(peak, tl.nbytes())
    recent = [s for s in tl.steps if s > t.steps_done - tl.recent_steps]
    return peak, len(tl), tl.every, len(recent)


def main() -> None:
    default = Config(dataset="spiral")
    print(f"speed with the timeline / without (default network, spiral, {STEPS} steps, median "
          f"of {REPS}): {speed(default):.2f}")
    largest = Config(dataset="circle", n_samples=10_000, train_fraction=0.9,
                     hidden=(64,) * 8, optimizer="adam", learning_rate=0.001)
    cases = [("default [2, 8, 8, 1], sgd", default, 20_000),
             ("largest [2, 64 x 8, 1], adam, 1 replica", largest, 5_000),
             ("largest, adam, 43 replicas (the most the bounds allow)",
              largest.replace(replicas=43), 100),
             ("default, adam, 256 replicas", default.replace(replicas=256, optimizer="adam"),
              5_000)]
    print(f"budget {BUDGET / 2**20:.0f} MB")
    for name, config, steps in cases:
        t0 = time.perf_counter()
        peak, held, every, recent = memory(config, steps, chunk=min(500, steps))
        print(f"{name}: {steps:,} steps, peak {peak / 2**20:.1f} MB ({peak / BUDGET:.0%} of the "
              f"budget), {held} states, one every {every} steps in the last 1,000 ({recent} "
              f"states there) [{time.perf_counter() - t0:.0f} s]")


if __name__ == "__main__":
    main()
