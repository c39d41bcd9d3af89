"""The network view's tests share one way to show a view of a trainer."""

import pytest

from reludesk.core.experiment import Trainer
from reludesk.ui.trainer.netview.view import NetworkView

SIZE = (600, 360)  # large enough for heatmaps


@pytest.fixture
def make_view(qtbot):
    """``make(trainer, size=SIZE)``: a NetworkView of ``trainer``, shown and exposed."""

    def make(trainer: Trainer, size: tuple[int, int] = SIZE) -> NetworkView:
        view = NetworkView(trainer)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make
