"""Flow field's streamline prints (art directors: "scribbled strokes read as amateur",
then "thin random squiggles, a muddy line field"): a few dozen bold lines that never
cross and still read as lines at 64 px, one focal structure that reads at 64 px, and
a field the music drives (tempo the spacing, energy the layout)."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_lines
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM, LOUD

PRINTS = ("swell", "range", "grass", "stone", "whirlpool", "wave")  # full-frame prints


def _runs(image, x: float, across: bool = False) -> list[int]:  # type: ignore[no-untyped-def]
    """The lengths of the ink runs a vertical cut meets (pixels well off the field; a
    horizontal cut `across` upright lines: the grass's blades)."""
    grey = np.asarray(image.convert("L"), float)
    grey = grey.T[::-1] if across else grey
    col = grey[:, int(x * grey.shape[0])]
    ink = np.abs(col - np.median(grey)) > 40
    edges = np.flatnonzero(np.diff(np.concatenate(([0], ink.astype(int), [0]))))
    return list(edges[1::2] - edges[::2])


def test_the_prints_are_bold_lines_that_read_at_a_thumbnail() -> None:
    """A cut through the art meets a dozen or more lines, each several pixels thick at
    512 px (the fine prints' hairlines read as a grey mat), and at 64 px a cut still
    crosses separate lines, not a tone."""
    for name in PRINTS:
        for seed in range(2):
            d = _drawing(name, CALM, seed)
            big, up = flow_field.render(d, 512).image, name == "grass"
            runs = [r for x in (0.2, 0.5, 0.8) for r in _runs(big, x, up)]
            assert len(runs) >= 12, (name, seed, len(runs))
            assert np.percentile(runs, 75) >= 6, (name, seed, sorted(runs))
            small = flow_field.render(d, 64).image
            crossings = max(len(_runs(small, x, up)) for x in (0.3, 0.5, 0.7))
            assert crossings >= 4, (name, seed, crossings)


def test_level_lines_never_cross() -> None:
    """Each line is a level line of one field: two neighbouring pixels on different
    lines never swap order (the line index only steps by one across a pixel where the
    field is not crowded)."""
    d = _drawing("swell", CALM)  # the blaze's flame
    psi, _ = flow_lines.flame(d, np.random.default_rng(1), 256, (0, 0, 1, 0.25))
    step = np.abs(np.diff(np.floor(np.minimum(psi, 1.0) * 20.0), axis=0))  # in the flame
    assert np.percentile(step, 99) <= 1.0


def test_the_tempo_sets_how_tight_the_lines_are() -> None:
    """The same song at 176 BPM draws its lines much closer than at 62 BPM (counted as
    ink runs: a bold line's middle sat at its local mean and counted twice)."""
    for name in ("stone", "range"):
        slow = dataclasses.replace(_drawing(name, CALM), tempo_bpm=62.0)
        fast = dataclasses.replace(slow, tempo_bpm=176.0)
        assert flow_field.layout_of(fast) == name
        a, b = (flow_field.render(d, 768).image for d in (slow, fast))
        few = sum(len(_runs(a, x)) for x in (0.3, 0.5, 0.7))
        many = sum(len(_runs(b, x)) for x in (0.3, 0.5, 0.7))
        assert many > 1.4 * few, (name, few, many)


def test_loud_songs_lean_to_the_gyre_and_the_swell_calm_ones_to_the_sweep_and_the_range() -> None:
    """The energy moves the layout, not only the colour (the lee, retired in round 14,
    gave its calm share to the sweep)."""
    calm = Counter(flow_field.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(120))
    loud_base = dataclasses.replace(LOUD, genre=CALM.genre, language=CALM.language)
    loud = Counter(flow_field.layout_of(dataclasses.replace(loud_base, seed=s)) for s in range(120))
    whirls, parts = ("swell", "gyre-corner", "gyre-row"), ("range", "sweep")
    assert sum(loud[n] for n in whirls) > 1.3 * sum(calm[n] for n in whirls), (calm, loud)
    assert sum(calm[n] for n in parts) > 1.3 * sum(loud[n] for n in parts), (calm, loud)
