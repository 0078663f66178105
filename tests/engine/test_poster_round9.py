"""Round 9: reviewers read the poster's waterfall and wallpaper as "a font catalogue, not
a record sleeve" and "busy at 64 px" (20 of 74 bench covers). Both are retired; the
mirror (the title on a horizon over water, its reflection rippled by the loudness) and
the window (the letters cut from a sheet onto hills of the song's loudness) take their
draws, the mirror a calm song's, the window a louder one's."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

PICTURES = ("mirror", "window")


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


def _kinds(direction, seeds: int = 60) -> list[str]:
    return [
        typographic_poster.layout_of(dataclasses.replace(direction, seed=seed))
        for seed in range(seeds)
    ]


def _curve(peak: float) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in 0.2 + 0.7 * np.exp(-(((x - peak) / 0.15) ** 2)))


GENRES = ("jazz", "folk", "tropical", "lofi", "pop", "techno", "hiphop", "classical", "rnb")


def test_the_font_catalogue_pictures_are_retired_for_the_mirror_and_the_window() -> None:
    drawn = set()
    for genre in GENRES:
        for base in (CALM, LOUD):
            drawn.update(_kinds(_as(base, genre, title="Blue Smoke"), 24))
    assert not drawn & {"waterfall", "wallpaper"}, drawn
    assert {"waterfall", "wallpaper"} <= set(typographic_poster.RETIRED)
    assert set(PICTURES) <= drawn, drawn


def test_a_calm_song_gets_the_mirror_and_a_louder_one_the_window() -> None:
    """Still water is a calm song's place (classical, lo-fi), the cut-out letters a
    louder one's; an ambient page never gets the window's bright hills."""
    calm = _kinds(_as(CALM, "chamber", title="Fjord, Early Light"), 120)
    loud = _kinds(_as(LOUD, "techno", title="Blue Smoke"), 120)
    assert calm.count("mirror") > loud.count("mirror"), (calm, loud)
    jazz = _kinds(_as(LOUD, "jazz", title="Blue Smoke"), 120)
    assert jazz.count("window") > jazz.count("mirror") and jazz.count("window") >= 4, jazz
    assert "window" not in _kinds(_as(CALM, "ambient", title="Quiet Snow"), 120)


def test_a_title_of_emoji_alone_gets_neither_picture() -> None:
    """The mirror and the window need letters to reflect or to cut: 🌙✨💔 never gets
    them, the same song with a worded title does."""
    base = _as(CALM, "bedroom_pop", energy=0.45)
    assert not set(_kinds(dataclasses.replace(base, title="🌙✨💔"))) & set(PICTURES)
    assert set(_kinds(dataclasses.replace(base, title="Moon Heart"))) & set(PICTURES)


def test_the_mirror_reflects_the_title_in_water_below_it(monkeypatch) -> None:
    """The title stands above a horizon, the focal region reported there; the water
    below is its own tone, and under the title it holds the rippled reflection."""
    _forced(monkeypatch, "mirror")
    for seed in range(6):
        direction = _as(CALM, "lofi", title="Slow Burn", seed=seed)
        art = typographic_poster.render(direction, 256)
        a = np.asarray(art.image, float)
        x0, y0, x1, y1 = (round(v * 256) for v in art.focal)
        assert y1 < 0.7 * 256 and y1 - y0 > 0.1 * 256, art.focal
        sky, water = a[: max(2, y0 - 4)].mean(axis=(0, 1)), a[-12:].mean(axis=(0, 1))
        assert np.abs(sky - water).sum() > 12, (seed, sky, water)
        under = a[y1 + 4 : y1 + (y1 - y0) // 2, x0:x1]
        beside = a[y1 + 4 : y1 + (y1 - y0) // 2, :]
        assert under.std(axis=(0, 1)).sum() > 1.5 * a[-12:].std(axis=(0, 1)).sum(), seed
        assert under.size and beside.size


def test_the_window_shows_the_songs_hills_through_its_letters(monkeypatch) -> None:
    """Inside the letters: a sky and hills (several colours, the hills where the song
    swells); outside: the plain sheet, with the hills only faint on it."""
    _forced(monkeypatch, "window")
    base = _as(LOUD, "jazz", title="Blue Smoke")
    for seed in range(4):
        image, layout = typographic_poster.render_with_title(
            dataclasses.replace(base, seed=seed), 256
        )
        a = np.asarray(image, float)
        inside = np.asarray(layout.mask) > 250
        outside = np.asarray(layout.mask) == 0
        tones = {tuple(tone) for tone in (a[inside] // 24).astype(int)[::7]}
        assert len(tones) >= 3, (seed, tones)
        lum_in = a[inside].mean(axis=1)
        assert np.ptp(np.percentile(lum_in, (10, 90))) > 20, seed  # sky against hills
        assert a[outside].std(axis=0).sum() < a[inside].std(axis=0).sum(), seed
    early = typographic_poster.render_with_title(
        dataclasses.replace(base, energy_curve=_curve(0.2)), 256
    )
    late = typographic_poster.render_with_title(
        dataclasses.replace(base, energy_curve=_curve(0.8)), 256
    )
    assert early[1].boxes != late[1].boxes  # the song moves the letters


@pytest.mark.parametrize("kind", PICTURES)
def test_the_pictures_are_one_composition_at_any_size(monkeypatch, kind: str) -> None:
    """An export enlarges the delivered cover: the 1024 px cover, brought down, is the
    256 px one, the title in the same place and, round it, the same water, reflection
    or hills (no pixel-sized step moves the ripple, the streaks or the hills)."""
    _forced(monkeypatch, kind)
    direction = _as(CALM, "rnb", title="Slow Burn", energy=0.6, seed=3)
    (small, one), (big, two) = (
        typographic_poster.render_with_title(direction, s) for s in (256, 1024)
    )
    assert np.abs(np.asarray(_box(one, 256)) - _box(two, 1024)).max() < 0.02
    thumbs = [np.asarray(i.resize((32, 32), Image.Resampling.BOX), float) for i in (small, big)]
    letters = [
        np.asarray(lay.mask.resize((32, 32), Image.Resampling.BOX)) > 0 for lay in (one, two)
    ]
    around = ~(letters[0] | letters[1])
    assert np.abs(thumbs[0] - thumbs[1])[around].mean() < 3  # under the grain


def _box(layout, size: int) -> tuple[float, ...]:
    x0, y0 = min(b[0] for b in layout.boxes), min(b[1] for b in layout.boxes)
    x1, y1 = max(b[2] for b in layout.boxes), max(b[3] for b in layout.boxes)
    return tuple(v / size for v in (x0, y0, x1, y1))


def test_the_mirror_sets_the_qualifier_over_the_title_not_on_the_water(monkeypatch) -> None:
    """ "(Radio Edit)" goes above the title: under it, it would lie across the
    reflection."""
    _forced(monkeypatch, "mirror")
    base = _as(CALM, "pop", title="Song Title", seed=2)
    plain, layout = typographic_poster.render_with_title(base, 256)
    edit, _ = typographic_poster.render_with_title(
        dataclasses.replace(base, title="Song Title (Radio Edit)"), 256
    )
    changed = np.abs(np.asarray(plain, float) - np.asarray(edit, float)).sum(axis=2) > 60
    rows = np.nonzero(changed.any(axis=1))[0]
    top = min(b[1] for b in layout.boxes)
    assert rows.size and rows.max() < top, (rows, top)
