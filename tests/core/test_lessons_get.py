"""lessons.get refuses an unknown name by listing the lessons (mutmut: its separator survived)."""

from __future__ import annotations

import pytest

from reludesk.core import lessons


def test_an_unknown_lesson_is_refused_with_the_names_listed():
    # kills get 4 ('XX, XX' joining the names)
    with pytest.raises(ValueError) as refused:
        lessons.get("dead")
    listed = str(refused.value).removeprefix("unknown lesson 'dead'; choose one of: ")
    assert listed.split(", ") == lessons.names()
    assert listed.startswith("step, vanishing, relu")
