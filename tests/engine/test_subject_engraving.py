"""A title that names a cathedral or a church gets an engraved Gothic front, one that
names a king, a queen, a kingdom, a throne or a crown an engraved crown in a glory of
rays, in any of the usual scripts; the louder the song, the taller the towers; the
title's band holds no ink; the same track draws the same plate."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import engraving
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate
from sleeve.engine.styles.cover_parts.title_words import motifs
from sleeve.engine.styles.registry import draws_named

DOOM = "doom metal, heavy, slow"
EPIC = "epic orchestral, cinematic, heroic"


def _direction(title: str, tags: str, task: str = "en") -> ArtDirection:
    return direct_from_music(MusicInput(task_id=task, title=title, tags=tags))[0]


def _plate(direction: ArtDirection, top: bool = True, side: int = 256) -> tuple[Plate, tuple]:
    """The composition layout_of names drawn on a fresh plate: the plate and its box."""
    cover = np.zeros((side, side), np.float32)
    plate = Plate(
        side, cover, np.zeros_like(cover), np.zeros_like(cover), direction,
        raster.rng_for(direction, "engraving"), engraving._inks(direction), 0.34, top,
    )  # fmt: skip
    return plate, engraving.DRAW[engraving.layout_of(direction)](plate)


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Iron Cathedral", "cathedral"),
        ("The Old Church", "cathedral"),
        ("Kirche im Schnee", "cathedral"),
        ("大聖堂", "cathedral"),
        ("Собор", "cathedral"),
        ("Hall of Kings", "crown"),
        ("Queen of Winter", "crown"),
        ("Kingdom Come", "crown"),
        ("王冠", "crown"),
        ("Королева", "crown"),
        ("El Trono", "crown"),
    ],
)
def test_the_title_names_the_building_or_the_crown(title: str, subject: str) -> None:
    direction = _direction(title, DOOM)
    assert subject in motifs(title)
    assert engraving.layout_of(direction) == subject
    assert draws_named(direction, "engraving", f"engraving/{subject}@top-left")


@pytest.mark.parametrize("title", ["Kingston Town", "Churchill Downs", "Queensland Drive"])
def test_a_place_named_after_a_king_or_a_church_is_neither(title: str) -> None:
    """Longer English stems match at a word's start, but no one reads a crown in
    Kingston or a cathedral in Churchill."""
    assert not {"crown", "cathedral"} & motifs(title)


def test_other_titles_keep_their_landscapes_and_plates() -> None:
    assert engraving.layout_of(_direction("Frostgrave Hymn", DOOM)) in engraving.LANDSCAPES
    assert engraving.layout_of(_direction("Nocturne", "classical, piano")) in engraving.LAYOUTS


def test_the_louder_song_raises_taller_towers() -> None:
    base = _direction("Iron Cathedral", DOOM)
    tops = []
    for loudness in (0.2, 0.95):
        direction = dataclasses.replace(base, loudness=loudness)
        tops.append(_plate(direction)[1][1])  # the box's top edge
    assert tops[1] < tops[0] - 0.05, tops


@pytest.mark.parametrize(("title", "tags"), [("Iron Cathedral", DOOM), ("Hall of Kings", EPIC)])
@pytest.mark.parametrize("top", [True, False])
def test_the_title_band_holds_no_ink_and_the_subject_fills_the_rest(
    title: str, tags: str, top: bool
) -> None:
    plate, box = _plate(_direction(title, tags), top)
    n = plate.side
    band = plate.cover[: int(0.3 * n)] if top else plate.cover[int(0.7 * n) :]
    art = plate.cover[int(0.36 * n) :] if top else plate.cover[: int(0.64 * n)]
    assert band.mean() < 0.01
    assert art.mean() > 0.15  # a plate full of rules, not a small mark
    assert box[2] - box[0] >= 0.5 and box[3] - box[1] >= 0.35, box


def test_the_crown_stands_in_a_glory_of_rays() -> None:
    """Round the crown, at a radius clear of it, the ink comes and goes in many rays."""
    plate, box = _plate(_direction("Hall of Kings", EPIC), top=True)
    n = plate.side
    ink = raster.from_image(raster.fast_blur(raster.to_image(plate.cover), 2))
    cx = (box[0] + box[2]) / 2 * n
    cy = (box[1] + 0.35 * (box[3] - box[1])) * n
    a = np.linspace(np.pi * 1.05, np.pi * 1.95, 400)  # the arc above it
    radius = 0.3 * n
    ys = np.clip((cy + radius * np.sin(a)).astype(int), 0, n - 1)
    xs = np.clip((cx + radius * np.cos(a)).astype(int), 0, n - 1)
    ring = ink[ys, xs]
    dark = ring > np.median(ring)
    assert int(np.count_nonzero(dark & ~np.roll(dark, 1))) >= 6


def test_the_same_track_draws_the_same_plate() -> None:
    direction = _direction("Iron Cathedral", DOOM)
    one, two = engraving.render(direction, 128), engraving.render(direction, 128)
    assert one.layout == "cathedral"
    assert np.array_equal(np.asarray(one.image), np.asarray(two.image))
