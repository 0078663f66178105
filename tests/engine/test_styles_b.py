"""Paper cut: shape, determinism, personalization, size independence, and what its
features drive (valence -> colour temperature, dynamics -> sheets). Ridgeline,
vinyl and glitch are covered in test_styles_c.py."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.styles import paper_cut


def _curve(phase: float, level: float, swing: float = 0.3) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in np.clip(level + swing * np.sin(6 * x + phase) * x, 0, 1))


@pytest.fixture(scope="module")
def calm() -> ArtDirection:
    return ArtDirection(
        seed=11,
        title="Slow Tide",
        subtitle="folk",
        genre="folk",
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
    )


@pytest.fixture(scope="module")
def loud() -> ArtDirection:
    return ArtDirection(
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
        energy_curve=_curve(2.0, 0.5, 0.5),
        palette=Palette(
            (40, 0, 30),
            ((230, 40, 60), (250, 170, 30), (120, 20, 90)),
            (40, 220, 200),
            (250, 240, 240),
        ),
        font_role="condensed",
    )


def _dhash(img: Image.Image) -> int:
    grey = np.asarray(img.convert("L").resize((9, 8), Image.Resampling.LANCZOS), dtype=np.int16)
    bits = (grey[:, 1:] > grey[:, :-1]).ravel()
    return int("".join("1" if b else "0" for b in bits), 2)


def _pixels(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.int16)


def test_declares_itself() -> None:
    assert paper_cut.STYLE.name == "paper_cut"
    assert paper_cut.STYLE.family == "image"
    assert not paper_cut.STYLE.draws_title


@pytest.mark.parametrize("size", [256, 1000])
def test_output_is_rgb_square(loud: ArtDirection, size: int) -> None:
    img = paper_cut.render(loud, size)
    assert img.mode == "RGB" and img.size == (size, size)


def test_same_direction_same_bytes(calm: ArtDirection) -> None:
    assert paper_cut.render(calm, 320).tobytes() == paper_cut.render(calm, 320).tobytes()


def test_different_tracks_look_different(calm: ArtDirection, loud: ArtDirection) -> None:
    a, b = paper_cut.render(calm, 256), paper_cut.render(loud, 256)
    bits = bin(_dhash(a) ^ _dhash(b)).count("1")
    mean_a = _pixels(a).reshape(-1, 3).mean(axis=0)
    mean_b = _pixels(b).reshape(-1, 3).mean(axis=0)
    assert bits >= 12 or np.linalg.norm(mean_a - mean_b) >= 25


def test_seed_alone_moves_the_layout(calm: ArtDirection) -> None:
    other = dataclasses.replace(calm, seed=424242)
    diff = np.abs(_pixels(paper_cut.render(calm, 256)) - _pixels(paper_cut.render(other, 256)))
    assert diff.mean() > 6


def test_valence_sets_the_temperature(calm: ArtDirection) -> None:
    """A happy song's sheets are warmer (more red than blue) than a sad one's."""
    warm = _pixels(paper_cut.render(dataclasses.replace(calm, valence=0.9), 128))
    cool = _pixels(paper_cut.render(dataclasses.replace(calm, valence=0.1), 128))

    def warmth(px: np.ndarray) -> float:
        return float(px[..., 0].mean() - px[..., 2].mean())

    assert warmth(warm) > warmth(cool) + 20


def test_dynamics_add_sheets(calm: ArtDirection) -> None:
    flat = dataclasses.replace(calm, energy_curve=tuple([0.5] * 64))
    wild = dataclasses.replace(calm, energy_curve=_curve(1.0, 0.5, 0.9))
    assert paper_cut._dynamics(flat) < 0.1 < 0.8 < paper_cut._dynamics(wild)
    diff = np.abs(_pixels(paper_cut.render(flat, 256)) - _pixels(paper_cut.render(wild, 256)))
    assert diff.mean() > 3


def test_composition_does_not_depend_on_size(loud: ArtDirection) -> None:
    small = paper_cut.render(loud, 1024).resize((256, 256), Image.Resampling.BOX)
    big = paper_cut.render(loud, 3000).resize((256, 256), Image.Resampling.BOX)
    assert np.abs(_pixels(small) - _pixels(big)).mean() < 4
    assert bin(_dhash(small) ^ _dhash(big)).count("1") <= 4
