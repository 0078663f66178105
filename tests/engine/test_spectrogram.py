"""Spectrogram covers: the song's spectrogram in named compositions that change from
track to track, drawn where the audio puts energy, away from the title, inside the
focal box, with crisp edges (never a smeared fade), in the field's and one spot
colour."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import spectrogram
from sleeve.engine.styles.cover_parts import calm_zone, spectro_figures, spectro_grooves
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas
from tests.engine.test_styles import CALM, LOUD

SIZE = 128


def _ink(direction: ArtDirection, size: int = SIZE) -> tuple[np.ndarray, tuple]:
    """Where the cover is not its field colour, and the reported focal box."""
    art = spectrogram.render(direction, size)
    rgb = np.asarray(art.image.filter(ImageFilter.BoxBlur(1)), np.float64)  # past the grain
    far = np.abs(rgb - np.asarray(spectrogram.field_colour(direction), np.float64)).sum(-1)
    return far > 45, art.focal


def _seeds(base: ArtDirection, n: int) -> list[ArtDirection]:
    return [dataclasses.replace(base, seed=base.seed + 7919 * k) for k in range(n)]


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


def test_tracks_get_different_compositions_not_only_colours() -> None:
    masks = [_ink(d, 64)[0] for d in _seeds(LOUD, 6) + _seeds(CALM, 6)]
    distinct: list[np.ndarray] = []
    for m in masks:
        if all(_iou(m, o) < 0.5 for o in distinct):
            distinct.append(m)
    assert len(distinct) >= 5  # silhouettes, not recoloured copies (full-bleed fields match)
    coverage = [float(m.mean()) for m in masks]
    # the scale moves too: a figure and a plate filling the free part both occur
    assert max(coverage) > 2 * min(coverage)


def test_the_title_zone_stays_calm_and_the_art_is_in_its_focal_box() -> None:
    for base in (CALM, LOUD):  # title bottom-left, then top-left
        zone = calm_zone.ZONES["bottom" if base is CALM else "top"]
        for d in _seeds(base, 8):
            ink, box = _ink(d)
            x0, y0, x1, y1 = (int(round(v * SIZE)) for v in zone)
            assert ink[y0:y1, x0:x1].mean() < 0.02, d.seed
            bx0, by0, bx1, by1 = (int(round(v * SIZE)) for v in box)
            inside = ink[max(by0 - 2, 0) : by1 + 2, max(bx0 - 2, 0) : bx1 + 2].sum()
            assert inside >= 0.95 * ink.sum(), d.seed


def test_a_louder_treble_widens_the_figures() -> None:
    """Bass sits at the axis of the mirrored blot, treble out at its sides: a
    treble-heavy spectrum spreads the ink sideways."""
    bands = np.arange(40)
    low = np.tile(np.where(bands < 10, 1.0, 0.1), (120, 1))
    high = np.tile(np.where(bands >= 30, 1.0, 0.1), (120, 1))

    def spread(draw, spec: np.ndarray, seed: int) -> float:
        res = 128
        grid = (np.arange(res, dtype=np.float32) + 0.5) / res
        canvas = Canvas(grid[None, :], grid[:, None], (0.0, 0.36, 1.0, 1.0), spec, 0.5, 0.5)
        ink = draw(canvas, np.random.default_rng(seed))
        weight = ink.value  # brightness and area
        xs = np.broadcast_to(np.arange(res, dtype=np.float64)[None, :], weight.shape)
        axis = (xs * weight).sum() / weight.sum()
        return float((np.abs(xs - axis) * weight).sum() / weight.sum()) / res

    for seed in range(4):
        for draw in (spectro_figures.rorschach,):
            assert spread(draw, high, seed) > 1.1 * spread(draw, low, seed), (draw, seed)


def test_the_spectrum_given_is_the_spectrum_drawn() -> None:
    bands = 24
    a = tuple(tuple(1.0 if b < 4 else 0.05 for b in range(bands)) for _ in range(32))
    b = tuple(tuple(0.2 + 0.8 * (t % 2) * (k > 12) for k in range(bands)) for t in range(32))
    for d in _seeds(LOUD, 4):
        one = dataclasses.replace(d, spectrum=a, has_audio=True)
        two = dataclasses.replace(d, spectrum=b, has_audio=True)
        diff = np.abs(
            np.asarray(spectrogram.render(one, 96).image, np.int16)
            - np.asarray(spectrogram.render(two, 96).image, np.int16)
        )
        assert diff.mean() > 1.0, d.seed


def test_ink_runs_from_the_field_to_one_spot_hue_not_a_rainbow() -> None:
    for d in _seeds(LOUD, 4) + _seeds(CALM, 4):
        rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
        lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
        chroma = np.hypot(lab[:, 1], lab[:, 2])
        hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1]))[chroma > 0.06]
        if len(hue) < 50:
            continue  # a near-mono palette
        spread = np.angle(np.exp(1j * np.radians(hue - np.median(hue))), deg=True)
        assert np.percentile(np.abs(spread), 90) < 60, d.seed


def test_a_grey_palette_still_glows_in_a_colour() -> None:
    greys = ((40, 40, 42), ((120, 120, 120), (200, 200, 200)), (150, 150, 152))
    for base in (CALM, LOUD):
        palette = dataclasses.replace(
            base.palette, background=greys[0], colors=greys[1], accent=greys[2]
        )
        for d in _seeds(dataclasses.replace(base, palette=palette), 3):
            rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
            lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            # the slimmer compositions colour only a few percent of it
            assert np.percentile(chroma, 99.5) > 0.08, d.seed  # not a grey plate


def _canvas(free: tuple, res: int = 160) -> Canvas:
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    spec = np.random.default_rng(1).random((120, 40)).astype(np.float32)
    return Canvas(grid[None, :], grid[:, None], free, spec, 0.5, 0.5)


def test_every_composition_has_crisp_edges_not_a_fade() -> None:
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        canvas = _canvas(free)
        for name in spectrogram.CRISP:  # the haze alone melts (tested below)
            draw = spectrogram.LAYOUTS[name]
            for seed in range(3):
                ink = draw(canvas, np.random.default_rng(seed))
                faint = (ink.value > 0) & (ink.value < 0.1)
                empty = np.pad(ink.value == 0, 1, constant_values=True)
                edge = np.zeros_like(faint)  # next to the field: an anti-aliased edge
                for dy in range(3):
                    for dx in range(3):
                        edge |= empty[dy : dy + 160, dx : dx + 160]
                haze = faint & ~edge  # faint ink far from any edge: a fade into the field
                assert haze.sum() < 0.02 * max(ink.inside.sum(), 1), (name, seed, free)
                assert ink.inside.mean() > 0.03, (name, seed)


def test_the_blot_sits_whole_in_the_frame() -> None:
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 0.62, 1.0)):
        for seed in range(6):
            ink = spectro_figures.rorschach(_canvas(free), np.random.default_rng(seed))
            x0, y0, x1, y1 = ink.box
            assert free[0] <= x0 and x1 <= free[2] and free[1] <= y0 and y1 <= free[3]
            rows, cols = ink.inside.any(axis=1), ink.inside.any(axis=0)
            assert not (rows[0] or rows[-1] or cols[0] or cols[-1]), seed


def test_the_sun_is_a_burst_that_fills_the_free_part_not_a_speck_in_a_void() -> None:
    """The burst's rays run off the frame's sides and fill the free part edge to edge
    (read at 64 px), its core whole, and stop a margin short of the title."""
    for free, title in (((0.0, 0.36, 1.0, 1.0), slice(0, 64)), ((0.0, 0.0, 1.0, 0.64), None)):
        for seed in range(6):
            ink = spectro_figures.sun(_canvas(free), np.random.default_rng(seed))
            cols = ink.inside.any(axis=0)
            assert cols[0] or cols[-1], seed  # runs off the frame
            rows = np.nonzero(ink.inside.any(axis=1))[0]
            assert (rows[-1] - rows[0]) / 160 > 0.45, seed  # most of the free height
            if title is not None:
                assert not ink.inside[: int(0.4 * 160)].any(), seed  # short of the title


def test_the_blot_is_mirrored_about_an_upright_axis() -> None:
    for seed in range(4):
        ink = spectro_figures.rorschach(_canvas((0.0, 0.0, 1.0, 0.64)), np.random.default_rng(seed))
        cols = np.nonzero(ink.inside.any(axis=0))[0]
        part = ink.inside[:, cols[0] : cols[-1] + 1]
        assert _iou(part, part[:, ::-1]) > 0.85, seed  # a face, not a plot


def test_the_planet_is_lit_from_one_side_gibbous_on_a_dark_field() -> None:
    for seed in range(6):
        ink = spectro_figures.planet(_canvas((0.0, 0.0, 1.0, 1.0)), np.random.default_rng(seed))
        rows = np.nonzero(ink.inside.any(axis=1))[0]
        cols = np.nonzero(ink.inside.any(axis=0))[0]
        assert cols[-1] - cols[0] < 0.95 * (rows[-1] - rows[0]), seed  # the night side is field
        radius = (rows[-1] - rows[0]) / 2
        assert ink.inside.sum() > 0.6 * np.pi * radius**2, seed  # most of it lit: no sliver
        paper = dataclasses.replace(_canvas((0.0, 0.0, 1.0, 0.64)), dark=False)
        ink = spectro_figures.planet(paper, np.random.default_rng(seed))
        assert ink.box[3] <= 0.64  # off the title
        shades = np.percentile(ink.value[ink.inside], (10, 90))
        assert shades[1] - shades[0] > 0.2, seed  # printed: a pale lit side, a deep night


def test_layouts_are_named_and_the_music_and_seed_choose_among_them() -> None:
    names = {spectrogram.render(d, 64).layout for d in _seeds(LOUD, 12) + _seeds(CALM, 12)}
    assert names <= set(spectrogram.LAYOUTS)
    assert len(names) >= 4


def test_every_size_draws_the_same_composition_and_repeats_exactly() -> None:
    d = _seeds(LOUD, 3)[2]
    arts = {size: spectrogram.render(d, size) for size in (64, 1024, 3000)}
    assert {a.image.size for a in arts.values()} == {(64, 64), (1024, 1024), (3000, 3000)}
    assert len({a.layout for a in arts.values()}) == 1
    assert len({tuple(round(v, 2) for v in a.focal) for a in arts.values()}) <= 2
    again = spectrogram.render(d, 1024)
    assert again.image.tobytes() == arts[1024].image.tobytes()


def _genre(base: ArtDirection, subgenre: str) -> ArtDirection:
    return dataclasses.replace(base, language=dataclasses.replace(base.language, subgenre=subgenre))


def test_shoegaze_is_hazed_and_only_the_hazy_genres_get_the_haze() -> None:
    seeds = _seeds(LOUD, 20) + _seeds(CALM, 20)
    gaze = [spectrogram.layout_of(_genre(d, "shoegaze")) for d in seeds]
    assert gaze.count("haze") >= len(gaze) // 2
    crisp = [spectrogram.layout_of(_genre(d, "techno")) for d in seeds]
    assert "haze" not in crisp
    assert len(set(crisp)) >= 6  # many compositions, none of them a bar chart
    for name in ("barcode", "bars"):
        assert name not in spectrogram.LAYOUTS


def test_the_haze_is_soft_and_keeps_off_the_title() -> None:
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64)):
        for seed in range(3):
            ink = spectro_grooves.haze(_canvas(free), np.random.default_rng(seed))
            steps = max(np.abs(np.diff(ink.value, axis=a)).max() for a in (0, 1))
            assert steps < 0.08, (seed, free)  # no crisp edge anywhere, inside or out
            assert ink.inside.mean() > 0.4  # a field, not a spot


def test_the_grooves_crop_the_disc_two_ways_both_big() -> None:
    free = (0.0, 0.36, 1.0, 1.0)  # title on top
    for seed in range(4):
        rng = np.random.default_rng
        disc = spectro_grooves.groove(_canvas(free), rng(seed), "disc").inside
        quarter = spectro_grooves.groove(_canvas(free), rng(seed), "quarter").inside
        cols, rows = disc.any(axis=0), disc.any(axis=1)
        # a record slid half out of a side of the frame: off one side, whole up and down
        assert cols[0] != cols[-1] and not rows[-1], seed
        assert not disc[: int(0.36 * 160)].any()  # off the title
        shown = np.nonzero(rows)[0]
        assert (shown[-1] - shown[0]) / 160 > 0.45, seed  # not a thumbnail in a void
        assert disc.mean() > 0.12, seed
        # swung out of a bottom corner: runs off the bottom and one side, not both
        assert quarter[-1].any() and (quarter[:, 0].any() != quarter[:, -1].any())


def test_the_light_painting_sweeps_across_the_frame_and_the_bands_are_retired() -> None:
    free = (0.0, 0.36, 1.0, 1.0)  # title on top
    for seed in range(4):
        ink = spectro_figures.light_paint(_canvas(free, 320), np.random.default_rng(seed))
        cols = ink.inside.any(axis=0)
        assert cols[0] and cols[-1]  # runs off both sides of the frame
        assert not ink.inside[: int(0.36 * 320)].any()  # off the title
        lines = (ink.value > 0.6)[:, 160]  # thin threads, not a filled band
        assert np.count_nonzero(np.diff(lines.astype(np.int8)) == 1) >= 4, seed
    for name in ("strip", "field", "terrain", "ribbon", "ribbon-close", "groove-arc", "rosette"):
        assert name not in spectrogram.LAYOUTS  # a plot, a heat map, a landscape, a band
