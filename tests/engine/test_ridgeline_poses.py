"""Ridgeline round 17: eight globes read as one sun set behind hills, seven beams as one
glowing crest along the bottom, the massifs and the thick lines as templates. Each now
moves its layout with the song: the globe turns on a tilted axis, the beam's light may
rise behind its crest (always over a title below), the massif raises a summit over each
of the song's loud sections, and the thick lines' gaps open where the song is loud."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles import ridgeline
from sleeve.engine.styles.cover_parts import ridge_depth, ridge_lines
from tests.engine.test_ridgeline import LOUD

X = np.linspace(0.0, 1.0, 96)


def _song(*centres: float) -> tuple[float, ...]:
    """An energy curve with a loud section at each of `centres` over a quiet floor."""
    bumps = [np.exp(-(((X - c) / 0.06) ** 2)) for c in centres]
    return tuple(float(v) for v in 0.1 + 0.9 * np.max(bumps, axis=0))


def _forced(monkeypatch, direction, name: str, size: int = 128):
    monkeypatch.setattr(ridgeline, "_pick", lambda d, rng: (rng.random(), name)[1])
    art = ridgeline.render(direction, size)
    monkeypatch.undo()
    return art


def _tilt(image, focal) -> float:
    """How far (degrees) the strongest edges in the focal region turn from level bands:
    0 for rows stacked level, more as they tilt."""
    grey = np.asarray(image.convert("L"), float)
    size = grey.shape[0]
    x0, y0, x1, y1 = (int(v * size) for v in focal)
    box = grey[y0:y1, x0:x1]
    gy, gx = np.gradient(box)
    strong = np.hypot(gx, gy) > 25
    jxx, jyy, jxy = (gx**2)[strong].sum(), (gy**2)[strong].sum(), (gx * gy)[strong].sum()
    angle = 0.5 * np.degrees(np.arctan2(2 * jxy, jxx - jyy))  # the edges' normal
    return float(90.0 - abs(angle))


def test_the_globe_turns_on_a_tilted_axis_not_a_sun_set_level(monkeypatch) -> None:
    """Reviewers read the globe's level bands as a sun behind hills on eight tracks: its
    bands now tilt, one way or the other by the seed."""
    tilts = []
    for seed in range(6):
        direction = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        art = _forced(monkeypatch, direction, "sphere", 256)
        tilts.append(_tilt(art.image, art.focal))
    assert min(tilts) > 15.0, tilts


def _glow_side(image) -> float:
    """Above minus below: how much brighter the field is just above the beam's crest
    (its brightest row in each column) than just below it."""
    grey = np.asarray(image.convert("L"), float)
    size = grey.shape[0]
    near, gap = size // 8, 4
    diffs = []
    for col in range(8, size - 8, 4):
        crest = int(np.argmax(grey[:, col]))
        above = grey[max(crest - near, 0) : max(crest - gap, 1), col]
        below = grey[crest + gap : crest + near, col]
        if len(above) and len(below):
            diffs.append(above.mean() - below.mean())
    return float(np.median(diffs))


def test_the_beam_s_light_rises_behind_its_crest_over_a_title_below(monkeypatch) -> None:
    """Over a bottom title the beam's light fell from a crest at the top onto the title's
    band, a thin lit shelf; now its crest stands on the title's dark ground with its light
    rising behind it, and over a top title the seed chooses the curtain or the dawn."""
    for seed in range(4):
        low = dataclasses.replace(LOUD, seed=seed, layout="bottom-left")
        assert _glow_side(_forced(monkeypatch, low, "beam").image) > 10, seed
    sides = [
        _glow_side(
            _forced(monkeypatch, dataclasses.replace(LOUD, seed=s, layout="top-left"), "beam").image
        )
        for s in range(10)
    ]
    assert min(sides) < -10 and max(sides) > 10, sides


def _summits(monkeypatch, curve, seed: int) -> int:
    """How many summits the massif's back line (its silhouette) has for `curve`."""
    painted = []
    paint = ridge_depth.paint
    monkeypatch.setattr(ridge_depth, "paint", lambda c, d, stack, i: painted.append(stack))
    direction = dataclasses.replace(LOUD, seed=seed, layout="top-left", energy_curve=curve)
    _forced(monkeypatch, direction, "massif", 96)
    monkeypatch.setattr(ridge_depth, "paint", paint)
    height = -painted[0].crests[0][:, 1]
    height = np.convolve(height, np.ones(9) / 9, mode="same")[6:-6]
    # a summit the frame's side cuts (the close view) still counts: the line beyond
    # the frame falls to the lowest it shows
    height = np.concatenate(([height.min()], height, [height.min()]))
    drop = np.ptp(height) * 0.2
    peaks = 0
    for i in range(1, len(height) - 1):
        if height[i] >= height[i - 1] and height[i] > height[i + 1]:
            left, right = height[: i + 1].min(), height[i:].min()
            peaks += height[i] - max(left, right) > drop
    return peaks


def test_the_massif_raises_a_summit_over_each_loud_section(monkeypatch) -> None:
    """A song of one build is one peak at any seed, a song of three drops seen
    straight on a range of three (the massif was one peak, and a second by the seed,
    whatever the song); seen close or alone, never more summits than the song has."""
    one = [_summits(monkeypatch, _song(0.5), seed) for seed in range(6)]
    three = [
        _summits_of(_silhouette(monkeypatch, _song(0.15, 0.5, 0.85), s, "range")) for s in range(6)
    ]
    any_view = [_summits(monkeypatch, _song(0.15, 0.5, 0.85), seed) for seed in range(6)]
    assert set(one) == {1} and set(three) == {3}, (one, three)
    assert max(any_view) == 3 and min(any_view) >= 1, any_view


def _gaps(monkeypatch, curve) -> np.ndarray:
    """The gaps between the thick lines (top line first), each line's mean height."""
    painted = []
    monkeypatch.setattr(ridge_lines, "paint", lambda c, d, stack, inks: painted.append(stack))
    direction = dataclasses.replace(LOUD, seed=2, layout="top-left", energy_curve=curve)
    _forced(monkeypatch, direction, "thick", 96)
    return np.diff([crest[:, 1].mean() for crest in painted[0].crests])


def test_the_thick_lines_open_their_gaps_where_the_song_is_loud(monkeypatch) -> None:
    """The thick lines stood evenly spaced whatever the song; now a build opens the gaps
    towards the bottom and a fade towards the top."""
    build = tuple(float(v) for v in np.linspace(0.05, 1.0, 96))
    rise, fall = _gaps(monkeypatch, build), _gaps(monkeypatch, build[::-1])
    assert rise[-1] > 1.3 * rise[0] and fall[0] > 1.3 * fall[-1], (rise, fall)


def _silhouette(monkeypatch, curve, seed: int, view: str | None = None) -> np.ndarray:
    """The massif's back line (its silhouette) as heights over the frame (0 at the
    bottom) for `curve`, its view forced where given."""
    painted = []
    paint = ridge_depth.paint
    monkeypatch.setattr(ridge_depth, "paint", lambda c, d, stack, i: painted.append(stack))
    if view:  # (main before round 18 had one view: raising=False keeps it comparable)
        monkeypatch.setattr(ridge_depth, "_view", lambda c, summits: view, raising=False)
    direction = dataclasses.replace(LOUD, seed=seed, layout="top-left", energy_curve=curve)
    _forced(monkeypatch, direction, "massif", 96)
    monkeypatch.setattr(ridge_depth, "paint", paint)
    crest = painted[0].crests[0]
    return 1.0 - np.interp(X, crest[:, 0], crest[:, 1])


def test_a_song_of_four_drops_is_a_range_of_four_its_last_summit_at_the_side(monkeypatch) -> None:
    """Round 18: the massif read as the same two peaks recoloured on six tracks (at most
    three summits, all kept in the frame's middle). A song of four loud sections seen
    straight on is a range of four, and a song loudest at its end has its summit at the
    frame's side."""
    four = [
        _summits_of(_silhouette(monkeypatch, _song(0.1, 0.35, 0.6, 0.85), s, "range"))
        for s in range(4)
    ]
    assert set(four) == {4}, four
    ends = [
        float(X[np.argmax(_silhouette(monkeypatch, _song(0.95), s, "range"))]) for s in range(4)
    ]
    assert min(ends) > 0.84, ends


def _summits_of(height: np.ndarray) -> int:
    """How many clear summits a silhouette has."""
    height = np.convolve(height, np.ones(9) / 9, mode="same")[6:-6]
    drop, peaks = np.ptp(height) * 0.2, 0
    for i in range(1, len(height) - 1):
        if height[i] >= height[i - 1] and height[i] > height[i + 1]:
            left, right = height[: i + 1].min(), height[i:].min()
            peaks += height[i] - max(left, right) > drop
    return peaks


def test_the_massif_is_seen_from_different_places_not_one_template(monkeypatch) -> None:
    """One song over a dozen seeds: its highest summit stands across the frame (off
    centre alone, cut by a side, mid-range) and the range stands high or low, so no two
    tracks share the same two peaks."""
    curve = _song(0.35, 0.7)
    lines = [_silhouette(monkeypatch, curve, s) for s in range(12)]
    highs = [float(X[np.argmax(line)]) for line in lines]
    assert max(highs) - min(highs) > 0.45, highs
    tops = [float(line.max() - line.min()) for line in lines]
    assert max(tops) > 1.5 * min(tops), tops


def test_the_city_tower_stands_where_the_seed_puts_it(monkeypatch) -> None:
    """The city tower was the same close-up on every city title; it now stands to a
    side or the other, broad or slim, tall or short, as the song and the seed say."""
    boxes = []
    for seed in range(8):
        d = dataclasses.replace(LOUD, seed=seed, title="City Lights", layout="top-left")
        boxes.append(_forced(monkeypatch, d, "city-tower", 96).focal)
    centres = [(b[0] + b[2]) / 2 for b in boxes]
    widths = [b[2] - b[0] for b in boxes]
    assert max(centres) - min(centres) > 0.2 and max(widths) < 0.8, boxes
