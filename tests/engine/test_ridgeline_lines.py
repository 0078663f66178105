"""Ridgeline as line stacks (round 7): the corner inset and the lit-window skylines
are retired; every composition is one big mass that reads at 64 px; a city title's
skyline is drawn by the ridge lines, not pixel windows; the genre leans the pick."""

from __future__ import annotations

import dataclasses
import importlib.util

import numpy as np
from scipy import ndimage

from sleeve.engine.languages import language_for
from sleeve.engine.styles import ridgeline
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS
from tests.engine.test_ridgeline import CALM, LOUD, SYNTH
from tests.engine.test_ridgeline import _drawn as _forced

GONE = {"window", "city", "city-window", "city-beam"}
CITY_TITLES = ("Ночной город", "Glass City", "ฝนตกที่กรุงเทพ", "City Lights", "Midnight")


def test_the_corner_inset_and_the_lit_window_skylines_are_retired() -> None:
    """Two reviewers: the small square of ridges in a corner (Ночной город, wrk_047b)
    read as a placeholder that vanishes at 64 px, and three lit-window skylines in one
    batch as one picture. No title, city or not, gets them, and their code is gone."""
    assert set(ridgeline.RETIRED) >= GONE and not GONE & set(LAYOUTS)
    assert importlib.util.find_spec("sleeve.engine.styles.cover_parts.ridge_frames") is None
    drawn = set()
    for seed in range(30):
        for base in (CALM, LOUD, SYNTH):
            for title in (*CITY_TITLES, "wrk_047b", "Wires"):
                drawn.add(ridgeline.layout_of(dataclasses.replace(base, seed=seed, title=title)))
    assert not drawn & GONE, drawn & GONE


def test_every_composition_is_one_big_mass_at_64px() -> None:
    """Each composition's focal region takes at least a third of the frame (the inset
    took a fifth, the small globe less), and at 64 px the art inks a good share of it."""
    for name in LAYOUTS:
        for base in (CALM, LOUD, SYNTH):
            for seed in range(3):
                d = dataclasses.replace(base, seed=seed, title="Glass City")
                art = _forced(d, name, 64)
                x0, y0, x1, y1 = art.focal
                assert (x1 - x0) * (y1 - y0) >= 0.33, (name, seed, art.focal)
                grey = np.asarray(art.image.convert("L"), float)
                box = grey[int(y0 * 64) : int(y1 * 64), int(x0 * 64) : int(x1 * 64)]
                field = np.median(grey[:4] if y0 > 0.2 else grey[-4:])
                assert (np.abs(box - field) > 20).mean() > 0.2, (name, seed)


def test_a_city_title_s_skyline_is_lit_lines_not_windows() -> None:
    """A city title's skyline is the ridge lines stepped into rooftops: its light runs
    in long unbroken lines, not in the small lit squares of pixel windows."""
    for title in CITY_TITLES[:3]:
        for seed in range(6):
            art = ridgeline.render(dataclasses.replace(CALM, seed=seed, title=title), 256)
            assert art.layout in ridgeline.CITY, (title, seed)
            grey = np.asarray(art.image.convert("L"), float)
            x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
            bright = grey[y0:y1, x0:x1] > 0.6 * grey[y0:y1, x0:x1].max()
            labels, count = ndimage.label(bright)
            sizes = np.bincount(labels.ravel())[1:]
            assert sizes.sum() > 0, (title, seed)
            assert sizes[sizes >= 40].sum() > 0.85 * sizes.sum(), (title, seed, art.layout)


def test_the_genre_leans_the_composition() -> None:
    """With the same music, electronic music gets the stack in perspective more often
    than folk, metal the mountain of lines more often than electronic music."""
    mid = dataclasses.replace(LOUD, energy=0.5, density=0.5, tempo_bpm=120.0, title="Wires")

    def share(language: str, genre: str, names: set[str]) -> int:
        d = dataclasses.replace(mid, language=language_for(language), genre=genre)
        picks = [ridgeline.layout_of(dataclasses.replace(d, seed=s)) for s in range(80)]
        return sum(p in names for p in picks)

    assert share("electronic", "electronic", {"perspective"}) > share(
        "folk", "folk", {"perspective"}
    )
    assert share("doom_metal", "metal", {"massif"}) > share("electronic", "electronic", {"massif"})


def test_after_one_line_city_the_other_two_are_stale_for_the_account() -> None:
    """Three reviewers read Ночной город's, Glass City's and ฝนตกที่กรุงเทพ's outlined
    skylines as one template: after one of the line cities, the other two are stale
    too (one skeleton), so the pair choice tries other styles' fresh looks first."""
    from sleeve.engine.looks import staleness

    for name in ridgeline.CITY:
        recent = [f"ridgeline/{name}@top-left"]
        for other in ridgeline.CITY:
            assert staleness(f"ridgeline/{other}@corner", recent) > 0, (name, other)
    assert not staleness("ridgeline/massif@corner", ["ridgeline/city-peak@top-left"])
