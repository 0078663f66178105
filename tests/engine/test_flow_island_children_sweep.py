"""Round 13's defects, named by both art directors of 2026-12-03: a maroon street of
vortices on a children's song (The Little Yellow Duck) and one thin calm stripe swept
across 150 BPM hard rock (Thunderstruck Highway; since round 14 a loud song gets no
sweep). The lee's island, whose stair-cut rim was the third, is retired (round 14)."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.looks import TURNS, turned
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_gestures
from tests.engine.test_styles import CALM

POP = dataclasses.replace(CALM, title="Song Title", genre="pop", energy=0.5, tempo_bpm=116.0)
DUCK = dataclasses.replace(
    CALM,
    title="The Little Yellow Duck",
    genre="children",
    language=dataclasses.replace(CALM.language, subgenre="children", tone="bright"),
    energy=0.42,
    tempo_bpm=110.0,
)
ROCK = dataclasses.replace(
    CALM, title="Thunderstruck Highway", genre="rock", energy=0.66, tempo_bpm=150.0, density=0.54
)


def test_a_children_s_song_gets_no_dark_vortex_on_any_turn() -> None:
    """The Little Yellow Duck drew a street of maroon eddies (gyre-row): a children's
    song never gets a vortex (the gyres, the funnel, the whirlpool) on any turn."""
    layouts = {flow_field.layout_of(turned(DUCK, t)) for t in range(TURNS)}
    assert not layouts & {"gyre-row", "gyre-corner", "funnel", "whirlpool"}, layouts
    assert len(layouts) >= 4, layouts  # still many pictures


def test_a_children_s_song_is_drawn_in_bright_toy_inks_on_cream() -> None:
    """Its lines were maroon (L 0.3) on a cold pale blue: now a warm light field and
    every ink bright (chroma over 0.12, lightness over 0.45), on every turn."""
    for t in range(0, TURNS, 3):
        art = flow_field._draw(turned(DUCK, t), 256)
        pixels = np.asarray(art.image, np.uint8).reshape(-1, 3)
        colors, counts = np.unique(pixels // 8 * 8, axis=0, return_counts=True)
        field = colors[np.argmax(counts)]
        lit, _, hue = rgb_to_oklch(tuple(int(v) for v in field))
        assert lit > 0.88 and (hue < 110 or lit > 0.95), (t, lit, hue)  # cream, not cold
        inks = [
            (n, *rgb_to_oklch(tuple(int(v) for v in c)))
            for c, n in zip(colors, counts, strict=True)
            if n > 200
        ]
        inks = [ink for ink in inks if abs(ink[1] - lit) > 0.2]  # off the field's gradient
        for _, ink_l, ink_c, _ in inks:  # none dark, none dull (the hairlines paler)
            assert ink_c > 0.08 and ink_l > 0.45, (t, ink_l, ink_c)
        assert max(inks)[2] > 0.14, (t, max(inks))  # the lead ink vivid


def test_a_loud_fast_song_never_gets_the_sweep() -> None:
    """Round 13 made a loud song's sweep a broad churned band (Thunderstruck Highway's
    thin calm stripe); round 14's art directors read it as generic bands of lines on
    every loud track (Pulse Width, Overdrive 1986, Gravel Road Home): a song past
    flow_gestures.LOUD[0] gets another picture on every turn, road or not; a calm one
    still gets the sweep."""
    for title in ("Thunderstruck Highway", "Gravel Road Home"):
        loud = dataclasses.replace(ROCK, title=title)
        assert flow_gestures.loudness(loud) > 0.0
        assert "sweep" not in {flow_field.layout_of(turned(loud, t)) for t in range(TURNS)}
    calm = dataclasses.replace(ROCK, energy=0.2, tempo_bpm=72.0)
    assert "sweep" in {flow_field.layout_of(turned(calm, t)) for t in range(TURNS)}
