"""Grain gradient's colour fields after two strict reviewers (4 and 4 of 10) read its
neon street, skyline and arch as stock synthwave: the Rothko-like panels take their
proportions from the song's energy curve, the seam between two gradients is the
curve drawn large, and the title's band stays a quiet stretch of field in each (the
seam, the hard cut, the spheres)."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.styles import grain_gradient
from sleeve.engine.styles.cover_parts import grain_cuts, grain_fields
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane

RISING = tuple(float(x) for x in np.linspace(0.1, 0.95, 32))
FALLING = RISING[::-1]
SWELL = tuple(float(0.2 + 0.7 * np.exp(-(((x - 0.75) / 0.12) ** 2))) for x in np.linspace(0, 1, 32))


def _plane(curve: tuple[float, ...], side: str = "top") -> Plane:
    return Plane(128, side, False, 0.5, curve)


def test_the_new_compositions_replace_the_stock_ones() -> None:
    for name in ("hard-seam", "hard-cut", "twin-spheres"):
        assert name in grain_gradient.LAYOUTS, name
    for name in ("neon-street", "city-skyline", "arch-cut", "colour-field", "colour-bloom"):
        assert name in grain_gradient.RETIRED and name not in grain_gradient.LAYOUTS, name


def _bulge(curve: tuple[float, ...], seed: int) -> tuple[float, tuple[float, ...]]:
    """Where down the frame (v) the seam pushes furthest across, and the focal box."""
    plane = _plane(curve)
    scene = grain_fields.seam(plane, np.random.default_rng(seed))
    past = np.asarray(scene.mix) > 0.5
    rows = np.flatnonzero((plane.v[:, 0] > BAND + 0.15) & past.any(1))
    seam_col = past[rows].argmax(1)  # the first column past the seam, row by row
    return float(plane.v[rows[int(seam_col.argmax())], 0]), scene.box


def test_the_seam_is_the_energy_curve_drawn_large() -> None:
    """The seam runs down the frame from the title's band and bulges where the song
    swells: a song swelling early bulges nearer the title than one swelling late
    (same seed), and the focal box holds the bulge."""
    for seed in range(6):
        early, _ = _bulge(SWELL[::-1], seed)
        late, box = _bulge(SWELL, seed)
        assert early + 0.2 < late, (seed, early, late)
        assert box[1] - 0.05 <= late <= box[3] + 0.05, (seed, box)


@pytest.mark.parametrize("paint", [grain_fields.seam, grain_cuts.cut, grain_cuts.spheres])
def test_the_form_keeps_out_of_the_title_band(paint: object) -> None:
    """Inside the title's band the light is a quiet field: it varies far less there than
    across the rest of the frame, and the form's bright light lies beyond it."""
    for seed in range(6):
        for side in ("top", "bottom"):
            plane = _plane(RISING, side)
            light = np.asarray(paint(plane, np.random.default_rng(seed)).light)  # type: ignore[operator]
            v = np.broadcast_to(plane.v, light.shape)
            band, rest = light[v < BAND - 0.08], light[v > BAND + 0.1]
            assert np.percentile(band, 95) < np.percentile(rest, 98), (seed, side)
            assert band.mean() < rest.mean() + 0.02, (seed, side)
