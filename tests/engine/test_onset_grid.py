"""What the onset grid promises a listener: its marks keep out of the title's band,
the figures fill the frame, the covers are a few big marks (or one dot screen) in one
or two inks on the field (no test pattern), the retired compositions never come back
and every kept one is drawn for some music, the downbeats carry the accent colour, a
strong hit is drawn bigger than a weak one (Truchet tiles instead turn on a hit),
another rhythm moves the shapes, the covers are several compositions, and a thumbnail
shows the same composition as the full-size cover."""

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
    hot = onset_grid._sheet(d, Image.new("RGB", (8, 8)), rng).hot
    rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
    return float((np.abs(rgb - np.asarray(hot, np.float64)).sum(axis=2) < 60).mean())


def test_the_downbeats_carry_the_accent() -> None:
    for seed in range(12):
        layout = onset_grid.layout_of(_loud(seed))
        if layout == "truchet":  # its accent needs a closed shape (test below)
            continue
        downbeats = _accent_share(_loud(seed), ((1.0,) + (0.0,) * 15) * 16)
        offbeats = _accent_share(_loud(seed), ((0.0,) * 2 + (1.0,) + (0.0,) * 13) * 16)
        assert downbeats > 0.002 and offbeats < downbeats / 4, (layout, downbeats, offbeats)


def test_the_truchet_accent_marks_a_shape_by_each_downbeat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Truchet tiles print in the accent the closed shape (a ring, a blob, a ring's
    hole) nearest each played downbeat's tile, so a bar that starts on a hit shows the
    accent wherever the tiles close a shape (big tiles often close none: two inks),
    and the same bar with its downbeat silent never does."""
    monkeypatch.setattr(onset_grid, "_plan", lambda d: "truchet")
    groove = (0.0,) + (0.7,) * 15  # a hit on every step turns every tile: rings
    shown = []
    for seed in range(8):
        downbeats = _accent_share(_loud(seed), ((1.0,) + groove[1:]) * 16)
        offbeats = _accent_share(_loud(seed), groove * 16)
        assert offbeats < 0.001, (seed, downbeats, offbeats)
        shown.append(downbeats > 0.002)
    assert sum(shown) >= 2, shown


def _loud(seed: int) -> ArtDirection:
    return dataclasses.replace(LOUD, seed=seed)


def test_the_covers_are_several_compositions() -> None:
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s))
        for b in (CALM, LOUD)
        for s in range(16)
    }
    assert len(names) >= 3 and names == set(onset_grid.CALM_TO_LOUD), names


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


SAME_SIZE = ("truchet",)  # every tile alike by design: a hit turns them (test below)


def test_a_strong_hit_is_drawn_bigger_than_a_weak_one() -> None:
    for seed in range(10):
        layout = onset_grid.layout_of(_loud(seed))
        if layout in SAME_SIZE:
            continue
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)  # all others 0.25
        assert strong > 1.8 * weak, (layout, strong, weak)


def _tiles(onsets: tuple[float, ...], seed: int) -> np.ndarray:
    """The Truchet cover's inked pixels (against its field) for a rhythm."""
    d = dataclasses.replace(LOUD, onsets=onsets, has_audio=True, seed=seed, layout="top-left")
    rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
    field = np.median(rgb[:40].reshape(-1, 3), axis=0)
    return np.abs(rgb - field).sum(axis=2) > 60


def test_a_hit_turns_the_truchet_tiles_and_a_ghost_note_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each hit turns the tiles over from its step on, so a rhythm redraws the tiles
    (not only their colour) while ghost notes too soft to count leave the tiles as
    they were (a band may swell a little with them)."""
    monkeypatch.setattr(onset_grid, "_plan", lambda d: "truchet")
    for seed in range(4):
        silent = _tiles((0.0,) * 256, seed)
        hits = _tiles((1.0, 0.0, 0.0, 0.6, 0.0, 0.0, 1.0, 0.0) * 32, seed)
        ghosts = _tiles((1.0, 0.2, 0.0, 0.6, 0.0, 0.2, 1.0, 0.2) * 32, seed)
        moved = (ghosts != hits).mean(), (hits != silent).mean()
        assert moved[0] < 0.06 and moved[1] > max(0.1, 3 * moved[0]), (seed, moved)


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("onset_grid")


@pytest.fixture(params=onset_grid.CALM_TO_LOUD)
def forced(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every composition in turn, whatever the seed would pick."""
    monkeypatch.setattr(onset_grid, "_plan", lambda d: request.param)
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


def _blocks(forced: str, base: ArtDirection, seed: int) -> np.ndarray:
    """Which 16 px blocks (at 128 px) outside the title's band hold ink."""
    d = dataclasses.replace(base, seed=seed)
    rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
    band, art = (rgb[:40], rgb[48:]) if d.layout == "top-left" else (rgb[-40:], rgb[:80])
    field = np.median(band.reshape(-1, 3), axis=0)
    ink = np.abs(art - field).sum(axis=2) > 60
    return ink.reshape(5, 16, 8, 16).any(axis=(1, 3))


def test_the_figures_fill_the_frame_below_the_title(forced: str) -> None:
    """Outside the title's band a figure (rings, bands, tiles, a sun) reaches most of the
    frame: at least 40% of the 16 px blocks hold ink, so it is no small figure
    stuck in a corner."""
    for base in (CALM, LOUD):
        for seed in range(4):
            assert _blocks(forced, base, seed).mean() >= 0.4, (forced, seed)


def test_the_retired_compositions_are_never_drawn_and_the_others_are() -> None:
    """The moire, tunnel, bulge and chevron read as a test card, a screen saver and an
    optical-illusion demo, the row of dots and the barcode strip as plots, the step
    grid as an app icon, the dot floor as a chart and the halftone sun as one small
    diamond of dots on every calm track: no track draws them, and every
    kept composition is drawn for some music."""
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s, energy=e))
        for b in (CALM, LOUD)
        for e in (0.1, 0.5, 0.9)
        for s in range(24)
    }
    retired = {"moire", "tunnel", "bulge", "chevron", "row", "strip", "steps", "floor", "halftone"}
    assert not names & retired, names
    assert names == set(onset_grid.CALM_TO_LOUD), names


def test_every_composition_is_a_few_big_marks(forced: str) -> None:
    """Fewer, bigger marks: at 128 px a cover holds at most 60 separate marks of
    4 px or more (the old floor's horizon specks and the moire's slivers ran to 100),
    and half of them are at least 12 px."""
    from scipy import ndimage

    most = 60
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed)
            rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
            field = np.median(rgb.reshape(-1, 3), axis=0)
            labels, _ = ndimage.label(np.abs(rgb - field).sum(axis=2) > 60)
            sizes = np.bincount(labels.ravel())[1:]
            sizes = sizes[sizes >= 4]
            assert len(sizes) <= most and np.median(sizes) >= 12, (forced, seed, len(sizes))


def test_every_composition_prints_one_or_two_inks_on_the_field(forced: str) -> None:
    """The field, one ink (the ink or the mass colour) and the downbeats' accent: no
    cover prints a fourth of the sheet's colours (a faint ghost ink for rests, a mass
    disc under ink rings) over more than 1.5% of its area."""
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed)
            sheet = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x"))
            rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
            ghost = tuple(0.7 * p + 0.3 * i for p, i in zip(sheet.field, sheet.ink, strict=True))
            inks = {sheet.field, sheet.ink, sheet.mass, sheet.hot, ghost}
            used = [
                c
                for c in inks
                if (np.abs(rgb - np.asarray(c, float)).sum(axis=2) < 45).mean() > 0.015
            ]
            assert len(used) <= 3, (forced, seed, used)


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
    """Whatever the composition (a ring, a band's swell, a sun's ray), the same rhythm
    hit hard inks more of the cover than hit softly (Truchet tiles are all alike)."""
    if forced in SAME_SIZE:
        return
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


def test_every_composition_arranges_another_rhythm_differently(forced: str) -> None:
    """Another rhythm moves the shapes, not only their colours: where the cover is
    inked at all (against its field) changes."""
    for seed in range(3):
        masks = []
        for onsets in ((1.0, 0.0, 0.0, 0.0) * 64, (0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32):
            d = dataclasses.replace(LOUD, onsets=onsets, has_audio=True, seed=seed)
            rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
            field = np.median(rgb.reshape(-1, 3), axis=0)
            masks.append(np.abs(rgb - field).sum(axis=2) > 60)
        assert (masks[0] != masks[1]).mean() > 0.03, (forced, seed)
