"""What the loudness horizon's song lines promise: chamber and ambient music get the
song's own line (a big land mirrored in still water, a curve of light, ridges), never
the stock shore, lake or peak.

Art directors: "pretty stock landscapes", "the loudness curve is not legible as the
song", "the shore repeats", "a stock moon over mountains for chamber music", "near-black
or pale at 64 px". The curve of light is the whole song; a brighter song's sky is
lighter; a snow title whitens the peak; a title naming the dawn gets it."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import loudness_horizon
from sleeve.engine.styles.cover_parts.horizon_skies import sky_for
from tests.engine.test_styles import CALM

STOCK = {"lake", "shore", "summit", "ranges"}


def _song(title: str, tags: str, seed: int):
    return direct_from_music(MusicInput(task_id=f"lines-{seed}", title=title, tags=tags))[0]


def _grey(song, layout: str, band: str = "top", size: int = 128) -> np.ndarray:
    return np.asarray(loudness_horizon.draw(song, layout, band, size)[0].convert("L"), float)


def test_chamber_ambient_and_folk_never_get_the_stock_shore_lake_or_peak() -> None:
    """Titles naming nothing: chamber music the mirror, a curve of light or ridges,
    the others never the island, the headland or the moon over mountains."""
    for title, tags in (
        ("Letters I Never Sent", "chamber, modern classical"),
        ("Salt Flats at 4 A.M.", "ambient"),
        ("Ashes of the Old World", "dark ambient"),
        ("Back Porch", "folk"),
    ):
        drawn = {loudness_horizon.layout_of(_song(title, tags, seed)) for seed in range(8)}
        assert not drawn & STOCK, (tags, drawn)
        if tags.startswith("chamber"):
            assert drawn <= {"mirror", "limb", "strata"}, drawn


def test_the_mirror_is_a_big_dark_land_over_its_reflection() -> None:
    """Reviewers on the old thread: "near-black or pale at 64 px", "a tiny island".
    The mirror's land and its reflection are one big dark mass, tall above and below
    the horizon, on a lighter field, whatever the light."""
    for title, tags in (("Letters", "chamber, modern classical"), ("Salt Flats", "ambient")):
        for seed in range(3):
            for band in ("top", "bottom"):
                grey = _grey(_song(title, tags, seed), "mirror", band, 96)
                ink = grey < 0.5 * (grey.min() + grey.max())
                rows = np.flatnonzero(ink[:, 10:-10].mean(axis=1) > 0.2)
                assert ink.mean() > 0.12, (tags, seed, band, ink.mean())
                assert np.ptp(rows) > 0.22 * len(grey), (tags, seed, band, np.ptp(rows))


def test_the_limb_is_the_whole_song_as_a_rim_of_light() -> None:
    """The brightest line across the cover stands high where the song is loud: a
    rising song's rim climbs to the right, a falling one's to the left."""
    t = np.linspace(0.0, 1.0, 64)
    for curve, right_higher in ((0.1 + 0.85 * t**1.5, True), (0.95 - 0.85 * t**1.5, False)):
        song = dataclasses.replace(CALM, energy_curve=tuple(map(float, curve)))
        grey = _grey(song, "limb")
        rim = grey[40:].argmax(axis=0)  # under the title's band
        left, right = rim[10:40].mean(), rim[-40:-10].mean()
        assert (right < left - 8) == right_higher, (left, right)


def test_a_brighter_song_has_a_lighter_sky_over_its_strata() -> None:
    dim, bright = (dataclasses.replace(CALM, brightness=b) for b in (0.05, 0.95))
    for band in ("top", "bottom"):
        sky = [_grey(song, "strata", band)[:12].mean() for song in (dim, bright)]
        assert sky[1] > sky[0] + 12, (band, sky)


def test_a_snow_title_whitens_the_peak() -> None:
    """Reviewers asked covers to draw what the title names: snow lies deep on the
    summit, a white field (not a cap) a viewer reads at a glance."""
    snowy = dataclasses.replace(CALM, title="Quiet Snow", seed=5)
    rgb = np.asarray(loudness_horizon.draw(snowy, "summit", "top", 128)[0], float)
    white = (rgb.min(axis=2) > 215) & (np.ptp(rgb, axis=2) < 40)
    assert white.mean() > 0.045, white.mean()


def test_a_sun_title_rises_the_sun_at_the_songs_loudest_point() -> None:
    """The curve of light under a title naming the sun: a disc (a patch of the lightest
    ink past the rim's line) stands on the rim where the song is loudest."""
    t = np.linspace(0.0, 1.0, 64)
    peak = tuple(float(v) for v in 0.2 + 0.75 * np.exp(-(((t - 0.7) / 0.15) ** 2)))
    plain = dataclasses.replace(CALM, title="Slow Hours", energy_curve=peak)
    lit = []
    for song in (plain, dataclasses.replace(plain, title="Slow Sunrise")):
        grey = _grey(song, "limb")
        bright = grey > grey.max() - 25
        lit.append(bright.mean())
        if song is not plain:
            at = int(bright.sum(axis=0).argmax())  # the disc's column, thick with light
            assert 0.55 < at / len(grey) < 0.85, at
    assert lit[1] > lit[0] + 0.01, lit


def test_a_title_naming_the_first_light_gets_a_dawn_never_a_night() -> None:
    """Reviewers: "a moonlit night scene for 'Early Light' is a mismatch". A title
    naming the dawn gets the dawn's light, whatever its genre's mood; the same song
    titled for the night gets its night or dusk."""
    for seed in range(6):
        dawn = _song("Fjord, Early Light", "chamber, modern classical", seed)
        night = _song("Fjord at Midnight", "chamber, modern classical", seed)
        assert sky_for(dawn, np.random.default_rng(seed)).name == "dawn", seed
        assert sky_for(night, np.random.default_rng(seed)).name in ("night", "dusk"), seed
