"""What every neuron outputs over the input plane, as small images for the network view.

One forward pass of replica 0 on a coarse grid over [-6, 6]² gives every unit's output at once
(the inputs' pictures are the features' values there);
each unit becomes a tiny diverging-colour image (blue where it outputs a positive value, orange
where negative, white at 0, the same sign colours as the weights). The view scales the images up
with smoothing, so 24×24 samples look like a smooth field.

The numbers live in plain numpy (``unit_outputs``, ``to_rgba``) so they can be tested without
painting; only ``to_images`` touches Qt.
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtGui import QImage

from reludesk.core import features
from reludesk.core.network import MLP

Array = np.ndarray

GRID = 24  # samples per side: 576 points, one cheap forward pass even for 8 × 64 units
EXTENT = 6.0  # the data sets live in [-6, 6]²

# Diverging colour map, colour-blind safe: the Okabe-Ito blue and orange of the weight lines,
# meeting at white. A non-finite value is drawn mid grey so NaN never passes for a colour.
POSITIVE = np.array([0, 114, 178], dtype=np.float64)  # #0072B2
NEGATIVE = np.array([230, 159, 0], dtype=np.float64)  # #E69F00
ZERO = np.array([255, 255, 255], dtype=np.float64)
NOT_FINITE = np.array([140, 140, 140], dtype=np.float64)
GAMMA = 0.6


def grid_points(n: int = GRID, extent: float = EXTENT) -> Array:
    """(n*n, 2) points in image order: row 0 is the top (x2 = +extent), column 0 the left."""
    ticks = np.linspace(-extent, extent, n)
    x1, x2 = np.meshgrid(ticks, ticks[::-1])
    return np.column_stack([x1.ravel(), x2.ravel()])


def feature_values(names: tuple[str, ...], n: int = GRID) -> Array:
    """The features ``names`` over the grid: (len(names), n, n), one picture per feature."""
    # (n*n, features) in image order -> (features, n, n)
    return features.expand(grid_points(n), names).T.reshape(len(names), n, n)


def unit_outputs(model: MLP, n: int = GRID) -> list[Array]:
    """Every column's outputs on the grid, replica 0 only: a list of (units, n, n) arrays —
    the inputs in use (``model.features``), each hidden layer's f(z), and the network output
    (a probability for classification, the raw value for regression)."""
    one = model.replica(0)  # one replica: a 256-seed trainer costs no more than a single one
    points = grid_points(n)
    with np.errstate(all="ignore"):  # a diverging network's NaN is drawn grey, not warned about
        outputs = one.layer_outputs(points)  # per layer (1, n*n, width)
    # (n*n, width) in image order -> (width, n, n): one picture per unit
    if model.features is None:  # a network fed the coordinates as they are
        inputs = points.T.reshape(-1, n, n)
    else:
        inputs = feature_values(tuple(model.features), n)
    return [inputs, *(a[0].T.reshape(-1, n, n) for a in outputs)]


@functools.cache
def feature_images(n: int = GRID) -> tuple[QImage, ...]:
    """Every candidate input's picture (``features.FEATURES`` order): the feature's value over
    the plane, which no training changes, so it is made once."""
    return tuple(to_images(to_rgba(feature_values(features.FEATURES, n))))


def to_rgba(values: Array, *, centre: float = 0.0, scale: float | None = None) -> Array:
    """Colour (units, h, w) values as (units, h, w, 4) uint8 RGBA.

    ``values - centre`` is divided by ``scale``; None scales each unit by its own largest |value|
    so the shape of a weak unit still shows (the tooltip gives the size). Non-finite values are
    grey.
    """
    v = np.asarray(values, dtype=np.float64) - centre
    finite = np.isfinite(v)
    v = np.where(finite, v, 0.0)
    if scale is None:
        peak = np.abs(v).reshape(len(v), -1).max(axis=1, initial=0.0)
        # an all-zero unit stays white instead of dividing 0 by 0
        s = np.where(peak > 1e-12, peak, 1.0)[:, None, None]
    else:
        s = float(scale)
    t = np.clip(v / s, -1.0, 1.0)
    # a square-root-like curve lifts small values off white, so where a ReLU starts firing
    # shows as a clear edge instead of a faint ramp that only gets dark in the far corner
    t = (np.sign(t) * np.abs(t) ** GAMMA)[..., None]
    rgb = np.where(t >= 0, ZERO + t * (POSITIVE - ZERO), ZERO - t * (NEGATIVE - ZERO))
    rgb = np.where(finite[..., None], rgb, NOT_FINITE)
    alpha = np.full((*v.shape, 1), 255.0)
    return np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8)


def to_images(rgba: Array) -> list[QImage]:
    """One QImage per unit from (units, h, w, 4) uint8 RGBA; each image owns its pixels."""
    images = []
    for tile in np.ascontiguousarray(rgba):
        h, w = tile.shape[:2]
        # copy(): the QImage constructor only borrows the bytes, which die with this loop
        images.append(QImage(tile.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy())
    return images


def heatmap_images(model: MLP, n: int = GRID) -> list[list[QImage]]:
    """Per column (inputs, hidden layers, output), one image per unit of replica 0."""
    columns = unit_outputs(model, n)
    images = [to_images(to_rgba(c)) for c in columns[:-1]]
    if model.task == "classification":
        # a probability: white at 0.5, full colour at 0 or 1, so confidence reads as strength
        images.append(to_images(to_rgba(columns[-1], centre=0.5, scale=0.5)))
    else:
        images.append(to_images(to_rgba(columns[-1])))
    return images
