"""The config's bounds at their edges: the last value allowed loads, the next one is refused.

The numbers are DESIGN.md's (at most 8 hidden layers of at most 64 units, at most 10,000
samples, at most 256 replicas, learning rate in (0, 10]) and config.py's own (noise [0, 0.5],
train share [0.1, 0.9], at least 20 samples, alpha in (0, 10], seed up to 2^32 - 1, a 6 GB
work budget), written out here so a mutant of a constant or of a < / <= is seen.
"""

from __future__ import annotations

import numpy as np
import pytest

from reludesk.core.config import Config, ConfigError, fit_batch, shown, train_rows

EDGES = [
    # field, last allowed, first refused beyond it
    ("noise", 0.0, -1e-12),
    ("noise", 0.5, 0.5 + 1e-12),
    ("n_samples", 20, 19),
    ("n_samples", 10_000, 10_001),
    ("train_fraction", 0.1, 0.1 - 1e-12),
    ("train_fraction", 0.9, 0.9 + 1e-12),
    ("learning_rate", 1e-300, 0.0),
    ("learning_rate", 10.0, 10.0 + 1e-12),
    ("alpha", 1e-300, 0.0),
    ("alpha", 10.0, 10.0 + 1e-12),
    ("batch_size", 1, 0),
    ("seed", 0, -1),
    ("seed", 2**32 - 1, 2**32),
    ("replicas", 1, 0),
    ("replicas", 256, 257),
]


@pytest.mark.parametrize(("field", "edge", "beyond"), EDGES)
def test_each_bound_holds_its_edge_and_refuses_beyond(field, edge, beyond):
    # elu takes alpha up to the config's own 10 (leaky_relu stops at 1, tested below)
    extra = {"activation": "elu"} if field == "alpha" else {}
    assert getattr(Config(**extra, **{field: edge}), field) == edge
    # the message starts with the field's own name (a mangled name in it would pass a search)
    with pytest.raises(ConfigError, match=rf"^{field} must be "):
        Config(**extra, **{field: beyond})


def test_hidden_layers_and_widths_at_their_edges():
    assert Config(hidden=(64,) * 8).hidden == (64,) * 8
    assert Config(hidden=()).hidden == ()
    assert Config(hidden=[1]).hidden == (1,)
    with pytest.raises(ConfigError, match="at most 8 layers, got 9"):
        Config(hidden=(1,) * 9)
    with pytest.raises(ConfigError, match="hidden width must be between 1 and 64, got 65"):
        Config(hidden=(65,))
    with pytest.raises(ConfigError, match="hidden width"):
        Config(hidden=(0,))


def test_batch_may_be_the_whole_training_set_and_no_more():
    # 500 samples at share 0.5: 250 training rows
    assert Config(batch_size=250).batch_size == 250
    with pytest.raises(ConfigError, match="batch_size must be between 1 and 250, got 251"):
        Config(batch_size=251)


def test_train_rows_round_and_leave_one_of_each():
    assert train_rows(500, 0.5) == 250
    assert train_rows(21, 0.5) == 10  # round half to even: 10.5 -> 10
    assert train_rows(23, 0.5) == 12  # 11.5 -> 12
    assert train_rows(20, 0.9) == 18
    assert train_rows(2, 0.9) == 1 and train_rows(2, 0.1) == 1
    assert Config(n_samples=20, train_fraction=0.1, batch_size=2).n_train == 2


def test_leaky_slope_stops_at_one():
    assert Config(activation="leaky_relu", alpha=1.0).make_activation().params == {"alpha": 1.0}
    with pytest.raises(ConfigError, match=r"alpha: leaky_relu: alpha must be in \(0, 1\]"):
        Config(activation="leaky_relu", alpha=1.0 + 1e-12)
    assert Config(activation="leaky_relu").effective_alpha == 0.01
    assert Config(activation="prelu").effective_alpha == 0.25
    assert Config(activation="elu").effective_alpha == 1.0
    assert Config(activation="relu", alpha=0.5).effective_alpha is None


def test_the_work_budget_at_its_edge():
    # 256 replicas x 32 bytes x 9,000 rows x (8 x 64) units = 37.7 GB: refused, naming the most
    # that fit: 6 GiB // (32 x 9000 x 512) = 43 replicas
    big = {"n_samples": 10_000, "train_fraction": 0.9, "hidden": (64,) * 8}
    assert Config(**big, replicas=43).replicas == 43
    with pytest.raises(ConfigError, match="at most 6 GB is allowed, so at most 43 replicas"):
        Config(**big, replicas=44)


def test_fit_batch_caps_to_the_training_set_and_says_so():
    fields, note = fit_batch({"n_samples": 100, "train_fraction": 0.5, "batch_size": 51})
    assert fields["batch_size"] == 50
    assert note == "batch size 51 is more than the 50 training points, so it runs as 50: " \
        "the full training set"
    fields, note = fit_batch({"n_samples": 100, "train_fraction": 0.5, "batch_size": 50})
    assert fields["batch_size"] == 50 and note is None
    assert Config().replace(n_samples=20, batch_size=10).batch_size == 10
    assert Config(batch_size=250).replace(train_fraction=0.1).batch_size == 50


def test_shown_cuts_long_values():
    assert shown("x" * 10) == repr("x" * 10)
    text = shown("y" * 100)
    assert len(text) == 40 and text.endswith("…")
    assert len(shown("z" * 38)) == 40 and shown("z" * 38).endswith("'")


def test_fit_batch_at_the_edges_of_what_it_caps():
    # it caps only where Config would accept everything but the batch: kills < for <= at
    # 20 and 10,000 samples and at share 0.9, and 1.9 for 0.9
    cases = [
        ({"n_samples": 20, "train_fraction": 0.5, "batch_size": 11}, 10),
        ({"n_samples": 10_000, "train_fraction": 0.9, "batch_size": 9_001}, 9_000),
        ({"n_samples": 100, "train_fraction": 0.1, "batch_size": 11}, 10),
        ({"n_samples": 100, "train_fraction": 0.5, "batch_size": 60.0}, 50),  # a whole float
    ]
    for fields, rows in cases:
        capped, note = fit_batch(fields)
        assert capped["batch_size"] == rows and note is not None
    for fields in ({"n_samples": 100, "train_fraction": 0.95, "batch_size": 99},
                   {"n_samples": 100, "train_fraction": 0.5, "batch_size": 55.5},
                   {"n_samples": 19, "train_fraction": 0.5, "batch_size": 15}):
        assert fit_batch(fields) == (fields, None)  # left for Config to refuse


def test_refusals_quote_the_value_and_the_interval():
    # kills shown(None) in the messages and "(" for a closed interval's "["
    with pytest.raises(ConfigError, match=r"^noise must be a number, got 'a'$"):
        Config(noise="a")
    with pytest.raises(ConfigError, match=r"^noise must be in \[0, 0.5\], got 0.6$"):
        Config(noise=0.6)
    with pytest.raises(ConfigError, match=r"^learning_rate must be in \(0, 10\], got 0$"):
        Config(learning_rate=0)
    with pytest.raises(ConfigError, match=r"^seed must be a whole number, got 1.5$"):
        Config(seed=1.5)
    assert train_rows(10, 0.1) == 1  # one row at least, not two


def test_values_are_stored_as_their_kind():
    # whole floats become ints and ints floats where the field is one: kills the mutants that
    # store the checked value under another attribute name and keep the raw one
    c = Config(noise=0, n_samples=500.0, learning_rate=1, hidden=[8.0],
               batch_size=10.0, seed=3.0, replicas=2.0, activation="elu", alpha=1)
    kinds = {"noise": float, "n_samples": int, "learning_rate": float, "batch_size": int,
             "seed": int, "replicas": int, "alpha": float}
    for field, kind in kinds.items():
        assert type(getattr(c, field)) is kind, field
    assert c.hidden == (8,) and type(c.hidden[0]) is int
    # a numpy float (a float subclass) is stored as a plain float
    assert type(Config(train_fraction=np.float64(0.5)).train_fraction) is float
    assert '"noise": 0.0' in c.to_json() and '"seed": 3,' in c.to_json()


def test_a_refused_choice_lists_what_is_allowed():
    with pytest.raises(ConfigError, match=r"^hidden must be a list of layer widths, got 8$"):
        Config(hidden=8)
    with pytest.raises(ConfigError, match=r"^hidden must be a list of layer widths, got '8,8'$"):
        Config(hidden="8,8")
    with pytest.raises(ConfigError, match=r"^dataset must be one of: circle, xor, gauss, spiral, "
                       r"plane, multi_gauss, own; got 'moons'$"):
        Config(dataset="moons")


def test_the_work_budget_holds_exactly_six_gib_and_words_the_excess():
    # 256 x 32 bytes x 1,536 rows x 512 units is 6 x 2^30 exactly: allowed (kills > for >=)
    exact = Config(n_samples=3072, hidden=(64,) * 8, replicas=256)
    assert exact.n_train == 1536
    big = {"n_samples": 10_000, "train_fraction": 0.9, "hidden": (64,) * 8}
    # 44 x 32 x 9,000 x 512 bytes = 6.04 GiB, said as "about 6 GB"
    message = ("replicas: 44 copies of this network on 9000 training rows would need about 6 GB; "
               "at most 6 GB is allowed, so at most 43 replicas here (or fewer samples or units)")
    with pytest.raises(ConfigError) as caught:
        Config(**big, replicas=44)
    assert str(caught.value) == message


@pytest.mark.parametrize("field", ["activation", "init", "optimizer"])
def test_every_refused_choice_starts_with_its_field(field):
    with pytest.raises(ConfigError, match=rf"^{field} must be one of: .*; got 'nope'$"):
        Config(**{field: "nope"})


def test_unknown_fields_are_named_five_at_most():
    with pytest.raises(ConfigError, match=r"^unknown field 'a', 'b', 'c', 'd', 'e'; allowed: "):
        Config.from_dict({k: 0 for k in "abcdef"})
