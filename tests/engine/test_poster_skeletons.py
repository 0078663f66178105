"""What the poster's fewer, stronger compositions promise (two art directors read
the old twenty as a few templates): the look-alikes are gone, at least five
skeletons stay; a children's song gets its title as bright alphabet blocks, never
a circle; a quiet page is a tonal field, not a flat one; two words are never
stacked at the top of an empty page; the giant cropped word and the letter column
beside a noise field are never drawn (an art director read them as a rendering
error and a template waiting for its photo)."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np

from sleeve.engine.color import contrast_ratio
from sleeve.engine.languages import language_for
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

RETIRED = {
    "minimal", "ring_title", "outline", "rows", "disc", "stepped", "band", "arch", "letters",
    "giant", "column",
}  # fmt: skip


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


def test_the_look_alike_compositions_are_retired_and_five_skeletons_stay() -> None:
    kinds = set(typographic_poster.COMPOSITIONS)
    assert not RETIRED & kinds, RETIRED & kinds  # circles, echoes, stepped and banded caps
    assert len(kinds) >= 5 and set(typographic_poster.WEIGHTS) == kinds


def test_a_childrens_song_gets_its_title_as_alphabet_blocks() -> None:
    duck = _as(LOUD, "children", title="The Little Yellow Duck")
    kinds = [typographic_poster.layout_of(dataclasses.replace(duck, seed=s)) for s in range(40)]
    assert kinds.count("tiles") >= 6, kinds  # 19 letters: the blocks took twelve at most
    assert not {"arch", "disc", "ring-title"} & set(kinds)


def test_the_blocks_are_rounded_and_apart_on_the_ground(monkeypatch) -> None:
    _forced(monkeypatch, "tiles")
    duck = _as(LOUD, "children", title="The Little Yellow Duck")
    poster = typographic_poster._poster(duck, 256, rng_for(duck, "typographic_poster"))
    image = np.asarray(typographic_poster.render(duck, 256).image, float)
    ground = np.asarray(poster.ground, float)
    corner = image[14, 14]  # the first block's rounded corner, inside the margin's edge
    assert np.abs(corner - ground).max() < 30, corner


def test_a_quiet_page_is_a_tonal_field_and_the_title_still_reads(monkeypatch) -> None:
    ambient = _as(CALM, "ambient", title="Ode to the Quiet Sea")
    for kind in ("spine",):
        _forced(monkeypatch, kind)
        shaded = 0
        for seed in range(6):
            direction = dataclasses.replace(ambient, seed=seed)
            image, layout = typographic_poster.render_with_title(direction, 128)
            grey = np.asarray(image.convert("L"), float)
            corners = [np.median(grey[y : y + 10, x : x + 10]) for y in (0, 118) for x in (0, 118)]
            shaded += max(corners) - min(corners) >= 6  # flat ground: within the grain
            rgb = np.asarray(image, float).reshape(-1, 3)
            around = rgb[(np.asarray(layout.mask) == 0).reshape(-1)]
            worst = np.percentile(around, 5, axis=0), np.percentile(around, 95, axis=0)
            ink = layout.color
            assert max(contrast_ratio(ink, tuple(int(v) for v in w)) for w in worst) >= 4.5
        assert shaded >= 4, (kind, shaded)


def test_two_words_are_never_stacked_alone_at_the_top() -> None:
    metal = _as(LOUD, "metal", title="Frostgrave Hymn", energy=0.67)
    kinds = {typographic_poster.layout_of(dataclasses.replace(metal, seed=s)) for s in range(60)}
    assert "rhythm" not in kinds
    many = _as(LOUD, "pop", title="Blue Note for Ellis")
    kinds = {typographic_poster.layout_of(dataclasses.replace(many, seed=s)) for s in range(60)}
    assert "rhythm" not in kinds and len(kinds) >= 2, kinds  # retired: a ruled form


GENRES = ("pop", "rock", "hiphop", "punk", "electronic", "metal", "ambient", "classical",
          "lofi", "jazz", "folk", "children", "world")  # fmt: skip
TITLES = ("rainy window, 3am", "Sunny Days", "Riot", "Quiet Snow", "Neon Hearts Tonight",
          "東京の夜", "Ночной город", "The Little Yellow Duck", "Candyfloss", "1986")  # fmt: skip


def test_the_giant_word_and_the_letter_column_are_never_drawn() -> None:
    """The giant word cropped by the frame ("windo", the title a faint line) read as a
    rendering error and the letter column beside a grey noise field as a template
    waiting for its photo: no title, genre, energy or seed draws either."""
    drawn = set()
    for k, (genre, title) in enumerate(itertools.product(GENRES, TITLES)):
        for seed in range(8):
            energy = (0.15, 0.5, 0.85)[(k + seed) % 3]
            track = _as(CALM, genre, title=title, energy=energy, seed=seed)
            kind = typographic_poster.layout_of(track)
            assert kind not in ("giant", "column"), (genre, title, seed, kind)
            drawn.add(kind)
    assert len(drawn) >= 5, drawn  # all five still drawn (the frame retired)


def test_every_block_letter_reads_on_its_block(monkeypatch) -> None:
    long = "Supercalifragilisticexpialidocious"
    kids = _as(LOUD, "children", title=long)
    kinds = [typographic_poster.layout_of(dataclasses.replace(kids, seed=s)) for s in range(30)]
    assert "tiles" in kinds  # 34 letters: the blocks are the playful picture
    _forced(monkeypatch, "tiles")
    for seed in range(4):
        direction = dataclasses.replace(kids, seed=seed)
        image, layout = typographic_poster.render_with_title(direction, 256)
        rgb, mask = np.asarray(image, float), np.asarray(layout.mask)
        for x0, y0, x1, y1 in layout.boxes:
            box, inked = rgb[y0:y1, x0:x1].reshape(-1, 3), mask[y0:y1, x0:x1].reshape(-1)
            letter = tuple(int(v) for v in np.median(box[inked > 220], axis=0))
            block = tuple(int(v) for v in np.median(box[inked < 20], axis=0))
            assert contrast_ratio(letter, block) >= 4.0, (seed, letter, block)
