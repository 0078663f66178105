"""The loudness horizon draws what the title names and prints it bold: art directors
read Tokyo at night under pastel sunset ranges and a sunny day under the Milky Way as
stock landscapes that missed the record. A city title gets towers at night, a night
title a dark sky, a sun title a sun, a sea title a coast, in any genre; and every
cover is a screen print of a few flat inks spread from dark to pale, so it reads at
64 px."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import loudness_horizon
from sleeve.engine.styles.cover_parts import horizon_sky
from sleeve.engine.styles.cover_parts.horizon_print import screen_print
from tests.engine.test_styles import CALM

FOLK = dataclasses.replace(CALM, genre="folk", language=language_for("folk"), valence=0.45)
PASTEL = Palette((236, 226, 236), ((200, 190, 220), (170, 190, 210)), (230, 170, 180), (40, 40, 60))


def _layouts(title: str, base: object = FOLK, seeds: int = 40) -> Counter[str]:
    return Counter(
        loudness_horizon.layout_of(dataclasses.replace(base, title=title, seed=s))
        for s in range(seeds)
    )


@pytest.mark.parametrize(
    ("title", "wanted"),
    [
        ("東京の夜", {"night"}),
        ("Ночной город", {"night"}),
        ("Καλοκαίρι στη θάλασσα", {"coast"}),
        ("Солнечный день", {"ranges"}),
        ("Midnight Tide", {"night"}),
    ],
)
def test_a_title_that_names_a_place_or_light_mostly_gets_that_picture(
    title: str, wanted: set[str]
) -> None:
    seen = _layouts(title)
    assert sum(seen[k] for k in wanted) >= 30, (title, seen)


def test_a_city_title_draws_towers_with_lit_windows_in_any_genre() -> None:
    """A folk song is not urban, but a title naming a city gets its skyline at night."""
    for seed in range(40):
        d = dataclasses.replace(FOLK, title="東京の夜", seed=seed, palette=PASTEL)
        if loudness_horizon.layout_of(d) == "night":
            break
    img = np.asarray(loudness_horizon._draw(d, 128)[0].image.convert("L"), np.float64)
    sky, ground = img[: 128 // 3].mean(), img[-128 // 5 :].mean()
    assert sky < 110 and ground < 60  # a night, even on a pastel palette
    towers = img[int(0.55 * 128) : int(0.85 * 128)]
    lit = (towers > sky + 60).mean()
    assert lit > 0.002  # lit windows in the dark towers


def test_a_named_sun_shows_and_a_named_night_is_dark(monkeypatch: pytest.MonkeyPatch) -> None:
    discs: list[float] = []
    monkeypatch.setattr(horizon_sky, "disc", lambda c, x, y, r, *_: discs.append(r))
    for seed in range(12):
        d = dataclasses.replace(FOLK, title="Sunny Days", seed=seed, palette=PASTEL)
        if loudness_horizon.layout_of(d) == "ranges":
            loudness_horizon._draw(d, 64)
    assert discs and min(discs) > 0.15  # the huge sun, never veiled
    for seed in range(6):
        d = dataclasses.replace(FOLK, title="Midnight Tide", seed=seed, palette=PASTEL)
        sky = np.asarray(loudness_horizon._draw(d, 64)[0].image.convert("L"))[:12]
        assert sky.mean() < 100, seed  # a pastel palette at night, not a pale day


def _inks(
    monkeypatch: pytest.MonkeyPatch, title: str, palette: Palette, seed: int
) -> tuple[list[float], list[float]]:
    """The lightness of the cover's inks covering 1% or more, and of all its colours
    covering 0.1% or more (a grove, a moon), grain off."""
    monkeypatch.setattr(loudness_horizon, "finish", lambda img, *_: img)
    d = dataclasses.replace(CALM, title=title, seed=seed, palette=palette)
    px = np.asarray(loudness_horizon.render(d, 128).image).reshape(-1, 3)
    colours, counts = np.unique(px, axis=0, return_counts=True)

    def lit(share: float) -> list[float]:
        big = colours[counts >= share * len(px)]
        return [rgb_to_oklch((int(c[0]), int(c[1]), int(c[2])))[0] for c in big]

    return lit(0.01), lit(0.001)


@pytest.mark.parametrize("seed", range(4))
def test_every_cover_is_a_few_flat_inks_from_dark_to_pale(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """Soft misty gradients read as stock at 64 px: the cover is a handful of flat
    inks (no gradient of dozens of tones), its big areas well apart in value, a deep
    key ink somewhere (a silhouette, a grove) and a pale one."""
    for title, palette in (("Slow Hours", PASTEL), ("Riot Tape", CALM.palette)):
        big, every = _inks(monkeypatch, title, palette, seed)
        assert 2 <= len(big) <= 7, (title, len(big))
        assert max(big) - min(big) >= 0.3, (title, big)
        assert min(every) <= 0.2 and max(every) >= 0.85, (title, every)


def test_the_print_keeps_the_moon_a_small_bright_ink() -> None:
    """A median cut merges a small moon into the sky: the brightest ink is kept."""
    img = Image.new("RGB", (100, 100), (40, 50, 90))
    img.paste((80, 90, 140), (0, 0, 100, 50))
    img.paste((60, 70, 110), (0, 50, 100, 70))
    img.paste((20, 20, 30), (0, 70, 100, 100))
    img.paste((240, 236, 220), (10, 10, 14, 14))  # a 16-pixel moon
    out = np.asarray(screen_print(img, 3))
    assert out[12, 12].mean() > 200


def test_a_childrens_song_is_in_daylight_never_a_night_or_a_storm() -> None:
    """A reviewer read The Little Yellow Duck over a black headland as the wrong record:
    a children's song or a jingle gets the sunny family's daylight pictures."""
    for tags in ("children, nursery, fun", "jingle, corporate intro"):
        music = MusicInput(task_id=f"horizon-kids-{tags}", title="The Little Song", tags=tags)
        direction = direct_from_music(music)[0]
        seen = {loudness_horizon.layout_of(turned(direction, turn)) for turn in range(30)}
        assert seen == {"ranges"}, (tags, seen)
