"""What the risograph's reviews asked for: a night track prints on dark stock, a title
on fire burns in warm inks, and the flames are drawn (the crowd is retired: test_riso_prints)."""

from __future__ import annotations

import dataclasses

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts import riso_inks
from tests.engine.test_styles import CALM, LOUD


def _track(genre: str, title: str, seed: int, **extra: object):
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(genre), title=title, seed=seed, **extra
    )


def test_a_night_track_prints_on_dark_stock_in_light_inks() -> None:
    """rainy window, 3am (lo-fi, night) got a bright cream sphere print: a night track
    prints on black, navy or aubergine stock, its inks light enough to read there."""
    for seed in range(12):
        track = _track("lofi", "rainy window, 3am", seed, night=True)
        paper, inks = riso_inks.choose(track, raster.rng_for(track, "riso-inks"))
        assert rgb_to_oklch(paper)[0] < 0.35, (seed, paper)
        assert min(rgb_to_oklch(ink)[0] for ink in inks) > 0.55, (seed, inks)


def test_a_title_on_fire_burns_in_warm_inks() -> None:
    """Corazón de fuego (reggaeton) got teal dots on cream: a title that names fire
    prints reds, oranges and yellows, and most seeds draw the flames."""
    drawn = []
    for seed in range(12):
        track = _track("reggaeton", "Corazón de fuego", seed)
        _, inks = riso_inks.choose(track, raster.rng_for(track, "riso-inks"))
        for ink in inks:
            light, chroma, hue = rgb_to_oklch(ink)
            assert chroma > 0.1 and (hue < 110 or hue > 350), (seed, ink, hue)
        drawn.append(risograph.composition_of(track))
    assert drawn.count("flames") >= 7, drawn
    fireworks = _track("rock", "君と見た花火", 0)
    assert not riso_inks.on_fire(fireworks)  # fireworks are no fire


def test_a_quiet_song_named_for_the_city_gets_no_loud_picture() -> None:
    """A reviewer read a crowd with its hands up on a cold-wave 'Ночной город' as
    off-mood: a quiet song's named motifs skip the loud pictures too."""
    drawn = {
        risograph.composition_of(dataclasses.replace(CALM, title=title, seed=seed))
        for title in ("Ночной город", "City Lights", "Star")
        for seed in range(60)
    }
    assert not drawn & set(risograph.LOUD_ONLY), drawn
    assert "city" in drawn
