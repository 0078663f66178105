"""Reviewers on the topographic covers: 'flat purple/yellow, a stray clipped blob at the
bottom-left, bright for 4 a.m.' (Salt Flats at 4 A.M.) and 'contour heart,
greeting-card'.

Flat ground never prints a blob, a night or small-hour title and a
still ambient piece print in deep restrained inks, and a love song's heart is no red
and yellow card."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_inks, topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_prints import _in


def test_a_flat_top_lying_on_a_contour_step_prints_no_blob() -> None:
    """A plateau exactly on a step (a clipped crest) sat wholly within a line's width
    and printed as a solid blob; flat ground draws no line, slopes still do."""
    x = (np.arange(terrain.RES, dtype=np.float32) + 0.5) / terrain.RES
    h = np.clip(1.6 * x, 0.0, 1.0)[None, :].repeat(terrain.RES, axis=0)  # flat from 5/8
    line, _, _ = terrain.contours(h, 10, 256, 3.0)
    assert line[:, 200:].max() < 0.05  # the flat top: bare
    assert line[:, 20:140].max() > 0.9  # the slope: its lines


def test_the_horizon_band_has_no_clipped_plateau() -> None:
    """The horizon's crest is land, not a flat shelf cut off at the top."""
    for seed in range(6):
        made = topo_land.horizon(_in("ambient", seed, CALM), np.random.default_rng(seed), "top")
        h = made.height
        assert (h > h.max() - 1e-3).mean() < 0.002, seed


def test_a_night_or_small_hour_title_prints_in_deep_restrained_inks() -> None:
    """Salt Flats at 4 A.M. printed purple card and yellow ink: a night, a small hour or
    a still ambient piece takes a deep card and quiet inks, on any genre; a loud night
    (a rave, a night drive) keeps its genre's print."""
    cases = [("ambient", "Salt Flats at 4 A.M.", CALM), ("pop", "Midnight Walk", CALM)]
    cases.append(("classical", "Slow Tide", CALM))
    for sub, title, base in cases:
        for seed in range(12):
            direction = _in(sub, seed, base, title=title)
            stock = topo_inks.stock(direction, np.random.default_rng(seed), False)
            light, chroma, _ = rgb_to_oklch(stock.card)
            assert light < 0.3 and chroma < 0.05, (sub, title, stock)
            for ink in (stock.line, stock.solid):
                assert rgb_to_oklch(ink)[1] < 0.08, (sub, title, stock)
            step = max(abs(rgb_to_oklch(c)[0] - light) for c in (stock.line, stock.solid))
            assert step > 0.3, (sub, title, stock)  # still a value step at 64 px
    loud = _in("techno", 0, LOUD, title="Midnight Rave")
    assert not topo_inks.still(loud)


def test_a_heart_song_is_no_red_and_yellow_greeting_card() -> None:
    """A heart song's heart printed yellow on red (a Valentine's card): outside the hot
    genres it takes a soul foil or a deep screen, never the warm red card."""
    warm = {topo_inks.hexrgb(card) for card, *_ in topo_inks.SCREENS["warm"]}
    warm |= {topo_inks.hexrgb(card) for card, _ in topo_inks.FOILS["warm"]}
    for sub in ("folk", "pop", "rnb", "rock"):
        for seed in range(10):
            direction = _in(sub, seed, CALM, title="Heart Song")
            stock = topo_inks.stock(direction, np.random.default_rng(seed), True)
            assert stock.card not in warm, (sub, seed, stock)
    hot = _in("reggaeton", 0, LOUD, title="Corazón")
    assert topographic.land(hot) == "heart"
