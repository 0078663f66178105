"""Flow field: the title's colour words and the genre set what the strands are made
of (candyfloss pastels, lead grey, gold), in several languages; doom's prints are lead
grey, never a two-colour flag; a cloud or candyfloss title gets that cloud of fine
fibres (candyfloss on its stick)."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_words
from tests.engine.test_styles import CALM, LOUD, render

# the pop palette reviewers saw on Candyfloss: red and gold on grey paper
RED_GOLD = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)
# doom's bone and blood on black: the ribbon read as a red and white flag
BONE_BLOOD = Palette(
    (3, 3, 4), ((196, 190, 173), (74, 74, 74), (110, 17, 24)), (0, 64, 97), (196, 190, 173)
)


def _hues(image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rgb = np.asarray(image.resize((64, 64)), float) / 255.0
    lab = np.array([rgb_to_oklch(tuple(int(v * 255) for v in px)) for px in rgb.reshape(-1, 3)])
    return lab[:, 0], lab[:, 1], lab[:, 2]


def test_colour_words_in_any_language_name_a_material() -> None:
    assert flow_words.named("Candyfloss") == "candyfloss"
    assert flow_words.named("Zuckerwatte im Park") == "candyfloss"
    assert flow_words.named("솜사탕") == "candyfloss"
    assert flow_words.named("Under a Leaden Sky") == "lead"
    assert flow_words.named("Cielo plomizo") == "lead"
    assert flow_words.named("Свинцовое небо") == "lead"
    assert flow_words.named("Golden Hour") == "gold"
    assert flow_words.named("金色の夜") == "gold"
    assert flow_words.named("Leading Lady") is None  # "lead" only as a whole word
    assert flow_words.named("Slow Tide") is None


def _candyfloss():
    """A bubblegum pop track titled Candyfloss on a red and gold palette."""
    return dataclasses.replace(
        CALM,
        title="Candyfloss",
        subtitle="bubblegum pop",
        genre="pop",
        language=language_for("pop"),
        palette=RED_GOLD,
    )


def test_candyfloss_is_pink_pastel_not_red_and_gold_on_grey() -> None:
    """Reviewers: a red and gold scribble ball on grey; candyfloss is pink spun sugar."""
    pop = _candyfloss()
    for seed in (1, 2, 3):
        lit, chroma, hue = _hues(render("flow_field", dataclasses.replace(pop, seed=seed), 128))
        coloured = chroma > 0.04
        pink = coloured & ((hue > 300) | (hue < 15)) & (lit > 0.6)
        red_gold = (chroma > 0.12) & (hue > 20) & (hue < 110)
        assert pink.mean() > 0.05 and red_gold.mean() < 0.005
        assert np.median(hue[chroma > 0.015]) > 300  # the field is pink too, not grey


def test_doom_prints_are_lead_grey_never_a_red_and_white_flag() -> None:
    doom = dataclasses.replace(
        LOUD,
        title="Iron Hymn",
        genre="metal",
        language=language_for("doom_metal"),
        palette=BONE_BLOOD,
    )
    prints = [
        d
        for d in (dataclasses.replace(doom, seed=s) for s in range(40))
        if flow_field.layout_of(d) in ("stone", "range", "grass", "wave")
    ][:3]
    assert prints
    for d in prints:
        lit, chroma, _ = _hues(render("flow_field", d, 128))
        assert (chroma > 0.06).mean() < 0.002  # no blood stripe
        lines = lit > 0.3
        assert lines.mean() > 0.1 and (lit > 0.9).mean() < 0.01  # grey lead, not white


def test_a_cloud_or_candyfloss_title_gets_that_cloud_of_fibres() -> None:
    """The scribble ball never landed on the subject: a sky title's strokes are a cloud,
    candyfloss's a pink cloud on its stick."""
    for seed in range(12):
        for title in ("Under a Leaden Sky", "Candyfloss", "Clouds over Lisbon"):
            d = dataclasses.replace(CALM, title=title, seed=seed)
            assert flow_field.layout_of(d) == "strokes"
    pop = _candyfloss()
    for seed in (1, 2):
        rgb = np.asarray(render("flow_field", dataclasses.replace(pop, seed=seed), 128), float)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        wood = (r - b > 40) & (g - b > 15) & (r < 220)  # the tan stick
        columns = np.flatnonzero(wood.sum(axis=0) > 8)
        assert len(columns) and columns.max() - columns.min() < 10  # one thin upright
