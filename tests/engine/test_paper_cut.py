"""Paper cut is layered paper as design: many compositions chosen by the music and
the seed, what the title names drawn huge and cropped (never a small centred icon),
in colours that fit the words and genre."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.styles.cover_parts.paper_colors import colors
from sleeve.engine.styles.cover_parts.paper_scenes import Layer, Scene
from tests.engine.test_styles import CALM, LOUD, render

WARM = Palette(
    (240, 200, 150), ((230, 120, 40), (200, 90, 60), (250, 180, 90)), (220, 60, 40), (30, 20, 10)
)
TITLES = ("Blue Smoke", "Riot", "Velvet", "Hall of Kings", "Quiet Hours", "Back Porch")


def test_the_title_names_what_to_draw_in_any_script() -> None:
    assert "sea" in title_words.motifs("Καλοκαίρι στη θάλασσα")
    assert {"city", "night"} <= title_words.motifs("東京の夜")
    assert "rain" in title_words.motifs("ฝนตกที่กรุงเทพ")
    assert title_words.motifs("Seasons of Marble") == set()  # whole words, not parts


def test_different_songs_get_different_compositions() -> None:
    """Across quiet and loud songs and seeds, at least six compositions, and a quiet
    song leans to the calm ones (window, tunnel, strata) more than a loud one."""
    quiet, loud = [], []
    for seed in range(24):
        for title in TITLES:
            quiet.append(paper_cut.layout_of(dataclasses.replace(CALM, title=title, seed=seed)))
            loud.append(paper_cut.layout_of(dataclasses.replace(LOUD, title=title, seed=seed)))
    assert len(set(quiet) | set(loud)) >= 6, set(quiet) | set(loud)

    def calm_share(layouts: list[str]) -> float:
        return sum(x.split("-")[0] in ("window", "tunnel", "strata") for x in layouts) / len(
            layouts
        )

    assert calm_share(quiet) > calm_share(loud) + 0.15


def test_no_scene_or_clip_art_is_left() -> None:
    """The stock scenes and small icons are gone: no skyline, mountains, waves, clouds,
    emblem, duck or crater for any title that used to name them."""
    old = {"skyline", "mountains", "waves", "clouds", "emblem", "sun", "moon", "duck", "crater"}
    titles = ("City Lights", "Mountain Song", "By the Sea", "Rain", "Sunny Days", "Moon", "Duck")
    for seed in range(12):
        for title in titles:
            layout = paper_cut.layout_of(dataclasses.replace(CALM, title=title, seed=seed))
            assert layout not in old, (title, layout)


def test_a_named_motif_is_huge_and_cropped_by_the_frame() -> None:
    """A sun, a heart, a moon or a flower is drawn big and off the centre, running off
    the frame: its focal box touches an edge and covers a good part of the cover."""
    for title, layout in (("Sunny Days", "rays"), ("Heart of Mine", "heart"),
                          ("Moon", "crescent"), ("Flower", "bloom")):  # fmt: skip
        seen = 0
        for seed in range(16):
            d = dataclasses.replace(CALM, title=title, palette=WARM, seed=seed)
            art = paper_cut.render(d, 96)
            if art.layout != layout:
                continue
            seen += 1
            x0, y0, x1, y1 = art.focal
            assert min(x0, y0) <= 0.01 or max(x1, y1) >= 0.99, (title, art.focal)
            assert (x1 - x0) * (y1 - y0) > 0.25, (title, art.focal)
        assert seen >= 4, title


def test_the_sea_is_blue_even_in_a_desert_palette() -> None:
    pop = language_for("pop")
    seen = 0
    for seed in range(8):
        sea = dataclasses.replace(
            CALM, title="Summer by the Sea", palette=WARM, language=pop, seed=seed
        )
        if not paper_cut.layout_of(sea).startswith("strata"):
            continue
        seen += 1
        lower = np.asarray(render("paper_cut", sea, 128), float)[80:]
        assert lower[..., 2].mean() > lower[..., 0].mean()
    assert seen >= 3


def test_a_night_song_is_cut_from_dark_paper() -> None:
    for seed in (1, 2, 3):
        night = dataclasses.replace(CALM, title="City Lights at Night", palette=WARM, seed=seed)
        assert np.asarray(render("paper_cut", night, 128).convert("L"), float).mean() < 110


def test_a_childrens_song_is_light_and_mostly_a_parade() -> None:
    kids = dataclasses.replace(
        CALM,
        title="Counting Song",
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
    layouts = [paper_cut.layout_of(dataclasses.replace(kids, seed=s)) for s in range(10)]
    assert layouts.count("parade") >= 5
    assert np.asarray(render("paper_cut", kids, 128), float).mean() > 120


def test_a_summer_song_by_the_sea_is_sunny_not_brown() -> None:
    """Greek summer pop in a dusky palette: white paper, Aegean blue and lemon, light
    overall and bluer than red, whatever composition the seed picks."""
    dusk = Palette(
        (57, 49, 95), ((247, 240, 222), (226, 163, 60), (170, 70, 50)), (200, 90, 60), (20, 20, 20)
    )
    for seed in range(4):
        song = dataclasses.replace(
            CALM, title="Καλοκαίρι στη θάλασσα", palette=dusk, language=language_for("pop"),
            valence=0.72, seed=seed,
        )  # fmt: skip
        pixels = np.asarray(render("paper_cut", song, 96), float)
        assert pixels.mean() > 140, (seed, pixels.mean())
        assert pixels[..., 2].mean() > pixels[..., 0].mean(), seed


def test_a_sad_song_gets_deep_paper_and_a_happy_one_light() -> None:
    pop = language_for("pop")
    sad = dataclasses.replace(CALM, title="Velvet", palette=WARM, language=pop, valence=0.2)
    happy = dataclasses.replace(sad, valence=0.85)
    assert np.asarray(render("paper_cut", sad, 96).convert("L"), float).mean() < 110
    assert np.asarray(render("paper_cut", happy, 96).convert("L"), float).mean() > 140


def test_torn_strata_run_level_leaning_or_upright() -> None:
    """The torn bands are not one template: across seeds they run along the foot,
    lean, or stand upright from one side."""
    seen = {
        paper_cut.layout_of(dataclasses.replace(CALM, title="Rain", seed=seed))
        for seed in range(40)
    }
    assert {"strata", "strata-tilt", "strata-side"} <= seen, seen


def test_bright_songs_are_not_all_on_white_paper() -> None:
    """A happy song is cut on clean white paper or, now and then, on a saturated
    coloured ground (Matisse's blue), never on a muddy one."""
    scene = Scene([Layer(())] * 3, None, shape="cut-blob")
    pop = language_for("pop")
    fields = []
    for seed in range(30):
        happy = dataclasses.replace(CALM, palette=WARM, language=pop, valence=0.85, seed=seed)
        fields.append(rgb_to_oklch(colors(happy, scene, False)[0]))
    assert any(c < 0.03 and lit > 0.9 for lit, c, _ in fields)
    assert any(c > 0.1 for _, c, _ in fields)
    assert all(lit > 0.55 for lit, _, _ in fields)
