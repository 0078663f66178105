"""Round 9 on topographic (6/4, one review 3): "a weather map", "coast and contour
plates repeat", "contours do not read as a place or a feeling".

Music without a named island draws landscapes (a valley with its river, the peak, the
basin); the island and the chain only for a title naming islands or the sea. The
valley's river winds out of the title's plain, bent by the song; the peak's flanks
fold into gullies."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine.raster import upscale
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_focal import _forced
from tests.engine.test_topographic_prints import SUBS, _in


def test_music_draws_landscapes_and_islands_only_for_a_title_naming_water() -> None:
    """Across varied music with an untitled song: the valley is drawn for a good
    share, the island and the chain never; a title naming the sea still gets them."""
    drawn = collections.Counter()
    for i, sub in enumerate(SUBS):
        for seed in range(6 * i, 6 * i + 6):
            base = LOUD if seed % 2 else CALM
            drawn[topographic.layout_of(_in(sub, seed, base, title="Untitled"))] += 1
    assert drawn["coast"] == 0 and drawn["chain"] == 0, drawn
    assert drawn["valley"] >= 0.15 * sum(drawn.values()), drawn
    sea = {topographic.layout_of(_in("folk", s, title="Island Days")) for s in range(6)}
    assert sea <= {"coast", "chain"} and sea, sea


def test_a_title_naming_a_river_or_a_valley_draws_the_valley() -> None:
    for title in ("River Song", "Valley Low", "Río Bravo", "Down by the Creek"):
        for seed in range(3):
            d = _in("folk", seed, CALM, title=title, layout="top-left")
            assert topographic.layout_of(d) == "valley", (title, seed)


def _river_at(direction, side: int) -> np.ndarray:
    made = topographic.landform(direction, "valley", "top")
    wet = upscale((made.river < 0).astype(np.float32), side) > 0.5
    return wet & (upscale(made.height, side) > 0.02)


def test_the_river_reads_at_64_px_and_is_the_focal_region() -> None:
    """Seen at 64 px, the river stands off the bands on both its banks in value; it
    reaches the frame's far edge; the focal box reported is the river's; the bytes
    repeat."""
    for sub, seed in (("folk", 0), ("pop", 1), ("techno", 2), ("ambient", 3), ("jazz", 4)):
        d = _in(sub, seed, LOUD if seed % 2 else CALM, title="Untitled", layout="top-left")
        art = _forced(d, "valley", 256)
        assert art.layout == "valley"
        lum = np.asarray(art.image.convert("L").resize((64, 64), Image.Resampling.BOX), float)
        wet = _river_at(d, 64)
        core = ndimage.binary_erosion(wet) if ndimage.binary_erosion(wet).sum() > 20 else wet
        near = ndimage.binary_dilation(wet, iterations=3) & ~ndimage.binary_dilation(wet)
        step = abs(np.median(lum[core]) - np.median(lum[near]))
        assert step > 35, (sub, step)
        assert wet[-2:].any(), sub  # it runs off the foot of the frame
        ys, xs = np.nonzero(_river_at(d, 100))
        x0, y0, x1, y1 = art.focal
        assert x0 <= xs.min() / 100 + 0.03 and x1 >= xs.max() / 100 - 0.03, (sub, art.focal)
        assert y1 >= ys.max() / 100 - 0.03 and y0 >= 0.3, (sub, art.focal)
        assert art.image.tobytes() == _forced(d, "valley", 256).image.tobytes()


def _course(direction) -> np.ndarray:
    """The river's mid-stream across the frame, row by row down the land."""
    wet = topographic.landform(direction, "valley", "top").river < 0
    rows = [np.nonzero(row)[0].mean() for row in wet if row.any()]
    return np.asarray(rows, float)


def _bends(course: np.ndarray) -> int:
    turn = np.sign(np.diff(ndimage.uniform_filter1d(course, 9)))
    return int((np.diff(turn[turn != 0]) != 0).sum())


def test_the_song_bends_the_river() -> None:
    """A fast song bends the river more often than a slow one; where the song is loud
    (its start or its end) moves where the river swings widest."""
    more = 0
    for seed in range(6):
        base = _in("folk", seed, CALM, title="Untitled", layout="top-left")
        slow = _bends(_course(dataclasses.replace(base, tempo_bpm=62.0)))
        fast = _bends(_course(dataclasses.replace(base, tempo_bpm=176.0)))
        more += fast > slow
    assert more >= 5, more
    rise = tuple(np.linspace(0.1, 1.0, 32))
    swings = []
    for curve in (rise, rise[::-1]):
        d = _in("folk", 2, CALM, title="Untitled", layout="top-left", energy_curve=curve)
        course = _course(d)
        half = len(course) // 2
        swings.append(np.ptp(course[:half]) / max(np.ptp(course[half:]), 1.0))
    assert max(swings) > 1.4 * min(swings), swings


def test_a_loud_song_runs_a_broad_river_and_a_still_one_a_stream() -> None:
    for seed in range(4):
        base = _in("folk", seed, CALM, title="Untitled", layout="top-left")
        still, loud = (
            _river_at(dataclasses.replace(base, energy=e), 192).sum() for e in (0.1, 0.9)
        )
        assert loud > 1.5 * still, (seed, still, loud)


def test_the_valley_is_one_picture_at_any_size() -> None:
    d = _in("rock", 5, LOUD, title="Untitled", layout="top-left")
    small, big = (
        np.asarray(_forced(d, "valley", s).image.convert("L").resize((32, 32)), float)
        for s in (256, 1024)
    )
    assert np.abs(small - big).mean() < 6


def _roundness(mask: np.ndarray) -> float:
    """Perimeter squared over 4 pi area: 1 for a disc, more for a folded outline."""
    rim = mask ^ ndimage.binary_erosion(mask)
    return float(rim.sum() ** 2 / (4 * np.pi * max(mask.sum(), 1)))


def test_the_peak_s_flanks_fold_into_gullies() -> None:
    """'A weather map': the peak's contours were rings round a low; now gullies cut
    its flanks between spurs, so a mid-height contour folds (far from a round ring)."""
    folds = []
    for seed in range(8):
        for sub in ("folk", "pop", "rock"):
            d = _in(sub, seed, LOUD if seed % 2 else CALM, title="Untitled", layout="top-left")
            h = topographic.landform(d, "peak", "top").height
            folds += [_roundness(h > level) for level in (0.3, 0.5)]
    assert np.median(folds) > 1.25, np.median(folds)
