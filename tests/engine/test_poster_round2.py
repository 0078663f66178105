"""Two art directors gave the typographic poster 0 releasable covers of 12: the ruled
"form" (hairlines between the words), the near-empty page with a yellow bar, piano-key
stripes chopping the title, rotated blackletter beside a noise block, a red protest
slab for doom, a murky olive ground and a dull brown page."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.palettes import Palette
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts.poster_heavy import slab_colours
from tests.engine.test_styles import LOUD

GENRES = ("pop", "rock", "lofi", "jazz", "folk", "world", "ambient", "classical",
          "doom_metal", "black_metal", "punk", "children", "house")  # fmt: skip
TITLES = ("Καλοκαίρι στη θάλασσα", "La Cumbia del Sol", "Golden Hour", "별빛 Parade",
          "Frostgrave Hymn", "Riot", "Blue Note for Ellis", "Diamond Smoke")  # fmt: skip


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def test_the_form_the_pillar_and_adult_piano_keys_are_never_drawn() -> None:
    """No track draws the ruled rhythm or the turned pillar; the letter tiles are a
    children's song's alphabet blocks only."""
    for (genre, title), seed in itertools.product(itertools.product(GENRES, TITLES), range(6)):
        track = _as(LOUD, genre, title=title, energy=(0.2, 0.5, 0.85)[seed % 3], seed=seed)
        kind = typographic_poster.layout_of(track)
        assert kind not in ("rhythm", "pillar"), (genre, title, seed)
        assert kind != "tiles" or genre == "children", (genre, title, seed)


def test_punk_gets_the_crooked_slab_not_the_polite_diagonal() -> None:
    for title, seed in itertools.product(("Riot", "Song Title", "Blue Smoke"), range(20)):
        kind = typographic_poster.layout_of(_as(LOUD, "punk", title=title, seed=seed))
        assert kind in ("slab", "headline")  # the crooked slab or the fanzine front page


def test_the_justified_block_is_retired() -> None:
    """Two art directors, on the 74-track bench: the justified block was "an empty
    colour slab under the title", no R on any of its three covers. No track draws it,
    for any genre, title, energy, title layout or seed (a title too long for the spine
    and the slant, which it used to take, gets the spine set smaller)."""
    assert "justified" in typographic_poster.RETIRED
    assert "justified" not in typographic_poster.COMPOSITIONS
    titles = (
        *TITLES,
        "Glasperlenspiel",
        "Nocturne in E-flat major, Op. 9 No. 2",
        "حبيبي يا نور العين",
    )
    for (genre, title), seed in itertools.product(itertools.product(GENRES, titles), range(8)):
        for layout in ("corner", "title-image"):
            energy = (0.1, 0.45, 0.9)[seed % 3]
            track = _as(LOUD, genre, title=title, energy=energy, seed=seed, layout=layout)
            assert typographic_poster.layout_of(track) != "justified", (genre, title, seed)


def test_doom_is_never_a_red_protest_slab() -> None:
    for seed in range(20):
        colours = slab_colours("doom_metal", False, np.random.default_rng(seed))
        for colour in colours:
            light, chroma, hue = rgb_to_oklch(colour)
            assert chroma < 0.08 or not (hue < 45 or hue > 330), (seed, colour)


def _poster(palette: Palette, genre: str = "pop", energy: float = 0.5):
    track = _as(LOUD, genre, title="月光下的城市", energy=energy, palette=palette)
    for seed in range(12):
        track = dataclasses.replace(track, seed=seed)
        yield typographic_poster._poster(track, 128, rng_for(track, "typographic_poster"))


def test_a_muddy_olive_ground_goes_near_black() -> None:
    olive = Palette(
        background=(60, 42, 0),
        colors=((115, 139, 255), (90, 80, 40), (200, 190, 160)),
        accent=(115, 139, 255),
        ink=(239, 235, 230),
    )
    for poster in _poster(olive):
        light, chroma, hue = rgb_to_oklch(poster.ground)
        muddy = 0.22 < light < 0.62 and chroma > 0.025 and 40 <= hue <= 120
        assert not muddy, poster.ground


def test_a_grey_palette_takes_one_strong_spot_colour() -> None:
    """Velvet: a grey-rose block beside pink ink on dull brown read tasteful but empty."""
    dull = Palette(
        background=(45, 34, 38),
        colors=((148, 131, 129), (90, 80, 82), (120, 110, 112)),
        accent=(148, 131, 129),
        ink=(218, 195, 191),
    )
    for poster in _poster(dull, "rnb", 0.32):
        assert rgb_to_oklch(poster.accent)[1] > 0.08, poster.accent  # R&B's caramel
