"""Moving through the network view with the keyboard: where an arrow key takes the cursor.

The cursor is a node ``(col, unit)`` as in ``accessible`` (col 0 the candidate inputs, then the
hidden layers, then the output). Up and Down walk a column, Home and End jump to its ends,
Left and Right go to the next column's node nearest in height, so the cursor follows the
picture rather than the index (a 2-unit layer beside an 8-unit one).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

Node = tuple[int, int]

MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
         Qt.Key.Key_End}
ACTIVATE = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def move(columns: Sequence[Sequence[float]], cursor: Node, key: Qt.Key) -> Node:
    """Where ``key`` takes ``cursor``; ``columns[col]`` holds the centre heights of that column's
    nodes (an empty column is skipped). Keys outside ``MOVES``, and moves past an edge, leave
    it where it is."""
    col, unit = cursor
    if key == Qt.Key.Key_Up:
        return col, max(unit - 1, 0)
    if key == Qt.Key.Key_Down:
        return col, min(unit + 1, len(columns[col]) - 1)
    if key == Qt.Key.Key_Home:
        return col, 0
    if key == Qt.Key.Key_End:
        return col, len(columns[col]) - 1
    if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return cursor
    way = -1 if key == Qt.Key.Key_Left else 1
    target = col + way
    while 0 <= target < len(columns) and not columns[target]:
        target += way
    if not 0 <= target < len(columns):
        return cursor
    y = columns[col][unit]
    ys = columns[target]
    return target, min(range(len(ys)), key=lambda i: abs(ys[i] - y))
