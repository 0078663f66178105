"""The grain-gradient stage: a float plane (512 px at most, scaled up under
full-size film grain) in coordinates that keep the title's band at one end, so
every composition is drawn once for both title sides.

u runs across the frame (mirrored by the seed), v from the title's edge (0) to the
far edge (1): the title's band is v < 0.34 whichever side the direction set it on;
y runs down the frame (0 top), for the compositions that stand on a floor or a
horizon. A composition paints a light field (0 deepest shadow, 0.32 the field, 0.7
the glow's colour, 1 its white-hot core) and a mix field (0 the first colour ramp,
1 the second), and reports where its light is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster

F32 = np.float32
BAND = 0.34  # the title's band: v below this stays calm


@dataclass(frozen=True)
class Scene:
    """What a composition returns: the light and the ramp mix (res x res, 0..1) and
    its focal box in (u0, v0, u1, v1) plane fractions."""

    light: np.ndarray
    mix: np.ndarray
    box: tuple[float, float, float, float]


class Plane:
    """Coordinates u (across, mirrored when `flip`) and v (away from the title's band,
    on `side` 'top' or 'bottom') at res x res, with the music's energy, curve and
    tempo and what the title names (`motifs`: a moon for a night, rain in the light)."""

    def __init__(
        self,
        res: int,
        side: str,
        flip: bool,
        energy: float,
        curve: tuple[float, ...],
        motifs: frozenset[str] = frozenset(),
        tempo: float = 120.0,
    ) -> None:
        axis = (np.arange(res, dtype=F32) + 0.5) / res
        self.res, self.side, self.flip, self.energy = res, side, flip, energy
        self.u = (1 - axis if flip else axis)[None, :]
        self.v = (axis if side == "top" else 1 - axis)[:, None]
        self.y = axis[:, None]
        self.top = side == "top"  # the title at the top: v runs down the frame
        self.px = 1.0 / res  # one pixel, the width of a crisp edge
        self.curve = np.asarray(curve or (0.5,), F32)
        self.motifs = motifs  # what the title names (title_words.motifs): rain, night, sun
        self.tempo = tempo  # beats a minute: the rhythm of a light's pulses

    def along(self, t: np.ndarray, smooth: int = 5) -> np.ndarray:
        """The music's energy curve read along t (0..1), smoothed over `smooth`
        samples so it swells rather than flickers."""
        kernel = np.ones(smooth, F32) / smooth
        padded = np.pad(self.curve, smooth // 2, mode="edge")
        soft = np.convolve(padded, kernel, mode="valid")[: len(self.curve)]
        grid = np.linspace(0, 1, len(soft), dtype=F32)
        return np.interp(t, grid, soft).astype(F32)

    def calm(self, start: float = BAND - 0.12, end: float = BAND + 0.2) -> np.ndarray:
        """0 in the title's band rising to 1 beyond it (light keeps out of the band)."""
        return smooth(start, end, self.v)

    def noise(self, rng: np.random.Generator, cells: int) -> np.ndarray:
        """Smooth value noise (0..1) with about `cells` bumps a side."""
        return raster.value_noise(rng, cells, self.res)

    def ybox(self, u0: float, y0: float, u1: float, y1: float) -> tuple[float, ...]:
        """A box given down the frame (y) as a plane box (in v)."""
        return (u0, y0, u1, y1) if self.top else (u0, 1 - y1, u1, 1 - y0)

    def edge(self, d: np.ndarray, width: float = 1.0) -> np.ndarray:
        """A crisp antialiased edge: 1 where the signed distance d > 0, across
        `width` pixels."""
        return np.clip(d / (width * self.px) + 0.5, 0, 1)

    def dots(self, rng: np.random.Generator) -> np.ndarray:
        """White noise (0..1) a pixel apart: the grain a gradient dithers through
        (from one draw of rng, so what is drawn after it is the same at any size)."""
        seed = int(rng.integers(2**32))
        return np.random.default_rng(seed).random((self.res, self.res), dtype=F32)

    def grainy(self, level: np.ndarray, dots: np.ndarray, share: float = 0.35) -> np.ndarray:
        """A gradient (0..1) partly dithered through the grain: the light thins into
        sand at its edges instead of smearing (the grainy-gradient look); less of it
        on a small painting, where one grain is a large part of the picture."""
        share = share * min(1.0, self.res / 384)
        return (1 - share) * level + share * (dots < level)

    def box(self, u0: float, v0: float, u1: float, v1: float) -> compose.Box:
        """A plane box as a cover box (x0, y0, x1, y1), clipped to the frame."""
        x0, x1 = (1 - u1, 1 - u0) if self.flip else (u0, u1)
        y0, y1 = (v0, v1) if self.side == "top" else (1 - v1, 1 - v0)
        return compose.clip_box((x0, y0, x1, y1))


def smooth(a: float, b: float, t: np.ndarray) -> np.ndarray:
    """Hermite step from 0 at a to 1 at b."""
    s = np.clip((t - a) / (b - a), 0, 1)
    return s * s * (3 - 2 * s)
