"""Round 11 on topographic (3/5): "a survey map printout", contours at one even density
over the whole frame, "the same blobby rings", palettes like a GIS default (beige and
brown), noise at 64 px with no focal shape.

Now one summit or basin dominates on empty paper, its lines thickening into a solid
mass; minor contours are hairlines, index contours heavy, one in the accent; the inks
come from the genre's language; the music moves the relief."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_inks, topo_print
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_prints import _in

FITTING = ("ambient", "chamber", "classical", "idm", "post_rock", "folk", "dark_ambient")


def _peak(direction, side: int = 192) -> np.ndarray:
    img, _ = topographic.print_land(direction, topographic.Plan("peak", "top"), side)
    return np.asarray(img, np.float32)


def _near(img: np.ndarray, colour) -> np.ndarray:
    return np.abs(img - np.asarray(colour, np.float32)).max(axis=-1) < 24


def _inks(direction) -> topo_inks.Inks:
    return topo_inks.inks(direction, np.random.default_rng(0))


def test_one_solid_summit_on_empty_paper_with_an_accent_contour() -> None:
    """The peak reads at 64 px: a solid mass of one ink, much of the frame bare field
    (no even density of lines), and one index contour in the accent."""
    for sub in FITTING:
        for seed in range(3):
            d = _in(sub, seed, LOUD if seed % 2 else CALM, title="Untitled", layout="top-left")
            img = _peak(d)
            ink = topo_inks.inks(d, topographic.raster.rng_for(d, "topo"))
            bare = _near(img, ink.field).mean()
            mass = _near(img, ink.mass).mean()
            accent = _near(img, ink.accent).mean()
            assert bare > 0.4, (sub, seed, bare)
            assert mass > 0.025, (sub, seed, mass)
            assert 0.003 < accent < 0.08, (sub, seed, accent)


def test_index_contours_are_heavy_and_the_others_hairlines() -> None:
    """A cone's contours: every fifth line inks well over twice as wide as the
    lines between, and the lines near the summit close into a solid."""
    x, y = np.meshgrid(np.linspace(-1, 1, 96), np.linspace(-1, 1, 96))
    h = np.clip(1.0 - np.hypot(x, y), 0.0, 1.0).astype(np.float32)
    hair, heavy, spot, solid = topo_print.lines(h, 20, 384, 0.2, 10)
    per_hair = hair.sum() / 15  # 16 minor contours, one cut by the frame's corners
    per_index = heavy.sum() / 3  # index 5 and 15 (10 is the accent), 20 the summit
    assert per_index > 2.5 * per_hair, (per_index, per_hair)
    assert spot.sum() > 0 and solid[192, 192] > 0.99 and solid[192, 40] == 0


def test_the_inks_follow_the_genre_language() -> None:
    """Ambient pale paper; metal, dark ambient and goth near-black with bone; chamber
    and classical ECM paper or slate; IDM white or black with one red; never a
    beige-and-brown ramp."""
    for seed in range(8):
        rng = np.random.default_rng(seed)
        amb = topo_inks.inks(_in("ambient", seed, CALM), rng)
        assert not amb.dark and rgb_to_oklch(amb.field)[0] > 0.9, amb
        for sub in ("doom_metal", "dark_ambient", "post_punk"):
            ink = topo_inks.inks(_in(sub, seed, CALM), rng)
            assert rgb_to_oklch(ink.field)[0] < 0.2 and rgb_to_oklch(ink.mass)[0] > 0.75, ink
        ecm = topo_inks.inks(_in("chamber", seed, CALM), rng)
        assert rgb_to_oklch(ecm.field)[1] < 0.03 and rgb_to_oklch(ecm.mass)[1] < 0.03, ecm
        idm = topo_inks.inks(_in("idm", seed, LOUD), rng)
        assert rgb_to_oklch(idm.field)[1] < 0.01 and rgb_to_oklch(idm.accent)[1] > 0.15, idm


def test_the_music_moves_the_relief() -> None:
    """A loud song's summit is a bigger solid mass than a quiet one's; a fast song
    draws more contours across the same land than a slow one."""
    for seed in range(3):
        base = _in("ambient", seed, CALM, title="Untitled", layout="top-left")
        ink = _inks(base)
        quiet, loud = (
            _near(_peak(dataclasses.replace(base, energy=e)), ink.mass).mean() for e in (0.1, 0.9)
        )
        assert loud > 1.5 * quiet, (seed, quiet, loud)
    slow, fast = (
        topographic.spacing(dataclasses.replace(CALM, tempo_bpm=t))[0] for t in (66.0, 170.0)
    )
    assert fast > 1.6 * slow


def test_the_even_bands_are_retired() -> None:
    """No song draws the horizon band or the section of strata under its title."""
    drawn = collections.Counter()
    for i, sub in enumerate(("ambient", "post_rock", "classical", "idm", "folk")):
        for seed in range(24):
            base = LOUD if seed % 2 else CALM
            for title in ("Untitled", "Mountain Song", "Desert Rose"):
                d = _in(sub, 30 * i + seed, base, title=title)
                drawn[topographic.layout_of(d)] += 1
    assert not drawn.keys() & {"horizon", "section"}, drawn


def test_the_64_px_thumbnail_has_one_dominant_dark_or_light_shape() -> None:
    """Seen at 64 px the cover is a figure on a field: the pixels far in value from
    the field make one connected shape for the most part."""
    from scipy import ndimage

    for sub in ("ambient", "chamber", "doom_metal"):
        for seed in range(3):
            d = _in(sub, seed, LOUD, title="Untitled", layout="top-left")
            img = Image.fromarray(_peak(d, 256).astype(np.uint8)).convert("L")
            lum = np.asarray(img.resize((64, 64), Image.Resampling.BOX), np.float32)
            field = np.median(lum)
            figure = np.abs(lum - field) > 60
            labels, count = ndimage.label(figure)
            sizes = np.bincount(labels.ravel())[1:]
            assert count and sizes.max() > 0.6 * sizes.sum() and sizes.max() > 40, (sub, seed)
