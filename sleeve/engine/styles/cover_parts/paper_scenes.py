"""Paper-cut sheets as geometry: a scene is a stack of paper layers (back to front),
each layer a list of cut shapes in fractions of the side (y down). paper_design
composes them, paper_cut colours and renders them; this module holds the shapes
they share.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]
Points = list[tuple[float, float]]


@dataclass(frozen=True)
class Layer:
    """One sheet: shapes cut from it ((points, True) adds paper, (points, False)
    cuts a hole, in order); role picks its colour: "ground" (the sheet ramp),
    "motif", "moon", "light" (a torn edge's white core), "frame" (a window's
    wall), or a diorama's "sun", "halo", "cloud", "glow" (lit windows), "boat",
    "card" (a raised figure's backing) and "p0".."p2" (the toy town's papers)."""

    shapes: tuple[tuple[Points, bool], ...]
    role: str = "ground"


@dataclass(frozen=True)
class Scene:
    """The layers back to front, the focal box, whether it is a night scene."""

    layers: list[Layer]
    focal: Box | None
    night: bool = False
    shape: str = ""  # the big cut-out shape, when there is one
    light: float | None = None  # the angle shadows fall at (radians, y down), or the seed's
    lift: float = 1.0  # how high the sheets stand off each other (shadow reach)


def disc(cx: float, cy: float, r: float, ry: float | None = None, n: int = 72) -> Points:
    """A circle (or an ellipse with ry) as a polygon."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ry = r if ry is None else ry
    return list(zip((cx + r * np.cos(t)).tolist(), (cy + ry * np.sin(t)).tolist(), strict=True))


def rect(x0: float, y0: float, x1: float, y1: float) -> Points:
    """An axis-aligned rectangle as a polygon."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


FULL = rect(-0.05, -0.05, 1.05, 1.05)  # a sheet over the whole frame, past its edges


def song(curve: tuple[float, ...], xs: np.ndarray, flip: bool) -> np.ndarray:
    """The energy curve (smoothed, centred on 0) sampled at xs (read as time)."""
    c = np.convolve(np.pad(np.asarray(curve or (0.5,)), 3, mode="edge"), np.ones(7) / 7, "valid")
    c = c[::-1] if flip else c
    return np.interp(xs, np.linspace(0, 1, len(c)), c) - float(c.mean())


def points(xs: np.ndarray, ys: np.ndarray) -> Points:
    """The (x, y) points of two coordinate arrays."""
    return list(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))


def mirror(layers: list[Layer], flip: bool) -> list[Layer]:
    """The layers mirrored left to right when `flip`."""
    if not flip:
        return layers
    return [
        Layer(tuple(([(1.0 - x, y) for x, y in p], a) for p, a in layer.shapes), layer.role)
        for layer in layers
    ]


def flip_box(box: tuple[float, float, float, float], flip: bool) -> tuple[float, ...]:
    """A focal box mirrored left to right when `flip`."""
    return (1.0 - box[2], box[1], 1.0 - box[0], box[3]) if flip else box


def light_angle(flip: bool) -> float:
    """The angle shadows fall at (radians, y down) for a light on the left (flip: on
    the right): down and away from it."""
    return float(np.pi - 0.55) if flip else 0.55


def curve_at(curve: tuple[float, ...], n: int) -> np.ndarray:
    """The energy curve sampled at n even times, 0..1."""
    c = np.asarray(curve or (0.5,), dtype=float)
    return np.clip(np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(c)), c), 0.0, 1.0)
