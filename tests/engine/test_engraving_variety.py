"""Engraving follows the song: a title naming fireworks gets engraved bursts, not the
pine forest (a reviewer found the forest on 君と見た花火); each forest is its own
(the near pines frame it, stand at one side or leave a clearing); folk and country
hardly ever get the seascape; a loud metal song's crag is struck by lightning."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import engraving


def _direction(title: str, tags: str, seed: int = 0) -> ArtDirection:
    music = MusicInput(task_id=f"engrave-variety-{title}-{tags}", title=title, tags=tags)
    return dataclasses.replace(direct_from_music(music)[0], seed=seed, layout="top-left")


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ("君と見た花火", "j-rock, anime opening"),
        ("Fireworks Night", "folk"),
        ("Hanabi", "doom metal"),
    ],
)
def test_a_title_naming_fireworks_gets_bursts_with_sparks_in_the_accent(title, tags) -> None:
    direction = _direction(title, tags)
    art = engraving.render(direction, 192)
    assert art.layout == "fireworks"
    inks = engraving._inks(direction)
    pixels = np.asarray(art.image, float)
    near = np.abs(pixels - np.array(inks.accent, float)).sum(axis=2) < 60
    x0, y0, x1, y1 = (round(v * 192) for v in art.focal)
    assert near[y0:y1, x0:x1].sum() > 40, "no sparks in the accent ink around the bursts"


def test_the_fireworks_burst_where_the_song_is_loud() -> None:
    """Two songs with the same title and tags but different seeds (their loudness
    curves differ) put their bursts in different places."""
    arts = [engraving.render(_direction("Fireworks", "folk", s), 96) for s in range(4)]
    assert {art.layout for art in arts} == {"fireworks"}
    assert len({art.focal for art in arts}) >= 3


def _open_half(seed: int) -> bool:
    """Whether one half of a folk forest on paper has no near pine standing in it:
    no column of the picture's lower part is (nearly) solid ink there."""
    art = engraving.render(_direction("Meadow", "folk", seed), 128)
    grey = 1.0 - np.asarray(art.image.convert("L"), float) / 255.0
    solid = grey[76:110].mean(axis=0) > 0.7
    return bool(min(solid[:64].mean(), solid[64:].mean()) < 0.02)


def test_forests_differ_in_where_the_near_pines_stand() -> None:
    """Among a dozen forests several leave one half open (the near pines at the other
    side, or none: a clearing), where one forest framed by pines was copied before."""
    seeds = [
        s for s in range(300) if engraving.layout_of(_direction("Meadow", "folk", s)) == "forest"
    ][:12]
    assert sum(map(_open_half, seeds)) >= 3


def test_folk_and_country_hardly_ever_get_the_sea() -> None:
    for tags in ("country, americana", "folk", "bluegrass"):
        drawn = [engraving.layout_of(_direction("Road", tags, s)) for s in range(200)]
        assert drawn.count("storm") <= 8, (tags, drawn.count("storm"))


def test_a_loud_metal_crag_is_struck_by_a_pale_bolt(monkeypatch) -> None:
    """The same loud crag drawn for death metal and for rock: death metal's differs by
    a bolt of pale ink over the deep field (a reviewer found a serene mountain on
    Charnel Psalm)."""
    monkeypatch.setattr(engraving, "layout_of", lambda direction: "peak")
    metal = dataclasses.replace(_direction("Charnel Psalm", "death metal"), energy=0.85)
    rock = dataclasses.replace(metal, genre="rock")
    a, b = (np.asarray(engraving.render(d, 192).image.convert("L"), float) for d in (metal, rock))
    struck = (a - b) > 60
    assert 150 < struck.sum() < 0.15 * a.size, struck.sum()
