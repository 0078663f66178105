"""Every registered style: shape, determinism, personalisation and size independence;
plus what particular styles promise (the ridgeline follows the energy curve, the
eighties get a cassette, paper cut warms with valence and layers with dynamics)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles.registry import all_styles, get_style

STYLES = tuple(all_styles())


def _curve(phase: float, level: float, swing: float = 0.3) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in np.clip(level + swing * np.sin(6 * x + phase) * x, 0, 1))


CALM = ArtDirection(
    seed=11,
    title="Slow Tide",
    subtitle="ambient",
    genre="ambient",
    valence=0.7,
    energy=0.2,
    tempo_bpm=78.0,
    density=0.2,
    turbulence=0.2,
    brightness=0.6,
    loudness=0.3,
    energy_curve=_curve(0.0, 0.3),
    palette=Palette(
        (150, 190, 230),
        ((90, 140, 220), (170, 210, 240), (120, 110, 200)),
        (240, 150, 120),
        (20, 30, 50),
    ),
    font_role="serif",
    language=language_for("ambient"),
    layout="bottom-left",
    texture="grain",
)
LOUD = ArtDirection(
    seed=987654321,
    title="Riot Tape",
    subtitle="punk",
    genre="punk",
    valence=0.25,
    energy=0.9,
    tempo_bpm=172.0,
    density=0.85,
    turbulence=0.8,
    brightness=0.4,
    loudness=0.9,
    energy_curve=_curve(2.0, 0.7),
    palette=Palette(
        (40, 0, 30), ((230, 40, 60), (250, 170, 30), (120, 20, 90)), (40, 220, 200), (250, 240, 240)
    ),
    font_role="condensed",
    language=language_for("punk"),
    layout="top-left",
    texture="grain",
    era="80s",
)


def render(name: str, direction: ArtDirection, size: int) -> Image.Image:
    return get_style(name).render(direction, size).image


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())


def test_there_are_at_least_eight_styles_in_both_families() -> None:
    assert len(STYLES) >= 8
    assert {all_styles()[name].STYLE.family for name in STYLES} == {"image", "graphic"}


@pytest.mark.parametrize("name", STYLES)
def test_style_declares_itself(name: str) -> None:
    style = get_style(name).STYLE
    assert style.name == name and style.family in ("image", "graphic") and style.fits


@pytest.mark.parametrize("name", STYLES)
@pytest.mark.parametrize("size", [256, 1000])
def test_output_is_an_rgb_square(name: str, size: int) -> None:
    image = render(name, LOUD, size)
    assert image.mode == "RGB" and image.size == (size, size)


@pytest.mark.parametrize("name", STYLES)
def test_same_direction_same_bytes(name: str) -> None:
    assert render(name, CALM, 320).tobytes() == render(name, CALM, 320).tobytes()


@pytest.mark.parametrize("name", STYLES)
def test_different_tracks_look_different(name: str) -> None:
    a, b = render(name, CALM, 256), render(name, LOUD, 256)
    mean_a = np.asarray(a, np.float64).reshape(-1, 3).mean(axis=0)
    mean_b = np.asarray(b, np.float64).reshape(-1, 3).mean(axis=0)
    assert hamming(dhash(a), dhash(b)) >= 12 or np.linalg.norm(mean_a - mean_b) >= 25


@pytest.mark.parametrize("name", STYLES)
def test_the_seed_alone_moves_the_layout(name: str) -> None:
    other = dataclasses.replace(CALM, seed=424242)
    assert mean_difference(render(name, CALM, 256), render(name, other, 256)) > 6


@pytest.mark.parametrize("name", STYLES)
def test_the_composition_does_not_depend_on_size(name: str) -> None:
    small = render(name, LOUD, 1024).resize((256, 256), Image.Resampling.BOX)
    big = render(name, LOUD, 3000).resize((256, 256), Image.Resampling.BOX)
    # type is hinted per pixel size, so rows of repeated words drift a little
    assert mean_difference(small, big) < (12 if get_style(name).STYLE.draws_title else 6)
    assert hamming(dhash(small), dhash(big)) <= 4


def test_the_ridgeline_follows_the_energy_curve() -> None:
    other = dataclasses.replace(LOUD, energy_curve=_curve(5.0, 0.3))
    assert mean_difference(render("ridgeline", LOUD, 256), render("ridgeline", other, 256)) > 2


def test_the_eighties_get_a_cassette_instead_of_a_record() -> None:
    record = dataclasses.replace(LOUD, era="")
    assert mean_difference(render("vinyl", LOUD, 256), render("vinyl", record, 256)) > 6


def test_paper_cut_warms_with_valence() -> None:
    warm = np.asarray(render("paper_cut", dataclasses.replace(CALM, valence=0.9), 128), float)
    cool = np.asarray(render("paper_cut", dataclasses.replace(CALM, valence=0.1), 128), float)

    def warmth(pixels: np.ndarray) -> float:
        return float(pixels[..., 0].mean() - pixels[..., 2].mean())

    assert warmth(warm) > warmth(cool) + 20


def test_paper_cut_adds_sheets_with_dynamics() -> None:
    flat = dataclasses.replace(CALM, energy_curve=tuple([0.5] * 64))
    wild = dataclasses.replace(CALM, energy_curve=_curve(1.0, 0.5, 0.9))
    paper_cut = get_style("paper_cut")
    assert paper_cut._dynamics(flat) < 0.1 < 0.8 < paper_cut._dynamics(wild)
    assert mean_difference(render("paper_cut", flat, 256), render("paper_cut", wild, 256)) > 3
