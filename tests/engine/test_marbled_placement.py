"""Where the marbled drop sits and how its title reads (round 17): the drop never a
fragment clipped by a corner of the frame, the title at full strength on the paper."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import contrast_ratio
from sleeve.engine.styles import marbled_ink

from .bench_tracks import bench_directions


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
    for direction in bench_directions():
        picture = marbled_ink.composition_of(marbled_ink.layout_of(direction))
        if picture not in marbled_ink.PAPER or picture in marbled_ink.NIGHT:
            continue
        seeded = marbled_ink.titled(direction)
        ground = marbled_ink.palette_of(seeded, raster.rng_for(seeded, "marbled"))[0]
        colour = marbled_ink.render_with_title(direction, 64)[1].color
        plain = colour in ((0, 0, 0), (255, 255, 255))
        assert plain or contrast_ratio(colour, ground) >= 7.0, (direction.title, colour, ground)
