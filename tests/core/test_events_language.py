"""History events are worded in the language in use when they are read, not when they happened:
a marker made before a switch of language reads in the new one."""

from reludesk.core import i18n
from reludesk.core.config import Config
from reludesk.core.experiment import Trainer


def fake(context, text, disambiguation=None, n=-1):
    return f"«{context}|{text}»"


def test_events_are_worded_when_read():
    t = Trainer(Config(hidden=(3,)))
    t.step(10)
    t.burst(20, 1.0)
    t.kill_unit(0, 1)
    t.undo_edit()
    english = t.history.events
    assert english == [(10, "burst: 20 steps at rate 1"), (30, "killed unit 2 of layer 1"),
                       (30, "undid: killed unit 2 of layer 1")]
    i18n.set_translator(fake)
    try:
        assert t.history.events == [
            (10, "«Trainer|burst: 20 steps at rate 1»"),
            (30, "«Trainer|killed unit 2 of layer 1»"),
            (30, "«Trainer|undid: «Trainer|killed unit 2 of layer 1»»"),
        ]
        t.history.add_event(31, "plain")  # an event without a source stays as written
        assert t.history.events[-1] == (31, "plain")
    finally:
        i18n.set_translator(None)
    assert t.history.events[:3] == english
    assert t.history.copy().events == t.history.events
