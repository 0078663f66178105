"""What pixel sort's compositions promise: the music picks among at least six
skeletons (calm and loud songs lean to different ones), layout_of names what render
draws, each composition's glitch is where it says (rays round a flower's heart, a
band of moshed blocks, a CRT's scanlines) and the focal box holds the subject."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from sleeve.engine.languages import language_for
from sleeve.engine.styles import pixel_sort
from sleeve.engine.styles.cover_parts import pixel_ops
from tests.engine.test_styles import CALM, LOUD

HYPERPOP = dataclasses.replace(CALM, genre="electronic", language=language_for("hyperpop"))


def _forced(comp: str, base=HYPERPOP, seed: int = 3) -> pixel_sort.Sorted:
    """The sort of one composition (its plan forced) for a direction."""
    plan = pixel_sort._plan
    try:
        pixel_sort._plan = lambda d, rng: (plan(d, rng)[0] and comp, pixel_sort.KINDS[comp][0])
        return pixel_sort.sort_cover(dataclasses.replace(base, seed=seed))
    finally:
        pixel_sort._plan = plan


def test_the_music_picks_among_six_compositions() -> None:
    calm = Counter(pixel_sort.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(60))
    loud = Counter(pixel_sort.layout_of(dataclasses.replace(LOUD, seed=s)) for s in range(60))
    assert len(calm + loud) >= 6
    assert max((calm + loud).values()) < 0.3 * 120  # no composition is the template
    # calm songs lean to the quiet end (bloom, crt), loud ones to stripes and mosh
    quiet, noisy = ("bloom", "crt"), ("stripes", "mosh")
    assert sum(calm[c] for c in quiet) > sum(loud[c] for c in quiet)
    assert sum(loud[c] for c in noisy) > sum(calm[c] for c in noisy)


def test_layout_of_names_what_render_draws() -> None:
    for seed in range(12):
        for base in (CALM, LOUD, HYPERPOP):
            d = dataclasses.replace(base, seed=seed)
            assert pixel_sort.layout_of(d) == pixel_sort.render(d, 64).layout


def test_every_composition_glitches_its_subject_and_reports_it_as_focal() -> None:
    for comp in pixel_sort.COMPOSITIONS:
        for seed in (1, 2):
            done = _forced(comp, seed=seed)
            assert done.comp == comp
            x0, y0, x1, y1 = done.focal
            cx, cy = done.source.centre[:2]
            assert x0 <= cx <= x1 and y0 <= cy <= y1, (comp, done.focal, done.source.centre)
            if comp != "crt":
                changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
                assert changed.mean() > 0.02, comp


def test_bloom_sorts_rays_out_from_the_flower_heart() -> None:
    done = _forced("bloom")
    cx, cy, r = done.source.centre
    n = pixel_sort.RES
    changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
    ys, xs = np.nonzero(changed)
    dist = np.hypot((xs + 0.5) / n - cx, (ys + 0.5) / n - cy)
    assert np.median(dist) > 0.3 * r  # the heart stays, the petals stream out
    angles = np.arctan2(ys - cy * n, xs - cx * n)
    assert np.histogram(angles, 8, (-np.pi, np.pi))[0].min() > 0  # all the way round


def test_mosh_tears_one_band_of_whole_blocks() -> None:
    done = _forced("mosh", LOUD)
    changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.02
    rows = np.flatnonzero(changed.any(axis=1))
    block = pixel_sort.RES // 16
    assert rows[-1] - rows[0] < 0.5 * pixel_sort.RES  # one band, not the whole picture
    assert rows[0] % block <= 2  # the blocks' grid


def test_crt_shows_scanlines_on_its_screen() -> None:
    done = _forced("crt")
    x0, y0, x1, y1 = done.focal
    n = pixel_sort.RES
    screen = done.art[
        int((y0 + 0.1) * n) : int((y1 - 0.1) * n), int((x0 + 0.1) * n) : int((x1 - 0.1) * n)
    ]
    rows = (screen @ pixel_ops.LUMA).mean(axis=1)
    spectrum = np.abs(np.fft.rfft(rows - rows.mean()))
    assert spectrum[len(rows) // 3 - 2 : len(rows) // 3 + 3].max() > 3 * np.median(spectrum)


def test_the_skyline_and_the_melt_are_retired() -> None:
    """Two art directors graded the pixel skyline ("a muddy grey pixel city") and the
    melt ("a bare trapezoid that looks unfinished") M on every cover: never drawn."""
    drawn = {
        pixel_sort.layout_of(dataclasses.replace(base, seed=s))
        for base in (CALM, LOUD, HYPERPOP)
        for s in range(80)
    }
    assert not drawn & {"skyline", "melt"}, drawn
    assert len(drawn) == 6, drawn
