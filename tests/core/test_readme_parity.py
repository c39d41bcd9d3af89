"""The README's table of TF Playground's controls names widgets that exist.

Every `camelCase` name in a row the table calls yes or partly must be an objectName the window's
code sets (``setObjectName("name")``, or an f-string such as ``f"layerWidthSpin{i}"`` for
``layerWidthSpin0``), so the table cannot promise a control that was renamed or never built.
Read from the source, not a built window: some widgets (the inspector's fields) exist only
after a click.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLE_TITLE = "## Beside TensorFlow Playground"
NAME = re.compile(r"`([a-z]+[A-Z][A-Za-z]*\d*)`")  # objectNames are camelCase


def _rows(readme: str) -> list[list[str]]:
    """The table's rows as lists of cells (header and rule left out)."""
    section = readme.split(TABLE_TITLE, 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows[2:]]


def _set_in_code(name: str, source: str) -> bool:
    """``name`` is set as an objectName: literally, or as an f-string's prefix plus a number."""
    if f'"{name}"' in source:
        return True
    stem = name.rstrip("0123456789")
    return stem != name and re.search(r'f"' + re.escape(stem) + r"\{", source) is not None


def test_the_table_covers_the_playground_and_says_yes_partly_no_or_in_progress():
    rows = _rows((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(rows) >= 25
    verdicts = {row[1] for row in rows}
    assert verdicts <= {"yes", "partly", "no", "(issue 18, in progress)"}, verdicts
    assert all(row[2] for row in rows)  # every row says where, or what stands in for it


def test_every_widget_the_table_names_is_set_in_the_code():
    rows = _rows((ROOT / "README.md").read_text(encoding="utf-8"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "reludesk").rglob("*.py"))
    named = [n for row in rows if row[1] in ("yes", "partly") for n in NAME.findall(row[2])]
    assert len(named) >= 15
    missing = [n for n in named if not _set_in_code(n, source)]
    assert missing == []


def test_a_name_the_code_does_not_set_is_caught():
    source = 'w.setObjectName("playButton")\nspin.setObjectName(f"layerWidthSpin{i}")'
    assert _set_in_code("playButton", source) and _set_in_code("layerWidthSpin3", source)
    assert not _set_in_code("pauseButton", source)
    assert not _set_in_code("layerWidthSpin", source)  # the stem alone is no objectName
