"""Your own points: checks, changes, the stable split, and CSV files good and bad."""

import numpy as np
import pytest

from reludesk.core import points as pts_io
from reludesk.core.config import ConfigError
from reludesk.core.files import FileError
from reludesk.core.points import Points


def _some(n=40, seed=0, task="classification"):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-6, 6, (n, 2))
    y = (X[:, 0] > 0).astype(float) if task == "classification" else np.tanh(X[:, 0] / 3)
    return Points(X, y, task)


def test_points_are_immutable_values():
    p = _some()
    assert p == _some() and hash(p) == hash(_some()) and p != _some(seed=1)
    with pytest.raises(ValueError):
        p.X[0, 0] = 1.0
    q = p.add(1.0, 2.0, 1)
    assert len(q) == len(p) + 1 and len(p) == 40
    np.testing.assert_array_equal(q.X[-1], [1.0, 2.0])
    assert q.remove(len(p)) == p
    assert q.nearest(1.1, 2.0, 0.2) == len(p) and q.nearest(1.5, 2.0, 0.2) is None
    assert Points.empty().nearest(0, 0, 1) is None


@pytest.mark.parametrize(("X", "y", "task", "words"), [
    ([[0, 0]], [2], "classification", r"label 2: a class is 0 \(class A, orange\) or 1"),
    ([[0, 0]], [1.5], "regression", r"target 1.5 is outside \[-1, 1\]"),
    ([[0, np.nan]], [1], "classification", "finite"),
    ([[0, 61]], [1], "classification", r"\[-60, 60\]"),
    ([[0, 0, 0]], [1], "classification", r"X \(n, 2\)"),
    ([[0, 0]], [1], "clustering", "task must be one of"),
])
def test_bad_points_are_refused_in_words(X, y, task, words):
    with pytest.raises(ValueError, match=words):
        Points(np.array(X, dtype=float), np.array(y, dtype=float), task)


def test_at_most_ten_thousand_points():
    full = Points(np.zeros((pts_io.MAX_POINTS, 2)), np.zeros(pts_io.MAX_POINTS))
    with pytest.raises(ValueError, match="at most 10,000 points"):
        full.add(0, 0, 1)


def test_split_keeps_every_other_point_where_it_was_when_one_is_drawn_or_erased():
    p = _some(200)
    Xa, _, Xt, _ = p.split(0.5, seed=3)
    assert len(Xa) + len(Xt) == 200 and 70 < len(Xa) < 130  # about half, by chance per point
    train_before = {tuple(x) for x in Xa}
    more = p.add(0.25, -0.75, 0)
    Xb, _, _, _ = more.split(0.5, seed=3)
    assert train_before <= {tuple(x) for x in Xb}
    fewer = p.remove(17)
    Xc, _, _, _ = fewer.split(0.5, seed=3)
    assert {tuple(x) for x in Xc} == train_before - {tuple(p.X[17])}
    # another seed is another split
    assert {tuple(x) for x in p.split(0.5, seed=4)[0]} != train_before


def test_split_keeps_one_point_in_each_part():
    for n in (2, 3):
        for seed in range(20):
            Xtr, _, Xte, _ = _some(n, seed).split(0.9, seed)
            assert len(Xtr) >= 1 and len(Xte) >= 1 and len(Xtr) + len(Xte) == n
            Xtr, _, Xte, _ = _some(n, seed).split(0.1, seed)
            assert len(Xtr) >= 1 and len(Xte) >= 1


def test_dict_round_trip_and_hostile_dicts():
    p = _some(5, task="regression")
    assert Points.from_dict(p.to_dict()) == p
    for bad in [[], {"rows": []}, {"task": "regression", "rows": "1,2,3"},
                {"task": "regression", "rows": [[1, 2]]},
                {"task": "regression", "rows": [[1, 2, True]]},
                {"task": "classification", "rows": [[1, 2, 0.5]]},
                {"task": "regression", "rows": [[0, 0, 0]] * 10_001}]:
        with pytest.raises(ConfigError):
            Points.from_dict(bad)


def test_csv_round_trip(tmp_path):
    for task in ("classification", "regression"):
        p = _some(30, task=task)
        path = tmp_path / f"{task}.csv"
        pts_io.write_csv(path, p)
        assert path.read_text().startswith("x1,x2,label\n")
        assert pts_io.read_csv(path, task) == p


def test_csv_columns_in_any_order_others_ignored_blank_lines_skipped():
    text = "\ufefflabel, note ,X1,x2\n1,hi,0.5,2\n\n0,,-1,3e0\n"
    p = pts_io.parse_csv(text, "classification")
    np.testing.assert_array_equal(p.X, [[0.5, 2.0], [-1.0, 3.0]])
    np.testing.assert_array_equal(p.y, [1.0, 0.0])


@pytest.mark.parametrize(("text", "task", "message"), [
    ("x1,x2\n1,2\n", "classification",
     "mine.csv, line 1: no column label; the first line must name the columns x1,x2,label"),
    ("x1,x2,label\n1,2,0\n3,four,1\n", "classification",
     "mine.csv, line 3: x2 is 'four', not a number"),
    ("x1,x2,label\n1,2,0\nnan,2,1\n", "classification",
     "mine.csv, line 3: x1 is nan; every value must be a finite number"),
    ("x1,x2,label\n1,2,inf\n", "regression",
     "mine.csv, line 2: label is inf; every value must be a finite number"),
    ("x1,x2,label\n1,2,0\n1,2,2\n", "classification",
     "mine.csv, line 3: label 2; for classification a label is 0 (class A, orange) or 1 "
     "(class B, blue)"),
    ("x1,x2,label\n1,2,-3\n", "regression",
     "mine.csv, line 2: label -3 is outside [-1, 1], the range of a regression target"),
    ("x1,x2,label\n1,200,0\n", "classification", "mine.csv, line 2: x2 = 200 is outside [-60, 60]"),
    ("x1,x2,label\n1,2\n", "classification",
     "mine.csv, line 2: 2 values, but the first line names 3 columns"),
    ("", "classification", "mine.csv: it is empty; the first line must be x1,x2,label"),
    ("x1,x2,label\n\n", "classification",
     "mine.csv: it holds no points, only the line naming the columns"),
])
def test_bad_csv_names_the_line_and_the_problem(text, task, message):
    with pytest.raises(ConfigError) as err:
        pts_io.parse_csv(text, task, "mine.csv")
    assert str(err.value) == message


def test_csv_with_more_than_ten_thousand_rows_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("x1,x2,label\n" + "0.5,0.5,1\n" * 10_001)
    with pytest.raises(ConfigError, match=r"^big.csv, line 10,002: a point beyond the first "
                       r"10,000; at most 10,000 points are read$"):
        pts_io.read_csv(path, "classification")
    path.write_text("x1,x2,label\n" + "0.5,0.5,1\n" * 10_000)
    assert len(pts_io.read_csv(path, "classification")) == 10_000


def test_unreadable_csv_files_in_plain_words(tmp_path):
    with pytest.raises(FileError, match=r"^gone.csv: it does not exist$"):
        pts_io.read_csv(tmp_path / "gone.csv", "classification")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(FileError, match=r"^dir.csv: it is a folder, not a points file$"):
        pts_io.read_csv(tmp_path / "dir.csv", "classification")
    (tmp_path / "bin.csv").write_bytes(b"x1,x2,label\n\xff\xfe,1,0\n")
    with pytest.raises(ConfigError, match=r"^bin.csv: it is not UTF-8 text"):
        pts_io.read_csv(tmp_path / "bin.csv", "classification")
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"x" * (pts_io.MAX_CSV_BYTES + 1))
    with pytest.raises(ConfigError, match=r"^huge.csv: it is 4.0 MB; a points file is at most"):
        pts_io.read_csv(huge, "classification")
