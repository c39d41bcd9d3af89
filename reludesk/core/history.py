"""History: what training did, kept in arrays of bounded size.

Records are taken every ``stride`` steps. When the arrays are full, every other record is
dropped and the stride doubles, so a million steps cost the same memory as a thousand and the
curve keeps its shape from the first step to the last.
"""

from __future__ import annotations

import io

import numpy as np

from reludesk.core.health import Z_QUANTILES
from reludesk.core.i18n import translate
from reludesk.core.snapshot import Snapshot

Array = np.ndarray

# per-record arrays, in CSV column order
_FIELDS = (
    "train_loss",
    "test_loss",
    "train_accuracy",
    "test_accuracy",
    "dead_share",
    "inactive_share",
    "grad_norm",
    "saturated_share",
    "slope_mean",
)


# (context, English template, values): what ``translate`` needs to word an event again in
# another language; a value may itself be a source (an undo names the edit it takes back)
EventSource = tuple[str, str, dict]


def word(source: EventSource) -> str:
    """The event ``source`` in the language in use."""
    context, template, values = source
    filled = {k: word(v) if isinstance(v, tuple) else v for k, v in values.items()}
    return translate(context, template).format(**filled)


class History:
    """Bounded per-replica records.

    Views (length k = ``len(history)``): ``steps`` (k,), ``train_loss`` / ``test_loss`` /
    ``train_accuracy`` / ``test_accuracy`` (k, replicas), ``dead_share`` / ``inactive_share``
    (k, hidden layers, replicas), ``grad_norm`` (k, weight layers, replicas),
    ``saturated_share`` (k, hidden layers, replicas) and, with ``slopes`` (PReLU),
    ``slope_mean`` (k, hidden layers, replicas): each layer's mean learned slope.

    ``z_quantiles`` (k, replicas, hidden layers, 5): the 5/25/50/75/95 % quantiles of each
    hidden layer's z over the training inputs and units (``health.z_quantiles``), NaN where a
    record was made without them. Its replica axis comes before the layers, as
    ``health.z_quantiles`` gives it, so ``z_quantiles[:, r]`` is replica r's curves.

    ``events`` lists (step, text) of what was done by hand (an edited unit), oldest first; it is
    never thinned. Each text is worded when asked for, in the language in use then (an event
    added with ``source`` keeps its English template and values).
    """

    def __init__(
        self,
        n_hidden: int,
        n_layers: int,
        replicas: int,
        capacity: int = 1024,
        stride: int = 1,
        *,
        slopes: bool = False,
    ) -> None:
        if capacity < 4 or capacity % 2:
            raise ValueError(f"capacity must be an even number >= 4, got {capacity}")
        if stride < 1:
            raise ValueError(f"stride must be >= 1, got {stride}")
        self.capacity = capacity
        self.stride = int(stride)
        self._forced = False  # the latest record was forced off the stride
        self._n = 0
        self._steps = np.zeros(capacity, dtype=np.int64)
        shapes = {
            "train_loss": (replicas,),
            "test_loss": (replicas,),
            "train_accuracy": (replicas,),
            "test_accuracy": (replicas,),
            "dead_share": (n_hidden, replicas),
            "inactive_share": (n_hidden, replicas),
            "grad_norm": (n_layers, replicas),
            "saturated_share": (n_hidden, replicas),
            "slope_mean": (n_hidden, replicas),
        }
        fields = _FIELDS if slopes else _FIELDS[:-1]
        self._data = {k: np.zeros((capacity, *shapes[k])) for k in fields}
        self._data["z_quantiles"] = np.full(
            (capacity, replicas, n_hidden, len(Z_QUANTILES)), np.nan
        )
        self._events: list[tuple[int, str, EventSource | None]] = []

    def __len__(self) -> int:
        return self._n

    def copy(self) -> History:
        """An independent copy (arrays and events of its own)."""
        twin = History.__new__(History)
        twin.__dict__.update(self.__dict__)
        twin._steps = self._steps.copy()
        twin._data = {k: v.copy() for k, v in self._data.items()}
        twin._events = list(self._events)
        return twin

    def truncate(self, step: int) -> None:
        """Forget the records and events after ``step`` (a run continued from an earlier step
        replaces them). The stride stays as the halvings left it."""
        self._n = int(np.searchsorted(self._steps[: self._n], step, side="right"))
        self._forced = False
        self._events = [e for e in self._events if e[0] <= step]

    def wants(self, step: int) -> bool:
        """True when ``step`` falls on the recording stride."""
        return step % self.stride == 0

    def record(
        self, snap: Snapshot, force: bool = False, z_quantiles: Array | None = None
    ) -> None:
        """Append one Snapshot, halving the records first if the arrays are full. After a
        halving, a step off the new stride is skipped unless ``force`` (a divergence, which must
        be seen). ``z_quantiles`` (replicas, hidden layers, 5), from ``health.z_quantiles``, is
        the record's z distribution; without it the record holds NaN there."""
        if self._n and self._steps[self._n - 1] == snap.steps:
            self._n -= 1  # the same step again (e.g. divergence on a stride step): overwrite
        if self._n == self.capacity:
            self._decimate()
            if snap.steps % self.stride and not force:
                return
        self._forced = force
        i = self._n
        self._steps[i] = snap.steps
        for key, value in self._values(snap).items():
            self._data[key][i] = value
        self._data["z_quantiles"][i] = np.nan if z_quantiles is None else z_quantiles
        self._n += 1

    def add_event(self, step: int, text: str, source: EventSource | None = None) -> None:
        """Note that ``text`` happened at ``step`` (e.g. "edited unit 2 of layer 1"): appended to
        ``events``, which the history plots mark on the step axis; with ``source`` (context,
        English template, values) it is worded again in the language in use whenever it is read.
        The records are unchanged."""
        self._events.append((int(step), str(text), source))

    @property
    def events(self) -> list[tuple[int, str]]:
        """(step, text) of every event, oldest first, in the language in use (a new list)."""
        return [(step, text if source is None else word(source)) for step, text, source
                in self._events]

    def _values(self, snap: Snapshot) -> dict[str, Array]:
        """One record's arrays from ``snap``, shaped as the rows of ``_data``."""
        values = {
            "train_loss": snap.train_loss,
            "test_loss": snap.test_loss,
            "train_accuracy": snap.train_accuracy,
            "test_accuracy": snap.test_accuracy,
            "dead_share": snap.dead_share(),
            "inactive_share": snap.inactive_share(),
            "grad_norm": snap.grad_norm.T,
            "saturated_share": snap.saturated_share(),
        }
        if "slope_mean" in self._data:
            values["slope_mean"] = snap.slope_mean()
        return values

    def _decimate(self) -> None:
        self.stride *= 2
        keep = np.flatnonzero(self._steps[: self._n] % self.stride == 0)
        # a forced latest record (a divergence) stays even off the new stride
        if self._forced and (keep.size == 0 or keep[-1] != self._n - 1):
            keep = np.append(keep, self._n - 1)
        k = keep.size
        self._steps[:k] = self._steps[keep]
        for arr in self._data.values():
            arr[:k] = arr[keep]
        self._n = k

    @property
    def steps(self) -> Array:
        return self._steps[: self._n]

    def __getattr__(self, name: str) -> Array:
        data = self.__dict__.get("_data")
        if data is not None and name in data:
            return data[name][: self._n]
        raise AttributeError(name)

    def nbytes(self) -> int:
        """Memory held by the arrays: fixed by the capacity, whatever the number of steps."""
        return self._steps.nbytes + sum(a.nbytes for a in self._data.values())

    def to_csv(
        self,
        replica: int = 0,
        latest: Snapshot | None = None,
        latest_z_quantiles: Array | None = None,
    ) -> str:
        """The history of one replica as CSV text: a header, then one row per record.

        ``latest`` (the trainer's Snapshot now) adds a last row when it is newer than the last
        record, so an export at step 137 ends at 137, not at the record of step 100; its z
        quantiles come from ``latest_z_quantiles`` (replicas, hidden layers, 5), NaN without.
        Nothing is recorded: the history itself is unchanged. The z quantile columns
        (``z_q05_layer1`` ...) come after the saturated shares, before PReLU's slopes.
        """
        n_hidden = self._data["dead_share"].shape[1]
        n_layers = self._data["grad_norm"].shape[1]
        header = ["step", "train_loss", "test_loss", "train_accuracy", "test_accuracy"]
        header += [f"dead_share_layer{l + 1}" for l in range(n_hidden)]
        header += [f"inactive_share_layer{l + 1}" for l in range(n_hidden)]
        header += [f"grad_norm_layer{l + 1}" for l in range(n_layers)]
        header += [f"saturated_share_layer{l + 1}" for l in range(n_hidden)]
        fields = [k for k in _FIELDS if k in self._data]
        header += [f"z_q{q:02d}_layer{l + 1}" for q in Z_QUANTILES for l in range(n_hidden)]
        if "slope_mean" in self._data:
            header += [f"prelu_slope_layer{l + 1}" for l in range(n_hidden)]
        steps = self.steps
        data = {k: getattr(self, k) for k in fields}
        zq = self.z_quantiles[:, replica]  # (k, hidden layers, 5)
        if latest is not None and (self._n == 0 or latest.steps > steps[-1]):
            extra = self._values(latest)
            steps = np.append(steps, latest.steps)
            data = {k: np.concatenate([data[k], extra[k][None]]) for k in fields}
            last = np.full((1, *zq.shape[1:]), np.nan)
            if latest_z_quantiles is not None:
                last[0] = np.asarray(latest_z_quantiles)[replica]
            zq = np.concatenate([zq, last])
        cols = [steps[:, None].astype(float)]
        cols += [data[k][:, replica][:, None] for k in fields[:4]]
        cols += [data[k][:, :, replica] for k in fields[4:8]]
        # quantile-major, as the header: all layers' 5 % first
        cols += [zq.transpose(0, 2, 1).reshape(len(steps), zq.shape[1] * zq.shape[2])]
        cols += [data[k][:, :, replica] for k in fields[8:]]
        table = np.hstack(cols) if len(steps) else np.zeros((0, len(header)))
        out = io.StringIO()
        out.write(",".join(header) + "\n")
        for row in table:
            out.write(f"{int(row[0])}," + ",".join(f"{v:.10g}" for v in row[1:]) + "\n")
        return out.getvalue()
