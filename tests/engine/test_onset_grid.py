"""What the onset grid promises a listener: its marks keep out of the title's band
and fill the rest of the frame (no small figure in a wide field), the downbeats carry
the accent colour, a strong hit is drawn bigger than a weak one, no mark is nicked by
the frame's edge, the covers are several compositions, and a thumbnail shows the same
composition as the full-size cover."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import onset_grid
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD, assert_thumbnail_matches


def title_spill(name: str, direction: ArtDirection, layout: str) -> tuple[float, float]:
    """(share of the title's place, share of the rest) that departs from the place's
    own median colour: the place the flush-left title takes (the left half of its
    band) should be flat field and the rest should hold the art."""
    image = get_style(name).render(dataclasses.replace(direction, layout=layout), 128).image
    rgb = np.asarray(image, np.float64) / 255
    place, rest = (
        (rgb[4:26, 4:68], rgb[44:])
        if layout == "top-left"
        else (
            rgb[-26:-4, 4:68],
            rgb[:-44],
        )
    )
    field = np.median(place.reshape(-1, 3), axis=0)
    away = [float((np.linalg.norm(part - field, axis=2) > 0.15).mean()) for part in (place, rest)]
    return away[0], away[1]


@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_marks_keep_out_of_the_title_place(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(10):
            place, rest = title_spill("onset_grid", dataclasses.replace(base, seed=seed), layout)
            assert place < 0.02 and rest > 0.02, (seed, place, rest)


def _accent_share(base: ArtDirection, onsets: tuple[float, ...]) -> float:
    """The share of the cover in the accent colour (the sheet's own accent, so the
    mass colour, itself saturated, does not count)."""
    d = dataclasses.replace(base, onsets=onsets, has_audio=True)
    rng = raster.rng_for(d, "onsets")
    hot = onset_grid._sheet(d, Image.new("RGB", (8, 8)), rng, "dot").hot
    rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
    return float((np.abs(rgb - np.asarray(hot, np.float64)).sum(axis=2) < 60).mean())


def test_the_downbeats_carry_the_accent() -> None:
    for seed in range(8):
        downbeats = _accent_share(_loud(seed), ((1.0,) + (0.0,) * 15) * 16)
        offbeats = _accent_share(_loud(seed), ((0.0,) * 2 + (1.0,) + (0.0,) * 13) * 16)
        layout = onset_grid.layout_of(_loud(seed))
        assert downbeats > 0.002 and offbeats < downbeats / 4, (layout, downbeats, offbeats)


def _loud(seed: int) -> ArtDirection:
    return dataclasses.replace(LOUD, seed=seed)


def test_the_covers_are_several_compositions() -> None:
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s))
        for b in (CALM, LOUD)
        for s in range(16)
    }
    assert len(names) >= 6, names


def _ink(onsets: tuple[float, ...], seed: int) -> float:
    """The share of the cover that differs from the same cover with every step a rest
    (the marks, not the mass they may sit on)."""
    covers = [
        np.asarray(
            get_style("onset_grid")
            .render(dataclasses.replace(LOUD, onsets=o, has_audio=True, seed=seed), 256)
            .image.convert("L"),
            np.float64,
        )
        for o in (onsets, (0.0,) * len(onsets))
    ]
    return float((np.abs(covers[0] - covers[1]) > 40).mean())


def test_a_strong_hit_is_drawn_bigger_than_a_weak_one() -> None:
    for seed in range(10):
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)  # all others 0.25
        layout = onset_grid.layout_of(_loud(seed))
        assert strong > 1.8 * weak, (layout, strong, weak)


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("onset_grid")


@pytest.fixture(params=onset_grid.CALM_TO_LOUD)
def forced(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every composition in turn, whatever the seed would pick (the mark shape kept)."""
    plan = onset_grid._plan
    monkeypatch.setattr(onset_grid, "_plan", lambda d: (request.param, plan(d)[1]))
    return str(request.param)


def test_every_composition_keeps_the_title_place_calm(forced: str) -> None:
    for layout in ("top-left", "bottom-left"):
        for base in (CALM, LOUD):
            for seed in range(4):
                d = dataclasses.replace(base, seed=seed)
                place, rest = title_spill("onset_grid", d, layout)
                assert place < 0.02 and rest > 0.01, (forced, layout, seed, place, rest)


def test_every_composition_is_deterministic_and_reports_itself(forced: str) -> None:
    for base in (CALM, LOUD):
        a, b = (get_style("onset_grid").render(base, 256) for _ in range(2))
        assert a.image.tobytes() == b.image.tobytes()
        assert a.layout == forced == onset_grid.layout_of(base)


def test_every_composition_draws_at_64_and_3000_px(forced: str) -> None:
    for size in (64, 3000):
        image = get_style("onset_grid").render(LOUD, size).image
        assert image.size == (size, size) and image.mode == "RGB"


def test_no_mark_is_nicked_by_the_frame(forced: str) -> None:
    """The dot floor's marks at the frame's edge are cut at least in half and long
    along it, never a sliver of a few pixels (the rings, frames, bands, gratings and
    tiles of the other compositions run off the frame by design)."""
    if forced != "floor":
        return
    for base in (CALM, LOUD):
        for seed in range(5):
            rgb = np.asarray(
                get_style("onset_grid").render(dataclasses.replace(base, seed=seed), 256).image,
                np.float64,
            )
            field = np.median(rgb.reshape(-1, 3), axis=0)
            for edge in (rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]):
                inked = np.abs(edge - field).sum(axis=1) > 60
                runs = np.diff(np.flatnonzero(np.diff(np.r_[0, inked.astype(int), 0])))[::2]
                assert all(r >= 5 for r in runs), (forced, seed, runs)


def test_the_art_fills_the_frame_below_the_title(forced: str) -> None:
    """Outside the title's band the pattern or figure reaches most of the frame: at
    least 60% of the 16 px blocks (at 128 px) hold ink, so no cover is a small
    figure stuck in a wide empty field."""
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed)
            rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
            band, art = (rgb[:40], rgb[48:]) if d.layout == "top-left" else (rgb[-40:], rgb[:80])
            field = np.median(band.reshape(-1, 3), axis=0)
            ink = np.abs(art - field).sum(axis=2) > 60
            blocks = ink.reshape(5, 16, 8, 16).any(axis=(1, 3))
            assert blocks.mean() >= 0.6, (forced, seed, blocks.mean())


def test_the_focal_box_holds_the_art(forced: str) -> None:
    """Most of what differs from the field lies in the reported focal box, so the
    title, kept out of it, lands on calm field."""
    for base in (CALM, LOUD):
        for seed in range(3):
            art = get_style("onset_grid").render(dataclasses.replace(base, seed=seed), 128)
            rgb = np.asarray(art.image, np.float64)
            field = np.median(rgb.reshape(-1, 3), axis=0)
            ink = np.abs(rgb - field).sum(axis=2) > 60
            x0, y0, x1, y1 = (round(v * 128) for v in art.focal)
            inside = ink[y0:y1, x0:x1].sum() / max(int(ink.sum()), 1)
            assert inside > 0.85, (forced, seed, art.focal, inside)


def test_different_music_gives_a_different_picture() -> None:
    """The same seed and composition with another rhythm draws another cover."""
    d = dataclasses.replace(LOUD, has_audio=True)
    straight = get_style("onset_grid").render(
        dataclasses.replace(d, onsets=(1.0, 0.0, 0.0, 0.0) * 64), 128
    )
    broken = get_style("onset_grid").render(
        dataclasses.replace(d, onsets=(0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32), 128
    )
    diff = np.abs(np.asarray(straight.image, float) - np.asarray(broken.image, float)).mean()
    assert diff > 4, diff


def test_every_composition_draws_a_strong_hit_bigger(forced: str) -> None:
    """Whatever the composition (a frame, a cell's dot, a grating's push), the same
    rhythm hit hard inks more of the cover than hit softly."""
    for seed in range(3):
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)
        assert strong > 1.3 * weak, (forced, seed, strong, weak)


def test_every_composition_draws_another_rhythm_differently(forced: str) -> None:
    d = dataclasses.replace(LOUD, has_audio=True)
    straight, broken = (
        np.asarray(
            get_style("onset_grid").render(dataclasses.replace(d, onsets=o), 128).image, float
        )
        for o in ((1.0, 0.0, 0.0, 0.0) * 64, (0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32)
    )
    assert np.abs(straight - broken).mean() > 4, forced


def _runs(line: np.ndarray) -> np.ndarray:
    """The lengths of the runs of one tone along a line of grey levels (ink or not)."""
    dark = line < 128
    edges = np.flatnonzero(np.diff(dark.astype(int))) + 1
    return np.diff(np.r_[0, edges, len(dark)])[1:-1]  # the cut runs at the ends left out


def test_the_bulge_swells_toward_the_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The board bulges: somewhere under the title's band its cells are drawn at least
    half again as wide as the flat cells at the board's top edge (a ball pushing out
    of a flat checkerboard, not a flat board)."""
    plan = onset_grid._plan
    monkeypatch.setattr(onset_grid, "_plan", lambda d: ("bulge", plan(d)[1]))
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed, layout="top-left")
            grey = np.asarray(get_style("onset_grid").render(d, 512).image.convert("L"), float)
            flat = np.median(_runs(grey[int(0.385 * 512)]))
            swollen = max(_runs(row).max(initial=0) for row in grey[int(0.45 * 512) :: 4])
            assert swollen > 1.5 * flat, (seed, flat, swollen)


def test_the_moire_is_printed_on_light_fields_only() -> None:
    """The moire's fine gratings read as TV static on a dark field (Fjord, Under a
    Leaden Sky on the after-merge sheet): a dark or loud track never draws it, a light
    calm one does for some seeds."""
    dark = dataclasses.replace(
        CALM, palette=dataclasses.replace(CALM.palette, background=(12, 12, 16))
    )
    light = dataclasses.replace(
        CALM, palette=dataclasses.replace(CALM.palette, background=(240, 236, 226))
    )
    seeds = range(60)
    assert all(onset_grid.layout_of(dataclasses.replace(dark, seed=s)) != "moire" for s in seeds)
    assert all(onset_grid.layout_of(dataclasses.replace(LOUD, seed=s)) != "moire" for s in seeds)
    assert any(onset_grid.layout_of(dataclasses.replace(light, seed=s)) == "moire" for s in seeds)
