"""What the engraved landscapes share: a storm sky of ruled lines billowing with
clouds (heavier and wilder the louder the song), a moon cut out of it with a ring of
light, and the vignette that lets the picture fade into the paper before the title's
band, as a book illustration's engraving does."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.engrave_hatch import COARSE, Plate, rules, stroke


def spacing(plate: Plate) -> float:
    """The rules' pitch (share of the side): closer the denser the music."""
    return 0.0105 - 0.003 * plate.direction.density


def storm(plate: Plate, glow: tuple[float, float], halo: float = 0.0) -> np.ndarray:
    """The sky: horizontal rules bent and darkened by clouds from the seed, the clouds
    heavier with the song's energy; a pale ink keeps fine rules that gather where the
    light is (`glow`, a point in fractions: a moon or the horizon). A moon's `halo`
    (its radius) thins the rules around it on paper and thickens them on a deep field.
    Returns the cloud field (0..1, the window's shape) for a caller's own marks."""
    x, y = plate.grid()
    energy = plate.direction.energy
    cloud = plate.up(raster.fractal_noise(plate.rng, cells=3, octaves=4, res=COARSE))
    cloud = np.clip((cloud - 0.4) * (2.2 + 1.6 * energy), 0.0, 1.0)
    y0, y1 = plate.art_span()
    high = np.clip((y1 - y) / (y1 - y0), 0.0, 1.0)  # heavier toward the picture's top
    bend = 0.01 * (0.4 + energy) * cloud
    gx, gy = glow
    ring = np.exp(-np.hypot(x - gx, y - gy) / max(halo, 1e-3)) if halo else 0.0
    if plate.inks.dark:
        near = np.exp(-(((x - gx) / 0.45) ** 2 + ((y - gy) / 0.3) ** 2))
        tone = (0.05 + 0.6 * near) * (1.0 - 0.6 * cloud) + 0.9 * ring
    else:
        tone = (0.06 + 0.14 * high + 0.85 * cloud * (0.4 + 0.6 * high)) * (1.0 - 1.8 * ring)
    plate.ink(rules(plate, tone, spacing(plate) * 0.85, 0.0, bend))
    return cloud


def moon(plate: Plate, cx: float, cy: float, radius: float) -> None:
    """A full moon cut clean out of the sky: on paper its outline, on a deep field solid
    pale ink. Works on the moon's box only."""
    window = plate.window
    reach = radius * 1.2
    plate.focus((cx - reach, cy - reach, cx + reach, cy + reach))
    x, y = plate.grid()
    side = plate.side
    r = np.hypot(x - cx, y - cy)
    plate.erase(np.clip((radius * 1.12 - r) * side + 0.5, 0.0, 1.0))
    disc = np.clip((radius - r) * side + 0.5, 0.0, 1.0)
    plate.ink(disc if plate.inks.dark else stroke(r - radius, side, max(1.5 / side, 0.003)))
    plate.window = window


def vignette(plate: Plate) -> None:
    """End the picture before the title's band on a gently waving edge, as an
    engraving's vignette ends its rules, and clear the band itself."""
    x, y = plate.grid()
    y0, y1 = plate.art_span()
    edge = y - y0 if plate.top else y1 - y  # positive inside the picture
    wave = 0.012 * np.sin(x * 7.0 + 3.0 * plate.direction.energy) + 0.006 * np.sin(x * 19.0)
    plate.erase(np.clip(0.5 - (edge - 0.03 - wave) * plate.side / 1.5, 0.0, 1.0))
