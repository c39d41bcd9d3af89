"""Edges that mutmut's survivors showed no test pinned (tests/benchmarks/mutation_core.py).

Each test names, in its comment, the mutant it kills; the mutmut names are in
tests/core/EQUIVALENT_MUTANTS.md's notes on how they are numbered.
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from reludesk.core import activations, health
from reludesk.core.config import FORMAT, Config, ConfigError, parse_json, unwrap
from reludesk.core.tap import TapModel


@pytest.mark.parametrize(("name", "gradient"), [("relu", 0.0), ("leaky_relu", 0.01)])
def test_a_new_tap_is_at_rest_with_its_valve_at_zero(name, gradient):
    # kills tap __init__ self._z = None: a new tap's valve reads 0, and f'(0) is the left slope
    model = TapModel(activations.get(name))
    assert model.z == 0.0 and isinstance(model.z, float)
    assert (model.outflow, model.leak, model.clog, model.dead) == (0.0, 0.0, 0.0, False)
    assert model.gradient == gradient


def test_refusals_name_the_value_that_is_wrong():
    # kills the messages "XXdtXX must be finite" and "XXclogXX must be a number"
    model = TapModel(activations.get("relu"))
    with pytest.raises(ValueError, match=r"^dt must be finite, got nan"):
        model.advance(-1.0, float("nan"))
    with pytest.raises(ValueError, match=r"^z must be finite, got inf"):
        model.advance(float("inf"), 0.1)
    with pytest.raises(ValueError, match=r"^clog must be a number, got 'full'"):
        model.set_clog("full")
    with pytest.raises(ValueError, match=r"^clog must be in \[0, 1\], got 1.5"):
        model.set_clog(1.5)


def test_a_sealed_pipe_exactly_at_the_snap_level_is_clogged():
    # within 1e-3 of 1, the edge included: kills clog > 1 - DEAD_SNAP for >=
    model = TapModel(activations.get("relu"))
    model.set_clog(0.999)
    assert not model.dead
    model.advance(-2.0, 0.0)
    assert model.clog == 1.0 and model.dead
    model.set_clog(0.998)
    model.advance(-2.0, 0.0)
    assert model.clog == 0.998 and not model.dead


def test_config_json_is_indented_by_two_for_people_to_read():
    # kills to_json(indent=None / 3)
    text = Config().to_json()
    doc = json.loads(text)
    assert text == json.dumps(doc, indent=2)
    assert text.splitlines()[1] == f'  "format": "{FORMAT}",'


def test_unwrap_says_what_it_found():
    # kills the mutants that drop or blank the value quoted in unwrap's messages
    with pytest.raises(ConfigError, match=r"^expected a JSON object, got list$"):
        unwrap([1], FORMAT)
    with pytest.raises(ConfigError, match=r"^format must be 'reludesk-config', got 'other'$"):
        unwrap({"format": "other", "version": 1, "config": {}}, FORMAT)
    with pytest.raises(ConfigError,
                       match=r"^unsupported version 7; this reludesk reads versions 1, 2$"):
        unwrap({"format": FORMAT, "version": 7, "config": {}}, FORMAT)
    with pytest.raises(ConfigError, match=r"^unsupported version True"):
        unwrap({"format": FORMAT, "version": True, "config": {}}, FORMAT)
    assert unwrap({"format": FORMAT, "version": 1, "config": {"seed": 3}}, FORMAT) == {"seed": 3}


def test_share_of_one_unit_is_its_layer_share():
    # kills `if w.sum() == 1: return zeros` (a network of one hidden unit)
    np.testing.assert_allclose(health.share_of_units(np.array([[0.5, 1.0]]), [1]), [0.5, 1.0])


def test_parse_json_refusals_in_plain_words():
    # kills the blanked or upper-cased messages of parse_json and its > MAX_JSON_CHARS edge
    with pytest.raises(ConfigError, match=r"^expected JSON text, got bytes$"):
        parse_json(b"{}")
    assert parse_json('"' + "a" * 7_999_998 + '"') == "a" * 7_999_998  # exactly 8,000,000
    too_long = r"^it is too long \(8,000,001 characters\) to be an experiment; one is at most " \
        r"8,000,000$"
    with pytest.raises(ConfigError, match=too_long):
        parse_json('"' + "a" * 7_999_999 + '"')
    with pytest.raises(ConfigError, match=r"^not valid JSON: it is empty$"):
        parse_json(" \n ")
    with pytest.raises(ConfigError, match=r"^not valid JSON: nested too deeply$"):
        parse_json("[" * 100_000)
    with pytest.raises(ConfigError, match=r"^not valid JSON \(expecting value at line 2, col"):
        parse_json('{"a":\n  }')


def test_parse_json_names_the_digit_limit_in_force():
    # kills getattr(None / "XX...XX", ...) that fall back to 4,300 whatever the limit is
    if not hasattr(sys, "set_int_max_str_digits"):
        pytest.skip("Python < 3.11 has no digit limit")
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(5000)
    try:
        with pytest.raises(ConfigError, match=r"^not valid JSON: a number in it has over 5,000"):
            parse_json("1" * 6000)
    finally:
        sys.set_int_max_str_digits(before)


def test_from_dict_names_unknown_fields_of_any_type():
    # kills unknown = None and sorted(...) without key=str (1 and "zz" cannot be compared)
    with pytest.raises(ConfigError, match=r"^unknown field 1, 'zz'; allowed: activation, alpha"):
        Config.from_dict({"zz": 0, 1: 0, "seed": 2})
    with pytest.raises(ConfigError, match=r"^config must be a JSON object, got list$"):
        Config.from_dict([])
