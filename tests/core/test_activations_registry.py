"""The activation registry's building blocks and hashing, for the mutants mutmut left alive in
activations.py (tests/benchmarks/mutation_core.py); each test names the mutants it kills."""

from __future__ import annotations

from reludesk.core import activations


def test_fixed_table_entries_answer_with_their_value_whatever_the_parameters():
    # The registry is built when the module is imported, before mutmut switches a mutant on,
    # so its helpers are called here at test time: a table entry that answered None would
    # blank the explorer's "smooth at 0" and "output range" cells.
    # Kills _always 1 and _fixed 1 (lambda p: None).
    assert activations._always(True)({}) is True
    assert activations._always(False)({"alpha": 1.0}) is False
    assert activations._fixed("(0, 1)")({"alpha": 0.5}) == "(0, 1)"


def test_activations_that_differ_hash_apart():
    # equal activations must hash alike (dict keys, sets); different ones should not all
    # share one hash, or every set of them degrades to a list scan. Kills __hash__ 1
    # (hash(None) for every activation). Python's string hashing makes a collision between
    # these 15 a 1-in-2^60 event, not a flake.
    acts = [activations.get(n) for n in activations.names()]
    acts += [activations.get("leaky_relu", alpha=0.1), activations.get("elu", alpha=2.0)]
    assert len({hash(a) for a in acts}) == len(acts)
    assert hash(activations.get("elu", alpha=2.0)) == hash(activations.get("elu", alpha=2))
