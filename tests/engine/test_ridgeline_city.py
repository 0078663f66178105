"""Ridgeline's night city (round 17): two art directors read the stepped rooftop
outlines as a bar chart, the same picture on Ночной город and ฝนตกที่กรุงเทพ. The city
is now a skyline of solid towers under the song's lit ridges: a rain title's city
stands in rain, its tallest towers carry an antenna's red light, and two city titles
get other layouts, not only other colours."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles import ridgeline
from tests.engine.test_ridgeline import CALM, LOUD


def test_a_rain_title_s_city_stands_in_slanting_rain() -> None:
    """The same song titled for rain gets slanting streaks across its night sky; the
    city itself is the same picture."""
    for seed in range(4):
        dry = dataclasses.replace(CALM, seed=seed, title="Dark City", layout="bottom-left")
        wet = dataclasses.replace(dry, title="Rain City")
        a = np.asarray(ridgeline.render(dry, 256).image.convert("L"), float)
        b = np.asarray(ridgeline.render(wet, 256).image.convert("L"), float)
        sky = np.abs(b[:40] - a[:40])  # the sky over the city, above any roof
        assert (sky > 12).mean() > 0.01, (seed, (sky > 12).mean())
        assert b[:40].mean() > a[:40].mean(), seed  # pale streaks, not dark ones


def test_the_city_s_tallest_towers_carry_a_red_antenna_light() -> None:
    """Every night city has towers: a mast on one of its tallest roofs, a red light on
    its tip over the skyline (the old outlines had no tower a viewer could name)."""
    for seed in range(6):
        for base in (CALM, LOUD):
            d = dataclasses.replace(base, seed=seed, title="City Lights")
            rgb = np.asarray(ridgeline.render(d, 512).image, float)
            red = (rgb[..., 0] > 140) & (rgb[..., 0] > 2.0 * rgb[..., 1]) & (rgb[..., 1] < 90)
            assert red.sum() >= 3, (seed, ridgeline.layout_of(d), red.sum())


def test_two_city_titles_get_other_skylines_not_only_other_colours() -> None:
    """Across seeds the city stands at other heights and densities: the dark mass
    (buildings) fills the frame's rows differently, not one skyline recoloured."""
    profiles = []
    for seed in range(8):
        d = dataclasses.replace(CALM, seed=seed, title="Glass City", layout="top-left")
        grey = np.asarray(ridgeline.render(d, 128).image.convert("L"), float)
        profiles.append((grey < 0.5 * np.median(grey[:12])).mean(axis=1))
    gaps = [
        np.abs(profiles[i] - profiles[j]).mean()
        for i in range(len(profiles))
        for j in range(i + 1, len(profiles))
    ]
    assert np.median(gaps) > 0.08, np.round(gaps, 3)


def test_two_city_titles_with_other_music_get_other_city_skeletons() -> None:
    """Round 18: one skyline under one ridge on Glass City, Ночной город and
    ฝนตกที่กรุงเทพ read as a template. The city's viewpoint moves with the song: a calm
    song's city titles lean to other views (other skeletons, not one picture
    recoloured) than a loud song's, and across songs and seeds the city is seen from
    at least four places."""
    from collections import Counter

    from sleeve.engine.styles.registry import skeleton

    def views(base) -> Counter:
        return Counter(
            skeleton("ridgeline", ridgeline.layout_of(dataclasses.replace(base, seed=s, title=t)))
            for s in range(16)
            for t in ("Glass City", "Ночной город", "ฝนตกที่กรุงเทพ")
        )

    calm, loud = views(CALM), views(LOUD)
    assert calm.most_common(1)[0][0] != loud.most_common(1)[0][0], (calm, loud)
    assert len(set(calm) | set(loud)) >= 4, (calm, loud)
    # one seed, two songs: the same title drawn from another place for most seeds
    other = sum(
        skeleton(
            "ridgeline", ridgeline.layout_of(dataclasses.replace(CALM, seed=s, title="Glass City"))
        )
        != skeleton(
            "ridgeline", ridgeline.layout_of(dataclasses.replace(LOUD, seed=s, title="Glass City"))
        )
        for s in range(16)
    )
    assert other >= 10, other
