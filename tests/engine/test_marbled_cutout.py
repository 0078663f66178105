"""Marbled ink draws different pictures, not one template: the full sheet with the
title on a clear pool at an edge (a flat band with a wavy lower edge, 7 of 12 bench
covers) is one composition among the sheet cut to a disc, an arch, or torn into a
strip and laid on plain paper, each with the title calm on the paper beside it."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
import pytest

from sleeve.engine import looks, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import marbled_ink
from sleeve.engine.styles.base import Artwork
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.registry import get_style
from tests.engine.bench_tracks import bench_directions
from tests.engine.test_styles import CALM, LOUD

CUT = ("disc", "arch", "strip")


def test_no_one_composition_carries_the_style() -> None:
    """Over the bench tracks and four turns of their seeds, each composition (the
    pooled sheet, the disc, the arch, the torn strip) is drawn for a real share, and
    none for more than about a third."""
    counts: collections.Counter[str] = collections.Counter()
    for direction in bench_directions():
        for turn in range(4):
            layout = marbled_ink.layout_of(looks.turned(direction, turn))
            assert layout in marbled_ink.LAYOUTS, layout
            counts[marbled_ink.composition_of(layout)] += 1
    total = sum(counts.values())
    shares = {name: counts[name] / total for name in marbled_ink.COMPOSITIONS}
    assert set(shares) == {"sheet", *CUT}
    assert all(0.12 < share < 0.35 for share in shares.values()), shares


def _forced(monkeypatch: pytest.MonkeyPatch, composition: str) -> None:
    monkeypatch.setattr(marbled_ink, "_composition", lambda direction, side: composition)


def _direction(seed: int, layout: str = "top-left") -> ArtDirection:
    return dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed, layout=layout)


def _render(direction: ArtDirection, size: int = 64) -> Artwork:
    return get_style("marbled_ink").render(direction, size)


def test_the_cut_sheets_differ_as_pictures_from_the_pooled_sheet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same track (same inks, same pattern) drawn as a disc, an arch or a torn
    strip is a different picture from its pooled sheet: their 64 px difference
    hashes are far apart."""
    gaps = collections.defaultdict(list)
    for seed in range(6):
        direction = _direction(seed, ("top-left", "bottom-left")[seed % 4 // 2])
        _forced(monkeypatch, "sheet")
        band = dhash(_render(direction).image)
        for name in CUT:
            _forced(monkeypatch, name)
            gaps[name].append(hamming(dhash(_render(direction).image), band))
    for name, gap in gaps.items():
        assert np.mean(gap) >= 18 and min(gap) >= 12, (name, gap)


@pytest.mark.parametrize("name", CUT)
def test_the_title_sits_on_calm_plain_paper(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Where a top or bottom title goes (its block's reach from the edge), the cover is
    the plain ground: no marbling, no shadow, only the grain."""
    _forced(monkeypatch, name)
    for seed in range(4):
        layout = ("top-left", "bottom-left")[seed % 2]
        direction = _direction(seed, layout)
        ground, _ = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
        img = np.asarray(_render(direction, 128).image, np.float64)
        rows = int(128 * calm_zone.title_reach(direction))
        band = img[:rows] if layout == "top-left" else img[128 - rows :]
        assert rows > 20 and band.std(axis=(0, 1)).max() < 8, (seed, rows, band.std())
        assert np.abs(band.mean(axis=(0, 1)) - ground).max() < 12, (seed, ground)


def test_a_centred_title_sits_between_two_torn_strips(monkeypatch: pytest.MonkeyPatch) -> None:
    """A centred title gets plain paper across the middle, a torn strip above and below."""
    _forced(monkeypatch, "strip")
    for seed in range(3):
        direction = _direction(seed, "title-image")
        assert marbled_ink.layout_of(direction).startswith("strip-")
        grey = np.asarray(_render(direction, 128).image.convert("L"), np.float64)
        assert grey[56:72].std() < 8, seed
        assert grey[4:28].std() > 12 and grey[100:124].std() > 12, seed


@pytest.mark.parametrize("name", CUT)
def test_the_focal_box_holds_the_cut_sheet(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The reported focal box is where the cut sheet lies: most of the marbling is
    inside it, and it is mostly marbling, a bold shape that fills a good part of the
    cover (it reads at 64 px)."""
    _forced(monkeypatch, name)
    for seed in range(4):
        direction = _direction(seed, ("top-left", "bottom-left", "corner", "vertical")[seed])
        ground, _ = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
        art = _render(direction, 64)
        img = np.asarray(art.image, np.float64)
        ink = np.abs(img - np.array(ground)).sum(2) > 60
        x0, y0, x1, y1 = (round(v * 64) for v in art.focal)
        inside = ink[y0:y1, x0:x1]
        assert inside.sum() > 0.85 * ink.sum(), (seed, art.focal)
        assert (x1 - x0) * (y1 - y0) > 0.14 * 64 * 64, (seed, art.focal)
        assert art.layout.startswith(f"{name}-"), art.layout


def test_a_cut_sheet_renders_at_any_size_and_the_same_every_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in CUT:
        _forced(monkeypatch, name)
        direction = _direction(5)
        a, b = _render(direction, 64), _render(direction, 64)
        assert a.image.tobytes() == b.image.tobytes()
        for size in (1024, 3000) if name == "disc" else (1024,):
            art = _render(direction, size)
            assert art.image.size == (size, size) and art.layout == a.layout
            assert art.focal == a.focal


def test_a_cut_disc_of_rings_keeps_its_outline_on_dark_paper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Suminagashi rings are thin lines on wide clear water: cut to a disc and laid
    on dark paper (doom's oxblood on black), the water stands a clear step off the
    paper, so the whole disc reads as a shape (not a few loose rings on black)."""
    from sleeve.engine.color import rgb_to_oklch
    from sleeve.engine.languages import language_for

    _forced(monkeypatch, "disc")
    monkeypatch.setattr(marbled_ink, "pick_pattern", lambda direction, rng: "rings")
    for seed in range(3):
        direction = dataclasses.replace(
            _direction(seed), genre="metal", language=language_for("doom_metal")
        )
        ground, _ = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
        art = _render(direction, 128)
        x0, y0, x1, y1 = (round(v * 128) for v in art.focal)
        img = np.asarray(art.image, np.float64)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        radius = (x1 - x0) / 2  # a top title: the disc's box is cut at most at the bottom
        centre = ((x0 + x1) / 2, y0 + radius)
        disc = (xx - centre[0]) ** 2 + (yy - centre[1]) ** 2 < (radius - 3) ** 2
        pixels = img[y0:y1, x0:x1][disc][::7]
        lit = np.array([rgb_to_oklch(tuple(int(v) for v in c))[0] for c in pixels])
        step = np.median(np.abs(lit - rgb_to_oklch(ground)[0]))
        assert step > 0.12, (seed, step)  # the water a clear step off the paper
