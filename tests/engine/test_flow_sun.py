"""Flow field's carved sun, round 14: five sun titles on the bench drew one picture (a
fan of rays, stripes running straight by). The sun's face now follows the song (rays,
a spinning spiral or nested rings) and the field's lines often part round it, a clear
halo between them and the sun, as a current round a stone."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.styles.cover_parts import flow_prints
from tests.engine.test_styles import CALM

SIZE = 256
FIELD, LEAD, ACCENT = (240, 240, 240), (20, 20, 20), (220, 30, 30)


def _sun(seed: int) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float]]:
    """One carved sun: where the accent and the lead ink lie, and the sun's centre and
    radius in px (from the accent's extent: a sun half set below the room is cut)."""
    img = Image.new("RGB", (SIZE, SIZE), FIELD)
    inks = [LEAD, LEAD, ACCENT]
    flow_prints.carve(img, CALM, np.random.default_rng(seed), inks, (0.0, 0.0, 1.0, 0.3), "sun")
    rgb = np.asarray(img, np.int32)
    accent = (rgb[..., 0] > 150) & (rgb[..., 1] < 110)
    lead = rgb.sum(axis=2) < 200
    ys, xs = np.nonzero(accent)
    r = (xs.max() - xs.min()) / 2.0
    return accent, lead, ((xs.max() + xs.min()) / 2.0, ys.min() + r, r)


def _ring(mask: np.ndarray, sun: tuple[float, float, float], at: float) -> np.ndarray:
    """The mask sampled round a circle `at` radii from the sun's centre (inside the frame)."""
    cx, cy, r = sun
    angle = np.linspace(0.0, 2 * np.pi, 720, endpoint=False)
    x = np.rint(cx + at * r * np.cos(angle)).astype(int)
    y = np.rint(cy + at * r * np.sin(angle)).astype(int)
    keep = (x >= 0) & (x < SIZE) & (y >= 0) & (y < SIZE)
    return mask[y[keep], x[keep]]


def test_the_sun_s_face_and_its_field_change_with_the_seed() -> None:
    """Over twelve seeds, some suns are nested rings (the accent unbroken round a circle
    at 0.6 of the radius, where rays and spirals break it at every ray) and some rays,
    and some suns' halos (1.08 to 1.16 radii out) are bare where the field's lines
    part round them, while others' stripes run straight through it."""
    breaks, halos = [], []
    for seed in range(12):
        accent, lead, sun = _sun(seed)
        ring = _ring(accent, sun, 0.6)
        breaks.append(int(np.count_nonzero(ring != np.roll(ring, 1))))
        halos.append(max(float(_ring(lead, sun, k).mean()) for k in (1.08, 1.12, 1.16)))
    assert min(breaks) <= 4 < 20 <= max(breaks), breaks  # rings and rays
    assert min(halos) < 0.03 and max(halos) > 0.15, halos  # parted and straight
