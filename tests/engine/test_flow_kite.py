"""Flow field's kite: a diamond kite streaming ribbon tails on a bright sky, the
picture for children's songs, jingles, podcasts, filmi and hyperpop (the strokes'
disc was no picture for a child; hyperpop's flame was mud on magenta)."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import flow_field
from tests.engine.test_flow_field import _drawing, band_edges
from tests.engine.test_flow_scenes import _drawn
from tests.engine.test_styles import CALM, LOUD

KIDS = dataclasses.replace(LOUD, genre="children", language=language_for("children"))


def test_childrens_songs_jingles_and_filmi_get_the_kite() -> None:
    for tags in ("children", "jingle", "bollywood", "hyperpop"):
        drawn = _drawn(tags, "Happy Day")
        assert set(drawn) == {"kite"}, (tags, drawn)


def test_a_title_naming_a_kite_or_the_wind_gets_the_kite() -> None:
    for title in ("Kite Song", "Cometa", "पतंग", "Wind in the Trees"):
        drawn = _drawn("rock", title)
        assert set(drawn) == {"kite"}, (title, drawn)


def test_bright_pop_sometimes_flies_a_kite() -> None:
    assert _drawn("pop")["kite"] >= 4


def test_the_kite_is_saturated_ink_on_a_bright_sky() -> None:
    """A child's cover is never dark: a light sky, and flat saturated inks on it (the
    sail and the tails), a focal kite off the sky's grey."""
    for seed in range(3):
        art = flow_field.render(_drawing("kite", KIDS, seed), 128)
        rgb = np.asarray(art.image, float) / 255
        grey = np.asarray(art.image.convert("L"), float)
        assert np.median(grey) > 160, seed
        spread = rgb.max(axis=2) - rgb.min(axis=2)
        assert (spread > 0.4).mean() > 0.02, seed  # the sail and the tails: vivid ink


def test_the_kite_keeps_the_titles_band_calm() -> None:
    for layout, band in (("top-left", slice(0, 6)), ("bottom-left", slice(26, 32))):
        for seed in range(2):
            base = dataclasses.replace(KIDS, layout=layout)
            art = flow_field.render(_drawing("kite", base, seed), 128)
            edges = band_edges(art.image)
            assert edges[band].mean() < 0.6 * edges.mean(), (layout, seed)
            box = art.focal
            assert box[1] > 0.3 if layout == "top-left" else box[3] < 0.72, (layout, box)


def test_a_flame_on_a_light_vivid_field_burns_on_a_deep_one() -> None:
    """A flame on a magenta field was mud: fire on a deep field of the field's hue."""
    magenta = dataclasses.replace(
        CALM,
        title="Sunny Days",
        genre="pop",
        language=language_for("pop"),
        energy=0.8,
        palette=dataclasses.replace(CALM.palette, background=(255, 40, 200)),
    )
    for seed in range(2):
        art = flow_field.render(_drawing("flame", magenta, seed), 128)
        corner = np.asarray(art.image, float)[:12, :12].reshape(-1, 3).mean(axis=0)
        lit = rgb_to_oklch(tuple(int(v) for v in corner))[0]
        assert lit < 0.45, (seed, corner)


def test_a_kite_on_a_mid_vivid_field_is_light_not_mud() -> None:
    """On a magenta field the palette's inks darkened to brown: they turn light."""
    magenta = dataclasses.replace(
        KIDS, palette=dataclasses.replace(KIDS.palette, background=(230, 20, 170))
    )
    for seed in range(2):
        art = flow_field.render(_drawing("kite", magenta, seed), 128)
        grey = np.asarray(art.image.convert("L"), float)
        assert np.percentile(grey, 99) > np.median(grey) + 80, seed
