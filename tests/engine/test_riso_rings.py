"""The risograph's ripples (round 12: the stack of shapes, "blob soup" to three
reviewers, gave way to a picture of the song): rings spread from one point, each
band as thick as the song is loud at its step, so a build and a fade print apart."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.languages import language_for
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts.riso_rings import rings, source
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet, grid
from tests.engine.test_styles import LOUD

TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def _inner_outer(curve: np.ndarray, seed: int) -> tuple[float, float]:
    """The lead ink's share near the source and far from it (the rings' two halves)."""
    d = dataclasses.replace(LOUD, seed=seed, energy_curve=tuple(curve))
    plates, _ = rings(d, np.random.default_rng(seed), TOP)
    cx, cy = source(d, np.random.default_rng(seed), TOP)
    x, y = grid()
    r = np.sqrt((x - cx) ** 2 + (y - cy) ** 2) + 0 * x
    y = y + 0 * x
    lead = plates[0]
    inked = r[lead > 0.5]
    near, far = np.quantile(inked, 0.1), np.quantile(inked, 0.9)
    mid = (near + far) / 2
    area = y > 0.38  # the sheet's area under the title's zone
    inner = lead[(r > near) & (r < mid) & area].mean()
    outer = lead[(r >= mid) & (r < far) & area].mean()
    return float(inner), float(outer)


def test_a_build_prints_fat_bands_outside_and_a_fade_inside() -> None:
    """Radius is time: a song that builds prints hairlines round the source and fat
    bands at the rim; a song that fades prints the reverse."""
    rise = np.linspace(0.05, 1.0, 64)
    for seed in range(4):
        inner, outer = _inner_outer(rise, seed)
        assert outer > inner + 0.05, (seed, inner, outer)
        inner, outer = _inner_outer(rise[::-1], seed)
        assert inner > outer + 0.05, (seed, inner, outer)


def test_the_rings_spread_off_centre_and_stop_at_the_title() -> None:
    """The source sits at a corner, an edge or a thirds point, never the sheet's centre
    (the centred target is the icon reviewers named), and no ink crosses into the
    title's zone."""
    for seed in range(12):
        d = dataclasses.replace(LOUD, seed=seed)
        cx, cy = source(d, np.random.default_rng(seed), TOP)
        assert abs(cx - 0.5) > 0.1 or abs(cy - 0.68) > 0.2, (seed, cx, cy)
        plates, _ = rings(d, np.random.default_rng(seed), TOP)
        assert max(float(p[: int(0.34 * p.shape[0])].max()) for p in plates) == 0.0


def test_pop_club_and_dub_draw_the_rings_at_some_turn() -> None:
    """The genres that drew the stack now draw the rings among their pictures."""
    for genre in ("pop", "house", "reggae", "jazz"):
        drawn = {
            risograph.composition_of(
                dataclasses.replace(
                    LOUD, genre=genre, language=language_for(genre), title="Blue", seed=seed
                )
            )
            for seed in range(60)
        }
        assert "rings" in drawn and "stack" not in drawn, (genre, sorted(drawn))


def test_some_songs_drop_a_second_stone_whose_ripple_crosses_the_first() -> None:
    """Round 14: the one ripple was the same picture on ten bench tracks. Some songs
    (more of the busy ones) print a second source, a solid disc of the second ink
    far from the first, its rings in the third ink spread over the sheet."""
    from scipy import ndimage

    counts = []
    for seed in range(16):
        d = dataclasses.replace(LOUD, seed=seed, density=0.2 + 0.05 * seed)
        plates, _ = rings(d, np.random.default_rng(seed), TOP)
        labels, n = ndimage.label(plates[1] > 0.97)
        sizes = ndimage.sum(np.ones_like(labels), labels, range(1, n + 1))
        counts.append(int((np.asarray(sizes) > 150).sum()))
    assert 1 in counts and 2 in counts, counts
