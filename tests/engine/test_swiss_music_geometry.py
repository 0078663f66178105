"""Swiss geometry's shapes carry the song (two art directors read circles, dots and
bars that "fit any song and therefore none"): the arcs are counted by the tempo, the
bars' ragged edge is the curve; a grey palette still prints one strong ink; no
Bauhaus letter on a children's, hazy or metal song, and the letter's block sits on
its top line; one song's bars vary in layout over the seeds."""

from __future__ import annotations

import dataclasses

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import swiss_geometry
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from sleeve.engine.styles.cover_parts import swiss_systems

from .test_styles import CALM, LOUD
from .test_swiss_geometry import GREY, _as, _inked

ONSETS = (1.0, 0.2, 0.5, 0.2) * 8


def _lch(image: Image.Image) -> np.ndarray:
    """OKLCH of every pixel of a small copy, as rows of (L, C, h)."""
    small = image.resize((48, 48))
    return np.array([rgb_to_oklch(tuple(p)) for p in np.asarray(small).reshape(-1, 3)])


def test_swiss_arcs_are_counted_by_the_tempo() -> None:
    """A ballad is a few broad bands, drum and bass a fine fan (11 to 18 rings for
    every song had read as one template)."""
    assert layouts.arc_rings(66.0) <= 6
    assert layouts.arc_rings(174.0) >= 18
    assert layouts.arc_rings(90.0) < layouts.arc_rings(120.0) < layouts.arc_rings(150.0)


def test_swiss_rhythm_bars_draw_the_energy_curve(monkeypatch) -> None:
    """The bars' lengths read the curve beat by beat: a rising and a falling song's
    stacks mirror each other, and they differ clearly on the page."""
    up = swiss_systems.bar_lengths(np.linspace(0.0, 1.0, 32), 0.5, 8)
    assert np.all(np.diff(up) > 0) and up[-1] - up[0] > 0.5
    base = _as(CALM, "jazz", title="Velvet", seed=5, onsets=ONSETS)
    rising = dataclasses.replace(base, energy_curve=tuple(np.linspace(0.0, 1.0, 32)))
    falling = dataclasses.replace(base, energy_curve=tuple(np.linspace(1.0, 0.0, 32)))
    a, b = _inked("rhythm", rising, monkeypatch), _inked("rhythm", falling, monkeypatch)
    assert (a != b).mean() > 0.05


def test_children_hazy_and_metal_songs_never_get_the_bauhaus_letter() -> None:
    """A Bauhaus "T" on a kids' duck song read as wrong, a geometric "C" under a
    blackletter metal title too; an "I" is a lone stem beside a slab."""
    duck = _as(LOUD, "children", title="The Little Yellow Duck", valence=0.9)
    haze = _as(LOUD, "dream_pop", title="Pink Haze")
    doom = _as(CALM, "doom_metal", title="Charnel Psalm")
    stem = _as(LOUD, "techno", title="Into the Night")
    for track in (duck, haze, doom, stem):
        drawn = {swiss_geometry.layout_of(dataclasses.replace(track, seed=s)) for s in range(60)}
        assert "glyph" not in drawn and len(drawn) >= 3, drawn


def test_the_letters_block_starts_on_the_letters_top_line() -> None:
    """The colour block and the huge letter share one grid line ("the top bar and the
    pink block don't line up, looks unfinished")."""
    d = _as(CALM, "jazz", title="Iron", seed=3)
    colours = swiss_geometry._colors(d, rng_for(d, "swiss"))
    size = 256
    for edge in ("top", "bottom"):
        # a wide, shallow art: the letter is sized by the height, shorter than the art
        frame = swiss_geometry._frame(d, size, edge, 0.2, colours)
        image = Image.new("RGB", (size, size), colours[0])
        layouts.glyph(image, frame, np.random.default_rng(1), "Iron")
        inked = (np.abs(np.asarray(image, int) - np.array(colours[0])).sum(axis=2) > 40).any(axis=1)
        rows = np.flatnonzero(inked)
        main = np.array(layouts.inks(frame)[0])
        block = np.abs(np.asarray(image, int) - main).sum(axis=2) < 12
        block_rows = np.flatnonzero(block.any(axis=1))
        letter = np.flatnonzero(
            (np.abs(np.asarray(image, int) - np.array(colours[1])).sum(axis=2) < 40).any(axis=1)
        )
        if edge == "top":
            assert abs(int(block_rows[0]) - int(letter[0])) <= 2, (edge, block_rows[0], letter[0])
        else:
            assert abs(int(block_rows[-1]) - int(letter[-1])) <= 2, (
                edge,
                block_rows[-1],
                letter[-1],
            )
        assert rows.size


def test_a_grey_palette_still_prints_one_strong_ink(monkeypatch) -> None:
    """No grey-on-black: every composition on an all-grey palette has a strong ink."""
    dark = _as(LOUD, "drill", title="No Mercy", palette=GREY, valence=0.2)
    for kind in ("arcs", "glyph", "rhythm", "lamella", "meter", "blossom"):
        monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng, k=kind: k)
        for seed in range(3):
            image = swiss_geometry.render(dataclasses.replace(dark, seed=seed), 128).image
            strong = (_lch(image)[:, 1] > 0.1).mean()
            assert strong > 0.005, (kind, seed, strong)


def _layout_masks(kind: str, seeds: int = 6) -> list[np.ndarray]:
    """Where one track's composition puts ink at 64 px, one mask per layout seed (the
    same song, colours and frame: only the layout's own choices change)."""
    d = _as(CALM, "jazz", title="Velvet", seed=2, onsets=ONSETS)
    colours = swiss_geometry._colors(d, rng_for(d, "swiss"))
    frame = swiss_geometry._frame(d, 64, "top", 0.3, colours)
    masks = []
    for seed in range(seeds):
        image = Image.new("RGB", (64, 64), colours[0])
        draw = aggdraw.Draw(image)
        getattr(swiss_systems, kind)(draw, frame, np.random.default_rng(seed))
        draw.flush()
        masks.append(np.abs(np.asarray(image, int) - np.array(colours[0])).sum(axis=2) > 60)
    return masks


def test_one_songs_bars_vary_in_layout_over_the_seeds() -> None:
    """The same composition on two turns is not one template: the bars' stack moves,
    flips and scales; no two seeds print the same picture (before, mirrored twins
    were pixel-identical)."""
    masks = _layout_masks("rhythm")
    apart = [(a != b).mean() for i, a in enumerate(masks) for b in masks[i + 1 :]]
    assert min(apart) > 0.03, min(apart)
