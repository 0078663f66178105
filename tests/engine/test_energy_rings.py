"""What energy rings promise a listener: the bands stay out of the title's band and
fill much of the rest (never a small icon), the key sets their colour, onsets break
their arcs, and a thumbnail shows the same composition as the full-size cover."""

from __future__ import annotations

import dataclasses

import aggdraw
import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import energy_rings
from sleeve.engine.styles.cover_parts.ring_layouts import LAYOUTS
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD, assert_thumbnail_matches


def band_spill(name: str, direction: ArtDirection, layout: str) -> tuple[float, float]:
    """(share of the title's band, share of the rest) that departs from the band's own
    median colour: the band should be flat field and the rest should hold the art."""
    image = get_style(name).render(dataclasses.replace(direction, layout=layout), 128).image
    rgb = np.asarray(image, np.float64) / 255
    band, rest = (rgb[:32], rgb[44:]) if layout == "top-left" else (rgb[-32:], rgb[:-44])
    field = np.median(band.reshape(-1, 3), axis=0)
    away = [float((np.linalg.norm(part - field, axis=2) > 0.15).mean()) for part in (band, rest)]
    return away[0], away[1]


@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_rings_keep_out_of_the_title_band(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(8):
            band, rest = band_spill("energy_rings", dataclasses.replace(base, seed=seed), layout)
            assert band < 0.02 and rest > 0.03, (seed, band, rest)


def _layout(layout: str, direction: ArtDirection, size: int = 128) -> np.ndarray:
    rng = raster.rng_for(direction, "rings")
    rings = energy_rings._rings(direction, rng, size)
    image = Image.new("RGB", (size, size), rings.paper)
    draw = aggdraw.Draw(image)
    LAYOUTS[layout](draw, rings)
    draw.flush()
    return np.asarray(image, np.float64) / 255


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_rings_are_the_cover_not_an_icon(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(6):
            d = dataclasses.replace(base, seed=seed)
            paper = np.asarray(energy_rings._rings(d, raster.rng_for(d, "rings"), 96).paper) / 255
            ink = float((np.abs(_layout(layout, d, 96) - paper).sum(axis=2) > 0.1).mean())
            assert ink > 0.27, (seed, ink)  # bands hold a large share of the frame


def test_onsets_break_the_bands() -> None:
    steady = dataclasses.replace(LOUD, onsets=(0.0,) * 256, has_audio=True)
    hits = dataclasses.replace(LOUD, onsets=((1.0,) + (0.0,) * 7) * 32, has_audio=True)
    for seed in range(3):
        a = _layout("side", dataclasses.replace(steady, seed=seed))
        b = _layout("side", dataclasses.replace(hits, seed=seed))
        inked = [float((np.abs(x - x[0, 0]).sum(axis=2) > 0.1).mean()) for x in (a, b)]
        assert inked[1] < inked[0] * 0.95, inked  # gaps cut into the bands


def _hue(direction: ArtDirection) -> float:
    """The mean hue of the bands' colours (the accent aside) drawn for a direction."""
    tints = energy_rings._rings(direction, raster.rng_for(direction, "rings"), 64).tints
    hues = np.radians([rgb_to_oklch(t)[2] for t in tints])
    return float(np.degrees(np.angle(np.exp(1j * hues).mean())) % 360)


def test_the_key_sets_the_colour_of_the_bands() -> None:
    c_major = (1, 0, 0.5, 0, 0.6, 0.5, 0, 0.8, 0, 0.5, 0, 0.3)
    f_sharp = tuple(float(v) for v in np.roll(c_major, 6))
    for seed in range(3):
        hues = [
            _hue(dataclasses.replace(CALM, seed=seed, chroma=key, has_audio=True))
            for key in (c_major, f_sharp)
        ]
        gap = abs(hues[0] - hues[1]) % 360
        assert min(gap, 360 - gap) > 60, hues  # a tritone apart on the circle of fifths


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("energy_rings")
