"""Paper cut draws what the title names, in colours that fit the words and genre."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles.cover_parts import title_words
from tests.engine.test_styles import CALM, render

WARM = Palette(
    (240, 200, 150), ((230, 120, 40), (200, 90, 60), (250, 180, 90)), (220, 60, 40), (30, 20, 10)
)


def test_the_title_names_what_to_draw_in_any_script() -> None:
    assert "sea" in title_words.motifs("Καλοκαίρι στη θάλασσα")
    assert {"city", "night"} <= title_words.motifs("東京の夜")
    assert "duck" in title_words.motifs("The Little Yellow Duck")
    assert "rain" in title_words.motifs("ฝนตกที่กรุงเทพ")
    assert title_words.motifs("Seasons of Marble") == set()  # whole words, not parts


def test_a_sea_song_is_blue_even_in_a_desert_palette() -> None:
    pop = language_for("pop")
    for seed in (1, 2, 3):
        sea = dataclasses.replace(
            CALM, title="Summer by the Sea", palette=WARM, language=pop, seed=seed
        )
        lower = np.asarray(render("paper_cut", sea, 128), float)[64:]
        assert lower[..., 2].mean() > lower[..., 0].mean()


def test_a_night_city_is_drawn_under_a_dark_sky() -> None:
    for seed in (1, 2, 3):
        night = dataclasses.replace(CALM, title="City Lights at Night", palette=WARM, seed=seed)
        sky = np.asarray(render("paper_cut", night, 128).convert("L"), float)[:24]
        assert sky.mean() < 90


def test_a_childrens_song_is_light_and_its_duck_is_yellow() -> None:
    kids = dataclasses.replace(
        CALM,
        title="The Little Yellow Duck",
        genre="children",
        language=language_for("children"),
        palette=Palette(
            (255, 202, 66),
            ((28, 144, 214), (255, 120, 121), (255, 169, 128)),
            (190, 205, 0),
            (20, 20, 20),
        ),
        valence=0.86,
    )
    pixels = np.asarray(render("paper_cut", kids, 128), float)
    assert pixels.mean() > 120
    yellow = (pixels[..., 0] > 200) & (pixels[..., 1] > 170) & (pixels[..., 2] < 110)
    assert yellow.mean() > 0.02


def test_night_cities_are_seen_from_different_places() -> None:
    """Two night-city songs differ: across water, from the street, one tower, a window."""
    from sleeve.engine.measures import dhash, hamming

    hashes = [
        dhash(render("paper_cut", dataclasses.replace(CALM, title="東京の夜", seed=s), 96))
        for s in range(6)
    ]
    assert min(hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]) >= 6


def test_a_heart_is_cut_from_more_than_one_paper() -> None:
    """A love song's heart is layered paper (nested, tunnelled or folded), not one flat
    emoji red: on most seeds its reds split into a light and a deep paper."""
    layered = 0
    for seed in range(6):
        love = dataclasses.replace(CALM, title="Heart of Mine", palette=WARM, seed=seed)
        pixels = np.asarray(render("paper_cut", love, 128), float)
        red = (pixels[..., 0] > pixels[..., 1] + 50) & (pixels[..., 0] > pixels[..., 2] + 40)
        reds = pixels[red][:, 0]
        layered += bool(len(reds) and (reds > 185).mean() > 0.15 and (reds < 160).mean() > 0.15)
    assert layered >= 3
