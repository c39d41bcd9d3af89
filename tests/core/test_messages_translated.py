"""The core's messages to users go through ``i18n.translate``: under the context lupdate files
them in, with the source text exactly as written (a catalogue finds a translation by it), and
with the values filled in after translating (so a translator may move them).

A small catalogue stands in for Qt's: it knows a few source texts, placeholders and all, and
answers each with a marked text that keeps the placeholders; anything else stays English.
"""

import errno
from pathlib import Path

import pytest

from reludesk.core import activations, datasets, features, i18n, lessons
from reludesk.core.config import Config, ConfigError
from reludesk.core.experiment import Trainer
from reludesk.core.files import plain_problem, size_text
from reludesk.core.points import parse_csv

CATALOGUE = {
    ("Config", "{name} must be in {bracket}{low}, {high}], got {value}"):
        "DE {name} in {bracket}{low}, {high}] ({value})",
    ("Files", "the disk is full"): "DE Platte voll",
    ("Files", "{count} bytes"): "DE {count} Byte",
    ("Points", "{file}, line {line}"): "DE {file}, Zeile {line}",
    ("Points", "{where}: {column} is {text}, not a number"): "DE {where}: {column}={text}?",
    ("Features", "x1²: the first coordinate squared (with x2², circles become straight cuts)"):
        "DE x1² Quadrat",
    ("Activations", "Linear (identity)"): "DE Linear (Identität)",
    ("Datasets", "unknown data set {name}; choose one of: {names}"): "DE {name}? {names}",
    ("Lessons", "unknown lesson {name}; choose one of: {names}"): "DE {name}? {names}",
    ("Network", "the bias"): "DE der Bias",
    ("Network", "{what} must be finite numbers (no nan or infinity)"): "DE {what} endlich",
}


def catalogue(context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    return CATALOGUE.get((context, text), text)


@pytest.fixture(autouse=True)
def german():
    i18n.set_translator(catalogue)
    yield
    i18n.set_translator(None)


def test_a_config_range_is_translated_then_filled_in():
    with pytest.raises(ConfigError) as refused:
        Config(noise=0.9)
    assert str(refused.value) == "DE noise in [0, 0.5] (0.9)"


def test_file_words_and_sizes():
    problem = plain_problem(OSError(errno.ENOSPC, "No space"), Path("/x/run.reludesk.json"),
                            writing=True)
    assert str(problem) == "run.reludesk.json: DE Platte voll"
    assert size_text(712) == "DE 712 Byte"


def test_a_csv_problem_names_its_line_in_the_new_words():
    with pytest.raises(ConfigError) as refused:
        parse_csv("x1,x2,label\n0.5,oops,1\n", "classification", "mine.csv")
    assert str(refused.value) == "DE DE mine.csv, Zeile 2: x2='oops'?"  # both parts


def test_tips_and_labels_are_translated_where_asked_for():
    assert features.tip("x1sq") == "DE x1² Quadrat"
    assert activations.label("linear") == "DE Linear (Identität)"
    assert activations.get("linear").label == "DE Linear (Identität)"
    assert activations.label("relu") == "ReLU"  # a name: the same in every language
    assert features.label("x1sq") == "x1²"  # a symbol


def test_unknown_names_are_refused_in_the_new_words():
    with pytest.raises(ValueError, match=r"^DE 'moon'\? circle, xor"):
        datasets.make("moon", 10)
    with pytest.raises(ValueError, match=r"^DE 'dying'\? step, vanishing"):
        lessons.get("dying")


def test_a_unit_edit_names_what_it_refuses_in_the_new_words():
    trainer = Trainer(Config(hidden=(4,)))
    with pytest.raises(ValueError) as refused:
        trainer.edit_unit(0, 0, bias=float("nan"))
    assert str(refused.value) == "DE DE der Bias endlich"
