"""Round-11 reviewers scored Swiss geometry 5/4, 3/4 and 4/5: the zigzag was "one
picture" repeated on the abstract genres, and the fans, wedges and bars read as "a
PowerPoint of shapes", pastel and without tension. The zigzag, the fan and the wedge
are retired, the flats print as spot inks, and the meter sets one huge disc (as big as
the song is loud) against small squares, one a step of the song's loudest bar."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.looks import turned
from sleeve.engine.styles import swiss_geometry
from sleeve.engine.styles.cover_parts import swiss_layouts as layouts
from sleeve.engine.styles.cover_parts import swiss_meter

from .test_styles import CALM, LOUD
from .test_swiss_signs import _ink
from .test_swiss_studies import _as

GONE = ("zigzag", "fan", "wedge")


def test_the_zigzag_fan_and_wedge_are_never_drawn() -> None:
    """The zigzag ("one picture" on techno, IDM, ambient and chamber covers), the fan
    (a pie chart) and the wedge (a pac-man disc) are drawn at no seed, on the abstract
    genres they had filled or anywhere else."""
    assert set(GONE) <= set(swiss_geometry.RETIRED)
    assert not set(GONE) & set(swiss_geometry.COMPOSITIONS)
    for genre in ("techno", "idm", "ambient", "chamber", "pop", "edm"):
        for base in (_as(CALM, genre, title="Salt Flats"), _as(LOUD, genre, title="Tresor")):
            drawn = {swiss_geometry.layout_of(turned(base, k)) for k in range(40)}
            assert not drawn & set(GONE), (genre, drawn)


def _frame(flats: tuple, paper=(240, 238, 234)) -> layouts.Frame:
    curve = np.linspace(0.2, 0.9, 32)
    ink = (30, 30, 30)
    return layouts.Frame(
        256, (18.0, 90.0, 238.0, 238.0), paper, ink, flats, flats[0], curve, curve, 5
    )


def test_pastel_flats_print_as_spot_inks() -> None:
    """A palette of lavender and powder blue on pale paper: the main ink is a full
    spot of its hue (no pastel shape), the second a spot or black or white, never a
    pastel."""
    lavender, powder = oklch_to_rgb(0.76, 0.11, 285.0), oklch_to_rgb(0.8, 0.1, 230.0)
    main, second = layouts.inks(_frame((lavender, powder)))
    assert rgb_to_oklch(main)[1] >= 0.15, rgb_to_oklch(main)
    assert abs(rgb_to_oklch(main)[2] - 285.0) < 20.0
    lit, chroma, _ = rgb_to_oklch(second)
    assert chroma >= 0.13 or chroma < 0.03, rgb_to_oklch(second)


def test_the_meter_disc_grows_with_the_energy(monkeypatch) -> None:
    """A loud song's disc covers clearly more of the cover than a quiet one's (energy
    as scale), seed for seed."""
    for seed in range(4):
        quiet = _as(CALM, "techno", title="Tresor", seed=seed, energy=0.1)
        loud = dataclasses.replace(quiet, energy=0.95)
        assert (
            _ink("meter", loud, monkeypatch).mean() > 1.2 * _ink("meter", quiet, monkeypatch).mean()
        )


def test_the_meter_reads_the_busiest_bar_and_the_tempo() -> None:
    """The squares read the bar with the most hits, each as big as its hit (a rest
    small, a hit near full); a slow song gets eight broad steps, a quick one sixteen."""
    quiet = np.full(16, 0.1)
    busy = np.tile((1.0, 0.1, 0.6, 0.1), 4)
    bar = swiss_meter.loudest_bar(np.r_[quiet, busy, quiet], 1)[0]
    assert np.allclose(bar, busy)
    sizes = swiss_meter.row_sizes(busy, 16)
    assert sizes[0] > sizes[2] > sizes[1]
    assert swiss_meter.meter_steps(70.0) == 8 and swiss_meter.meter_steps(150.0) == 16


def test_the_song_moves_the_meter_block(monkeypatch) -> None:
    """Round 15: the meter repeated on a dozen bench tracks as one level row. Now the
    key turns the block (an odd key by its place on the circle of fifths) and the
    energy sets how many bars it holds: one seed, two keys or two energies, two
    pictures."""
    from .test_swiss_studies import _thumb

    for seed in range(3):
        even = _as(CALM, "techno", title="Tresor", seed=seed, key=0, energy=0.5)
        odd = dataclasses.replace(even, key=5)
        gap = float(
            np.abs(_thumb("meter", even, monkeypatch) - _thumb("meter", odd, monkeypatch)).mean()
        )
        assert gap > 0.01, (seed, gap)
    assert (
        swiss_meter.meter_rows(0.1)
        == 1
        < swiss_meter.meter_rows(0.6)
        < swiss_meter.meter_rows(0.95)
    )
