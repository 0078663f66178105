"""The flow field's free room: the frame less the title's band, where the lines run,
thinning to nothing over flow_lines.FADE before the band, and a focal box kept inside
it, a margin off the band (one set of rules for every flow picture)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import flow_lines


def room(calm: Box) -> tuple[float, float]:
    """The free room's top and bottom (the frame less the title's band `calm`)."""
    return (calm[3], 1.0) if calm[1] < 0.1 else (0.0, calm[1])


def fade(y: np.ndarray, calm: Box, reach: float = flow_lines.FADE) -> np.ndarray:
    """The line width factor (0..1) at rows `y` (fractions of the side): nothing in the
    title's band, thinning over `reach` before it."""
    _, y0, _, y1 = calm
    gap = y - y1 if y0 < 0.1 else y0 - y
    return (np.clip(gap / reach, 0.0, 1.0) ** 0.8).astype(np.float32)


def band(size: int, calm: Box, reach: float = flow_lines.FADE) -> np.ndarray:
    """fade at each of `size` rows, as a column (size x 1): a full-size field cost a
    tenth of a print."""
    return fade((np.arange(size, dtype=np.float32) + 0.5) / size, calm, reach)[:, None]


def focal(box: Box, calm: Box, margin: float = 0.06, foot: float = 0.06) -> Box:
    """`box` kept inside the free room: its top `margin` off the room's top, its foot
    `foot` above the room's bottom."""
    top, bottom = room(calm)
    y0 = float(np.clip(box[1], top + margin, bottom - 0.12))
    y1 = float(np.clip(box[3], y0 + 0.06, bottom - foot))
    return compose.clip_box((box[0], y0, box[2], y1))


def clearing(far: np.ndarray, reach: float, soft: float) -> np.ndarray:
    """The line width factor at a distance `far` off a form (in its own units): 1 up
    to `reach`, thinning to nothing over `soft` past it. The ground beyond stays empty
    (an even field of hairlines over the whole frame read as line wallpaper)."""
    return np.clip((np.float32(reach + soft) - far) / np.float32(soft), 0.0, 1.0).astype(np.float32)


def turbulence(direction: ArtDirection, calm_amount: float) -> float:
    """How far the noise bends the lines: `calm_amount` for a still song, three times
    it for the loudest (a loud, fast song's current churns)."""
    return calm_amount * (0.6 + 2.4 * energy(direction) ** 1.5)


def energy(direction: ArtDirection) -> float:
    """The song's energy, held to 0..1."""
    return float(np.clip(direction.energy, 0.0, 1.0))
