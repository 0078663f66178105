"""Engraving's landscapes for the genres beyond classical music: metal, folk, post-rock
and dark ambient are offered the style and get a forest of pines, a bare oak on a hill,
a crag under a storm sky or a sea under a moon (never the violin, the score or the
cartouche, which stay classical music's); each is its own picture, moved by the song;
the title's band stays calm; the focal box holds the subject; metal prints pale on a
deep field; they render at 64 to 3000 px, the same bytes every time."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import engraving
from sleeve.engine.styles.registry import fitting
from tests.engine.test_styles import edges

LANDSCAPES = ("forest", "oak", "peak", "storm")
CLASSICAL = ("instrument", "score", "cartouche")
HEAVY = ("black metal", "death metal", "doom metal", "folk", "post-rock", "dark ambient")


def _direction(tags: str, seed: int = 0, title: str = "Ashes") -> ArtDirection:
    music = MusicInput(task_id=f"engrave-land-{tags}-{seed}", title=title, tags=tags)
    return direct_from_music(music)[0]


def _first(tags: str, name: str, layout: str = "top-left") -> ArtDirection:
    """A track with these tags turned to the first seed that draws `name`."""
    base = dataclasses.replace(_direction(tags), layout=layout)
    for seed in range(400):
        turned = dataclasses.replace(base, seed=seed)
        if engraving.layout_of(turned) == name:
            return turned
    raise AssertionError((tags, name))


def _grey(image: Image.Image, side: int = 64) -> np.ndarray:
    return np.asarray(image.convert("L").resize((side, side), Image.Resampling.BOX), float)


@pytest.mark.parametrize("tags", HEAVY)
def test_metal_folk_post_rock_and_dark_ambient_are_offered_it(tags: str) -> None:
    assert "engraving" in fitting(_direction(tags)), tags


def test_techno_and_k_pop_are_not() -> None:
    for tags in ("techno", "k-pop", "house"):
        assert "engraving" not in fitting(_direction(tags)), tags


@pytest.mark.parametrize("tags", ["black metal", "folk", "post-rock"])
def test_the_landscapes_are_drawn_for_metal_and_folk_and_the_seed_chooses(tags: str) -> None:
    seen = {engraving.layout_of(_direction(tags, seed)) for seed in range(120)}
    assert seen == set(LANDSCAPES), (tags, seen)


def test_classical_tracks_keep_their_instrument_score_and_cartouche() -> None:
    for tags in ("classical", "chamber music", "cinematic score", "opera"):
        seen = {engraving.layout_of(_direction(tags, seed)) for seed in range(60)}
        assert seen <= set(CLASSICAL), (tags, seen)


@pytest.mark.parametrize("name", LANDSCAPES)
def test_layout_of_names_the_landscape_render_draws(name: str) -> None:
    assert engraving.render(_first("doom metal", name), 96).layout == name


def test_the_landscapes_differ_from_each_other_and_from_the_classical_plates() -> None:
    """One metal track in each landscape, one classical track in each of its plates:
    every pair of pictures is far apart by difference hash of their edges."""
    hashes = {
        n: dhash(edges(engraving.render(_first("black metal", n), 192).image)) for n in LANDSCAPES
    }
    for n in CLASSICAL:
        hashes[n] = dhash(edges(engraving.render(_first("classical", n), 192).image))
    for a in LANDSCAPES:
        for b in hashes:
            if a != b:
                assert hamming(hashes[a], hashes[b]) >= 12, (a, b, hamming(hashes[a], hashes[b]))


@pytest.mark.parametrize("name", LANDSCAPES)
def test_the_song_moves_the_landscape_not_only_the_seed(name: str) -> None:
    """The same track with another song's loudness curve (same seed, title and
    palette) draws another picture in the same landscape."""
    d = _first("folk", name)
    curve = tuple(float(v) for v in np.linspace(1.0, 0.05, 64) ** 2)
    other = dataclasses.replace(d, energy_curve=curve, has_audio=True)
    assert engraving.layout_of(other) == name
    a = _grey(engraving.render(d, 256).image, 128)
    b = _grey(engraving.render(other, 256).image, 128)
    assert np.abs(a - b).mean() > 2.0, name


@pytest.mark.parametrize("name", LANDSCAPES)
@pytest.mark.parametrize("tags", ["black metal", "folk"])
@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_title_band_stays_calm_and_the_focal_box_holds_the_subject(
    name: str, tags: str, layout: str
) -> None:
    art = engraving.render(_first(tags, name, layout), 192)
    e = np.asarray(edges(art.image), float)
    side = e.shape[0]
    fifth = side // 5
    band = e[:fifth] if layout == "top-left" else e[-fifth:]
    x0, y0, x1, y1 = (round(v * side) for v in art.focal)
    focal = e[y0:y1, x0:x1]
    assert band.mean() < 0.35 * focal.mean(), (name, tags, layout, band.mean(), focal.mean())
    assert (art.focal[1] >= 0.2) if layout == "top-left" else (art.focal[3] <= 0.8), art.focal
    # the box is the subject's, not a sliver: at least a third of the side each way
    assert x1 - x0 >= side / 3 and y1 - y0 >= side / 3, art.focal


@pytest.mark.parametrize("name", LANDSCAPES)
def test_metal_prints_pale_ink_on_a_deep_field_and_folk_reads_at_64_px(name: str) -> None:
    night = _grey(engraving.render(_first("black metal", name), 64).image)
    assert np.median(night) < 80, (name, np.median(night))
    for tags in ("black metal", "folk", "post-rock"):
        thumb = _grey(engraving.render(_first(tags, name), 64).image)
        low, high = np.percentile(thumb, (5, 95))
        assert high - low > 110, (name, tags, low, high)


@pytest.mark.parametrize("name", LANDSCAPES)
@pytest.mark.parametrize("size", [64, 1024])
def test_renders_at_any_size(name: str, size: int) -> None:
    d = _first("doom metal", name)
    art = engraving.render(d, size)
    assert art.image.size == (size, size) and art.image.mode == "RGB"
    small = np.asarray(engraving.render(d, 256).image.resize((32, 32)), float)
    big = np.asarray(art.image.resize((32, 32), Image.Resampling.BOX), float)
    assert np.abs(small - big).mean() < 12, (name, size)


def test_renders_at_3000_px() -> None:
    art = engraving.render(_first("folk", "forest"), 3000)
    assert art.image.size == (3000, 3000) and art.image.mode == "RGB"


@pytest.mark.parametrize("name", LANDSCAPES)
def test_same_direction_same_bytes(name: str) -> None:
    d = _first("post-rock", name)
    assert engraving.render(d, 200).image.tobytes() == engraving.render(d, 200).image.tobytes()


def test_metal_is_engraved_as_pines_or_a_crag_not_a_calm_sea() -> None:
    """Both end reviewers read the moonlit sea on Charnel Psalm as "too gentle for death
    metal": metal draws the forest and the peak on most of its tracks."""
    from collections import Counter

    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.looks import turned
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles import engraving

    drawn: Counter[str] = Counter()
    for tags in ("death metal", "black metal", "doom metal"):
        for index in range(10):
            direction = direct_from_music(
                MusicInput(task_id=f"e{index}", title="Psalm", tags=tags)
            )[0]
            drawn.update(engraving.layout_of(turned(direction, turn)) for turn in range(4))
    assert drawn["forest"] + drawn["peak"] >= 0.8 * sum(drawn.values()), drawn
