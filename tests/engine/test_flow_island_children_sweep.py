"""Round 13's three defects, named by both art directors of 2026-12-03: the lee's accent
rim line drawn in stairs (Song Title (Radio Edit)), a maroon street of vortices on a
children's song (The Little Yellow Duck) and one thin calm stripe swept across 150 BPM
hard rock (Thunderstruck Highway)."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.looks import TURNS, turned
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_gestures, flow_room, flow_streams
from tests.engine.test_styles import CALM

POP = dataclasses.replace(CALM, title="Song Title", genre="pop", energy=0.5, tempo_bpm=116.0)
DUCK = dataclasses.replace(
    CALM,
    title="The Little Yellow Duck",
    genre="children",
    language=dataclasses.replace(CALM.language, subgenre="children", tone="bright"),
    energy=0.42,
    tempo_bpm=110.0,
)
ROCK = dataclasses.replace(
    CALM, title="Thunderstruck Highway", genre="rock", energy=0.66, tempo_bpm=150.0, density=0.54
)


def _roughness(cover: np.ndarray, island: np.ndarray) -> float:
    """How far the island's edge wanders off a smooth curve, in px: along every row and
    column, the edge's sub-pixel place (the first bare pixel less the ink's share of
    the pixel before it), against a parabola fitted over nine rows round it, where the
    edge runs steeper than 45 degrees (mean of the residuals; stairs are half a px)."""
    residuals = []
    for grid, mask in ((cover, island), (cover.T, island.T)):
        for c, m in ((grid, mask), (grid[:, ::-1], mask[:, ::-1])):
            place = np.full(m.shape[0], np.nan)
            for y in range(m.shape[0]):
                xs = np.flatnonzero(m[y])
                if xs.size and xs[0] > 0:
                    place[y] = xs[0] - 1 + c[y, xs[0] - 1]
            for k in range(len(place) - 9):
                run = place[k : k + 9]
                if np.isnan(run).any() or abs(run[-1] - run[0]) > 8:
                    continue
                fit = np.polyval(np.polyfit(np.arange(9), run, 2), 4)
                residuals.append(abs(run[4] - fit))
    return float(np.mean(residuals))


def test_the_lee_s_island_rim_is_antialiased() -> None:
    """The island was cut out of the lines by a yes/no mask made at half size and
    scaled up: the accent line along its rim ended in two-pixel stairs (Song Title
    (Radio Edit)). Now its edge is a smooth curve: off a fitted curve by a tenth of a
    px at most (the stairs 0.17 to 0.38)."""
    calm = (0.0, 0.0, 1.0, 0.3)
    for seed in range(4):
        img = Image.new("RGB", (512, 512), (240, 240, 240))
        inks = [(30, 30, 30), (30, 30, 30), (200, 30, 30)]
        flow_streams.lee(img, POP, np.random.default_rng(seed), inks, calm)
        rng = np.random.default_rng(seed)  # the island lee drew: its draws again
        flow_streams._angle(rng, POP, 0.5)
        (cx, cy, _, _), *_ = flow_streams._islands(rng, *flow_room.room(calm))[0]
        grey = np.asarray(img.convert("L"), np.float32)
        cover = np.abs(grey - 240.0) / np.abs(grey - 240.0).max()
        labels, _ = ndimage.label(cover < 0.02)
        island = labels == labels[min(int(cy * 512), 511), int(cx * 512)]
        assert island.mean() > 0.02, seed  # the bare island found
        assert _roughness(cover, island) < 0.1, seed


def test_a_children_s_song_gets_no_dark_vortex_on_any_turn() -> None:
    """The Little Yellow Duck drew a street of maroon eddies (gyre-row): a children's
    song never gets a vortex (the gyres, the funnel, the whirlpool) on any turn."""
    layouts = {flow_field.layout_of(turned(DUCK, t)) for t in range(TURNS)}
    assert not layouts & {"gyre-row", "gyre-corner", "funnel", "whirlpool"}, layouts
    assert len(layouts) >= 4, layouts  # still many pictures


def test_a_children_s_song_is_drawn_in_bright_toy_inks_on_cream() -> None:
    """Its lines were maroon (L 0.3) on a cold pale blue: now a warm light field and
    every ink bright (chroma over 0.12, lightness over 0.45), on every turn."""
    for t in range(0, TURNS, 3):
        art = flow_field._draw(turned(DUCK, t), 256)
        pixels = np.asarray(art.image, np.uint8).reshape(-1, 3)
        colors, counts = np.unique(pixels // 8 * 8, axis=0, return_counts=True)
        field = colors[np.argmax(counts)]
        lit, _, hue = rgb_to_oklch(tuple(int(v) for v in field))
        assert lit > 0.88 and (hue < 110 or lit > 0.95), (t, lit, hue)  # cream, not cold
        inks = [
            (n, *rgb_to_oklch(tuple(int(v) for v in c)))
            for c, n in zip(colors, counts, strict=True)
            if n > 200
        ]
        inks = [ink for ink in inks if abs(ink[1] - lit) > 0.2]  # off the field's gradient
        for _, ink_l, ink_c, _ in inks:  # none dark, none dull (the hairlines paler)
            assert ink_c > 0.08 and ink_l > 0.45, (t, ink_l, ink_c)
        assert max(inks)[2] > 0.14, (t, max(inks))  # the lead ink vivid


def _orientation_spread(grey: np.ndarray, ink: np.ndarray) -> float:
    """How much the lines' direction wanders within 24 px blocks: one less the
    coherence of the edges' doubled angles, weighted by their strength (0 for
    parallel lines), averaged over the inked blocks."""
    gy, gx = np.gradient(grey)
    doubled = (gx + 1j * gy) ** 2  # a line's two edges point one way
    spreads = []
    for y in range(0, grey.shape[0] - 23, 24):
        for x in range(0, grey.shape[1] - 23, 24):
            if ink[y : y + 24, x : x + 24].mean() > 0.15:
                block = doubled[y : y + 24, x : x + 24]
                spreads.append(1.0 - abs(block.sum()) / (np.abs(block).sum() + 1e-6))
    return float(np.mean(spreads))


def test_a_loud_fast_song_s_sweep_is_bold_and_turbulent() -> None:
    """Thunderstruck Highway (150 BPM hard rock) got one thin calm stripe: a loud fast
    song's sweep covers far more of the frame in ink and its lines buckle (their
    direction wanders within a block), against the same stroke for a calm slow song."""
    calm = dataclasses.replace(ROCK, energy=0.3, tempo_bpm=80.0)
    inks = [(40, 40, 40), (120, 120, 120), (200, 40, 40)]
    inked, spread = [], []
    for direction in (calm, ROCK):
        img = Image.new("RGB", (384, 384), (240, 240, 240))
        rng = np.random.default_rng(5)
        flow_gestures.sweep(img, direction, rng, inks, (0.0, 0.0, 1.0, 0.3))
        grey = np.asarray(img.convert("L"), np.float32)
        ink = grey < 200
        inked.append(float(ink.mean()))
        spread.append(_orientation_spread(grey, ink))
    assert inked[1] > 1.5 * inked[0], inked
    assert spread[1] > 1.5 * spread[0], spread
