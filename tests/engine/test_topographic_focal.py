"""What a topographic cover promises whatever its print: the layout it reports is
the one drawn, the same picture twice at any size, and the music moves the print."""

from __future__ import annotations

import dataclasses

import pytest

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from tests.engine.test_styles import CALM, LOUD

SAND = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)


def _forced(direction: ArtDirection, kind: str, size: int = 256):
    """The cover with its map forced to `kind`."""
    original = topographic._choose
    topographic._choose = lambda d, r: kind
    try:
        return topographic.render(direction, size)
    finally:
        topographic._choose = original


def _in(sub: str, palette: Palette, seed: int, base: ArtDirection = CALM) -> ArtDirection:
    language = language_for(sub)
    return dataclasses.replace(
        base, seed=seed, language=language, genre=language.family, palette=palette
    )


def test_layout_of_is_the_layout_the_render_reports_and_bytes_repeat() -> None:
    for seed in range(10):
        direction = _in("rock", SAND, seed, LOUD if seed % 2 else CALM)
        art = topographic.render(direction, 96)
        assert art.layout == topographic.layout_of(direction)
        assert art.image.tobytes() == topographic.render(direction, 96).image.tobytes()


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_every_size_draws(size: int) -> None:
    art = topographic.render(_in("folk", SAND, 1), size)
    assert art.image.size == (size, size) and art.image.mode == "RGB"


def test_different_music_draws_a_different_composition() -> None:
    calm = {topographic.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(6)}
    loud = {  # the same sheet, only the music differs
        topographic.layout_of(dataclasses.replace(LOUD, seed=s, palette=CALM.palette))
        for s in range(6)
    }
    assert len(calm | loud) >= 2
