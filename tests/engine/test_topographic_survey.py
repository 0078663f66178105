"""Two art directors on topographic (4/10 each): "tanaka is muddy, sheet is busy, summit
and gorge are generic", "the tanaka and sheet layouts are wallpaper and both repeat".
The full-bleed sheet, the gorge and the cropped summit are retired for maps with one
subject (an island on a survey sheet; the peak in Swiss relief shading since retired as
a muddy stain), and the lit (Tanaka) massif draws crisp white and black lines on a
mid-tone card, not mud."""

from __future__ import annotations

import collections

import numpy as np

from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_prints import _in

SONGS = (("folk", 0, CALM), ("rock", 1, LOUD), ("ambient", 2, CALM), ("pop", 3, LOUD),
         ("jazz", 4, CALM))  # fmt: skip


def _print(kind: str, sub: str, seed: int, base) -> np.ndarray:
    """The print before the title and the grain (RGB, 256 px), title at the top."""
    direction = _in(sub, seed, base, layout="top-left")
    img, _ = topographic.print_land(direction, topographic.Plan(kind, "top"), 256)
    return np.asarray(img, np.float32)


def test_the_wallpaper_layouts_and_the_muddy_relief_are_retired() -> None:
    """Two reviewers read the shaded relief as a muddy blurred stain, brown at 64 px:
    no song draws it, nor the wallpaper layouts; the coast and the lit massif remain."""
    assert {"sheet", "gorge", "summit", "relief"} <= set(topographic.RETIRED)
    drawn = collections.Counter()
    for i, sub in enumerate(("ambient", "folk", "rock", "techno", "pop", "jazz")):
        for seed in range(20):
            base = CALM if seed % 2 else LOUD
            drawn[topographic.layout_of(_in(sub, 20 * i + seed, base, title="Untitled"))] += 1
    assert not set(drawn) & set(topographic.RETIRED), drawn
    assert {"coast", "tanaka", "horizon"} <= set(drawn), drawn  # the chart: water titles
    assert max(drawn.values()) < 0.5 * sum(drawn.values()), drawn


def test_the_tanaka_lines_are_crisp_and_luminous_on_a_mid_tone_card() -> None:
    """Near-white lines on the lit side, near-black on the shadowed one, over flat
    terraces: the tones between stay in a narrow band (no hillshade mud)."""
    for song in SONGS:
        lum = srgb_to_oklab(_print("tanaka", *song).reshape(-1, 3))[:, 0]
        assert (lum > 0.85).mean() > 0.008, (song, (lum > 0.85).mean())
        assert (lum < 0.25).mean() > 0.002, (song, (lum < 0.25).mean())
        mid = lum[(lum > 0.25) & (lum < 0.85)]
        span = np.percentile(mid, 95) - np.percentile(mid, 5)
        assert span < 0.24, (song, span)
        assert 0.38 < np.median(mid) < 0.66, (song, np.median(mid))


def test_the_survey_maps_have_a_neat_line_and_one_subject() -> None:
    """A survey sheet's frame just inside the edge, and the subject one big piece of
    land filling most of the picture below the title ('a small blob of contours on a
    dark field' read as a stain), the title's band plain."""
    for kind in ("coast",):
        for song in SONGS:
            img = _print(kind, *song).mean(axis=2)
            m = round(256 * 0.035)
            frame = np.abs(img[m, 2 * m : -2 * m] - img[m - 4, 2 * m : -2 * m]) > 20
            assert frame.mean() > 0.8, (kind, song, frame.mean())
            direction = _in(song[0], song[1], song[2], layout="top-left")
            made = topographic.landform(direction, kind, "top")
            land = made.shown > 0.02
            assert 0.35 < land.mean() < 0.72, (kind, song, land.mean())
            assert land[: int(0.3 * land.shape[0])].mean() < 0.01, (kind, song)


def test_a_children_s_song_gets_no_map() -> None:
    """Two closing reviewers read a sea-depth chart on The Little Yellow Duck as the
    wrong picture for a children's song: no map is offered to children's songs or
    lullabies, and their language still has an image style of its own besides paper."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import candidates, fitting

    for title, tags in (("The Little Yellow Duck", "children's song, nursery"),
                        ("Sleepy Bear", "lullaby, calm")):  # fmt: skip
        direction = direct_from_music(MusicInput(task_id="kid", title=title, tags=tags))[0]
        assert "topographic" not in candidates(direction), title
    duck = direct_from_music(MusicInput(task_id="kid", title="Duck", tags="children's song"))[0]
    assert "flow_field" in fitting(duck)
