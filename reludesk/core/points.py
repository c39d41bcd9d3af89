"""Your own data: points drawn on the output plot or read from a CSV file.

``Points`` holds X (n, 2) and y (n,) of one task, immutable and compared by value, so a Config
can carry them. Classification labels are 0 (class A, drawn orange) or 1 (class B, blue), as the
built-in data sets label them; regression targets lie in [-1, 1], the range of the built-in
regression sets. A CSV file is ``x1,x2,label`` with that header, one point per line.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from reludesk.core.errors import ConfigError
from reludesk.core.i18n import translate

Array = np.ndarray

TASKS = ("classification", "regression")
MAX_POINTS = 10_000
COORD_LIMIT = 60.0  # ten times the plane on show: far enough for any sensible file
HEADER = ("x1", "x2", "label")
MAX_CSV_BYTES = 4_000_000  # 10,000 rows of three 17-digit numbers need under 0.6 MB


@dataclass(frozen=True, eq=False)
class Points:
    """n points: X (n, 2) float64 and y (n,) float64 of ``task``. The arrays are copies,
    read-only; every change makes a new Points. ValueError naming the problem for arrays of the
    wrong shape, non-finite numbers, coordinates beyond ±``COORD_LIMIT``, more than
    ``MAX_POINTS`` rows, labels other than 0 / 1 (classification) or targets outside [-1, 1]."""

    X: Array
    y: Array
    task: str = "classification"

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ValueError(translate("Points", "task must be one of: {tasks}; got {task}").format(
                tasks=", ".join(TASKS), task=repr(self.task)))
        X = np.array(self.X, dtype=np.float64)
        if X.size == 0:
            X = X.reshape(0, 2)
        y = np.array(self.y, dtype=np.float64).reshape(-1)
        if X.ndim != 2 or X.shape[1] != 2 or len(X) != len(y):
            raise ValueError(translate(
                "Points", "points need X (n, 2) and y (n,), got {x_shape} and {y_shape}"
            ).format(x_shape=X.shape, y_shape=y.shape))
        if len(y) > MAX_POINTS:
            raise ValueError(translate("Points", "at most {most} points are allowed, got {count}")
                             .format(most=f"{MAX_POINTS:,}", count=f"{len(y):,}"))
        if not (np.isfinite(X).all() and np.isfinite(y).all()):
            raise ValueError(translate("Points", "every coordinate and label must be a finite "
                                       "number"))
        if np.abs(X).max(initial=0.0) > COORD_LIMIT:
            raise ValueError(translate("Points", "coordinates must lie in [-{limit}, {limit}]")
                             .format(limit=f"{COORD_LIMIT:g}"))
        _check_labels(y, self.task)
        X.flags.writeable = False
        y.flags.writeable = False
        object.__setattr__(self, "X", X)
        object.__setattr__(self, "y", y)

    @classmethod
    def empty(cls, task: str = "classification") -> Points:
        """No points yet, of ``task``."""
        return cls(np.zeros((0, 2)), np.zeros(0), task)

    def __len__(self) -> int:
        return len(self.y)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Points):
            return NotImplemented
        return (self.task == other.task and np.array_equal(self.X, other.X)
                and np.array_equal(self.y, other.y))

    def __hash__(self) -> int:
        return hash((self.task, self.X.tobytes(), self.y.tobytes()))

    def __repr__(self) -> str:
        return f"Points({len(self)} {self.task} points)"

    # --- changes: each returns a new Points -----------------------------------------------------
    def add(self, x1: float, x2: float, y: float) -> Points:
        """These points and one more at (x1, x2) with label / target ``y``."""
        if len(self) >= MAX_POINTS:
            raise ValueError(translate("Points", "at most {most} points are allowed; erase some "
                                       "first").format(most=f"{MAX_POINTS:,}"))
        return Points(np.vstack([self.X, [[x1, x2]]]), np.append(self.y, y), self.task)

    def remove(self, index: int) -> Points:
        """These points without row ``index``."""
        if not 0 <= index < len(self):
            raise ValueError(f"no point {index}; there are {len(self)}")
        keep = np.arange(len(self)) != index
        return Points(self.X[keep], self.y[keep], self.task)

    def nearest(self, x1: float, x2: float, radius: float) -> int | None:
        """Index of the point closest to (x1, x2) if it lies within ``radius``, else None."""
        if not len(self):
            return None
        d = np.hypot(self.X[:, 0] - x1, self.X[:, 1] - x2)
        i = int(np.argmin(d))
        return i if d[i] <= radius else None

    # --- train and test -------------------------------------------------------------------------
    def split(self, train_fraction: float, seed: int = 0) -> tuple[Array, Array, Array, Array]:
        """(X_train, y_train, X_test, y_test), new arrays, rows in their drawn order.

        A point trains when a number it draws from its own coordinates and ``seed`` falls
        below ``train_fraction``: drawing or erasing one point never moves another between the
        parts (a rank-based split would). With at least 2 points each part keeps at least one:
        otherwise the point that drew the least (most) moves to train (test).
        """
        n = len(self)
        u = _uniform_of(self.X, seed)
        train = u < train_fraction
        if n >= 1 and not train.any():
            train[np.argmin(u)] = True
        if n >= 2 and train.all():
            train[np.argmax(u)] = False
        test = ~train
        return self.X[train].copy(), self.y[train].copy(), self.X[test].copy(), self.y[test].copy()

    # --- JSON -----------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """{"task": ..., "rows": [[x1, x2, y], ...]}: the form files keep."""
        rows = np.column_stack([self.X, self.y]).tolist() if len(self) else []
        return {"task": self.task, "rows": rows}

    @classmethod
    def from_dict(cls, data: Any) -> Points:
        """Points from ``to_dict``'s form; ConfigError naming the problem for anything else."""
        if not isinstance(data, dict) or set(data) != {"task", "rows"}:
            raise ConfigError(translate("Points", 'points must be an object with "task" and '
                                        '"rows"'))
        rows = data["rows"]
        if not isinstance(rows, list):
            raise ConfigError(translate("Points", "points.rows must be a list of [x1, x2, label] "
                                        "rows"))
        if len(rows) > MAX_POINTS:
            raise ConfigError(translate("Points", "points.rows holds {count} rows; at most {most}")
                              .format(count=f"{len(rows):,}", most=f"{MAX_POINTS:,}"))
        for i, row in enumerate(rows):
            if (not isinstance(row, list) or len(row) != 3
                    or any(isinstance(v, bool) or not isinstance(v, int | float) for v in row)):
                raise ConfigError(translate(
                    "Points", "points.rows[{index}] must be three numbers [x1, x2, label]"
                ).format(index=i))
        table = np.array(rows, dtype=np.float64).reshape(-1, 3)
        try:
            return cls(table[:, :2], table[:, 2], data["task"])
        except ValueError as exc:
            raise ConfigError(translate("Points", "points: {reason}").format(reason=exc)) from None


def _check_labels(y: Array, task: str) -> None:
    if task == "classification":
        bad = ~np.isin(y, (0.0, 1.0))
        if bad.any():
            raise ValueError(translate(
                "Points", "label {label}: a class is 0 (class A, orange) or 1 (class B, blue)"
            ).format(label=f"{y[bad][0]:g}"))
    elif (np.abs(y) > 1.0).any():
        worst = y[np.argmax(np.abs(y))]
        raise ValueError(translate(
            "Points", "target {target} is outside [-1, 1], the range of a regression target"
        ).format(target=f"{worst:g}"))


def _uniform_of(X: Array, seed: int) -> Array:
    """(n,) numbers in [0, 1), each a function of its row's coordinates and ``seed`` only:
    splitmix64 (Steele et al. 2014) of the coordinates' bits."""
    bits = np.ascontiguousarray(X + 0.0).view(np.uint64)  # + 0.0 makes -0.0 into 0.0
    with np.errstate(over="ignore"):
        h = bits[:, 0] * np.uint64(0x9E3779B97F4A7C15) ^ bits[:, 1] ^ np.uint64(seed)
        for shift, mult in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):
            h = (h ^ (h >> np.uint64(shift))) * np.uint64(mult)
        h ^= h >> np.uint64(31)
    return (h >> np.uint64(11)).astype(np.float64) / float(2**53)


# --- CSV ----------------------------------------------------------------------------------------
def parse_csv(text: str, task: str, name: str = "points.csv") -> Points:
    """Points of ``task`` from CSV text with the header ``x1,x2,label`` (any order, other
    columns ignored). ConfigError "name, line 7: ..." naming the first problem: a missing
    column, text in a number, NaN or infinity, a label other than 0 / 1 (classification) or
    outside [-1, 1] (regression), more than ``MAX_POINTS`` rows."""
    if task not in TASKS:
        raise ValueError(f"task must be one of: {', '.join(TASKS)}; got {task!r}")
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))  # a byte-order mark
    header: list[str] | None = None
    rows: list[list[float]] = []
    for fields in reader:
        if not any(f.strip() for f in fields):
            continue  # blank lines
        line = reader.line_num
        if header is None:
            header = [f.strip().lower() for f in fields]
            missing = [c for c in HEADER if c not in header]
            if missing:
                raise ConfigError(translate(
                    "Points",
                    "{file}, line {line}: no column {missing}; the first line must name the "
                    "columns {header}",
                ).format(file=name, line=line, missing=", ".join(missing),
                         header=",".join(HEADER)))
            columns = [header.index(c) for c in HEADER]
            continue
        if len(rows) == MAX_POINTS:
            raise ConfigError(translate(
                "Points",
                "{file}, line {line}: a point beyond the first {most}; at most {most} points are "
                "read",
            ).format(file=name, line=f"{line:,}", most=f"{MAX_POINTS:,}"))
        if len(fields) < len(header):
            raise ConfigError(translate(
                "Points", "{file}, line {line}: {count} values, but the first line names {columns} "
                "columns"
            ).format(file=name, line=line, count=len(fields), columns=len(header)))
        rows.append([_number(name, line, c, fields[i], task) for c, i in zip(HEADER, columns,
                                                                            strict=True)])
    if header is None:
        raise ConfigError(translate("Points", "{file}: it is empty; the first line must be "
                                    "{header}").format(file=name, header=",".join(HEADER)))
    if not rows:
        raise ConfigError(translate("Points", "{file}: it holds no points, only the line naming "
                                    "the columns").format(file=name))
    table = np.array(rows)
    return Points(table[:, :2], table[:, 2], task)


def _number(name: str, line: int, column: str, text: str, task: str) -> float:
    where = translate("Points", "{file}, line {line}").format(file=name, line=line)
    try:
        x = float(text)
    except ValueError:
        raise ConfigError(translate("Points", "{where}: {column} is {text}, not a number").format(
            where=where, column=column, text=repr(text.strip()))) from None
    if not math.isfinite(x):
        raise ConfigError(translate(
            "Points", "{where}: {column} is {text}; every value must be a finite number"
        ).format(where=where, column=column, text=text.strip()))
    if column != "label":
        if abs(x) > COORD_LIMIT:
            raise ConfigError(translate(
                "Points", "{where}: {column} = {value} is outside [-{limit}, {limit}]"
            ).format(where=where, column=column, value=f"{x:g}", limit=f"{COORD_LIMIT:g}"))
    elif task == "classification" and x not in (0.0, 1.0):
        raise ConfigError(translate(
            "Points",
            "{where}: label {text}; for classification a label is 0 (class A, orange) or 1 "
            "(class B, blue)",
        ).format(where=where, text=text.strip()))
    elif task == "regression" and abs(x) > 1.0:
        raise ConfigError(translate(
            "Points", "{where}: label {value} is outside [-1, 1], the range of a regression target"
        ).format(where=where, value=f"{x:g}"))
    return x


def csv_text(points: Points) -> str:
    """``points`` as CSV text: the header ``x1,x2,label``, then one row per point (floats
    written with repr, so reading them back gives the same numbers)."""
    lines = [",".join(HEADER)]
    for (a, b), v in zip(points.X.tolist(), points.y.tolist(), strict=True):
        label = f"{v:g}" if points.task == "classification" else repr(v)
        lines.append(f"{a!r},{b!r},{label}")
    return "\n".join(lines) + "\n"


def read_csv(path: Path | str, task: str) -> Points:
    """Points of ``task`` from the CSV file ``path``. FileError (an OSError) when it cannot be
    read, ConfigError when it is not a points file; both messages start with its name."""
    # files imports config, which imports this module: its helpers are fetched when used
    from reludesk.core.files import POINTS_FILE, decode, read_limited

    path = Path(path)
    raw = read_limited(path, MAX_CSV_BYTES, kind=POINTS_FILE)
    try:
        text = decode(raw)
    except ConfigError as exc:
        raise ConfigError(f"{path.name}: {exc}") from None
    return parse_csv(text, task, path.name)


def write_csv(path: Path | str, points: Points) -> None:
    """Write ``points`` to ``path`` atomically (FileError in plain words if it cannot be)."""
    from reludesk.core.files import write_text_atomic

    write_text_atomic(Path(path), csv_text(points))
