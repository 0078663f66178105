"""Where the marbled pictures sit (round 17): the drop never a fragment clipped by a
corner of the frame, the title at full strength on the paper, the torn sheet at
times torn in two, the strata as ranges, one mountain or a slope."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import contrast_ratio
from sleeve.engine.styles import marbled_ink

from .bench_tracks import bench_directions
from .test_styles import LOUD


def _forced(monkeypatch: pytest.MonkeyPatch, picture: str, direction, size: int = 64):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(marbled_ink, "pick_composition", lambda d, rng: picture)
    return marbled_ink.render(direction, size)


def _ink(image: Image.Image, top: bool = False) -> np.ndarray:
    """Where the ink is: off the paper by more than 30 grey levels, the paper the
    median of the four corners' pixels (it shows in three of them at least), or of the
    top rows (`top`: the title's band)."""
    grey = np.asarray(image.convert("L"), float)
    corners = np.concatenate([grey[:6, :6], grey[:6, -6:], grey[-6:, :6], grey[-6:, -6:]], None)
    return np.abs(grey - np.median(grey[:6] if top else corners)) > 30


def test_the_drop_is_never_a_fragment_clipped_by_a_corner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Glass City's drop clipped by the top-left corner left ~60% of the cover flat
    cream, Lift Every Hand's read as a stain in the corner (round 17): on every bench
    track the drop runs off at most one edge of the frame, and where it does it fills
    a good share of the cover (a bold crop, not a fragment; its paper hairlines and a
    deep title's band aside, an eighth)."""
    for direction in bench_directions()[::2]:
        ink = _ink(_forced(monkeypatch, "drop", direction).image)
        edges = [ink[:2].mean(), ink[-2:].mean(), ink[:, :2].mean(), ink[:, -2:].mean()]
        touched = sum(e > 0.1 for e in edges)
        assert touched <= 1, (direction.title, np.round(edges, 2))
        if touched:
            assert ink.mean() > 0.12, (direction.title, ink.mean())


def test_the_title_stands_at_full_strength_on_plain_paper() -> None:
    """A mid-grey title at about 4.5:1 vanished at 64 px (Glass City, round 17): on a
    picture on plain paper the title is black or white, or the palette's ink taken to
    at least 7:1 off the paper."""
    for direction in bench_directions()[::2]:
        picture = marbled_ink.composition_of(marbled_ink.layout_of(direction))
        if picture not in marbled_ink.PAPER or picture in marbled_ink.NIGHT:
            continue
        seeded = marbled_ink.titled(direction)
        ground = marbled_ink.palette_of(seeded, raster.rng_for(seeded, "marbled"))[0]
        colour = marbled_ink.render_with_title(direction, 64)[1].color
        plain = colour in ((0, 0, 0), (255, 255, 255))
        assert plain or contrast_ratio(colour, ground) >= 7.0, (direction.title, colour, ground)


def test_a_swinging_song_s_sheet_is_at_times_torn_in_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """The torn sheet had torn once by the title on every track (round 17): a song that
    swings from quiet to loud at times tears it in two, plain paper showing between
    the pieces down the cover's middle, and not on every seed."""
    pieces = []
    for seed in range(10):
        direction = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        grey = np.asarray(_forced(monkeypatch, "torn", direction, 96).image.convert("L"), float)
        middle = grey[:, 24:72]
        plain = (np.abs(middle - np.median(grey[:8])) < 14).mean(1) > 0.9  # bare paper rows
        sheet = ~plain[30:]  # below the title's band
        pieces.append(int(np.flatnonzero(np.diff(sheet.astype(int)) == 1).size + sheet[0]))
    assert 2 in pieces and 1 in pieces, pieces


def test_the_strata_stand_as_ranges_one_mountain_or_a_slope(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three songs drew the same striped ranges in the lower frame (round 17): over the
    bench the strata's skyline (the highest ink in each column) at times rises to one
    peak inside the frame, both its ends well below it, and at times climbs steadily
    from one side to the other."""
    shapes = set()
    for direction in bench_directions()[::3]:
        direction = dataclasses.replace(direction, layout="top-left")
        ink = _ink(_forced(monkeypatch, "strata", direction).image, top=True)[8:]
        sky = np.array([np.argmax(c) if c.any() else len(c) for c in ink.T], float)[4:-4]
        top = int(np.argmin(sky))
        if 0.15 < top / len(sky) < 0.85 and min(sky[0], sky[-1]) - sky[top] > 10:
            shapes.add("peak")
        if np.ptp(sky) > 14 and abs(np.corrcoef(np.arange(len(sky)), sky)[0, 1]) > 0.9:
            shapes.add("slope")
    assert shapes == {"peak", "slope"}, shapes
