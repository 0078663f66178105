"""What the retro sun promises a synthwave musician: three synthwave songs in one
account do not get one template (thirteen compositions with different skeletons, five
colour schemes), layout_of names the composition drawn, the focal box holds the sun
and leaves the title a different place per composition, the tempo sets the stripes,
vaporwave leans to its pastel sky, and a cover is the same bytes every time."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import retro_sun
from sleeve.engine.styles.cover_parts import retro_plan
from tests.engine.test_styles import LOUD, edges

NEON = Palette(
    (26, 9, 51), ((255, 42, 109), (5, 217, 232), (255, 176, 0)), (255, 176, 0), (250, 250, 250)
)


def _synthwave(sub: str = "synthwave", **changes) -> ArtDirection:
    language = language_for(sub)
    base = dataclasses.replace(
        LOUD, language=language, genre=language.family, palette=NEON, layout="top-left"
    )
    return dataclasses.replace(base, **changes)


def _with_layout(layout: str, sub: str = "synthwave") -> ArtDirection:
    """The first seed whose plan is `layout`: under the plain title, else under one
    naming the night or a road (the compositions drawn for what a title names)."""
    for title in (LOUD.title, "Midnight Tide", "Highway Drive"):
        for seed in range(3000):
            direction = _synthwave(sub, seed=seed, energy=0.5, title=title)
            if retro_sun.layout_of(direction) == layout:
                return direction
    raise AssertionError(layout)


def test_songs_spread_over_many_compositions_and_schemes() -> None:
    plans = [
        retro_sun.plan(_synthwave(seed=s, energy=0.2 + 0.015 * s, valence=0.3 + 0.01 * s))
        for s in range(40)
    ]
    assert len({p.layout for p in plans}) >= 7
    assert len({p.scheme for p in plans}) >= 4
    assert max(sum(p.layout == name for p in plans) for name in retro_plan.COMPOSITIONS) <= 12


def test_three_synthwave_tracks_in_one_account_look_different() -> None:
    tracks = [
        _synthwave(title="Midnight Tide", seed=101, energy=0.45),
        _synthwave(title="Neon Dreams", seed=202, energy=0.6),
        _synthwave(title="Overdrive", seed=303, energy=0.8),
    ]
    pictures = [dhash(edges(retro_sun.render(d, 160).image)) for d in tracks]
    for i in range(3):
        for j in range(i + 1, 3):
            assert hamming(pictures[i], pictures[j]) >= 10


@pytest.mark.parametrize("layout", retro_plan.COMPOSITIONS)
def test_each_composition_is_named_exactly_and_holds_its_sun(layout: str) -> None:
    direction = _with_layout(layout)
    art = retro_sun.render(direction, 96)
    assert art.layout == retro_sun.layout_of(direction) == layout
    assert retro_sun.render(direction, 64).layout == layout
    p = retro_sun.plan(direction)
    cx = 1.0 - p.cx if p.flip else p.cx
    x0, y0, x1, y1 = art.focal
    assert 0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0
    assert x0 - 1e-6 <= cx <= x1 + 1e-6
    assert y0 - 1e-6 <= min(p.cy, p.horizon) <= y1 + 1e-6


def test_the_title_slot_moves_with_the_composition() -> None:
    """The focal box leaves the top free on some compositions, the bottom on others,
    a side on others: the typography puts the title in different places."""
    free = set()
    for layout in retro_plan.COMPOSITIONS:
        x0, y0, x1, y1 = retro_sun.render(_with_layout(layout), 64).focal
        if y0 >= 0.25:
            free.add("top")
        if y1 <= 0.75:
            free.add("bottom")
        if x0 >= 0.25 or x1 <= 0.75:
            free.add("side")
    assert free == {"top", "bottom", "side"}


def test_compositions_differ_in_skeleton() -> None:
    """Every pair of compositions differs in its edge map, not only in colour."""
    names = list(retro_plan.COMPOSITIONS)
    hashes = {n: dhash(edges(retro_sun.render(_with_layout(n), 128).image)) for n in names}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert hamming(hashes[a], hashes[b]) >= 8, (a, b)


def test_a_faster_song_cuts_more_stripes_into_its_sun() -> None:
    slow = retro_sun.plan(_synthwave(tempo_bpm=70.0))
    fast = retro_sun.plan(_synthwave(tempo_bpm=150.0))
    assert fast.stripes > slow.stripes + 3


def test_vaporwave_leans_to_a_pastel_sky_and_synthwave_to_neon_nights() -> None:
    def schemes(sub: str) -> list[str]:
        return [retro_sun.plan(_synthwave(sub, seed=s, valence=0.3)).scheme for s in range(40)]

    vapor, synth = schemes("vaporwave"), schemes("synthwave")
    assert vapor.count("pastel") > 20 and synth.count("pastel") < 12
    pastel = next(
        s
        for s in range(200)
        if retro_sun.plan(_synthwave("vaporwave", seed=s, valence=0.3)).layout == "horizon"
        and retro_sun.plan(_synthwave("vaporwave", seed=s, valence=0.3)).scheme == "pastel"
    )
    sky = retro_sun.render(_synthwave("vaporwave", seed=pastel, valence=0.3), 128).image
    assert np.asarray(sky.convert("L").crop((0, 0, 128, 20)), np.float32).mean() > 150


def test_the_void_keeps_its_tiny_sun_out_of_the_top_title_band() -> None:
    direction = _with_layout("void")
    p = retro_sun.plan(direction)
    assert p.band == "top" and p.cy - p.r > 0.34
    assert p.r < 0.1 and p.horizon > 0.85


def test_a_cover_is_the_same_bytes_every_time_and_renders_large() -> None:
    direction = _with_layout("tracking")
    a = retro_sun.render(direction, 256).image.tobytes()
    assert a == retro_sun.render(direction, 256).image.tobytes()
    assert retro_sun.render(direction, 3000).image.size == (3000, 3000)
    assert retro_sun.render(_with_layout("mirror"), 1024).image.size == (1024, 1024)
