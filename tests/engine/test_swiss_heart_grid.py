"""Round 19: 🌙✨💔's Swiss heart sat wherever the song peaked (its centre at any
share of the art's width), one corner of the cover against the emoji title in the
other, a scatter that read as random. The heart now stands on the song's grid (the
meter's module lines: quarters for a 4/4 song, thirds for a waltz): its axis on the
line under the song's peak, so an early and a late peak put it on different lines,
and never between them."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.raster import rng_for, srgb_to_oklab
from sleeve.engine.styles import swiss_geometry
from sleeve.engine.styles.cover_parts import swiss_grid, swiss_signs
from sleeve.engine.styles.cover_parts.swiss_layouts import inks

from .test_styles import CALM, LOUD
from .test_swiss_studies import _as

SIZE = 160
# a peak at the start, in the middle and at the end of the song
PEAKS = {"early": 0, "middle": 6, "late": 11}


# a waltz's onsets: a strong step every twelve sixteenths (three beats a bar)
WALTZ = tuple(1.0 if k % 12 == 0 else 0.3 if k % 4 == 0 else 0.05 for k in range(192))


def _curve(peak: int) -> tuple[float, ...]:
    return tuple(1.0 if k == peak else 0.25 + 0.02 * k for k in range(12))


def _axis(direction, monkeypatch) -> tuple[float, np.ndarray] | None:
    """The heart's axis (x, px) and the song's grid lines across the art, or None
    where the heart touches the canvas edge (its middle then is not its axis)."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: "heart")
    monkeypatch.setattr(swiss_signs, "_slant", lambda f, rng: 0.0)  # upright: symmetric
    rng = rng_for(direction, "swiss")
    colours = swiss_geometry._colors(direction, rng)
    edge, depth = swiss_geometry.title_zone(direction, rng)
    frame = swiss_geometry._frame(direction, SIZE, edge, depth, colours)
    main, _ = inks(frame)
    image = srgb_to_oklab(np.asarray(swiss_geometry.render(direction, SIZE).image, float))
    body = np.linalg.norm(image - srgb_to_oklab(np.asarray(main, float)), axis=-1) < 0.07
    xs = np.nonzero(body.any(axis=0))[0]
    assert len(xs), "no heart drawn"
    if xs.min() <= 1 or xs.max() >= SIZE - 2:
        return None
    x0, _, x1, _ = frame.art
    cols = swiss_grid.modules(frame.tempo, swiss_grid.beats_per_bar(frame.onsets))
    return (xs.min() + xs.max() + 1) / 2.0, np.linspace(x0, x1, cols + 1)


@pytest.mark.parametrize(
    ("base", "onsets"), [(CALM, ()), (LOUD, ()), (CALM, WALTZ)], ids=["calm", "loud", "waltz"]
)
def test_the_heart_stands_on_the_songs_grid_under_the_peak(base, onsets, monkeypatch) -> None:
    lines_hit: dict[str, set[int]] = {name: set() for name in PEAKS}
    for name, peak in PEAKS.items():
        for seed in range(3):
            direction = _as(
                base, "pop", title="🌙✨💔", seed=seed, energy_curve=_curve(peak), onsets=onsets
            )
            found = _axis(direction, monkeypatch)
            if found is None:
                continue
            x, lines = found
            gap = np.abs(lines - x)
            assert gap.min() <= 0.015 * SIZE, (name, seed, x, lines)
            lines_hit[name].add(int(np.argmin(gap)))
    assert all(lines_hit.values()), lines_hit
    # the song moves it: an early peak stands left of a late one
    assert max(lines_hit["early"]) < min(lines_hit["late"]), lines_hit
